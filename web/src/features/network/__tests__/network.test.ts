// Pure logic of the cards part: tabs by role, workflow buttons from `allowed`, comment parts and groups, the answer
// rules, the card editor's needs (order, add, remove) and its input, activity labels and the word diff.
import { describe, expect, it } from 'vitest';
import {
  activityLabel,
  addNeed,
  answerProblem,
  canEditComment,
  changeCounts,
  editorFromVersion,
  editorProblems,
  editorToInput,
  groupComments,
  isOpenStatus,
  managesRegion,
  moveNeed,
  partsOf,
  removeNeed,
  sortActivities,
  tabForPath,
  updateNeed,
  validDeadline,
  visibleTabs,
  wordDiff,
  workflowButtons,
} from '../network';
import { comment, version } from './fixtures';

const regionManager = {
  platform_admin: false,
  permissions: ['network.read', 'network.respond', 'network.manage'],
  memberships: [{ organisation_type: 'region', role: 'manager' }],
};
const regionWorker = {
  platform_admin: false,
  permissions: ['network.read', 'network.respond'],
  memberships: [{ organisation_type: 'region', role: 'worker' }],
};
const provider = {
  platform_admin: false,
  permissions: ['network.read', 'network.respond', 'network.manage'],
  memberships: [{ organisation_type: 'provider', role: 'manager' }],
};
const auditor = {
  platform_admin: false,
  permissions: ['network.read'],
  memberships: [{ organisation_type: 'audit_body', role: 'auditor' }],
};
const coverage = [
  { path: 'coverage', labelKey: 'networkCoverage.tabs.rounds' },
  { path: 'minimal', labelKey: 'networkCoverage.tabs.minimal', permission: 'network.manage' },
];

describe('tabs', () => {
  const keys = (u: typeof regionManager) => visibleTabs(u, coverage).map((t) => t.key);
  it.each([
    [
      'region manager',
      regionManager,
      ['cards', 'meetings', 'needs', 'activities', 'portal', 'coverage:coverage', 'coverage:minimal'],
    ],
    ['region worker', regionWorker, ['cards', 'meetings', 'needs', 'activities', 'coverage:coverage']],
    [
      'provider manager',
      provider,
      ['cards', 'meetings', 'comments', 'activities', 'coverage:coverage', 'coverage:minimal'],
    ],
    ['auditor', auditor, ['cards', 'meetings', 'activities', 'coverage:coverage']],
  ])('%s sees its tabs', (_, user, expected) => {
    expect(keys(user)).toEqual(expected);
  });
  it('finds the tab of a path, the coverage tabs under /network', () => {
    const tabs = visibleTabs(regionManager, coverage);
    expect(tabs.find((t) => t.key === 'coverage:coverage')?.path).toBe('/network/coverage');
    expect(tabForPath(tabs, '/network')).toBe('cards');
    expect(tabForPath(tabs, '/network/versions/12/compare')).toBe('cards');
    expect(tabForPath(tabs, '/network/meetings/4')).toBe('meetings');
    expect(tabForPath(tabs, '/network/coverage/rounds/2')).toBe('coverage:coverage');
    expect(tabForPath(tabs, '/network/portal')).toBe('portal');
  });
  it('only region admins and managers with network.manage manage the region', () => {
    expect(managesRegion(regionManager)).toBe(true);
    expect(managesRegion(regionWorker)).toBe(false);
    expect(managesRegion(provider)).toBe(false);
    expect(managesRegion({ platform_admin: true, permissions: ['network.manage'], memberships: [] })).toBe(true);
  });
});

