// Shared test data of the network cards part: a version of the card of pečovatelská služba with two needs.
import type { CardComment, CardVersion } from '../types';

export function version(patch: Partial<CardVersion> = {}): CardVersion {
  return {
    id: 12,
    card_id: 3,
    version_no: 2,
    kind_code: '4',
    kind_name: 'Pečovatelská služba',
    form_code: '',
    status: 'comments',
    title: 'Pečovatelská služba v Královéhradeckém kraji',
    summary: 'Pomoc v domácnosti lidem se sníženou soběstačností.',
    user_expect: 'Pomoc s hygienou a jídlem.',
    user_not_expect: 'Zdravotní péči.',
    public_expect: '',
    public_not_expect: '',
    partners_expect: '',
    partners_not_expect: '',
    comments_until: '2026-12-31',
    sent_at: '2026-12-01',
    published_at: '',
    change_note: '',
    needs: [
      {
        need_area_id: 22,
        code: 'food',
        name: 'Strava',
        description: 'Neuvaří si.',
        answer: 'Dovoz obědů.',
        position: 2,
        activities: [{ id: 101, paragraph: '§ 40', letter: 'b', text: 'pomoc při zajištění stravy' }],
      },
      {
        need_area_id: 21,
        code: 'hygiene',
        name: 'Osobní hygiena',
        description: 'Nezvládne koupel.',
        answer: 'Pomoc při koupeli.',
        position: 1,
        activities: [{ id: 100, paragraph: '§ 40', letter: 'a', text: 'pomoc při zvládání péče o vlastní osobu' }],
      },
    ],
    allowed: [],
    recipients: 7,
    ...patch,
  };
}

export function comment(patch: Partial<CardComment> = {}): CardComment {
  return {
    id: 1,
    part: 'general',
    part_label: 'Karta jako celek',
    text: 'Doplňte víkendy.',
    author_org_name: 'Charita Kladské pomezí',
    author_name: 'Jana Nováková',
    status: 'open',
    answer: '',
    answered_at: '',
    created_at: '2026-12-02T10:00:00Z',
    mine: false,
    ...patch,
  };
}
