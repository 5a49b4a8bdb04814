// Shared test data of the network cards part: a version of the card of pečovatelská služba with two needs.
import type { CardComment, CardVersion } from '../types';

export function version(patch: Partial<CardVersion> = {}): CardVersion {
  return {
    version_id: 12,
    card_id: 3,
    version_no: 2,
    region_name: 'Královéhradecký kraj',
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
    finalised_at: '',
    published_at: '',
    change_note: '',
    needs: [
      {
        need_area_id: 22,
        code: 'food',
        name: 'Strava',
        name_en: 'Food',
        description: 'Neuvaří si.',
        answer: 'Dovoz obědů.',
        position: 2,
        activities: [{ id: 101, paragraph: '§ 40', letter: 'b', text: 'pomoc při zajištění stravy', verified: true }],
      },
      {
        need_area_id: 21,
        code: 'hygiene',
        name: 'Osobní hygiena',
        name_en: 'Personal hygiene',
        description: 'Nezvládne koupel.',
        answer: 'Pomoc při koupeli.',
        position: 1,
        activities: [
          { id: 100, paragraph: '§ 40', letter: 'a', text: 'pomoc při zvládání péče o vlastní osobu', verified: true },
        ],
      },
    ],
    allowed: [],
    recipients: 7,
    comments_total: 0,
    comments_open: 0,
    ...patch,
  };
}

export function comment(patch: Partial<CardComment> = {}): CardComment {
  return {
    id: 1,
    version_id: 12,
    card_id: 3,
    version_no: 2,
    kind_code: '4',
    kind_name: 'Pečovatelská služba',
    part: 'general',
    part_label: 'Karta jako celek',
    part_label_en: 'The card as a whole',
    text: 'Doplňte víkendy.',
    author_org_name: 'Charita Kladské pomezí',
    author_name: 'Jana Nováková',
    status: 'open',
    status_label: 'Čeká na vypořádání',
    answer: '',
    answered_at: '',
    created_at: '2026-12-02T10:00:00Z',
    mine: false,
    can_edit: false,
    can_answer: false,
    ...patch,
  };
}
