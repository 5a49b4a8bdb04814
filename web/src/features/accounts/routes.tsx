// The accounts feature: sign-in, the users page and the user's own account (profile, sessions).
import { lazy } from 'react';
import type { Feature } from '../../app/feature';
import { messages } from './i18n';
import { helpMessages } from './help';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const ProfilePage = lazy(() => import('./pages/ProfilePage'));

export const accountsFeature: Feature = {
  id: 'accounts',
  routes: [
    { path: 'login', element: <LoginPage />, public: true },
    { path: 'admin/users', element: <UsersPage />, permission: 'users.manage' },
    { path: 'profile', element: <ProfilePage /> },
  ],
  nav: [{ key: 'users', path: '/admin/users', section: 'admin', permission: 'users.manage' }],
  messages: { cs: { ...messages.cs, ...helpMessages.cs }, en: { ...messages.en, ...helpMessages.en } },
};
