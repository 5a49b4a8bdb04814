// Pure logic of the network cards part: the codes the server sends, the tabs by role, the parts of a card that
// take comments, the card editor's state (needs in order with their activities), the answer rules, and the word
// diff of the version comparison. No React, no server; unit-tested.
import type { Activity, CardComment, CardTexts, CardVersion, ExpectField, Transition, VersionInput } from './types';
import { EXPECT_FIELDS } from './types';

export const VERSION_STATUSES = ['draft', 'comments', 'final', 'published', 'superseded'] as const;
export const COMMENT_STATUSES = ['open', 'accepted', 'partly', 'rejected'] as const;
export const ANSWER_STATUSES = ['accepted', 'partly', 'rejected'] as const;
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const CHANGES = ['added', 'removed', 'changed', 'same'] as const;
/** The card's own texts that take comments, in the order of the card; needs follow as `need:<code>`. */
export const TEXT_PARTS = ['general', 'summary', ...EXPECT_FIELDS] as const;

/** A code's translation key when the code is known, else null (the page then says "unknown code"). */
export function codeKey(group: string, known: readonly string[], code: string): string | null {
  return known.includes(code) ? `network.${group}.${code}` : null;
}

// ---- tabs ----

export type TabKey = 'cards' | 'meetings' | 'comments' | 'needs' | 'activities' | 'portal';
export interface NetworkTab {
  key: string;
  path: string;
  /** i18n key of the label */
  labelKey: string;
  permission?: string;
  /** Only region staff (or the platform administrator) see it. */
  regionOnly?: boolean;
  /** Only these audiences see it (absent: everyone with the permission). */
  audience?: readonly Audience[];
  also?: readonly string[];
}

/**
 * Who a user is for the network section: region staff (or the platform administrator), a provider's member, a
 * municipality, an audit body, or an evaluator (who reads published cards only).
 */
export type Audience = 'region' | 'provider' | 'municipality' | 'audit' | 'evaluator';
export function audiencesOf(user: TabUser): Set<Audience> {
  const out = new Set<Audience>();
  if (user.platform_admin) out.add('region');
  for (const m of user.memberships) {
    if (m.role === 'evaluator') out.add('evaluator');
    else if (m.organisation_type === 'region') out.add('region');
    else if (m.organisation_type === 'provider') out.add('provider');
    else if (m.organisation_type === 'municipality') out.add('municipality');
    else if (m.organisation_type === 'audit_body') out.add('audit');
  }
  return out;
}
/**
 * The comments a user meets on a card version: region staff all of them, a provider's members their own
 * organisation's, everyone else (municipalities, audit bodies, evaluators) none, so no panel at all.
 */
export function commentsView(user: TabUser): 'all' | 'own' | 'none' {
  const mine = audiencesOf(user);
  if (mine.has('region')) return 'all';
  return mine.has('provider') ? 'own' : 'none';
}

function inAudience(user: TabUser, audience: readonly Audience[] | undefined): boolean {
  if (!audience) return true;
  const mine = audiencesOf(user);
  return audience.some((a) => mine.has(a));
}
export const CARD_TABS: readonly NetworkTab[] = [
  {
    key: 'cards',
    path: '/network',
    labelKey: 'network.tabs.cards',
    also: ['/network/cards', '/network/versions'],
  },
  {
    key: 'meetings',
    path: '/network/meetings',
    labelKey: 'network.tabs.meetings',
    audience: ['region', 'provider'],
  },
  {
    key: 'comments',
    path: '/network/comments',
    labelKey: 'network.tabs.comments',
    permission: 'network.respond',
    audience: ['provider'],
  },
  { key: 'needs', path: '/network/needs', labelKey: 'network.tabs.needs', regionOnly: true },
  { key: 'activities', path: '/network/activities', labelKey: 'network.tabs.activities' },
  {
    key: 'portal',
    path: '/network/portal',
    labelKey: 'network.tabs.portal',
    permission: 'network.manage',
    regionOnly: true,
  },
];

export interface TabUser {
  platform_admin: boolean;
  permissions: readonly string[];
  memberships: readonly { organisation_type: string; role: string }[];
}

