// The notifications' API types: the server's schemas (web/openapi.json → src/api/schema.d.ts).
import type { components } from '../../api/schema';

type S = components['schemas'];
export type Notification = S['Notification'];
export type NotificationList = S['NotificationList'];
export type NotificationPreferences = S['NotificationPreferences'];
export type NotificationPreferencesInput = S['NotificationPreferencesInput'];
export type NotificationKindChoice = S['NotificationKindChoice'];