describe('workflow', () => {
  it('shows only the steps the server allows, in order', () => {
    expect(workflowButtons(['publish', 'edit', 'send'])).toEqual(['send', 'publish']);
    expect(workflowButtons(['comment'])).toEqual([]);
    expect(workflowButtons(undefined)).toEqual([]);
    expect(workflowButtons(['new_version', 'finalise', 'answer'])).toEqual(['finalise', 'new_version']);
  });
  it('knows the open states and valid deadlines', () => {
    expect(['draft', 'comments', 'final', 'published', 'superseded'].map((s) => isOpenStatus(s as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(validDeadline('2026-12-06', '2026-12-06')).toBe(true);
    expect(validDeadline('2026-12-05', '2026-12-06')).toBe(false);
    expect(validDeadline('6. 12. 2026', '2026-12-06')).toBe(false);
  });
});

describe('comments', () => {
  const label = (p: { labelKey: string | null; name: string }) => p.name || p.labelKey || '';
  it('lists the parts: the texts, then the needs in the card order', () => {
    const parts = partsOf(version()).map((p) => p.part);
    expect(parts.slice(0, 3)).toEqual(['general', 'summary', 'user_expect']);
    expect(parts.slice(-2)).toEqual(['need:hygiene', 'need:food']);
  });
  it('groups comments by part in the card order with the open count', () => {
    const groups = groupComments(
      [
        comment({ id: 5, part: 'need:food', status: 'accepted', created_at: '2026-12-03' }),
        comment({ id: 4, part: 'need:food', created_at: '2026-12-02' }),
        comment({ id: 3, part: 'general', status: 'rejected' }),
        comment({ id: 2, part: 'need:gone', part_label: 'Potřeba: Zrušená' }),
        comment({ id: 1, part: 'need:hygiene' }),
      ],
      partsOf(version()),
      label,
    );
    expect(groups.map((g) => [g.part, g.label, g.open, g.comments.map((c) => c.id)])).toEqual([
      ['general', 'network.part.general', 0, [3]],
      ['need:hygiene', 'Osobní hygiena', 1, [1]],
      ['need:food', 'Strava', 1, [4, 5]],
      ['need:gone', 'Potřeba: Zrušená', 1, [2]],
    ]);
  });
  it.each([
    ['', 'text', 'network.comments.statusRequired'],
    ['open', 'text', 'network.comments.statusRequired'],
    ['accepted', '', null],
    ['partly', '  ', 'network.comments.reasonRequired'],
    ['rejected', '', 'network.comments.reasonRequired'],
    ['rejected', 'Mimo zákon.', null],
  ] as const)('answer %s with "%s" → %s', (status, answer, problem) => {
    expect(answerProblem(status, answer)).toBe(problem);
  });
  it('lets the author edit its own open comment while the version takes comments', () => {
    expect(canEditComment({ mine: true, status: 'open' }, true)).toBe(true);
    expect(canEditComment({ mine: true, status: 'accepted' }, true)).toBe(false);
    expect(canEditComment({ mine: false, status: 'open' }, true)).toBe(false);
    expect(canEditComment({ mine: true, status: 'open' }, false)).toBe(false);
  });
});

describe('editor', () => {
  it('starts from the version with needs in order and sends the whole content trimmed', () => {
    let s = editorFromVersion(version());
    expect(s.needs.map((n) => n.need_area_id)).toEqual([21, 22]);
    s = addNeed(s, { id: 23, name: 'Bydlení' });
    s = addNeed(s, { id: 23, name: 'Bydlení' });
    expect(s.needs.map((n) => n.need_area_id)).toEqual([21, 22, 23]);
    s = moveNeed(s, 2, -1);
    s = moveNeed(s, 0, -1);
    expect(s.needs.map((n) => n.need_area_id)).toEqual([21, 23, 22]);
    s = updateNeed(s, 1, { answer: ' Zprostředkování bydlení. ', activity_ids: [100, 100, 101] });
    s = removeNeed(s, 0);
    s = { ...s, texts: { ...s.texts, title: '  Nový název ' } };
    const input = editorToInput(s);
    expect(input.title).toBe('Nový název');
    expect(input.user_not_expect).toBe('Zdravotní péči.');
    expect(input.needs).toEqual([
      { need_area_id: 23, description: '', answer: 'Zprostředkování bydlení.', activity_ids: [100, 101] },
      { need_area_id: 22, description: 'Neuvaří si.', answer: 'Dovoz obědů.', activity_ids: [101] },
    ]);
  });
  it('names the problems: a title and an answer for every need', () => {
    let s = editorFromVersion(version({ title: ' ' }));
    s = addNeed(s, { id: 23, name: 'Bydlení' });
    expect(editorProblems(s)).toEqual([
      ['title', 'network.editor.titleRequired'],
      ['needs.2.answer', 'network.editor.answerRequired'],
    ]);
  });
  it('labels and sorts activities by paragraph and letter', () => {
    expect(activityLabel({ paragraph: '40', letter: 'a)', text: 'pomoc' })).toBe('§ 40 a) pomoc');
    expect(activityLabel({ paragraph: '§ 40', letter: 'b', text: 'strava' })).toBe('§ 40 b) strava');
    expect(activityLabel({ paragraph: '', letter: '', text: 'doplněno krajem' })).toBe('doplněno krajem');
    const sorted = sortActivities([
      { paragraph: '§ 40', letter: 'c' },
      { paragraph: '§ 9', letter: 'a' },
      { paragraph: '§ 40', letter: 'a' },
    ]);
    expect(sorted.map((a) => `${a.paragraph}${a.letter}`)).toEqual(['§ 9a', '§ 40a', '§ 40c']);
  });
});

describe('comparison', () => {
  it('marks removed and added words on each side', () => {
    const d = wordDiff('Dovoz obědů v pracovní dny.', 'Dovoz obědů i o víkendech.');
    expect(d.before).toEqual([
      { text: 'Dovoz obědů ', kind: 'same' },
      { text: 'v pracovní dny.', kind: 'removed' },
    ]);
    expect(d.after).toEqual([
      { text: 'Dovoz obědů ', kind: 'same' },
      { text: 'i o víkendech.', kind: 'added' },
    ]);
    const e = wordDiff('Pomoc s hygienou a jídlem.', 'Pomoc s hygienou, jídlem a nákupy.');
    expect(e.before.map((p) => p.text).join('')).toBe('Pomoc s hygienou a jídlem.');
    expect(e.after.map((p) => p.text).join('')).toBe('Pomoc s hygienou, jídlem a nákupy.');
    expect(e.after[0]).toEqual({ text: 'Pomoc s ', kind: 'same' });
  });
  it('shows a whole added or removed part', () => {
    expect(wordDiff('', 'Nový text')).toEqual({ before: [], after: [{ text: 'Nový text', kind: 'added' }] });
    expect(wordDiff('Starý', '')).toEqual({ before: [{ text: 'Starý', kind: 'removed' }], after: [] });
    expect(wordDiff('Stejné', 'Stejné').after).toEqual([{ text: 'Stejné', kind: 'same' }]);
  });
  it('counts the parts by change', () => {
    expect(changeCounts([{ change: 'added' }, { change: 'same' }, { change: 'same' }, { change: 'changed' }])).toEqual({
      added: 1,
      removed: 0,
      changed: 1,
      same: 2,
    });
  });
});
