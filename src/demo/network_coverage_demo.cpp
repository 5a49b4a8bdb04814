// Demo stage "coverage" of the network module (NETWORK_SPEC "Demo"): a locked coverage round of last year
// answered by every demo service of the kinds with a published card, with realistic variety (needs central to
// a kind met directly, work, education, finances, addictions and rights more often mediated or referred, a
// few not met at all, so that the map shows gaps in some ORP), and an open round of this year partly answered.
// Written through the coverage use cases (network/app/coverage.hpp) as the platform administrator; running
// it again finds the rounds by title and answers only what is still open.
#include <ctime>
#include <map>
#include <set>

#include "accounts/core/caller.hpp"
#include "demo/network_demo.hpp"
#include "network/app/cards.hpp"
#include "network/app/coverage.hpp"
#include "platform/core/dates.hpp"

namespace kvalis::demo {
namespace {

namespace napp = network::app;
using network::CoverageMode;

// A deterministic spread of 0..99 over (service, need, round).
int spread(long long service_id, long long need_id, int salt) {
  unsigned long long x = static_cast<unsigned long long>(service_id) * 2654435761ULL +
                         static_cast<unsigned long long>(need_id) * 40503ULL + static_cast<unsigned long long>(salt) * 97ULL;
  x ^= x >> 13;
  x *= 0x5bd1e995ULL;
  x ^= x >> 15;
  return static_cast<int>(x % 100);
}

// Needs a kind of service seldom meets within its own basic activities.
bool seldom_direct(const std::string& need_code) {
  static const std::set<std::string> kCodes = {"prace", "vzdelavani", "finance", "zavislosti", "prava", "bydleni"};
  return kCodes.count(need_code) > 0;
}

CoverageMode mode_for(long long service_id, long long need_id, const std::string& need_code, int salt) {
  const int v = spread(service_id, need_id, salt);
  if (seldom_direct(need_code)) {
    if (v < 30) return CoverageMode::direct;
    if (v < 62) return CoverageMode::mediated;
    if (v < 85) return CoverageMode::referred;
    return CoverageMode::none;
  }
  if (v < 72) return CoverageMode::direct;
  if (v < 86) return CoverageMode::mediated;
  if (v < 94) return CoverageMode::referred;
  return CoverageMode::none;
}

struct Written {
  int forms_submitted = 0, answers = 0;
};

// Answers a form (all needs, or the first `limit`), submitting it when `submit`.
Written answer_form(soci::session& s, const accounts::Caller& caller, const network::store::coverage_repo::SubmissionRow& sub,
                    const std::vector<long long>& mediating, int salt, std::size_t limit, bool submit, long long now) {
  Written w;
  auto form = napp::get_coverage_form(s, caller, sub.id);
  if (!form || !form->can_edit) return w;
  std::vector<network::FormAnswer> answers;
  for (std::size_t i = 0; i < form->needs.size() && i < limit; ++i) {
    const auto& n = form->needs[i].need;
    network::FormAnswer a;
    a.need_area_id = n.need_area_id;
    a.mode = mode_for(sub.service_id, n.need_area_id, n.code, salt);
    if (*a.mode == CoverageMode::mediated) {
      // Another service of the region when there is one, else the partner described.
      long long other = 0;
      for (std::size_t k = 0; k < mediating.size() && !other; ++k) {
        const long long candidate = mediating[(sub.service_id + n.need_area_id + k) % mediating.size()];
        if (candidate != sub.service_id) other = candidate;
      }
      if (other && spread(sub.service_id, n.need_area_id, salt + 1) < 70)
        a.mediated_service_id = other;
      else
        a.mediated_text = "Kontakt na místní organizaci (obecní úřad, dobrovolnické centrum)";
    }
    if (*a.mode == CoverageMode::direct) {
      a.clients = 5 + spread(sub.service_id, n.need_area_id, salt + 2) % 60;
      a.contacts = *a.clients * (2 + spread(sub.service_id, n.need_area_id, salt + 3) % 20);
    }
    answers.push_back(std::move(a));
  }
  std::vector<network::AnswerProblem> problems;
  if (!napp::save_coverage_form(s, caller, sub.id, answers, problems, now)) return w;
  w.answers = static_cast<int>(answers.size());
  if (submit && napp::submit_coverage_form(s, caller, sub.id, problems, now)) w.forms_submitted = 1;
  return w;
}

}  // namespace

NetworkStageSummary write_network_coverage_demo(soci::session& s, const DemoContext& ctx,
                                                const NetworkStageSummary& cards) {
  (void)cards;  // the published cards are read from the database: the stage also works on a later run
  NetworkStageSummary out{"Síť — pokrytí potřeb", {}, {}};
  const accounts::Caller caller = accounts::system_caller(0, "demo");
  const std::string region_code = napp::region_code_of(s, ctx.region_id);
  if (region_code.empty()) return out;
  std::vector<std::string> kinds;
  for (const auto& c : napp::published_cards(s, ctx.region_id)) kinds.push_back(c.kind_code);
  if (kinds.empty()) return out;

  const long long now = static_cast<long long>(std::time(nullptr));
  const int year = std::stoi(format_date(now).substr(0, 4));
  const std::string last = std::to_string(year - 1), current = std::to_string(year);
  std::vector<long long> mediating;
  for (const auto& [key, id] : ctx.services) mediating.push_back(id);

  auto rounds = napp::list_coverage_rounds(s, caller, region_code);
  if (!rounds) return out;
  auto find_round = [&](const std::string& title) -> std::optional<network::store::coverage_repo::RoundRow> {
    for (const auto& r : *rounds)
      if (r.round.title == title) return r.round;
    return std::nullopt;
  };
  Written total;
  int rounds_written = 0;
  struct Plan {
    std::string title, from, to, deadline;
    bool lock;
    int salt;
  };
  const std::vector<Plan> plans = {
      {"Sběr pokrytí potřeb " + last, last + "-01-01", last + "-12-31", last + "-11-30", true, 1},
      {"Sběr pokrytí potřeb " + current, current + "-01-01", current + "-12-31", current + "-12-15", false, 2},
  };
  for (const auto& plan : plans) {
    auto round = find_round(plan.title);
    if (!round) {
      auto created = napp::create_coverage_round(s, caller, region_code,
                                                 {plan.title, plan.from, plan.to, plan.deadline, kinds}, now);
      if (!created) continue;
      round = created->round;
      ++rounds_written;
    }
    if (round->status == network::RoundStatus::draft) {
      auto opened = napp::open_coverage_round(s, caller, round->id, now);
      if (!opened) continue;
      round = opened->round;
    }
    if (round->status != network::RoundStatus::open) continue;
    auto subs = napp::list_coverage_submissions(s, caller, round->id);
    if (!subs) continue;
    for (std::size_t i = 0; i < subs->size(); ++i) {
      const auto& sub = (*subs)[i];
      if (sub.submitted || (!plan.lock && sub.answered > 0)) continue;  // done, or partly answered on a run before
      Written w;
      if (plan.lock)
        w = answer_form(s, caller, sub, mediating, plan.salt, SIZE_MAX, true, now);
      else if (i % 4 == 0)
        w = answer_form(s, caller, sub, mediating, plan.salt, SIZE_MAX, true, now);
      else if (i % 4 == 2)
        w = answer_form(s, caller, sub, mediating, plan.salt, 3, false, now);
      total.forms_submitted += w.forms_submitted;
      total.answers += w.answers;
    }
    if (plan.lock) {
      if (auto locked = napp::lock_coverage_round(s, caller, round->id, now)) out.ids["locked_round"] = {round->id};
    } else {
      out.ids["open_round"] = {round->id};
    }
  }
  if (out.ids.count("locked_round") == 0)
    if (auto r = find_round(plans[0].title); r && r->status == network::RoundStatus::locked)
      out.ids["locked_round"] = {r->id};
  out.counts = {{"kola sběru", rounds_written},
                {"odeslané formuláře", total.forms_submitted},
                {"odpovědi", total.answers}};
  return out;
}

}  // namespace kvalis::demo
