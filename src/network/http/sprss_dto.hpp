#pragma once
// JSON shapes of the medium-term plan (SPRSS, PLAN13_SPEC [netyears]): plans with the analytical part and the
// tree, nodes, indicators with targets per year, comments and answers, action plans with items and their
// evaluation. Schema names start with "Nwy" (netyears).
#include <boost/describe.hpp>

#include <optional>
#include <string>
#include <vector>

#include "network/http/network_dto.hpp"

namespace kvalis::http::dto {

struct NwyLink {
  static constexpr const char* kSchemaName = "NwyLink";
  std::string kind;  // coverage_map | benchmark_round | audit_overview | other
  std::optional<long long> ref_id;
  std::string label;
  std::optional<std::string> url;
};
BOOST_DESCRIBE_STRUCT(NwyLink, (), (kind, ref_id, label, url))

struct NwyPlanInput {
  static constexpr const char* kSchemaName = "NwyPlanInput";
  std::optional<std::string> region;  // create: region code, default the caller's region
  std::string title;
  int year_from = 0;
  int year_to = 0;
  std::optional<std::string> vision;
  std::optional<std::string> analysis_text;
  std::optional<std::vector<NwyLink>> links;
};
BOOST_DESCRIBE_STRUCT(NwyPlanInput, (), (region, title, year_from, year_to, vision, analysis_text, links))

struct NwyPlan {
  static constexpr const char* kSchemaName = "NwyPlan";
  long long id = 0;
  std::string region_code;
  std::string region_name;
  std::string title;
  int year_from = 0;
  int year_to = 0;
  std::string status;  // draft | comments | approved
  std::string comments_until;
  std::string approved_on;
  int comments_total = 0;
  int comments_open = 0;
  int action_plans = 0;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(NwyPlan, (),
                      (id, region_code, region_name, title, year_from, year_to, status, comments_until, approved_on,
                       comments_total, comments_open, action_plans, can_manage))

struct NwyPlanList {
  static constexpr const char* kSchemaName = "NwyPlanList";
  std::vector<NwyPlan> items;
};
BOOST_DESCRIBE_STRUCT(NwyPlanList, (), (items))

struct NwyIndicatorYear {
  static constexpr const char* kSchemaName = "NwyIndicatorYear";
  int year = 0;
  std::optional<double> target;
  std::optional<double> actual;
};
BOOST_DESCRIBE_STRUCT(NwyIndicatorYear, (), (year, target, actual))

// An actual value of an indicator in a year and where it comes from: the benchmark group's median of the round
// of that year, the planning indicator's value evaluated in that year, or the value typed at the action plan's
// evaluation (manual); a source value and a manual value of the same year are both listed.
struct NwyIndicatorValue {
  static constexpr const char* kSchemaName = "NwyIndicatorValue";
  int year = 0;
  std::optional<double> value;  // null when suppressed
  std::string source;           // benchmark | planning | manual
  bool suppressed = false;      // a benchmark group of fewer than 3 services, for a reader outside the region
  std::string detail;           // the benchmark round's name or the planning evaluation's date
  std::optional<long long> n;   // benchmark: services behind the median
  bool preliminary = false;     // benchmark: from a round not locked yet
};
BOOST_DESCRIBE_STRUCT(NwyIndicatorValue, (), (year, value, source, suppressed, detail, n, preliminary))

struct NwyIndicator {
  static constexpr const char* kSchemaName = "NwyIndicator";
  long long id = 0;
  long long node_id = 0;
  std::string source;  // benchmark | planning | manual
  std::optional<long long> bm_group_id;
  std::string bm_indicator_code;
  std::optional<long long> pl_indicator_id;
  std::string source_name;
  std::string name;
  std::string unit;
  std::string direction;
  std::optional<double> baseline;
  std::vector<NwyIndicatorYear> years;
  std::string source_indicator_name;  // the benchmark or planning indicator's name
  std::vector<NwyIndicatorValue> actuals;
};
BOOST_DESCRIBE_STRUCT(NwyIndicator, (),
                      (id, node_id, source, bm_group_id, bm_indicator_code, pl_indicator_id, source_name, name, unit,
                       direction, baseline, years, source_indicator_name, actuals))

struct NwyIndicatorInput {
  static constexpr const char* kSchemaName = "NwyIndicatorInput";
  std::optional<std::string> source;
  std::optional<long long> bm_group_id;
  std::optional<std::string> bm_indicator_code;
  std::optional<long long> pl_indicator_id;
  std::string name;
  std::optional<std::string> unit;
  std::optional<std::string> direction;
  std::optional<double> baseline;
  std::optional<std::vector<NwyIndicatorYear>> years;
};
BOOST_DESCRIBE_STRUCT(NwyIndicatorInput, (),
                      (source, bm_group_id, bm_indicator_code, pl_indicator_id, name, unit, direction, baseline, years))

struct NwyNode {
  static constexpr const char* kSchemaName = "NwyNode";
  long long id = 0;
  std::optional<long long> parent_id;
  std::string level;  // priority | goal | measure | activity
  std::string level_name;
  std::string code;
  std::string title;
  std::string description;
  std::string responsible;
  int position = 0;
  std::vector<NwyCodeName> kinds;
  std::vector<NwyCodeName> target_groups;
  std::vector<NwyCodeName> territories;
  std::vector<NwyIndicator> indicators;
};
BOOST_DESCRIBE_STRUCT(NwyNode, (),
                      (id, parent_id, level, level_name, code, title, description, responsible, position, kinds,
                       target_groups, territories, indicators))

struct NwyNodeInput {
  static constexpr const char* kSchemaName = "NwyNodeInput";
  std::optional<long long> parent_id;
  std::optional<std::string> level;  // create: required
  std::optional<std::string> code;
  std::string title;
  std::optional<std::string> description;
  std::optional<std::string> responsible;
  std::optional<std::vector<std::string>> kinds;
  std::optional<std::vector<std::string>> target_groups;
  std::optional<std::vector<std::string>> territories;
  std::optional<int> position;
};
BOOST_DESCRIBE_STRUCT(NwyNodeInput, (),
                      (parent_id, level, code, title, description, responsible, kinds, target_groups, territories,
                       position))

struct NwyActionPlan {
  static constexpr const char* kSchemaName = "NwyActionPlan";
  long long id = 0;
  long long plan_id = 0;
  int year = 0;
  std::string status;  // draft | approved | evaluated
  std::string approved_on;
  std::string evaluated_on;
  int items = 0;
};
BOOST_DESCRIBE_STRUCT(NwyActionPlan, (), (id, plan_id, year, status, approved_on, evaluated_on, items))

struct NwyActionPlanList {
  static constexpr const char* kSchemaName = "NwyActionPlanList";
  std::vector<NwyActionPlan> items;
};
BOOST_DESCRIBE_STRUCT(NwyActionPlanList, (), (items))

struct NwyBenchmarkRound {
  static constexpr const char* kSchemaName = "NwyBenchmarkRound";
  long long id = 0;
  std::string name;
  std::string group_name;
  int period_year = 0;
};
BOOST_DESCRIBE_STRUCT(NwyBenchmarkRound, (), (id, name, group_name, period_year))

struct NwyPlanDetail {
  static constexpr const char* kSchemaName = "NwyPlanDetail";
  NwyPlan plan;
  std::string vision;
  std::string analysis_text;
  std::string approved_by_text;
  std::vector<NwyLink> links;
  std::optional<NwyRoundRef> coverage_round;
  std::vector<NwyBenchmarkRound> benchmark_rounds;
  std::vector<NwyNode> nodes;
  std::vector<NwyActionPlan> action_plans;
  bool can_comment = false;
};
BOOST_DESCRIBE_STRUCT(NwyPlanDetail, (),
                      (plan, vision, analysis_text, approved_by_text, links, coverage_round, benchmark_rounds, nodes,
                       action_plans, can_comment))

struct NwySendInput {
  static constexpr const char* kSchemaName = "NwySendInput";
  std::string comments_until;
};
BOOST_DESCRIBE_STRUCT(NwySendInput, (), (comments_until))

struct NwyComment {
  static constexpr const char* kSchemaName = "NwyComment";
  long long id = 0;
  long long plan_id = 0;
  std::optional<long long> node_id;
  std::string node_code;
  std::string node_title;
  std::string text;
  std::string author_name;
  std::string author_org_name;
  std::string author_org_type;
  std::string status;  // open | accepted | partly | rejected
  std::string status_name;
  std::string answer;
  bool answered = false;
  bool mine = false;
};
BOOST_DESCRIBE_STRUCT(NwyComment, (),
                      (id, plan_id, node_id, node_code, node_title, text, author_name, author_org_name, author_org_type,
                       status, status_name, answer, answered, mine))

struct NwyCommentList {
  static constexpr const char* kSchemaName = "NwyCommentList";
  std::vector<NwyComment> items;
};
BOOST_DESCRIBE_STRUCT(NwyCommentList, (), (items))

struct NwyCommentInput {
  static constexpr const char* kSchemaName = "NwyCommentInput";
  std::optional<long long> node_id;
  std::string text;
  std::optional<long long> organisation_id;
};
BOOST_DESCRIBE_STRUCT(NwyCommentInput, (), (node_id, text, organisation_id))

struct NwyAnswerInput {
  static constexpr const char* kSchemaName = "NwyAnswerInput";
  std::string status;
  std::optional<std::string> answer;
};
BOOST_DESCRIBE_STRUCT(NwyAnswerInput, (), (status, answer))

struct NwyActionPlanInput {
  static constexpr const char* kSchemaName = "NwyActionPlanInput";
  int year = 0;
};
BOOST_DESCRIBE_STRUCT(NwyActionPlanInput, (), (year))

struct NwyCarried {
  static constexpr const char* kSchemaName = "NwyCarried";
  long long item_id = 0;
  int year = 0;
  std::string what;
  std::string result;
  std::string result_text;
};
BOOST_DESCRIBE_STRUCT(NwyCarried, (), (item_id, year, what, result, result_text))

struct NwyItem {
  static constexpr const char* kSchemaName = "NwyItem";
  long long id = 0;
  long long node_id = 0;
  std::string node_code;
  std::string node_title;
  std::string what;
  std::string responsible;
  std::string due;
  std::optional<double> budget;
  std::string result;  // "" | done | partly | not
  std::string result_name;
  std::string result_text;
  std::string evidence;
  std::optional<NwyCarried> carried_from;
};
BOOST_DESCRIBE_STRUCT(NwyItem, (),
                      (id, node_id, node_code, node_title, what, responsible, due, budget, result, result_name,
                       result_text, evidence, carried_from))

struct NwyActionPlanDetail {
  static constexpr const char* kSchemaName = "NwyActionPlanDetail";
  NwyActionPlan action_plan;
  std::string plan_title;
  std::string evaluation_summary;
  std::vector<NwyItem> items;
  std::optional<NwyActionPlan> previous;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(NwyActionPlanDetail, (),
                      (action_plan, plan_title, evaluation_summary, items, previous, can_manage))

struct NwyItemInput {
  static constexpr const char* kSchemaName = "NwyItemInput";
  std::optional<long long> id;
  long long node_id = 0;
  std::string what;
  std::optional<std::string> responsible;
  std::optional<std::string> due;
  std::optional<double> budget;
};
BOOST_DESCRIBE_STRUCT(NwyItemInput, (), (id, node_id, what, responsible, due, budget))

struct NwyItemsInput {
  static constexpr const char* kSchemaName = "NwyItemsInput";
  std::vector<NwyItemInput> items;
};
BOOST_DESCRIBE_STRUCT(NwyItemsInput, (), (items))

struct NwyDateInput {
  static constexpr const char* kSchemaName = "NwyDateInput";
  std::string approved_on;
};
BOOST_DESCRIBE_STRUCT(NwyDateInput, (), (approved_on))

struct NwyItemResult {
  static constexpr const char* kSchemaName = "NwyItemResult";
  long long id = 0;
  std::string result;
  std::optional<std::string> result_text;
  std::optional<std::string> evidence;
};
BOOST_DESCRIBE_STRUCT(NwyItemResult, (), (id, result, result_text, evidence))

struct NwyIndicatorActual {
  static constexpr const char* kSchemaName = "NwyIndicatorActual";
  long long indicator_id = 0;
  double actual = 0;
};
BOOST_DESCRIBE_STRUCT(NwyIndicatorActual, (), (indicator_id, actual))

struct NwyEvaluationInput {
  static constexpr const char* kSchemaName = "NwyEvaluationInput";
  std::string evaluated_on;
  std::optional<std::string> summary;
  std::vector<NwyItemResult> items;
  std::optional<std::vector<NwyIndicatorActual>> indicators;
};
BOOST_DESCRIBE_STRUCT(NwyEvaluationInput, (), (evaluated_on, summary, items, indicators))

}  // namespace kvalis::http::dto
