// Records as the server sends them, for the tests of this part.
import type { ActionItem, Entry, NetworkYearDetail, PlanComment, PlanDetail, PlanNode } from '../types';

export function entry(patch: Partial<Entry> = {}): Entry {
  return {
    service_id: 1,
    service_name: 'Pečovatelská služba Náchod',
    provider_id: 10,
    provider_name: 'Charita Náchod',
    kind_code: '4',
    kind_name: 'pečovatelská služba',
    capacity: 100,
    capacity_unit: 'klient',
    capacity_unit_name: 'klienti',
    fte: null,
    territories: [{ code: '5209', name: 'Náchod' }],
    entrustment: null,
    decisions_this_year: [],
    ...patch,
  };
}

export function yearDetail(year: number, entries: Entry[]): Pick<NetworkYearDetail, 'year' | 'entries'> {
  return { year, entries };
}

export function node(patch: Partial<PlanNode> = {}): PlanNode {
  return {
    id: 1,
    parent_id: null,
    level: 'priority',
    level_name: 'priorita',
    code: '1',
    title: 'Dostupnost služeb',
    description: '',
    responsible: '',
    position: 1,
    kinds: [],
    target_groups: [],
    territories: [],
    indicators: [],
    ...patch,
  };
}

export function item(patch: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 1,
    node_id: 3,
    node_code: '1.1.1',
    node_title: 'Rozšířit pečovatelskou službu',
    what: 'Výběrové řízení',
    responsible: 'oddělení plánování',
    due: '2026-04-30',
    budget: null,
    result: '',
    result_name: '',
    result_text: '',
    evidence: '',
    carried_from: null,
    ...patch,
  };
}

export function planComment(patch: Partial<PlanComment> = {}): PlanComment {
  return {
    id: 5,
    plan_id: 2,
    node_id: null,
    node_code: '',
    node_title: '',
    text: 'Chybí pokrytí Broumovska.',
    author_name: 'Mgr. Pavel Šimek',
    author_org_name: 'OSPOD Náchod',
    author_org_type: 'municipality',
    status: 'open',
    status_name: 'čeká',
    answer: '',
    answered: false,
    mine: false,
    ...patch,
  };
}

export function planDetail(patch: Partial<PlanDetail> = {}, plan: Partial<PlanDetail['plan']> = {}): PlanDetail {
  return {
    plan: {
      id: 2,
      region_code: '86',
      region_name: 'Královéhradecký kraj',
      title: 'Střednědobý plán 2026–2028',
      year_from: 2026,
      year_to: 2028,
      status: 'comments',
      comments_until: '2099-01-31',
      approved_on: '',
      comments_total: 0,
      comments_open: 0,
      action_plans: 0,
      can_manage: true,
      ...plan,
    },
    vision: '',
    analysis_text: '',
    approved_by_text: '',
    links: [],
    coverage_round: null,
    benchmark_rounds: [],
    nodes: [],
    action_plans: [],
    can_comment: false,
    ...patch,
  };
}
