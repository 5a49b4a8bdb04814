#!/usr/bin/env bash
# The dependency inventory of Kvalis (OWASP ASVS V14.2, docs/SECURITY.md): every Debian package that
# scripts/setup.sh installs, with the version installed on this machine (dpkg-query), and every npm package of
# the web front end with the version locked in web/package-lock.json. Tab-separated, one package a line:
#
#   source   package   version   scope
#
# source: debian | npm. scope: for Debian the set-up mode that installs it (all | test | bench | pdf; "not
# installed" as the version when dpkg does not know it), for npm runtime | dev (a build or test tool only).
#
#   bash scripts/inventory.sh            the whole inventory
#   bash scripts/inventory.sh debian     Debian packages only
#   bash scripts/inventory.sh npm        npm packages only
set -euo pipefail
cd "$(dirname "$0")/.."
WHAT=${1:-all}
case "$WHAT" in
  all | debian | npm) ;;
  *) echo "usage: $0 [all|debian|npm]" >&2; exit 2 ;;
esac

# The package arrays of scripts/setup.sh, read from the file itself so that the list cannot drift:
# "pkgs=(…)" is installed in every mode, "pkgs+=(…)" under the mode its if names, "extra…" are the PDF tools.
debian_packages() {
  awk '
    /\$MODE" = bench \]; then/ { mode = "bench" }
    /\$MODE" = test \] \|\| \[ "\$MODE" = bench \]; then/ { mode = "test" }
    /^  fi$/ { mode = "" }
    /local pkgs=\(/ { scope = "all"; collecting = 1 }
    /pkgs\+=\(/ && !/nodejs/ { scope = mode; collecting = 1 }
    # a one-line `if [ "$MODE" = test ]; then pkgs+=(…); fi`
    /pkgs\+=\(/ && /"\$MODE" = test \]; then pkgs/ { scope = "test" }
    /local extra=\(/ { scope = "pdf"; collecting = 1 }
    /extra\+=\(/ { scope = "pdf"; collecting = 1 }
    collecting {
      line = $0
      sub(/#.*/, "", line)  # a comment beside a package (its parentheses are not the array'"'"'s)
      sub(/.*\(/, "", line)
      done = sub(/\).*/, "", line)
      n = split(line, words, /[ \t]+/)
      for (i = 1; i <= n; i++) if (words[i] != "") print words[i] "\t" scope
      if (done) collecting = 0
    }
  ' scripts/setup.sh
}

if [[ $WHAT != npm ]]; then
  command -v dpkg-query >/dev/null || { echo "inventory: dpkg-query is needed (Debian)" >&2; exit 2; }
  printf 'source\tpackage\tversion\tscope\n'
  while IFS=$'\t' read -r pkg scope; do
    version=$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || true)
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == *"install ok installed"* ]] || version="not installed"
    printf 'debian\t%s\t%s\t%s\n' "$pkg" "$version" "$scope"
  done < <(debian_packages)
fi

if [[ $WHAT != debian ]]; then
  [[ $WHAT == npm ]] && printf 'source\tpackage\tversion\tscope\n'
  command -v node >/dev/null || { echo "inventory: node is needed to read web/package-lock.json" >&2; exit 2; }
  node -e '
    const lock = JSON.parse(require("fs").readFileSync("web/package-lock.json", "utf8"));
    const rows = [];
    for (const [path, p] of Object.entries(lock.packages || {})) {
      if (!path) continue;  // the web project itself
      const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
      rows.push(["npm", name, p.version, p.dev ? "dev" : "runtime"]);
    }
    rows.sort((a, b) => a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]));
    for (const r of rows) console.log(r.join("\t"));
  '
fi