/** Whether the user works for a region (any member of a region organisation) or is the platform administrator. */
export function isRegionStaff(user: TabUser): boolean {
  return user.platform_admin || user.memberships.some((m) => m.organisation_type === 'region');
}

/** Whether the user manages the region's cards (network.manage as a region's admin or manager). */
export function managesRegion(user: TabUser): boolean {
  if (!user.permissions.includes('network.manage')) return false;
  return (
    user.platform_admin ||
    user.memberships.some((m) => m.organisation_type === 'region' && (m.role === 'admin' || m.role === 'manager'))
  );
}

/**
 * The tabs a user sees: the cards part's own tabs (the region's administration for region staff, the provider's
 * own comments for those who comment and are not region staff) followed by the coverage part's tabs.
 */
export function visibleTabs(
  user: TabUser,
  coverage: readonly { path: string; labelKey: string; permission?: string; audience?: readonly Audience[] }[],
): NetworkTab[] {
  const region = isRegionStaff(user);
  const cards = CARD_TABS.filter(
    (t) =>
      (!t.permission || user.permissions.includes(t.permission)) &&
      (!t.regionOnly || region) &&
      inAudience(user, t.audience) &&
      (t.key !== 'comments' || !region),
  );
  const more = coverage
    .filter((t) => (!t.permission || user.permissions.includes(t.permission)) && inAudience(user, t.audience))
    .map((t) => {
      const rel = t.path.replace(/^\/+/, '');
      return { key: `coverage:${rel}`, path: rel ? `/network/${rel}` : '/network', labelKey: t.labelKey };
    });
  return [...cards, ...more];
}

/** The groups of the section's tabs, in order: what a tab bar of fourteen tabs would hide behind "…". */
export const TAB_GROUPS = ['cards', 'coverage', 'network', 'development', 'portal'] as const;
export type TabGroup = (typeof TAB_GROUPS)[number];

/** The group of a tab by its key (the cards part's keys, and the other parts' `coverage:<path>` keys). */
export function groupOf(key: string): TabGroup {
  if (key === 'portal') return 'portal';
  const rel = key.startsWith('coverage:') ? key.slice('coverage:'.length) : '';
  if (!rel) return 'cards';
  if (rel.startsWith('coverage') || rel.startsWith('minimal')) return 'coverage';
  if (rel.startsWith('years') || rel.startsWith('entrustments') || rel.startsWith('plans')) return 'network';
  if (rel.startsWith('dev-') || rel.startsWith('finance')) return 'development';
  return 'cards';
}

/** The visible tabs by group, in the groups' order; a group with no visible tab is left out. */
export function groupTabs(tabs: readonly NetworkTab[]): { group: TabGroup; tabs: NetworkTab[] }[] {
  return TAB_GROUPS.map((group) => ({ group, tabs: tabs.filter((x) => groupOf(x.key) === group) })).filter(
    (g) => g.tabs.length > 0,
  );
}

/** The tab of a path: the longest tab path (or alias) the path starts with. */
export function tabForPath(tabs: readonly NetworkTab[], pathname: string): string | undefined {
  let best: { key: string; len: number } | undefined;
  for (const tab of tabs)
    for (const p of [tab.path, ...(tab.also ?? [])])
      if ((pathname === p || pathname.startsWith(`${p}/`)) && p.length > (best?.len ?? -1))
        best = { key: tab.key, len: p.length };
  return best?.key;
}

// ---- workflow ----

/** The workflow buttons of a version, in the order shown, each only when the server allows it. */
export const WORKFLOW_ACTIONS = ['send', 'finalise', 'publish', 'new_version'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
export function workflowButtons(allowed: readonly string[] | undefined): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => (allowed ?? []).includes(a));
}
export function can(v: { allowed: readonly string[] } | undefined, what: Transition): boolean {
  return !!v && (v.allowed ?? []).includes(what);
}

/** A version is open (a new version may not start) while in draft, comments or final. */
export function isOpenStatus(s: string): boolean {
  return s === 'draft' || s === 'comments' || s === 'final';
}

/** The deadline for comments must be today or later (YYYY-MM-DD compares as text). */
export function validDeadline(date: string, today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= today;
}

// ---- parts and comments ----

