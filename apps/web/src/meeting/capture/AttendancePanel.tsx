import { useId, type MouseEvent } from 'react';
import { boardPath, navigate } from '../../routes/router';
import { useBoardSession } from '../../session/BoardSession';
import type { MeetingPanelProps } from '../meetingPanels';
import { useMeetingSession } from '../vote/useMeetingSession';
import '../vote/vote.css';

function time(at: string): string {
  return new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** Who is attending, by organisation, with when they joined and left: from the server's record of presence. */
export function AttendancePanel(_props: MeetingPanelProps) {
  const { attendance } = useMeetingSession();
  const { boardId } = useBoardSession();
  const minutesHref = boardPath(boardId, 'minutes');
  const openMinutes = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(minutesHref);
  };
  const headingId = useId();
  const byOrganisation = new Map<string, typeof attendance>();
  for (const attendee of attendance) byOrganisation.set(attendee.organisation, [...(byOrganisation.get(attendee.organisation) ?? []), attendee]);
  return (
    <section className="meeting-attendance" aria-labelledby={headingId}>
      <h2 id={headingId} className="meeting-panel__title">
        Attendance ({attendance.filter((attendee) => attendee.leftAt === null).length} here)
      </h2>
      {[...byOrganisation.entries()].map(([organisation, people]) => (
        <div key={organisation}>
          <h3 className="meeting-attendance__org">{organisation || 'No organisation given'}</h3>
          <ul className="meeting-attendance__list">
            {people.map((attendee) => (
              <li key={attendee.id}>
                {attendee.name}{' '}
                <span className="meeting-attendance__time">
                  joined {time(attendee.joinedAt)}
                  {attendee.leftAt ? `, left ${time(attendee.leftAt)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {attendance.length === 0 ? <p className="meeting-vote__note">Nobody recorded yet.</p> : null}
      <a href={minutesHref} onClick={openMinutes}>
        Minutes so far
      </a>
    </section>
  );
}
