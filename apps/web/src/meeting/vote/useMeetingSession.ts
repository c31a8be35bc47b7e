import { readKeptMinutes, readSession, type KeptMinutes, type MeetingSession } from '@partnerboard/board';
import type * as Y from 'yjs';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useBoardSession } from '../../session/BoardSession';

/** `read` of the board's document, read anew on every update and re-rendering only when it changes (compared as JSON). */
function useDocReading<T>(read: (doc: Y.Doc) => T): T {
  const { doc } = useBoardSession();
  const cache = useRef<{ json: string; value: T } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    [doc],
  );
  const current = useCallback(() => {
    const value = read(doc);
    const json = JSON.stringify(value);
    if (cache.current?.json !== json) cache.current = { json, value };
    return cache.current.value;
  }, [doc, read]);
  return useSyncExternalStore(subscribe, current);
}

/** The live meeting as plain data. */
export function useMeetingSession(): MeetingSession {
  return useDocReading(readSession);
}

/** The minutes kept from past meetings, latest first. */
export function useKeptMinutes(): KeptMinutes[] {
  return useDocReading(readKeptMinutes);
}
