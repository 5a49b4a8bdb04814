// Who is logged in. Loads GET /api/session once; login/logout update it; a 401 from any
// call (session expired) clears it so the router sends the user to the login page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setUnauthorizedHandler } from '../api/client';
import type { CurrentUser, Session } from '../api/types';
import { fetchSession, login as apiLogin, logout as apiLogout, updateMe } from '../features/accounts/api';
import { applyLanguage, normaliseLanguage, type UiLanguage } from '../i18n';
import i18n from '../i18n';

interface SessionValue {
  status: 'loading' | 'anonymous' | 'authenticated' | 'error';
  user: CurrentUser | null;
  error: unknown;
  login: (login: string, password: string) => Promise<CurrentUser>;
  logout: () => Promise<void>;
  setLanguage: (lang: UiLanguage) => Promise<void>;
  reload: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** A session check started before the app renders (app/startup.ts): its promise, and its answer once it is in. */
export interface EarlySession {
  promise: Promise<Session | null>;
  answer?: { session: Session | null };
}

/** The early check's answer when it is in and asks for no change of language (the first render can show it). */
function usableAnswer(early: EarlySession | undefined): { user: CurrentUser | null } | null {
  const session = early?.answer?.session;
  if (session === undefined) return null;
  if (session && normaliseLanguage(session.user.language) !== normaliseLanguage(i18n.language)) return null;
  return { user: session?.user ?? null };
}

/** `initial`: a session check already under way (or answered), used for the first check instead of asking again. */
export function SessionProvider({ children, initial }: { children: ReactNode; initial?: EarlySession }) {
  const qc = useQueryClient();
  const [answered] = useState(() => usableAnswer(initial));
  const [user, setUser] = useState<CurrentUser | null>(answered?.user ?? null);
  const [status, setStatus] = useState<SessionValue['status']>(
    answered ? (answered.user ? 'authenticated' : 'anonymous') : 'loading',
  );
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  const adopt = useCallback((u: CurrentUser | null) => {
    setUser(u);
    setStatus(u ? 'authenticated' : 'anonymous');
    if (u && normaliseLanguage(u.language) !== normaliseLanguage(i18n.language))
      applyLanguage(normaliseLanguage(u.language));
  }, []);

  useEffect(() => {
    if (attempt === 0 && answered) return;
    let cancelled = false;
    (attempt === 0 && initial ? initial.promise : fetchSession())
      .then((s) => !cancelled && adopt(s?.user ?? null))
      .catch((e) => {
        if (cancelled) return;
        setError(e);
        setStatus('error');
      });
    return () => {
      cancelled = true;
    };
  }, [adopt, attempt, initial, answered]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setUser(null);
      setStatus('anonymous');
      qc.clear();
    });
    return () => setUnauthorizedHandler(null);
  }, [qc]);

  const value = useMemo<SessionValue>(
    () => ({
      status,
      user,
      error,
      login: async (loginName, password) => {
        const s = await apiLogin(loginName, password);
        qc.clear();
        adopt(s.user);
        return s.user;
      },
      logout: async () => {
        try {
          await apiLogout();
        } finally {
          qc.clear();
          adopt(null);
        }
      },
      setLanguage: async (lang) => {
        applyLanguage(lang);
        // Names and messages the server sends follow the language: fetch them again.
        void qc.invalidateQueries();
        if (user && user.language !== lang) {
          try {
            setUser(await updateMe({ language: lang }));
          } catch {
            /* the choice stays in this browser; the server keeps the old one */
          }
        }
      },
      reload: () => {
        setStatus('loading');
        setAttempt((n) => n + 1);
      },
    }),
    [status, user, error, qc, adopt],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The logged-in user (inside RequireAuth). */
export function useCurrentUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser without a user');
  return user;
}
