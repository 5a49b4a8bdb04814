#include "platform/export/pdf.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace kvalis::exports {
namespace {

Error unavailable() { return Error{ErrorCode::unavailable, {}, "export.pdf_unavailable", {}}; }

Error failed(const std::string& reason) {
  return Error{ErrorCode::unavailable, {}, "export.pdf_failed", {{"reason", reason}}};
}

// A temporary directory removed when it goes out of scope.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kvalis-pdf-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (::mkdtemp(buf.data())) path = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

// posix_spawn's attributes and file actions, destroyed on every path out.
struct SpawnSetup {
  posix_spawn_file_actions_t actions{};
  posix_spawnattr_t attr{};
  SpawnSetup() {
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_init(&attr);
    // Its own process group: a time-out kills whatever the program started too.
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
  }
  ~SpawnSetup() {
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
  }
  SpawnSetup(const SpawnSetup&) = delete;
  SpawnSetup& operator=(const SpawnSetup&) = delete;
};

}  // namespace

std::string weasyprint_path() {
  const char* env = std::getenv("KVALIS_WEASYPRINT");
  return env && *env ? std::string(env) : std::string("/usr/bin/weasyprint");
}

std::chrono::milliseconds pdf_time_limit() {
  const char* env = std::getenv("KVALIS_PDF_TIME_LIMIT");
  if (env && *env) {
    char* end = nullptr;
    const long seconds = std::strtol(env, &end, 10);
    if (end && *end == '\0' && seconds >= 1 && seconds <= 600) return std::chrono::seconds(seconds);
  }
  return std::chrono::seconds(60);
}

Result<std::string> render_pdf(const std::string& html, std::chrono::milliseconds limit, const std::string& program) {
  if (::access(program.c_str(), X_OK) != 0) return unavailable();
  TempDir dir;
  if (dir.path.empty()) return failed("temporary directory");
  const std::string in = (dir.path / "page.html").string();
  const std::string out = (dir.path / "page.pdf").string();
  {
    std::ofstream f(in, std::ios::binary);
    f << html;
    if (!f) return failed("temporary file");
  }
  std::vector<std::string> args = {program, "--encoding", "utf-8", in, out};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned = 0;
  {
    SpawnSetup setup;
    spawned = posix_spawn(&pid, program.c_str(), &setup.actions, &setup.attr, argv.data(), environ);
  }
  if (spawned != 0) return unavailable();
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  for (;;) {
    const pid_t w = ::waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (w < 0) return failed("waitpid");
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(-pid, SIGKILL);  // the group: the program and its children
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return failed("time limit exceeded");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return failed("exit status " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
  std::ifstream f(out, std::ios::binary);
  std::stringstream pdf;
  pdf << f.rdbuf();
  std::string bytes = pdf.str();
  if (bytes.rfind("%PDF-", 0) != 0) return failed("no PDF written");
  return bytes;
}

}  // namespace kvalis::exports
