// Messages (antd's message: the note at the top of the window) and confirmation dialogs (Modal.confirm) for every
// page, as antd's App component gave them through App.useApp(), but loaded with the first page that uses them
// rather than with the first download. A component calls useFeedback(); its first mount has FeedbackHost (in
// App.tsx, inside ConfigProvider, so the theme and the language apply) load and mount the holders of
// message.useMessage() and Modal.useModal(). A call made before they are mounted waits for them.
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import type { App } from 'antd';

type AppApis = ReturnType<typeof App.useApp>;
export type FeedbackApis = Pick<AppApis, 'message' | 'modal'>;
type MessageApi = AppApis['message'];

export interface Feedback {
  message: {
    success: (...args: Parameters<MessageApi['success']>) => void;
    error: (...args: Parameters<MessageApi['error']>) => void;
    info: (...args: Parameters<MessageApi['info']>) => void;
    warning: (...args: Parameters<MessageApi['warning']>) => void;
  };
  modal: {
    confirm: (...args: Parameters<AppApis['modal']['confirm']>) => void;
  };
}

let wanted = false;
let current: FeedbackApis | null = null;
const waiting: ((apis: FeedbackApis) => void)[] = [];
const listeners = new Set<() => void>();

function want(): void {
  if (wanted) return;
  wanted = true;
  for (const l of listeners) l();
}

function withApis(fn: (apis: FeedbackApis) => void): void {
  if (current) fn(current);
  else {
    waiting.push(fn);
    want();
  }
}

/** Called by the holders (feedbackHolders.tsx) once mounted, and with null when they go. */
export function setFeedbackApis(apis: FeedbackApis | null): void {
  current = apis;
  if (apis) for (const fn of waiting.splice(0)) fn(apis);
}

const FEEDBACK: Feedback = {
  message: {
    success: (...args) => withApis((a) => void a.message.success(...args)),
    error: (...args) => withApis((a) => void a.message.error(...args)),
    info: (...args) => withApis((a) => void a.message.info(...args)),
    warning: (...args) => withApis((a) => void a.message.warning(...args)),
  },
  modal: {
    confirm: (...args) => withApis((a) => void a.modal.confirm(...args)),
  },
};

/** The messages and confirmation dialogs (what `App.useApp()` gave); mounting it starts loading them. */
export function useFeedback(): Feedback {
  useEffect(want, []);
  return FEEDBACK;
}

const Holders = lazy(() => import('./feedbackHolders'));

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Mounts the holders of messages and dialogs once a component has asked for them (useFeedback). */
export function FeedbackHost() {
  const on = useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  );
  return on ? (
    <Suspense fallback={null}>
      <Holders />
    </Suspense>
  ) : null;
}
