import { addTime, pauseTimer, resumeTimer, startTimer, timerRemainingMs, timerState, type MeetingTimer } from '@partnerboard/board';
import { useId, useState } from 'react';
import { Button } from '../components/Button';
import { useWrite } from '../session/write';
import { useConnection } from '../sync/connectionContext';
import { clockText, clockWords } from './useMeeting';
import { useServerNow } from './useServerNow';

interface MeetingClockProps {
  readonly timer: MeetingTimer;
  /** The agenda item the time is for (for the end signal), or null. */
  readonly itemTitle: string | null;
  /** The item's timebox in minutes, what "Start timer" puts on the clock (0: none). */
  readonly timebox: number;
  readonly facilitator: boolean;
}

/** Minutes "Start timer" puts on the clock when the item has no timebox. */
const defaultMinutes = 5;

/** The shared countdown, in the server's time so every screen shows the same, with the facilitator's controls. */
export function MeetingClock({ timer, itemTitle, timebox, facilitator }: MeetingClockProps) {
  const labelId = useId();
  const now = useServerNow(250);
  const state = timerState(timer, now);
  const remaining = timerRemainingMs(timer, now);
  const write = useWrite();
  const { serverClock } = useConnection();
  const serverNow = () => Math.round(serverClock.serverNow());

  // Told once, politely, when the time runs out while I watch; no sound.
  const [announcement, setAnnouncement] = useState('');
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setAnnouncement(state === 'ended' && seen === 'running' ? `Time is up for ${itemTitle ?? 'this item'}` : '');
  }

  return (
    <div className={`meeting-clock meeting-clock--${state}`}>
      <div className="meeting-clock__face">
        <span className="meeting-clock__label" id={labelId}>
          {state === 'paused' ? 'Paused' : state === 'ended' ? 'Time is up' : 'Time left'}
        </span>
        <span role="timer" aria-labelledby={labelId} className="meeting-clock__time">
          {remaining === null ? '–:––' : clockText(remaining)}
          {remaining !== null && state !== 'ended' ? <span className="visually-hidden"> ({clockWords(remaining)})</span> : null}
        </span>
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {facilitator ? (
        <div className="meeting-clock__controls" role="group" aria-label="Timer">
          {state === 'idle' || state === 'ended' ? (
            <Button size="small" onClick={() => write((d) => startTimer(d, timebox > 0 ? timebox : defaultMinutes, serverNow()))}>
              Start timer
            </Button>
          ) : state === 'running' ? (
            <Button size="small" onClick={() => write((d) => pauseTimer(d, serverNow()))}>
              Pause timer
            </Button>
          ) : (
            <Button size="small" onClick={() => write((d) => resumeTimer(d, serverNow()))}>
              Resume timer
            </Button>
          )}
          <Button size="small" onClick={() => write((d) => addTime(d, 1, serverNow()))}>
            +1 min
          </Button>
          <Button size="small" onClick={() => write((d) => addTime(d, 5, serverNow()))}>
            +5 min
          </Button>
        </div>
      ) : null}
    </div>
  );
}
