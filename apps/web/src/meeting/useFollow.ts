import { bringEveryoneHere, moveFollowedPlace, stopFollowing, type MeetingSession } from '@partnerboard/board';
import { useCallback, useEffect, useState } from 'react';
import { boardPath, navigate, useRoute } from '../routes/router';
import { useBoardSession } from '../session/BoardSession';
import { useWrite } from '../session/write';
import { useUi } from '../state/ui';
import { useConnection } from '../sync/connectionContext';
import { isBoardViewName } from '../views/viewRegistry';

/** Someone on the board and whether they follow the facilitator, as their presence says. */
export interface Follower {
  readonly clientId: number;
  readonly name: string;
  readonly following: boolean;
}

export interface Follow {
  /** I am the facilitator who leads the meeting: others follow me. */
  readonly leading: boolean;
  /** Everyone is called to the facilitator's place. */
  readonly called: boolean;
  /** I follow the facilitator now (called, and I have not stepped away). */
  readonly following: boolean;
  /** The others on the board (for the one leading): who follows and who does not. */
  readonly others: readonly Follower[];
  bringEveryone(): void;
  letEveryoneGo(): void;
  stepAway(): void;
  rejoin(): void;
}

/**
 * "Bring everyone here": the leading facilitator's view and open item become everyone's until they
 * step away; a new call brings back those who stepped away. My `following` is in my presence so
 * that the facilitator sees who follows.
 */
export function useFollow(session: MeetingSession, running: boolean): Follow {
  const { doc, awareness, boardId, role, me } = useBoardSession();
  const { serverClock } = useConnection();
  const write = useWrite();
  const route = useRoute();
  const view = route.kind === 'board' ? route.view : null;
  const detail = useUi((s) => s.detail);
  const openDetail = useUi((s) => s.openDetail);
  const closeDetail = useUi((s) => s.closeDetail);
  // The call I stepped away from: a newer call brings me back.
  const [awayFrom, setAwayFrom] = useState<number | null>(null);

  const follow = running ? session.follow : null;
  const leading = running && role === 'facilitator' && session.facilitator?.name === me.name && session.facilitator.organisation === me.organisation;
  const called = follow?.active === true;
  const following = called && !leading && awayFrom !== follow.calledAt;
  const followView = follow?.view ?? null;
  const followItem = follow?.itemId ?? null;
  const calledAt = follow?.calledAt ?? null;

  // Going where the facilitator is: their view, and their open goal or action.
  useEffect(() => {
    if (!following || followView === null) return;
    if (isBoardViewName(followView) && followView !== view) navigate(boardPath(boardId, followView, location.search));
    if (followItem === null) closeDetail();
    else if (doc.getMap('goals').has(followItem)) openDetail('goal', followItem);
    else if (doc.getMap('actions').has(followItem)) openDetail('action', followItem);
    // The place is followed when it changes, not each time I look elsewhere on my own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [following, followView, followItem, calledAt, boardId, doc, openDetail, closeDetail]);

  // The one leading moves the place everyone follows as they go.
  const detailId = detail?.id ?? null;
  useEffect(() => {
    if (!leading || !called || view === null) return;
    if (followView === view && followItem === detailId) return;
    write((d) => moveFollowedPlace(d, { view, itemId: detailId }), { toast: false });
  }, [leading, called, view, detailId, followView, followItem, write]);

  useEffect(() => {
    awareness.setLocalStateField('following', called && !leading ? following : undefined);
  }, [awareness, called, leading, following]);

  const others = useFollowers(leading && called);

  const bringEveryone = useCallback(() => {
    if (view === null) return;
    write((d) => bringEveryoneHere(d, { view, itemId: detailId }, Math.round(serverClock.serverNow())));
  }, [write, view, detailId, serverClock]);
  const letEveryoneGo = useCallback(() => write((d) => stopFollowing(d)), [write]);
  const stepAway = useCallback(() => setAwayFrom(calledAt), [calledAt]);
  const rejoin = useCallback(() => setAwayFrom(null), []);

  return { leading, called, following, others, bringEveryone, letEveryoneGo, stepAway, rejoin };
}

const noFollowers: Follower[] = [];

/** The others on the board and whether they follow, from their presence (read only while it is needed). */
function useFollowers(watch: boolean): Follower[] {
  const { awareness } = useBoardSession();
  const [followers, setFollowers] = useState<Follower[]>([]);
  useEffect(() => {
    if (!watch) return;
    const read = () => {
      const list: Follower[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = (state as { user?: { name?: unknown } }).user;
        if (!user || typeof user.name !== 'string') return;
        list.push({ clientId, name: user.name || 'Someone', following: (state as { following?: unknown }).following === true });
      });
      list.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
      setFollowers((current) => (JSON.stringify(current) === JSON.stringify(list) ? current : list));
    };
    awareness.on('change', read);
    read();
    return () => awareness.off('change', read);
  }, [awareness, watch]);
  return watch ? followers : noFollowers;
}
