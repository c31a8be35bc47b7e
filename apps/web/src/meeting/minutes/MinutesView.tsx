import { actionStatusLabel, minutesMarkdown, minutesOf, riskBandLabel, type KeptMinutes, type Minutes } from '@partnerboard/board';
import { useMemo } from 'react';
import { Button } from '../../components/Button';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { useKeptMinutes, useMeetingSession } from '../vote/useMeetingSession';
import '../../exports/print.css';
import './minutes.css';

function time(at: string | null): string {
  return at ? new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
}

function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'board';
}

/** Downloads the minutes as a Markdown file named after the board and the day. */
function downloadMarkdown(minutes: Minutes): void {
  download(minutesMarkdown(minutes), `minutes-${slugOf(minutes.board)}-${minutes.date ?? 'no-meeting'}.md`);
}

function download(markdown: string, name: string): void {
  const blob = new Blob([markdown], { type: 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Earlier meetings' minutes, as the server kept them when each ended: each to read or download. */
function EarlierMinutes({ kept, board }: { kept: readonly KeptMinutes[]; board: string }) {
  if (kept.length === 0) return null;
  return (
    <section aria-labelledby="minutes-earlier" className="meeting-minutes__earlier">
      <h3 id="minutes-earlier">Minutes kept from meetings</h3>
      <ul className="meeting-minutes__list">
        {kept.map((minutes) => (
          <li key={minutes.id}>
            <details>
              <summary>
                {minutes.startedAt.slice(0, 10)}, {time(minutes.startedAt)}–{time(minutes.endedAt)}
              </summary>
              <pre className="meeting-minutes__markdown">{minutes.markdown}</pre>
            </details>
            <Button
              size="small"
              aria-label={`Download as Markdown: the minutes of ${minutes.startedAt.slice(0, 10)}, ${time(minutes.startedAt)}`}
              onClick={() => download(minutes.markdown, `minutes-${slugOf(board)}-${minutes.startedAt.slice(0, 10)}.md`)}
            >
              Download as Markdown
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The minutes of the board's last (or running) meeting: on screen, as Markdown, and printable on A4 (print.css). */
export function MinutesView() {
  const board = useBoard(wholeBoard);
  const session = useMeetingSession();
  const minutes = useMemo(() => minutesOf(board, session), [board, session]);
  const running = session.startedAt !== null && session.endedAt === null;
  // The server keeps each meeting's minutes with the board when it ends, before another meeting replaces its records.
  const kept = useKeptMinutes();

  return (
    <article className="print-plan meeting-minutes" aria-labelledby="minutes-title">
      <div className="print-plan__screen-bar">
        <p>{running ? 'The meeting is still running: these are the minutes so far.' : 'The minutes of the last meeting, ready to print or download.'}</p>
        <div className="print-plan__screen-actions">
          <Button variant="primary" onClick={() => window.print()}>
            Print or save as PDF
          </Button>
          <Button onClick={() => downloadMarkdown(minutes)} disabled={minutes.date === null}>
            Download as Markdown
          </Button>
        </div>
      </div>
      <header className="print-plan__header">
        <h2 id="minutes-title" tabIndex={-1}>
          Minutes: {minutes.board || 'Untitled board'}
        </h2>
        {minutes.date === null ? (
          <p>No meeting has been held on this board yet.</p>
        ) : (
          <dl className="print-plan__facts">
            <div>
              <dt>Date</dt>
              <dd>
                {minutes.date}, {time(minutes.startedAt)}
                {minutes.endedAt ? `–${time(minutes.endedAt)}` : ' (running)'}
              </dd>
            </div>
            {minutes.facilitator ? (
              <div>
                <dt>Facilitator</dt>
                <dd>{minutes.facilitator}</dd>
              </div>
            ) : null}
          </dl>
        )}
      </header>
      {minutes.date === null ? null : (
        <>
          <section aria-labelledby="minutes-attendees">
            <h3 id="minutes-attendees">Attendees</h3>
            {minutes.attendees.length === 0 ? <p>Nobody was recorded.</p> : null}
            <ul className="meeting-minutes__list">
              {minutes.attendees.map((group) => (
                <li key={group.organisation}>
                  <strong>{group.organisation || 'No organisation given'}:</strong> {group.attendees.map((person) => person.name + (person.verified ? '' : ' (self-declared)')).join(', ')}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="minutes-agenda">
            <h3 id="minutes-agenda">Agenda</h3>
            {minutes.agenda.length === 0 ? (
              <p>No agenda.</p>
            ) : (
              <ol className="meeting-minutes__list">
                {minutes.agenda.map((item) => (
                  <li key={item.id}>
                    {item.title}
                    {item.covered ? '' : ' (not covered)'}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="minutes-decisions">
            <h3 id="minutes-decisions">Decisions</h3>
            {minutes.decisions.length === 0 ? <p>No decisions.</p> : null}
            <ul className="meeting-minutes__list">
              {minutes.decisions.map((decision) => (
                <li key={decision.id}>
                  {decision.title}
                  {decision.agreedBy.length > 0 ? `, agreed by ${decision.agreedBy.join(', ')}` : ''}
                  {decision.agendaItem ? ` (under “${decision.agendaItem}”)` : ''}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="minutes-actions">
            <h3 id="minutes-actions">Actions</h3>
            {minutes.actions.length === 0 ? (
              <p>No actions created or changed.</p>
            ) : (
              <table className="print-plan__actions">
                <caption className="visually-hidden">Actions created or changed in the meeting</caption>
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Organisation</th>
                    <th scope="col">Due</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {minutes.actions.map((action) => (
                    <tr key={action.id}>
                      <td>
                        {action.title}
                        {action.created ? '' : ' (changed)'}
                      </td>
                      <td>{action.owner ?? 'No owner yet'}</td>
                      <td>{action.organisation ?? '–'}</td>
                      <td>{action.dueDate ?? '–'}</td>
                      <td>{actionStatusLabel[action.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="minutes-risks">
            <h3 id="minutes-risks">Risks raised</h3>
            {minutes.risks.length === 0 ? <p>No risks raised.</p> : null}
            <ul className="meeting-minutes__list">
              {minutes.risks.map((risk) => (
                <li key={risk.id}>
                  {risk.title}: score {risk.score} ({riskBandLabel[risk.band]}){risk.owner ? `, owner ${risk.owner}` : ''}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="minutes-votes">
            <h3 id="minutes-votes">Votes</h3>
            {minutes.votes.length === 0 ? <p>No votes.</p> : null}
            {minutes.votes.map((vote, index) => (
              <div key={index} className="meeting-minutes__vote">
                <h4>{vote.question}</h4>
                <p>
                  {vote.voters} {vote.voters === 1 ? 'person' : 'people'} voted.
                </p>
                <ol className="meeting-minutes__list">
                  {vote.results.map((result, place) => (
                    <li key={place}>
                      {result.title}: {result.dots} {result.dots === 1 ? 'dot' : 'dots'}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </section>
        </>
      )}
      <EarlierMinutes kept={kept} board={minutes.board} />
    </article>
  );
}
