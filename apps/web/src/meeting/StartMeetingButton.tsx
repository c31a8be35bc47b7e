import { startMeeting } from '@partnerboard/board';
import { Button } from '../components/Button';
import { useBoardSession } from '../session/BoardSession';
import { useWrite } from '../session/write';
import { useMeetingRunning } from './useMeeting';

/** The header's "Start a meeting", for a facilitator link while no meeting runs. */
export function StartMeetingButton() {
  const { role, me } = useBoardSession();
  const running = useMeetingRunning();
  const write = useWrite();
  if (role !== 'facilitator' || running) return null;
  return (
    <Button className="start-meeting" onClick={() => write((d) => startMeeting(d, { name: me.name, organisation: me.organisation }))}>
      Start a meeting
    </Button>
  );
}
