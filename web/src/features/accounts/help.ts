// Help panels of the administration pages (components/HelpPanel.tsx), mounted under the i18n key `helpAdmin`.
const cs = {
  users: {
    title: 'Uživatelé a role',
    purpose:
      'Uživatelské účty, jejich členství v organizacích a role (správce, vedoucí, pracovník, auditor, hodnotitel, jen čtení).',
    law: 'Záznamy o klientech jsou osobní údaje, často o zdraví: role určují, kdo je smí číst (jen pracovníci služby klienta), a každé čtení se zaznamenává.',
    next: 'Přidejte uživatele do organizace s nejmenší rolí, kterou potřebuje; přístupy kontrolujte v auditním záznamu.',
    auditLog: 'Auditní záznam',
  },
  auditLog: {
    title: 'Auditní záznam',
    purpose: 'Kdo kdy co změnil nebo četl: přihlášení, změny záznamů a čtení osobních údajů klientů.',
    law: 'Čtení záznamů o klientech (osobní údaje) se zaznamenává, aby bylo možné doložit, kdo k nim měl přístup.',
    next: 'Filtrujte podle uživatele nebo záznamu a nepatřičné přístupy řešte úpravou rolí.',
    users: 'Uživatelé a role',
  },
};

const en: typeof cs = {
  users: {
    title: 'Users and roles',
    purpose:
      'User accounts, their memberships of organisations and roles (admin, manager, worker, auditor, evaluator, read only).',
    law: "Client records are personal data, often about health: the roles decide who may read them (only the client's service staff), and every read is logged.",
    next: 'Add users to an organisation with the smallest role they need; check the access in the audit log.',
    auditLog: 'Audit log',
  },
  auditLog: {
    title: 'Audit log',
    purpose: "Who changed or read what and when: logins, changes of records and reads of clients' personal data.",
    law: 'Reads of client records (personal data) are logged so that who had access to them can be shown.',
    next: 'Filter by user or record, and handle improper access by changing roles.',
    users: 'Users and roles',
  },
};

export const helpMessages = { cs: { helpAdmin: cs }, en: { helpAdmin: en } };
