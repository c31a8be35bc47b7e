import { startMeeting } from '@partnerboard/board';
import { useState } from 'react';
import { Button } from '../components/Button';
import { useBoardSession } from '../session/BoardSession';
import { useWrite } from '../session/write';
import { AgendaDialog } from './AgendaDialog';
import { useMeeting, useMeetingRunning } from './useMeeting';

/**
 * "Start a meeting", for a facilitator link while no meeting runs: in the header (short, and not
 * on a phone, whose header is full) and on the Overview, where a phone finds it and where the
 * agenda is prepared before the meeting starts.
 */
export function StartMeetingButton({ place }: { place: 'header' | 'page' }) {
  const { role, me } = useBoardSession();
  const running = useMeetingRunning();
  const write = useWrite();
  if (role !== 'facilitator' || running) return null;
  const start = () => write((d) => startMeeting(d, { name: me.name, organisation: me.organisation }));
  if (place === 'page') return <PrepareMeeting start={start} />;
  // The header says "Meeting"; its name says what pressing it does.
  return (
    <Button className="start-meeting start-meeting--header" aria-label="Start a meeting" onClick={start}>
      Meeting
    </Button>
  );
}

/** The Overview's meeting area: the agenda prepared so far, a button to prepare it, and one to start. */
function PrepareMeeting({ start }: { start: () => void }) {
  const { agenda } = useMeeting();
  const [agendaOpen, setAgendaOpen] = useState(false);
  const waiting = agenda.filter((item) => !item.done).length;
  return (
    <section className="start-meeting start-meeting--page" aria-labelledby="start-meeting-heading">
      <h3 id="start-meeting-heading" className="start-meeting__heading">
        Next meeting
      </h3>
      <p className="start-meeting__agenda">
        {agenda.length === 0 ? 'No agenda prepared yet.' : `Agenda: ${agenda.length} ${agenda.length === 1 ? 'item' : 'items'}${waiting < agenda.length ? `, ${waiting} still to take` : ''}.`}
      </p>
      <div className="start-meeting__buttons">
        <Button onClick={() => setAgendaOpen(true)}>Prepare the agenda</Button>
        <Button variant="primary" onClick={start}>
          Start a meeting
        </Button>
      </div>
      <AgendaDialog open={agendaOpen} agenda={agenda} currentItemId={null} running={false} onClose={() => setAgendaOpen(false)} />
    </section>
  );
}