export interface Part {
  part: string;
  /** a translation key (texts) or null for a need (the need's name is the label) */
  labelKey: string | null;
  name: string;
}

/** A need's name in the UI language (the Czech name when the English one is missing). */
export function needName(n: { name: string; name_en?: string }, lang: string): string {
  return lang.startsWith('en') && n.name_en ? n.name_en : n.name;
}

/** The parts of a version a comment may name: general, the texts, then the needs in the card's order. */
export function partsOf(v: Pick<CardVersion, 'needs'>, lang = 'cs'): Part[] {
  return [
    ...TEXT_PARTS.map((p) => ({ part: p, labelKey: `network.part.${p}`, name: '' })),
    ...[...v.needs]
      .sort((a, b) => a.position - b.position)
      .map((n) => ({ part: `need:${n.code}`, labelKey: null, name: needName(n, lang) })),
  ];
}

export interface CommentGroup {
  part: string;
  label: string;
  comments: CardComment[];
  open: number;
}

/**
 * Comments grouped by part in the order of the card (parts the card no longer has last, by the server's label),
 * each group's comments oldest first, with the count of unanswered ones.
 */
export function groupComments(
  comments: readonly CardComment[],
  parts: readonly Part[],
  label: (p: Part) => string,
): CommentGroup[] {
  const order = new Map(parts.map((p, i) => [p.part, i]));
  const groups = new Map<string, CommentGroup>();
  for (const c of comments) {
    let g = groups.get(c.part);
    if (!g) {
      const known = parts.find((p) => p.part === c.part);
      g = { part: c.part, label: known ? label(known) : c.part_label, comments: [], open: 0 };
      groups.set(c.part, g);
    }
    g.comments.push(c);
    if (c.status === 'open') g.open += 1;
  }
  const rank = (p: string) => order.get(p) ?? Number.MAX_SAFE_INTEGER;
  const out = [...groups.values()].sort((a, b) => rank(a.part) - rank(b.part) || a.label.localeCompare(b.label, 'cs'));
  for (const g of out) g.comments.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  return out;
}

/** The answer's problem (a translation key) or null: a status is needed, and a reason when not fully accepted. */
export function answerProblem(status: string | undefined, answer: string): string | null {
  if (!status || status === 'open') return 'network.comments.statusRequired';
  if ((status === 'rejected' || status === 'partly') && !answer.trim()) return 'network.comments.reasonRequired';
  return null;
}

/** A provider edits its own comment while it is open and the version still takes comments. */
export function canEditComment(c: Pick<CardComment, 'mine' | 'status'>, versionAllowsComment: boolean): boolean {
  return c.mine && c.status === 'open' && versionAllowsComment;
}

// ---- editor ----

export interface EditorNeed {
  need_area_id: number;
  name: string;
  description: string;
  answer: string;
  activity_ids: number[];
}
export interface EditorState {
  texts: CardTexts;
  change_note: string;
  needs: EditorNeed[];
}

export function editorFromVersion(v: CardVersion): EditorState {
  return {
    texts: {
      title: v.title ?? '',
      summary: v.summary ?? '',
      ...(Object.fromEntries(EXPECT_FIELDS.map((f) => [f, v[f] ?? ''])) as Record<ExpectField, string>),
    },
    change_note: v.change_note ?? '',
    needs: [...v.needs]
      .sort((a, b) => a.position - b.position)
      .map((n) => ({
        need_area_id: n.need_area_id,
        name: n.name,
        description: n.description,
        answer: n.answer,
        activity_ids: n.activities.map((a) => a.id),
      })),
  };
}

export function editorToInput(s: EditorState): VersionInput {
  const trim = (x: string) => x.trim();
  return {
    title: trim(s.texts.title),
    summary: trim(s.texts.summary),
    ...(Object.fromEntries(EXPECT_FIELDS.map((f) => [f, trim(s.texts[f])])) as Record<ExpectField, string>),
    change_note: trim(s.change_note),
    needs: s.needs.map((n) => ({
      need_area_id: n.need_area_id,
      description: trim(n.description),
      answer: trim(n.answer),
      activity_ids: [...new Set(n.activity_ids)],
    })),
  };
}

