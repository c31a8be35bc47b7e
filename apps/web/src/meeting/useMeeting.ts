import { isMeetingRunning, readSession, type MeetingSession } from '@partnerboard/board';
import { useEffect, useState } from 'react';
import { useBoardSession } from '../session/BoardSession';

/** The board's live meeting, read again whenever its `session` part changes. */
export function useMeeting(): MeetingSession {
  const { doc } = useBoardSession();
  const [session, setSession] = useState(() => readSession(doc));
  useEffect(() => {
    const map = doc.getMap('session');
    const read = () => setSession(readSession(doc));
    map.observeDeep(read);
    read();
    return () => map.unobserveDeep(read);
  }, [doc]);
  return session;
}

/** True while a meeting runs on the open board. */
export function useMeetingRunning(): boolean {
  return isMeetingRunning(useMeeting());
}

/** Seconds as the timer shows them: 4:05, or 1:02:03 past an hour. */
export function clockText(ms: number): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The time left in words, for a screen reader: "4 minutes 5 seconds". */
export function clockWords(ms: number): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '', seconds > 0 || minutes === 0 ? `${seconds} second${seconds === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}
