// Which module page shows which help (components/HelpPanel.tsx): the page's path → the i18n key of its texts
// (features/<module>/help.ts) and the next steps' pages. The first pattern that matches the path wins; a page
// without a pattern has no help panel.
import type { HelpTopic } from '../components/HelpPanel';

interface HelpRoute extends HelpTopic {
  path: RegExp;
}

const ID = '\\d+';
const p = (pattern: string) => new RegExp(`^${pattern}/?$`);

export const HELP_ROUTES: readonly HelpRoute[] = [
  {
    path: p(''),
    key: 'helpDashboard.main',
    links: [
      { to: '/quality', label: 'helpDashboard.main.quality' },
      { to: '/planning', label: 'helpDashboard.main.planning' },
      { to: '/benchmarking', label: 'helpDashboard.main.benchmarking' },
    ],
  },
  // quality
  {
    path: p('/quality'),
    key: 'helpQuality.overview',
    links: [
      { to: '/quality/audits', label: 'helpQuality.overview.audits' },
      { to: '/quality/actions', label: 'helpQuality.overview.actions' },
    ],
  },
  {
    path: p('/quality/audits'),
    key: 'helpQuality.audits',
    links: [
      { to: '/quality/standards', label: 'helpQuality.audits.standards' },
      { to: '/quality/actions', label: 'helpQuality.audits.actions' },
    ],
  },
  {
    path: p(`/quality/audits/${ID}`),
    key: 'helpQuality.audit',
    links: [
      { to: '/quality/actions', label: 'helpQuality.audit.actions' },
      { to: '/quality/audits', label: 'helpQuality.audit.audits' },
    ],
  },
  {
    path: p('/quality/actions'),
    key: 'helpQuality.actions',
    links: [
      { to: '/quality/audits', label: 'helpQuality.actions.audits' },
      { to: '/quality', label: 'helpQuality.actions.overview' },
    ],
  },
  {
    path: p('/quality/standards'),
    key: 'helpQuality.standards',
    links: [
      { to: '/quality/templates', label: 'helpQuality.standards.templates' },
      { to: '/quality/audits', label: 'helpQuality.standards.audits' },
    ],
  },
  {
    path: p('/quality/care/ospod'),
    key: 'helpQuality.ospod',
    links: [
      { to: '/quality/audits', label: 'helpQuality.ospod.audits' },
      { to: '/people/training', label: 'helpQuality.ospod.training' },
    ],
  },
  {
    path: p('/quality/care/supervision'),
    key: 'helpQuality.supervision',
    links: [{ to: '/quality/actions', label: 'helpQuality.supervision.actions' }],
  },
  {
    path: p('/quality/care/transformation'),
    key: 'helpQuality.transformation',
    links: [{ to: '/quality/audits', label: 'helpQuality.transformation.audits' }],
  },
  // benchmarking
  {
    path: p('/benchmarking'),
    key: 'helpBenchmark.rounds',
    links: [{ to: '/benchmarking/good-practices', label: 'helpBenchmark.rounds.goodPractices' }],
  },
  { path: p(`/benchmarking/rounds/${ID}`), key: 'helpBenchmark.round' },
  { path: p(`/benchmarking/rounds/${ID}/services/${ID}`), key: 'helpBenchmark.form' },
  {
    path: p(`/benchmarking/rounds/${ID}/comparison`),
    key: 'helpBenchmark.comparison',
    links: [
      { to: '/benchmarking/good-practices', label: 'helpBenchmark.comparison.goodPractices' },
      { to: '/network/dev-plans', label: 'helpBenchmark.comparison.devPlans' },
    ],
  },
  { path: p(`/benchmarking/groups/${ID}`), key: 'helpBenchmark.group' },
  // planning
  {
    path: p('/planning'),
    key: 'helpPlanning.strategic',
    links: [
      { to: '/planning/operational', label: 'helpPlanning.strategic.operational' },
      { to: '/planning/impact', label: 'helpPlanning.strategic.impact' },
    ],
  },
  {
    path: p('/planning/operational'),
    key: 'helpPlanning.operational',
    links: [{ to: '/planning/due', label: 'helpPlanning.operational.due' }],
  },
  {
    path: p('/planning/clients'),
    key: 'helpPlanning.clients',
    links: [{ to: '/planning/due', label: 'helpPlanning.clients.due' }],
  },
  {
    path: p('/planning/impact'),
    key: 'helpPlanning.impact',
    links: [{ to: '/planning', label: 'helpPlanning.impact.strategic' }],
  },
  {
    path: p('/planning/regional'),
    key: 'helpPlanning.regional',
    links: [{ to: '/network', label: 'helpPlanning.regional.network' }],
  },
  // network
  {
    path: p('/network'),
    key: 'helpNetwork.cards',
    links: [
      { to: '/network/coverage', label: 'helpNetwork.cards.coverage' },
      { to: '/network/plans', label: 'helpNetwork.cards.plan' },
    ],
  },
  {
    path: p('/network/(years|plans|entrustments)'),
    key: 'helpNetwork.plan',
    links: [{ to: '/network/finance', label: 'helpNetwork.plan.finance' }],
  },
  {
    path: p('/network/(coverage|minimal)'),
    key: 'helpNetwork.coverage',
    links: [{ to: '/network', label: 'helpNetwork.coverage.cards' }],
  },
  {
    path: p('/network/finance(/lines|/models|/budget)?'),
    key: 'helpNetwork.finance',
    links: [{ to: '/network/years', label: 'helpNetwork.finance.plan' }],
  },
  {
    path: p('/network/(dev-plans|dev-criteria)'),
    key: 'helpNetwork.devPlans',
    links: [{ to: '/network/years', label: 'helpNetwork.devPlans.plan' }],
  },
  {
    path: p('/network/portal'),
    key: 'helpNetwork.portal',
    links: [{ to: '/network', label: 'helpNetwork.portal.cards' }],
  },
  // people
  {
    path: p('/people'),
    key: 'helpPeople.staff',
    links: [{ to: '/people/training', label: 'helpPeople.staff.training' }],
  },
  {
    path: p('/people/training'),
    key: 'helpPeople.training',
    links: [{ to: '/people/sessions', label: 'helpPeople.training.sessions' }],
  },
  {
    path: p('/people/sessions'),
    key: 'helpPeople.sessions',
    links: [{ to: '/people', label: 'helpPeople.sessions.staff' }],
  },
  {
    path: p('/people/cooperation'),
    key: 'helpPeople.cooperation',
    links: [{ to: '/people/projects', label: 'helpPeople.cooperation.projects' }],
  },
  {
    path: p('/people/projects'),
    key: 'helpPeople.projects',
    links: [{ to: '/people/cooperation', label: 'helpPeople.projects.cooperation' }],
  },
  // registry and administration
  {
    path: p('/services'),
    key: 'helpRegistry.services',
    links: [
      { to: '/quality/audits', label: 'helpRegistry.services.quality' },
      { to: '/network', label: 'helpRegistry.services.network' },
    ],
  },
  {
    path: p('/organisations'),
    key: 'helpRegistry.organisations',
    links: [{ to: '/services', label: 'helpRegistry.organisations.services' }],
  },
  {
    path: p('/admin/users'),
    key: 'helpAdmin.users',
    links: [{ to: '/admin/audit-log', label: 'helpAdmin.users.auditLog' }],
  },
  {
    path: p('/admin/audit-log'),
    key: 'helpAdmin.auditLog',
    links: [{ to: '/admin/users', label: 'helpAdmin.auditLog.users' }],
  },
];

/** The help of the page at `pathname`, or null. */
export function helpTopicFor(pathname: string): HelpRoute | null {
  return HELP_ROUTES.find((r) => r.path.test(pathname)) ?? null;
}
