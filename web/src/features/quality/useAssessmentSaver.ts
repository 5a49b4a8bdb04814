// React side of the offline-tolerant score saving (the logic is in saveQueue.ts): one saver per
// audit, the browser's `online` event, and the server's reply put into the query cache.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { putAssessments, qualityKeys } from './api';
import { AssessmentSaver, emptyQueue, type EditInput, type SaverSnapshot } from './saveQueue';
import type { QAudit } from './types';

function browserStorage() {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function useAssessmentSaver(auditId: number) {
  const qc = useQueryClient();
  const saverRef = useRef<AssessmentSaver<QAudit> | null>(null);
  const [snapshot, setSnapshot] = useState<SaverSnapshot>({
    status: 'saved',
    queue: emptyQueue(),
    attempt: 0,
    error: null,
  });
  const [restored, setRestored] = useState(0);

  useEffect(() => {
    if (!(auditId > 0)) return undefined;
    const saver = new AssessmentSaver<QAudit>({
      auditId,
      storage: browserStorage(),
      send: (batch) => putAssessments(auditId, batch),
      onSaved: (audit) => {
        qc.setQueryData(qualityKeys.audit(auditId), audit);
        void qc.invalidateQueries({ queryKey: ['quality', 'audits'] });
      },
      onChange: setSnapshot,
    });
    saverRef.current = saver;
    const first = saver.snapshot();
    // the saver has just read what an earlier visit left in the browser's storage: show it
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSnapshot(first);
    setRestored(first.queue.edits.length);
    const online = () => saver.online();
    window.addEventListener('online', online);
    const hide = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    document.addEventListener('visibilitychange', hide);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', hide);
      saver.dispose({ flush: true });
      saverRef.current = null;
    };
  }, [auditId, qc]);

  const edit = useCallback(
    (e: EditInput, current?: { level_code: string; note: string }) => saverRef.current?.edit(e, current),
    [],
  );
  const retryNow = useCallback(() => saverRef.current?.online(), []);
  return { snapshot, edit, retryNow, restored };
}
