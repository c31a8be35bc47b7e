import { endMeeting, goToAgendaItem, isMeetingRunning, setSpotlight, updateAgendaItem, type Board, type MeetingItemRef, type MeetingSession } from '@partnerboard/board';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { boardPath, navigate } from '../routes/router';
import { useBoardSession } from '../session/BoardSession';
import { useBoard } from '../session/useBoard';
import { useWrite } from '../session/write';
import { useUi } from '../state/ui';
import { useConnection } from '../sync/connectionContext';
import { isBoardViewName } from '../views/viewRegistry';
import { riskHeadingId } from '../records/risks/riskWords';
import { AgendaDialog, linkWords } from './AgendaDialog';
import { MeetingClock } from './MeetingClock';
import { meetingPanels } from './meetingPanels';
import { SpotlightStyle } from './SpotlightStyle';
import { useFollow } from './useFollow';
import { useMeeting } from './useMeeting';
import './meeting.css';

/** The view the minutes are on, once the minutes screen is registered in views/viewRegistry.tsx. */
const minutesView = 'minutes';

/**
 * The meeting bar under the header while a meeting runs, for everyone: the agenda item, the shared
 * timer, following the facilitator, the spotlight, and the panels of meetingPanels.tsx (and
 * `children`). The facilitator's link also gets the controls.
 */
export function MeetingBar({ children }: { children?: ReactNode }) {
  const session = useMeeting();
  const running = isMeetingRunning(session);
  const follow = useFollow(session, running);
  if (!running) return null;
  return <RunningMeeting session={session} follow={follow}>{children}</RunningMeeting>;
}

