// Texts of the notifications: the bell, the list page and the e-mail preferences on the profile page.
export const cs = {
  bell: 'Upozornění',
  bellUnread_one: '{{count}} nepřečtené upozornění',
  bellUnread_few: '{{count}} nepřečtená upozornění',
  bellUnread_other: '{{count}} nepřečtených upozornění',
  title: 'Upozornění',
  intro:
    'Co na vás čeká: formuláře před termínem kola, nápravná opatření, připomínky k vypořádání a audity k uzavření.',
  empty: 'Nic na vás nečeká. Až se blíží termín nebo je co vypořádat, objeví se to tady.',
  showAll: 'Zobrazit všechna upozornění',
  markAll: 'Označit vše jako přečtené',
  markedAll: 'Všechna upozornění jsou přečtená.',
  new: 'nové',
  due: 'termín {{date}}',
  kinds: {
    benchmark_form_due: 'Formulář',
    quality_action_due: 'Opatření',
    quality_action_overdue: 'Po termínu',
    comment_to_answer: 'Připomínky',
    quality_audit_to_close: 'Audit',
  },
  prefs: {
    title: 'Upozornění e-mailem',
    intro: 'Vyberte, o čem vám Kvalis napíše a jak často. Zprávy chodí v jazyce vašeho účtu na adresu účtu.',
    address: 'Adresa',
    noAddress: 'Váš účet nemá e-mailovou adresu; e-maily vám nepřijdou. Požádejte správce o její doplnění.',
    language: 'Jazyk zpráv',
    frequency: 'Četnost',
    immediate: 'Hned',
    daily: 'Denní přehled',
    kinds: 'Posílat e-mailem',
    saved: 'Nastavení upozornění je uloženo.',
    noKinds: 'Vaše role nedostává žádná upozornění.',
  },
};

export const en: typeof cs = {
  bell: 'Notifications',
  bellUnread_one: '{{count}} unread notification',
  bellUnread_few: '{{count}} unread notifications',
  bellUnread_other: '{{count}} unread notifications',
  title: 'Notifications',
  intro: "What needs you: forms before a round's deadline, corrective actions, comments to answer and audits to close.",
  empty: 'Nothing needs you. When a deadline comes near or something needs an answer, it shows here.',
  showAll: 'Show all notifications',
  markAll: 'Mark all read',
  markedAll: 'All notifications are read.',
  new: 'new',
  due: 'due {{date}}',
  kinds: {
    benchmark_form_due: 'Form',
    quality_action_due: 'Action',
    quality_action_overdue: 'Overdue',
    comment_to_answer: 'Comments',
    quality_audit_to_close: 'Audit',
  },
  prefs: {
    title: 'E-mail notifications',
    intro:
      "Choose what Kvalis e-mails you about and how often. Messages are in your account's language, to its address.",
    address: 'Address',
    noAddress: 'Your account has no e-mail address; no e-mails are sent. Ask an administrator to add one.',
    language: 'Language of messages',
    frequency: 'How often',
    immediate: 'At once',
    daily: 'Daily digest',
    kinds: 'Send by e-mail',
    saved: 'Notification settings saved.',
    noKinds: 'Your roles get no notifications.',
  },
};

export const messages = { cs: { notifications: cs }, en: { notifications: en } };
