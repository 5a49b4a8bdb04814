// The limit for bench/load_bench.sh: the writes of the mixed API load (assessment saves, form values, action
// transitions) issued by the very use cases the HTTP handlers call, with the same users, from threads in the
// process, with no HTTP in front: each operation is the same transaction (checks, statements, activity log,
// the answer read back) as the request's. Prints one line "key=value ..." per kind that the script parses.
//
//   kvalis_write_limit --db URI --seconds 20
//       --assessments THREADS --audit ID --criteria ID,ID,… --levels CODE,CODE   (as `auditor`)
//       --forms THREADS --round ID --services ID,ID --items CODE,CODE  (as `poskytovatel.pracovnik`)
//       --transitions THREADS --actions ID,ID,…                       (as `admin`)
//       [--password kvalis-demo-2026 --admin-password admin-demo-2026]
//
// Transitions alternate each action between done and in progress (a rejection with a reason); every thread
// takes its own share of the actions, so no two threads move one action.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "accounts/app/sessions.hpp"
#include "benchmark/app/forms.hpp"
#include "platform/store/database.hpp"
#include "quality/app/actions.hpp"
#include "quality/app/audits.hpp"

namespace {

using namespace kvalis;

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (c == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::vector<long long> split_ids(const std::string& text) {
  std::vector<long long> out;
  for (const auto& s : split(text)) out.push_back(std::stoll(s));
  return out;
}

accounts::Caller log_in(store::Database& db, const std::string& login, const std::string& password) {
  accounts::Caller system;
  system.ip = "127.0.0.1";
  accounts::app::SessionPolicy policy;
  auto opened = accounts::app::log_in(db, system, policy, {login, password, "kvalis_write_limit"});
  if (!opened) throw std::runtime_error("cannot log in as " + login + ": " + opened.error().message_key);
  accounts::Caller c;
  c.principal = opened->principal;
  c.ip = "127.0.0.1";
  return c;
}

struct Counter {
  std::atomic<long long> ok{0};
  std::atomic<long long> failed{0};
  std::string first_error;
  std::atomic<bool> error_taken{false};
  void fail(const std::string& what) {
    ++failed;
    if (!error_taken.exchange(true)) first_error = what;
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> a;
  for (int i = 1; i + 1 < argc; i += 2) a[std::string(argv[i]).substr(2)] = argv[i + 1];
  auto get = [&](const std::string& k, const std::string& fallback = "") {
    auto it = a.find(k);
    return it == a.end() ? fallback : it->second;
  };
  if (get("db").empty()) {
    std::fprintf(stderr, "kvalis_write_limit --db URI [--seconds 20 …] (see the comment at the top)\n");
    return 2;
  }
  try {
    store::Database db(get("db"));
    const std::string password = get("password", "kvalis-demo-2026");
    const auto auditor = log_in(db, "auditor", password);
    const auto worker = log_in(db, "poskytovatel.pracovnik", password);
    const auto admin = log_in(db, "admin", get("admin-password", "admin-demo-2026"));
    const int seconds = std::stoi(get("seconds", "20"));
    const int n_assess = std::stoi(get("assessments", "0"));
    const int n_forms = std::stoi(get("forms", "0"));
    const int n_trans = std::stoi(get("transitions", "0"));
    const long long audit = std::stoll(get("audit", "0"));
    const auto criteria = split_ids(get("criteria"));
    const auto levels = split(get("levels", "2,3"));
    const long long round = std::stoll(get("round", "0"));
    const auto services = split_ids(get("services"));
    const auto items = split(get("items"));
    const auto actions = split_ids(get("actions"));

    std::atomic<bool> stop{false};
    Counter assess, forms, trans;
    std::vector<std::thread> threads;
    for (int t = 0; t < n_assess && !criteria.empty(); ++t)
      threads.emplace_back([&, t] {
        for (std::size_t i = static_cast<std::size_t>(t); !stop; i += static_cast<std::size_t>(n_assess)) {
          const long long criterion = criteria[i % criteria.size()];
          std::vector<quality::app::QAssessmentInput> in{
              {criterion, levels[(i / criteria.size()) % levels.size()], std::string("Ověřeno v dokumentaci.")}};
          auto r = quality::app::save_assessments(db, auditor, audit, in, Lang::cs);
          r ? ++assess.ok : (assess.fail(r.error().message_key), 0);
        }
      });
    for (int t = 0; t < n_forms && !services.empty() && !items.empty(); ++t)
      threads.emplace_back([&, t] {
        for (std::size_t i = static_cast<std::size_t>(t); !stop; i += static_cast<std::size_t>(n_forms)) {
          benchmark::FormValues values;
          values[items[i % items.size()]] = static_cast<double>(10 + i % 90);
          auto r = benchmark::app::save_values(db, worker, round, services[i % services.size()], values);
          r ? ++forms.ok : (forms.fail(r.error().message_key), 0);
        }
      });
    for (int t = 0; t < n_trans && !actions.empty(); ++t)
      threads.emplace_back([&, t] {
        // This thread's share: actions t, t + n, t + 2n, …; each goes done, then back in progress.
        std::vector<long long> mine;
        for (std::size_t i = static_cast<std::size_t>(t); i < actions.size(); i += static_cast<std::size_t>(n_trans))
          mine.push_back(actions[i]);
        for (std::size_t i = 0; !stop && !mine.empty(); ++i) {
          const bool to_done = (i / mine.size()) % 2 == 0;
          quality::app::Transition tr;
          tr.to = to_done ? quality::ActionStatus::kDone : quality::ActionStatus::kInProgress;
          tr.note = to_done ? "Splněno, zápis z porady přiložen." : "Doložit podepsaný záznam z porady.";
          auto r = quality::app::transition_action(db, admin, mine[i % mine.size()], tr, Lang::cs);
          r ? ++trans.ok : (trans.fail(r.error().message_key), 0);
        }
      });
    const auto start = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto& th : threads) th.join();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto line = [&](const char* kind, int threads_n, Counter& c) {
      std::printf("kind=%s threads=%d ops=%lld failed=%lld per_s=%.1f first_error=%s\n", kind, threads_n, c.ok.load(),
                  c.failed.load(), static_cast<double>(c.ok.load()) / elapsed,
                  c.first_error.empty() ? "none" : c.first_error.c_str());
    };
    line("assessments", n_assess, assess);
    line("forms", n_forms, forms);
    line("transitions", n_trans, trans);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kvalis_write_limit: %s\n", e.what());
    return 1;
  }
  return 0;
}
