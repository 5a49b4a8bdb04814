// The objects behind the routes with an id: which table a route's first path parameter names, and how the
// walks of tests/api (object-access, output-safety) fill a route's path.

// The table whose rows a route's first path parameter names, by the path before it. Routes under
// /api/public are public by design (the portal) and are left out.
export const TABLES = [
  ['/api/organisations/{id}', 'organisations'],
  ['/api/services/{id}', 'services'],
  ['/api/users/{id}', 'users'],
  ['/api/me/sessions/{id}', 'sessions'],
  ['/api/benchmark/groups/{id}', 'bm_groups'],
  ['/api/benchmark/meetings/{id}', 'bm_meetings'],
  ['/api/benchmark/methodologies/{id}', 'bm_methodologies'],
  ['/api/benchmark/rounds/{id}', 'bm_rounds'],
  ['/api/benchmark/services/{id}', 'services'],
  ['/api/benchmark/good-practices/{id}', 'bm_good_practices'],
  ['/api/benchmark/dea-jobs/{id}', 'bm_dea_jobs'],
  ['/api/benchmark/dea/{run_id}', 'bm_dea_runs'],
  ['/api/quality/sets/{id}', 'standard_sets'],
  ['/api/quality/templates/{id}', 'q_templates'],
  ['/api/quality/audits/{id}', 'q_audits'],
  ['/api/quality/findings/{id}', 'q_findings'],
  ['/api/quality/actions/{id}', 'q_actions'],
  ['/api/quality/evidence/{id}', 'q_evidence'],
  ['/api/quality/care/supervisions/{id}', 'qc_supervisions'],
  ['/api/quality/care/providers/{org_id}', 'organisations'],
  ['/api/quality/care/ospod/{org_id}', 'organisations'],
  ['/api/quality/care/transformation/plans/{id}', 'qc_transformation_plans'],
  ['/api/quality/care/transformation/milestones/{id}', 'qc_milestones'],
  ['/api/quality/care/transformation/places/{id}', 'qc_community_places'],
  ['/api/quality/care/community-limits/{region_org_id}', 'organisations'],
  ['/api/quality/care/inclusion-indicators/{id}', 'qc_inclusion_indicators'],
  ['/api/planning/organisations/{id}', 'organisations'],
  ['/api/planning/strategic-plans/{id}', 'pl_strategic_plans'],
  ['/api/planning/operational-plans/{id}', 'pl_operational_plans'],
  ['/api/planning/goals/{id}', 'pl_goals'],
  ['/api/planning/indicators/{id}', 'pl_indicators'],
  ['/api/planning/evaluations/{id}', 'pl_evaluations'],
  ['/api/planning/evidence/{id}', 'pl_evaluation_evidence'],
  ['/api/planning/services/{id}', 'services'],
  ['/api/planning/clients/{id}', 'pl_clients'],
  ['/api/planning/client-goals/{id}', 'pl_client_goals'],
  ['/api/planning/ladders/{id}', 'pl_ladders'],
  ['/api/people/workers/{id}', 'pe_workers'],
  ['/api/people/absences/{id}', 'pe_absences'],
  ['/api/people/trainings/{id}', 'pe_external_trainings'],
  ['/api/people/education-plans/{id}', 'pe_education_plans'],
  ['/api/people/modules/{id}', 'pe_modules'],
  ['/api/people/sessions/{id}', 'pe_sessions'],
  ['/api/people/registrations/{id}', 'pe_registrations'],
  ['/api/people/partners/{id}', 'pe_partners'],
  ['/api/people/meetings/{id}', 'pe_meetings'],
  ['/api/people/actions/{id}', 'pe_agreed_actions'],
  ['/api/people/projects/{id}', 'pe_projects'],
  ['/api/people/activities/{id}', 'pe_project_activities'],
  ['/api/people/budget-lines/{id}', 'pe_budget_lines'],
  ['/api/people/expenses/{id}', 'pe_expenses'],
  ['/api/people/indicators/{id}', 'pe_project_indicators'],
  ['/api/people/indicator-values/{id}', 'pe_indicator_values'],
  ['/api/people/publicity/{id}', 'pe_publicity'],
  ['/api/network/need-areas/{id}', 'nw_need_areas'],
  ['/api/network/activities/{id}', 'nw_activities'],
  ['/api/network/cards/{id}', 'nw_cards'],
  ['/api/network/card-versions/{id}', 'nw_card_versions'],
  ['/api/network/comments/{id}', 'nw_card_comments'],
  ['/api/network/meetings/{id}', 'nw_kind_meetings'],
  ['/api/network/coverage/rounds/{id}', 'nw_coverage_rounds'],
  ['/api/network/coverage/submissions/{id}', 'nw_coverage_submissions'],
  ['/api/network/minimal-forms/{id}', 'nw_minimal_forms'],
  ['/api/network/services/{id}', 'services'],
  ['/api/network/dev-criteria/{id}', 'nw_dev_criteria'],
  ['/api/network/dev-plans/{id}', 'nw_dev_plans'],
  ['/api/network/evidence/services/{id}', 'services'],
  ['/api/network/portal/indicators/{id}', 'nw_portal_indicators'],
  ['/api/network/fin/models/{id}', 'nw_fin_models'],
  ['/api/network/fin/services/{id}', 'services'],
  ['/api/network/fin/lines/{service_id}', 'services'],
  ['/api/network/fin/scenarios/{id}', 'nw_fin_scenarios'],
  ['/api/network/fin/scenario-changes/{id}', 'nw_fin_scenario_changes'],
  ['/api/network/years/{id}', 'nw_network_years'],
  ['/api/network/entrustments/{id}', 'nw_entrustments'],
  ['/api/network/plans/{id}', 'nw_plans'],
  ['/api/network/plan-nodes/{id}', 'nw_plan_nodes'],
  ['/api/network/plan-indicators/{id}', 'nw_plan_indicators'],
  ['/api/network/plan-comments/{id}', 'nw_plan_comments'],
  ['/api/network/action-plans/{id}', 'nw_action_plans'],
];

export const tableOf = (p) => TABLES.find(([prefix]) => p.startsWith(prefix))?.[1];

// Values of the other path parameters.
const OTHER_PARAMS = { year: '2026', kind: '1', code: '86' };

// The path with its first parameter set to id and the others to OTHER_PARAMS.
export function fill(p, id) {
  let first = true;
  return p.replace(/\{(\w+)\}/g, (_, name) => {
    if (first) {
      first = false;
      return String(id);
    }
    return OTHER_PARAMS[name] ?? '1';
  });
}

