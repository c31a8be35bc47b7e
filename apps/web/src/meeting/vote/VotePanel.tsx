import { currentVote, openVote, cancelVote, type Board, type MeetingItemKind, type MeetingItemRef, type Vote } from '@partnerboard/board';
import { readVoteCount, readVoteMine, voteCastMessage, voteCountMessage, voteMineMessage, voteRevealMessage } from '@partnerboard/protocol';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Button } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { sameFieldsEach, useBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { useConnection } from '../../sync/connectionContext';
import type { MeetingPanelProps } from '../meetingPanels';
import { useMeetingSession } from './useMeetingSession';
import './vote.css';

interface Votable extends MeetingItemRef {
  readonly title: string;
}

const kindLabel: Record<MeetingItemKind, string> = { goal: 'Goal', action: 'Action', risk: 'Risk' };

/** Every goal, action and risk, the things a vote can be on. */
const selectVotable = (board: Board): Votable[] => [
  ...board.goals.map((goal) => ({ kind: 'goal' as const, id: goal.id, title: goal.title })),
  ...board.actions.map((action) => ({ kind: 'action' as const, id: action.id, title: action.title })),
  ...board.risks.map((risk) => ({ kind: 'risk' as const, id: risk.id, title: risk.title })),
];

function useVotable(): Votable[] {
  return useBoard(selectVotable, sameFieldsEach);
}

function titleIn(items: readonly Votable[], ref: MeetingItemRef): string {
  return items.find((item) => item.id === ref.id)?.title ?? 'An item no longer on the board';
}

/** Dot voting in the meeting bar: the facilitator opens and reveals; everyone allowed places their dots; the results show to all. */
export function VotePanel({ facilitator }: MeetingPanelProps) {
  const session = useMeetingSession();
  const vote = currentVote(session);
  const lastRevealed = [...session.votes].reverse().find((each) => each.status === 'revealed') ?? null;
  const headingId = useId();
  return (
    <section className="meeting-vote" aria-labelledby={headingId}>
      <h2 id={headingId} className="meeting-panel__title">
        Dot vote
      </h2>
      {vote ? <OpenVote key={vote.id} vote={vote} facilitator={facilitator} /> : facilitator ? <OpenVoteForm /> : <p className="meeting-vote__note">No vote is open.</p>}
      {lastRevealed && !vote ? <VoteResults vote={lastRevealed} /> : null}
    </section>
  );
}

function OpenVoteForm() {
  const votable = useVotable();
  const write = useWrite();
  const [open, setOpen] = useState(false);
  const [question, setQuestion] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [dots, setDots] = useState(3);
  const [viewersMayVote, setViewersMayVote] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formId = useId();
  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        Open a vote
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const items = votable.filter((item) => chosen.includes(item.id)).map(({ kind, id }) => ({ kind, id }));
    if (items.length === 0) return setError('Choose at least one item to vote on.');
    const result = write((doc) => openVote(doc, { question: question.trim() || 'Which should we do first?', items, dots, viewersMayVote }), { toast: false });
    if (!result.ok) return setError(result.error.message);
    setOpen(false);
    setChosen([]);
    setQuestion('');
    setError(null);
  };
  return (
    <form className="meeting-vote__form" onSubmit={submit} aria-label="Open a vote">
      <label htmlFor={`${formId}-q`}>Question</label>
      <input id={`${formId}-q`} value={question} onChange={(event) => setQuestion(event.target.value)} placeholder="Which should we do first?" maxLength={200} />
      <fieldset>
        <legend>Items to vote on</legend>
        <ul className="meeting-vote__picker">
          {votable.map((item) => (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(item.id)}
                  onChange={(event) => setChosen(event.target.checked ? [...chosen, item.id] : chosen.filter((id) => id !== item.id))}
                />{' '}
                <span className="meeting-vote__kind">{kindLabel[item.kind]}:</span> {item.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label htmlFor={`${formId}-dots`}>Dots for each person</label>
      <input id={`${formId}-dots`} type="number" min={1} value={dots} onChange={(event) => setDots(Math.max(1, Number(event.target.value) || 1))} />
      <label className="meeting-vote__check">
        <input type="checkbox" checked={viewersMayVote} onChange={(event) => setViewersMayVote(event.target.checked)} /> People with view-only links may vote
      </label>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="meeting-vote__buttons">
        <Button type="submit" variant="primary">
          Start the vote
        </Button>
        <Button onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </form>
  );
}

function OpenVote({ vote, facilitator }: { vote: Vote; facilitator: boolean }) {
  const connection = useConnection();
  const { role } = useBoardSession();
  const votable = useVotable();
  const write = useWrite();
  const [mine, setMine] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [voters, setVoters] = useState(0);
  const mayVote = role !== 'viewer' || vote.viewersMayVote;

  useEffect(() => {
    const stopMine = connection.onCustomMessage(voteMineMessage, (body) => {
      const answer = readVoteMine(body);
      if (answer?.voteId !== vote.id) return;
      setMine(answer.itemIds);
      setProblem(answer.problem);
    });
    const stopCount = connection.onCustomMessage(voteCountMessage, (body) => {
      const count = readVoteCount(body);
      if (count?.voteId === vote.id) setVoters(count.voters);
    });
    // A late joiner, a reload or a reconnection asks for the ballot the server holds, once the socket is open.
    let asked = false;
    const ask = () => {
      if (connection.getState() !== 'connected') asked = false;
      else if (!asked) asked = connection.sendCustom(voteMineMessage, { voteId: vote.id });
    };
    const stopState = connection.subscribe(ask);
    ask();
    return () => {
      stopMine();
      stopCount();
      stopState();
    };
  }, [connection, vote.id]);

  const cast = (itemIds: string[]) => {
    setMine(itemIds);
    connection.sendCustom(voteCastMessage, { voteId: vote.id, itemIds });
  };
  const left = vote.dots - mine.length;

  return (
    <div className="meeting-vote__open">
      <p className="meeting-vote__question">{vote.question}</p>
      {mayVote ? (
        <>
          <p className="meeting-vote__left" aria-live="polite">
            {left} of {vote.dots} {vote.dots === 1 ? 'dot' : 'dots'} left
          </p>
          <ul className="meeting-vote__items">
            {vote.items.map((ref) => {
              const title = titleIn(votable, ref);
              const placed = mine.includes(ref.id);
              return (
                <li key={ref.id} className={placed ? 'meeting-vote__item meeting-vote__item--placed' : 'meeting-vote__item'}>
                  <span className="meeting-vote__item-title">
                    <span className="meeting-vote__kind">{kindLabel[ref.kind]}:</span> {title}
                  </span>
                  <Button
                    size="small"
                    variant={placed ? 'primary' : 'secondary'}
                    aria-pressed={placed}
                    aria-label={placed ? `Take my dot off ${title}` : `Put a dot on ${title}`}
                    disabled={!placed && left <= 0}
                    onClick={() => cast(placed ? mine.filter((id) => id !== ref.id) : [...mine, ref.id])}
                  >
                    {placed ? '● My dot' : 'Add dot'}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="meeting-vote__note">This vote is for editors and facilitators: your link is view only. You will see the results when they are revealed.</p>
      )}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {facilitator ? (
        <div className="meeting-vote__facilitate">
          <p aria-live="polite">
            {voters} {voters === 1 ? 'person has' : 'people have'} voted
          </p>
          <div className="meeting-vote__buttons">
            <Button variant="primary" onClick={() => connection.sendCustom(voteRevealMessage, { voteId: vote.id })}>
              Reveal the results
            </Button>
            <Button onClick={() => write((doc) => cancelVote(doc))}>Cancel the vote</Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The revealed results, most dots first, for everyone. */
function VoteResults({ vote }: { vote: Vote }) {
  const votable = useVotable();
  const most = Math.max(1, ...vote.results.map((result) => result.dots));
  return (
    <div className="meeting-vote__results">
      <h3 className="meeting-vote__question">Results: {vote.question}</h3>
      <p>
        {vote.voters} {vote.voters === 1 ? 'person' : 'people'} voted.
      </p>
      <ol aria-label="Vote results">
        {vote.results.map((result) => (
          <li key={result.id}>
            <span className="meeting-vote__item-title">{titleIn(votable, result)}</span>{' '}
            <strong>
              {result.dots} {result.dots === 1 ? 'dot' : 'dots'}
            </strong>
            <span className="meeting-vote__bar" style={{ width: `${(result.dots / most) * 100}%` }} aria-hidden="true" />
          </li>
        ))}
      </ol>
    </div>
  );
}
