// The minimal form of a service in the demo region (issue 12 item 7, NETWORK_SPEC "Demo"): for every demo kind
// with a published card answered in the locked coverage round, the region (kraj.referent) drafts the minimal
// form from that round, requires the needs that at least half of the kind's services meet directly there, and
// sets it; then corrective actions are raised in the quality module for the gaps of 2 services. Everything goes
// through network/app/minimal.hpp; running the demo again finds the set forms and the actions and adds nothing.
#include <stdexcept>

#include "demo/network_demo.hpp"
#include "network/app/minimal.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/database.hpp"

namespace kvalis::demo {
namespace {

namespace napp = network::app;

// The demo's kinds (NETWORK_SPEC "Demo"): pečovatelská služba, osobní asistence, domovy pro seniory, SAS pro
// rodiny s dětmi, terénní programy, odborné sociální poradenství.
const std::vector<std::string> kKinds = {"4", "3", "13", "28", "32", "1"};
constexpr double kRequiredShare = 0.5;
constexpr int kServicesWithActions = 2;

template <class T>
T checked(Result<T> r, const std::string& what) {
  if (!r) throw std::runtime_error("network minimal demo: " + what + ": " + r.error().message_key + " " + r.error().field);
  return std::move(*r);
}

std::optional<long long> locked_round(soci::session& s, const DemoContext& ctx, const NetworkStageSummary& coverage) {
  if (auto it = coverage.ids.find("locked_round"); it != coverage.ids.end() && !it->second.empty())
    return it->second.front();
  return napp::latest_locked_round(s, ctx.region_id);
}

// Drafts and sets the form of a kind; false when the round has no answers of the kind (no published card).
bool set_form_of_kind(soci::session& s, const accounts::Caller& region, const DemoContext& ctx, long long round,
                      const std::string& kind, long long now) {
  napp::MinimalFormInput in;
  in.kind_code = kind;
  in.basis_round_id = round;
  in.region_org_id = ctx.region_id;
  auto draft = napp::create_minimal_form(s, region, in, now);
  if (!draft) {
    const auto& key = draft.error().message_key;
    if (key == "network.minimal.round_without_kind" || key == "network.minimal.kind_without_card") return false;
    checked(std::move(draft), "draft of kind " + kind);
  }
  std::vector<long long> required;
  const napp::MinimalNeedView* best = nullptr;
  for (const auto& n : draft->needs) {
    if (n.share.share >= kRequiredShare) required.push_back(n.need.need_area_id);
    if (!best || n.share.share > best->share.share) best = &n;
  }
  if (required.empty() && best) required.push_back(best->need.need_area_id);
  napp::MinimalFormChange change;
  change.required = required;
  change.note = "Potřeby, které v kole sběru přímo naplňuje alespoň polovina služeb druhu; projednáno na setkání "
                "s poskytovateli.";
  checked(napp::update_minimal_form(s, region, draft->form.id, change, now), "needs of kind " + kind);
  checked(napp::set_minimal_form(s, region, draft->form.id, now), "set of kind " + kind);
  return true;
}

}  // namespace

NetworkStageSummary write_network_minimal_demo(soci::session& s, const DemoContext& ctx,
                                               const NetworkStageSummary& cards, const NetworkStageSummary& coverage) {
  (void)cards;
  NetworkStageSummary out{"Síť — minimální podoba", {}, {}};
  const auto round = locked_round(s, ctx, coverage);
  if (!round || !ctx.users.count("kraj.referent")) return out;
  const auto region = accounts::system_caller(ctx.users.at("kraj.referent"), "kraj.referent");
  const long long now = kvalis::store::now_epoch();
  int created = 0;
  for (const auto& kind : kKinds) {
    if (auto id = napp::set_minimal_form_of(s, ctx.region_id, kind)) {
      out.ids["minimal_forms"].push_back(*id);
      continue;
    }
    if (set_form_of_kind(s, region, ctx, *round, kind, now)) {
      ++created;
      out.ids["minimal_forms"].push_back(*napp::set_minimal_form_of(s, ctx.region_id, kind));
    }
  }
  // Corrective actions for the gaps of the first services (in the order of the checks) that answered and miss
  // a need: the same services on every run, and raising is idempotent.
  int actions = 0, services = 0;
  const std::string due = add_days(format_date(now), 90);
  for (const auto& c : napp::check_services(s, ctx.region_id)) {
    if (services == kServicesWithActions) break;
    if (!c.check.answered || c.missing.empty()) continue;
    napp::GapActionsInput in{c.service_id, {}, due, "vedoucí služby"};
    auto r = checked(napp::raise_gap_actions(s, region, c.minimal_form_id, in, now),
                     "actions of service " + std::to_string(c.service_id));
    for (const auto& a : r.actions)
      if (a.created) ++actions;
    out.ids["gap_action_services"].push_back(c.service_id);
    ++services;
  }
  const auto checks = napp::check_services(s, ctx.region_id);
  int meeting = 0;
  for (const auto& c : checks)
    if (c.check.meets) ++meeting;
  out.counts = {{"minimální podoby (nové)", created},
                {"minimální podoby celkem", static_cast<long long>(out.ids["minimal_forms"].size())},
                {"kontrolované služby", static_cast<long long>(checks.size())},
                {"služby naplňující minimální podobu", meeting},
                {"nová nápravná opatření", actions}};
  return out;
}

}  // namespace kvalis::demo
