#!/usr/bin/env bash
# Kvalis set-up on a fresh Debian 12 machine (run as root from the repository root):
#   bash scripts/setup.sh demo   install everything, build, create the demo region, serve it
#   bash scripts/setup.sh test   install everything, build (warnings are errors), run every test
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-demo}
JOBS=${JOBS:-$(nproc)}
BUILD=${BUILD_DIR:-build}

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

install_packages() {
  log "Installing Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  local pkgs=(build-essential cmake pkg-config git ca-certificates
    libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
    libsoci-dev libsqlite3-dev sqlite3 libpq-dev libsodium-dev
    coinor-libclp-dev libxlsxwriter-dev zlib1g-dev
    libcurl4-openssl-dev   # e-mail notifications over SMTP (src/notify/app/mailer.cpp)
    libjemalloc-dev)       # the kvalis program's allocator (CMakeLists.txt)
  if [ "$MODE" = test ] || [ "$MODE" = bench ]; then
    pkgs+=(libgtest-dev libgmock-dev googletest libbenchmark-dev
      postgresql-15 postgresql-client-15 chromium fonts-dejavu-core clang-format-14
      clang-14 libclang-rt-14-dev llvm-14)  # libFuzzer, ASan, UBSan, llvm-symbolizer: scripts/fuzz.sh
  fi
  # Two kvalis processes behind one nginx (scripts/run-multi-test.sh).
  if [ "$MODE" = test ]; then pkgs+=(nginx-light); fi
  # A real SMTP server for the notification tests (tests/api/lib/smtp_sink.py), openssl for its STARTTLS cert.
  if [ "$MODE" = test ]; then pkgs+=(python3-aiosmtpd openssl); fi
  if [ "$MODE" = bench ]; then
    pkgs+=(wrk nginx-light python3 python3-pandas time)
  fi
  # Node.js 20+ is needed for the front end build; use the machine's if present, else Debian's.
  command -v node >/dev/null 2>&1 || pkgs+=(nodejs npm)
  local missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  # PDF files (certificates, printable reports) are rendered by WeasyPrint; the tests read them back with
  # pdftotext. Each is installed on its own, and with libboost1.74-dev forbidden ("pkg-"): asked for alone on a
  # machine with only the build packages, apt's resolver still picks a path for weasyprint's numpy through
  # python3-scipy, pythran and libboost-dev (1.74), which conflicts with libboost1.81-dev, and gives up.
  local extra=(weasyprint hyphen-cs) # hyphen-cs: the Czech patterns WeasyPrint hyphenates with (pyphen)
  [ "$MODE" = test ] || [ "$MODE" = bench ] && extra+=(poppler-utils)
  for p in "${extra[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      [ ${#missing[@]} -gt 0 ] || { apt-get update -q; missing=(updated); }
      apt-get install -y -q --no-install-recommends "$p" libboost1.74-dev-
    fi
  done
}

build_cpp() {
  local werror=OFF tests=ON
  [ "$MODE" = test ] && werror=ON
  # The demo needs only the kvalis program: no test binaries, no test libraries.
  [ "$MODE" = demo ] && tests=OFF
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DKVALIS_WERROR=$werror -DKVALIS_BUILD_TESTS=$tests >/dev/null
  if [ "$MODE" = demo ]; then
    log "Building Kvalis (the kvalis program only)"
    cmake --build "$BUILD" -j"$JOBS" --target kvalis
  else
    log "Building Kvalis (C++, with every test)"
    cmake --build "$BUILD" -j"$JOBS"
  fi
}

build_web() {
  log "Building the web front end"
  (cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build)
}

case "$MODE" in
  demo)
    install_packages
    build_cpp
    build_web
    DB=${KVALIS_DB:-$ROOT/kvalis.db}
    log "Creating the demo region in $DB"
    "$BUILD/kvalis" demo --db "$DB"
    log "Starting Kvalis"
    echo "Open http://127.0.0.1:8080 in a browser and log in as admin (password printed above)."
    exec "$BUILD/kvalis" serve --db "$DB" --listen "${KVALIS_LISTEN:-127.0.0.1:8080}" --web "$ROOT/web/dist"
    ;;
  test)
    install_packages
    echo "-- packages: $SECONDS s"
    # The front end builds beside the C++ (npm ci waits on the disk and the network more than on the CPU).
    WEB_LOG=$(mktemp)
    build_web >"$WEB_LOG" 2>&1 &
    web_pid=$!
    build_cpp
    web_rc=0
    wait "$web_pid" || web_rc=$?
    cat "$WEB_LOG"
    rm -f "$WEB_LOG"
    [ "$web_rc" = 0 ] || { echo "setup: the web front end did not build" >&2; exit 1; }
    echo "-- packages and build: $SECONDS s"
    exec bash scripts/test-all.sh "$BUILD"
    ;;
  bench)
    install_packages
    build_cpp
    build_web
    exec bash bench/run.sh "$BUILD"
    ;;
  *)
    echo "usage: bash scripts/setup.sh demo|test|bench" >&2
    exit 2
    ;;
esac
