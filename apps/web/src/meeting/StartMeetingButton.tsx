import { startMeeting } from '@partnerboard/board';
import { Button } from '../components/Button';
import { useBoardSession } from '../session/BoardSession';
import { useWrite } from '../session/write';
import { useMeetingRunning } from './useMeeting';

/**
 * "Start a meeting", for a facilitator link while no meeting runs: in the header (short, and not
 * on a phone, whose header is full) and on the Overview, where a phone finds it.
 */
export function StartMeetingButton({ place }: { place: 'header' | 'page' }) {
  const { role, me } = useBoardSession();
  const running = useMeetingRunning();
  const write = useWrite();
  if (role !== 'facilitator' || running) return null;
  const start = () => write((d) => startMeeting(d, { name: me.name, organisation: me.organisation }));
  if (place === 'page') {
    return (
      <Button className="start-meeting start-meeting--page" onClick={start}>
        Start a meeting
      </Button>
    );
  }
  // The header says "Meeting"; its name says what pressing it does.
  return (
    <Button className="start-meeting start-meeting--header" aria-label="Start a meeting" onClick={start}>
      Meeting
    </Button>
  );
}