function RunningMeeting({ session, follow, children }: { session: MeetingSession; follow: ReturnType<typeof useFollow>; children?: ReactNode }) {
  const { role, boardId } = useBoardSession();
  const { serverClock } = useConnection();
  const write = useWrite();
  const goals = useBoard(selectGoals);
  const openDetail = useUi((s) => s.openDetail);
  const [agendaOpen, setAgendaOpen] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const facilitator = role === 'facilitator';
  const barRef = useRef<HTMLElement>(null);

  // On a phone the detail panel covers the screen: it starts below the bar's height (meeting.css, detail.css), so the item and the timer stay in sight.
  useLayoutEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const root = document.documentElement;
    const place = () => root.style.setProperty('--meeting-bar-height', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    place();
    const observer = new ResizeObserver(place);
    observer.observe(bar);
    document.body.dataset.meeting = 'running';
    return () => {
      observer.disconnect();
      delete document.body.dataset.meeting;
      root.style.removeProperty('--meeting-bar-height');
    };
  }, []);

  const { agenda, currentItemId } = session;
  const index = agenda.findIndex((item) => item.id === currentItemId);
  const current = index >= 0 ? agenda[index] : undefined;
  const goTo = (itemId: string | null) => write((d) => goToAgendaItem(d, itemId, { now: Math.round(serverClock.serverNow()) }));

  const end = () => {
    setConfirmEnd(false);
    const result = write((d) => endMeeting(d));
    // The minutes screen is another part of the app: shown when it is there.
    if (result.ok && isBoardViewName(minutesView)) navigate(boardPath(boardId, minutesView));
  };

  const openLink = () => {
    if (!current?.link) return;
    if (current.link.kind === 'goal') openDetail('goal', current.link.target);
    else if (isBoardViewName(current.link.target)) navigate(boardPath(boardId, current.link.target, location.search));
  };

  return (
    <section className="meeting-bar" aria-label="Meeting" ref={barRef}>
      <SpotlightStyle spotlight={session.spotlight} />
      <div className="meeting-bar__row">
        <div className="meeting-bar__item">
          <p className="meeting-bar__position">{current ? `Item ${index + 1} of ${agenda.length}` : agenda.length === 0 ? 'Meeting: no agenda yet' : `Meeting: ${agenda.length} agenda items`}</p>
          <p className="meeting-bar__title">
            {current ? current.title : 'No item chosen'}
            {current?.done ? <span className="meeting-bar__done"> (done)</span> : null}
          </p>
          {current ? (
            <p className="meeting-bar__facts">
              {current.minutes > 0 ? `Timebox ${current.minutes} min` : 'No timebox'}
              {current.link ? (
                <>
                  {' · '}
                  <button type="button" className="meeting-bar__link" onClick={openLink}>
                    {linkWords(current.link, goals)}
                  </button>
                </>
              ) : null}
            </p>
          ) : null}
        </div>
        <MeetingClock timer={session.timer} itemTitle={current?.title ?? null} timebox={current?.minutes ?? 0} facilitator={facilitator} />
      </div>
      <div className="meeting-bar__actions">
      {facilitator ? (
        <div className="meeting-bar__controls" role="group" aria-label="Agenda">
          <Button size="small" disabled={index <= 0} onClick={() => goTo(agenda[index - 1]?.id ?? null)}>
            Previous item
          </Button>
          <Button size="small" disabled={agenda.length === 0 || index === agenda.length - 1} onClick={() => goTo(agenda[index + 1]?.id ?? null)}>
            Next item
          </Button>
          {current ? (
            <Button size="small" aria-pressed={current.done} onClick={() => write((d) => updateAgendaItem(d, current.id, { done: !current.done }))}>
              Mark done
            </Button>
          ) : null}
          <Button size="small" onClick={() => setAgendaOpen(true)}>
            Edit the agenda
          </Button>
          <Button size="small" variant="danger" onClick={() => setConfirmEnd(true)}>
            End the meeting
          </Button>
        </div>
      ) : null}
      <FollowControls follow={follow} />
      <SpotlightControls spotlight={session.spotlight} leading={follow.leading} />
      </div>
      {meetingPanels.length > 0 || children ? (
        // Open at first; folded away, the plan below gets the room back.
        <details className="meeting-bar__tools" open>
          <summary>Meeting tools</summary>
          <div className="meeting-bar__panels">
            {meetingPanels.map(({ id, Panel }) => (
              <Panel key={id} facilitator={facilitator} />
            ))}
            {children}
          </div>
        </details>
      ) : null}
      {facilitator ? <AgendaDialog open={agendaOpen} agenda={agenda} currentItemId={currentItemId} running onClose={() => setAgendaOpen(false)} /> : null}
      {facilitator ? (
        <Dialog open={confirmEnd} title="End the meeting?" description="The meeting bar closes for everyone and the minutes are drawn up from what was agreed." onClose={() => setConfirmEnd(false)}>
          <div className="form-actions">
            <Button variant="danger" onClick={end}>
              End the meeting
            </Button>
            <Button onClick={() => setConfirmEnd(false)}>Keep the meeting going</Button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}

function FollowControls({ follow }: { follow: ReturnType<typeof useFollow> }) {
  const { role } = useBoardSession();
  if (follow.leading) {
    const followers = follow.others.filter((other) => other.following);
    return (
      <div className="meeting-bar__follow">
        {follow.called ? (
          <>
            <p className="meeting-bar__followers" role="status">
              Following you: {followers.length} of {follow.others.length}
              {followers.length > 0 ? ` (${followers.map((other) => other.name).join(', ')})` : ''}
            </p>
            <Button size="small" onClick={follow.bringEveryone}>
              Call everyone back
            </Button>
            <Button size="small" onClick={follow.letEveryoneGo}>
              Let everyone go
            </Button>
          </>
        ) : (
          <Button size="small" variant="primary" onClick={follow.bringEveryone}>
            Bring everyone here
          </Button>
        )}
      </div>
    );
  }
  if (!follow.called) return null;
  return (
    <div className="meeting-bar__follow">
      <p className="meeting-bar__followers" role="status">
        {follow.following ? 'You are following the facilitator.' : 'You stepped away from the facilitator.'}
      </p>
      {follow.following ? (
        <Button size="small" onClick={follow.stepAway}>
          Step away
        </Button>
      ) : (
        <Button size="small" variant={role === 'viewer' ? 'secondary' : 'primary'} onClick={follow.rejoin}>
          Rejoin
        </Button>
      )}
    </div>
  );
}

function SpotlightControls({ spotlight, leading }: { spotlight: MeetingItemRef | null; leading: boolean }) {
  const { boardId } = useBoardSession();
  const write = useWrite();
  const detail = useUi((s) => s.detail);
  const openDetail = useUi((s) => s.openDetail);
  const title = useBoard((board: Board) => (spotlight ? itemTitle(board, spotlight) : null));
  const canSpotlight = leading && detail !== null && (spotlight?.id !== detail.id);
  // A risk has no detail panel: its card on the risks log is where it is read.
  const showRisk = (riskId: string) => {
    navigate(boardPath(boardId, 'risks', location.search));
    requestAnimationFrame(() => {
      const heading = document.getElementById(riskHeadingId(riskId));
      heading?.scrollIntoView({ block: 'center' });
      heading?.focus({ preventScroll: true });
    });
  };
  if (!spotlight && !canSpotlight) return null;
  return (
    <div className="meeting-bar__spotlight">
      {spotlight ? (
        <p className="meeting-bar__spotlit">
          <span className="meeting-bar__spotlit-label">In the spotlight: </span>
          <button type="button" className="meeting-bar__link" onClick={() => (spotlight.kind === 'risk' ? showRisk(spotlight.id) : openDetail(spotlight.kind, spotlight.id))}>
            {title ?? 'an item no longer on the board'}
          </button>
        </p>
      ) : null}
      {canSpotlight ? (
        <Button size="small" onClick={() => write((d) => setSpotlight(d, { kind: detail.kind, id: detail.id }))}>
          Spotlight for everyone
        </Button>
      ) : null}
      {leading && spotlight ? (
        <Button size="small" onClick={() => write((d) => setSpotlight(d, null))}>
          Clear the spotlight
        </Button>
      ) : null}
    </div>
  );
}

function itemTitle(board: Board, ref: MeetingItemRef): string | null {
  const list = ref.kind === 'goal' ? board.goals : ref.kind === 'action' ? board.actions : board.risks;
  return list.find((item) => item.id === ref.id)?.title ?? null;
}

const selectGoals = (board: Board) => board.goals;