export function addNeed(s: EditorState, need: { id: number; name: string }): EditorState {
  if (s.needs.some((n) => n.need_area_id === need.id)) return s;
  return {
    ...s,
    needs: [...s.needs, { need_area_id: need.id, name: need.name, description: '', answer: '', activity_ids: [] }],
  };
}

export function removeNeed(s: EditorState, index: number): EditorState {
  return { ...s, needs: s.needs.filter((_, i) => i !== index) };
}

/** Moves a need one place up (delta -1) or down (+1); out of range is no change. */
export function moveNeed(s: EditorState, index: number, delta: -1 | 1): EditorState {
  const to = index + delta;
  if (index < 0 || index >= s.needs.length || to < 0 || to >= s.needs.length) return s;
  const needs = [...s.needs];
  [needs[index], needs[to]] = [needs[to], needs[index]];
  return { ...s, needs };
}

export function updateNeed(s: EditorState, index: number, patch: Partial<EditorNeed>): EditorState {
  return { ...s, needs: s.needs.map((n, i) => (i === index ? { ...n, ...patch } : n)) };
}

/** The editor's problems as [field path, translation key]: a title, and an answer for each need. */
export function editorProblems(s: EditorState): [string, string][] {
  const out: [string, string][] = [];
  if (!s.texts.title.trim()) out.push(['title', 'network.editor.titleRequired']);
  s.needs.forEach((n, i) => {
    if (!n.answer.trim()) out.push([`needs.${i}.answer`, 'network.editor.answerRequired']);
  });
  return out;
}

/** An activity as the card names it: "§ 40 písm. a) text" (paragraph and letter only where known). */
export function activityLabel(a: Pick<Activity, 'paragraph' | 'letter'> & { text: string }): string {
  const head = [
    a.paragraph ? a.paragraph.replace(/^(§\s*)?/, '§ ') : '',
    a.letter ? `${a.letter.replace(/\)$/, '')})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return head ? `${head} ${a.text}` : a.text;
}

/** The activities a need may take: the kind's active catalogue (national and the region's), by paragraph and letter. */
export function sortActivities<T extends Pick<Activity, 'paragraph' | 'letter'>>(items: readonly T[]): T[] {
  const key = (a: T) => `${a.paragraph.padStart(6, ' ')}|${a.letter}`;
  return [...items].sort((a, b) => key(a).localeCompare(key(b), 'cs'));
}

// ---- comparison ----

export interface DiffPiece {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/**
 * Word diff of two texts (longest common subsequence over words, each with the spaces after it): the pieces of the
 * old text (same/removed) and of the new text (same/added). Very long texts are compared as a whole.
 */
export function wordDiff(before: string, after: string): { before: DiffPiece[]; after: DiffPiece[] } {
  // words with the spaces after them, so that a lone space never counts as common text
  const words = (x: string) => x.match(/^\s+|\S+\s*/g) ?? [];
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > 2_000_000)
    return {
      before: before ? [{ text: before, kind: before === after ? 'same' : 'removed' }] : [],
      after: after ? [{ text: after, kind: before === after ? 'same' : 'added' }] : [],
    };
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const left: DiffPiece[] = [];
  const right: DiffPiece[] = [];
  const push = (list: DiffPiece[], text: string, kind: DiffPiece['kind']) => {
    const last = list[list.length - 1];
    if (last && last.kind === kind) last.text += text;
    else list.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(left, a[i], 'same');
      push(right, b[j], 'same');
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push(left, a[i++], 'removed');
    else push(right, b[j++], 'added');
  }
  while (i < n) push(left, a[i++], 'removed');
  while (j < m) push(right, b[j++], 'added');
  return { before: left, after: right };
}

/** Counts of the comparison's parts by change. */
export function changeCounts(items: readonly { change: string }[]): Record<(typeof CHANGES)[number], number> {
  const out = { added: 0, removed: 0, changed: 0, same: 0 };
  for (const x of items) if (x.change in out) out[x.change as keyof typeof out] += 1;
  return out;
}

// ---- meetings ----

/** Attended count and invited count of a meeting's invitations. */
export function attendanceCounts(items: readonly { attended: boolean }[]): { attended: number; invited: number } {
  return { attended: items.filter((x) => x.attended).length, invited: items.length };
}
