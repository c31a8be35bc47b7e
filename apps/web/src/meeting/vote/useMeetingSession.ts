import { readSession, type MeetingSession } from '@partnerboard/board';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useBoardSession } from '../../session/BoardSession';

/** The live meeting as plain data; re-renders only when it changes (compared as JSON, since it is read anew on every update). */
export function useMeetingSession(): MeetingSession {
  const { doc } = useBoardSession();
  const cache = useRef<{ json: string; value: MeetingSession } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    [doc],
  );
  const read = useCallback(() => {
    const value = readSession(doc);
    const json = JSON.stringify(value);
    if (cache.current?.json !== json) cache.current = { json, value };
    return cache.current.value;
  }, [doc]);
  return useSyncExternalStore(subscribe, read);
}
