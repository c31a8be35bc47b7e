import { ballotProblem, readOpenVote, revealVote } from '@partnerboard/board';
import { readVoteAsk, readVoteCast, voteCastMessage, voteCountMessage, voteMineMessage, voteRevealMessage, type VoteCount, type VoteMine } from '@partnerboard/protocol';
import type { Participant } from './Connection.ts';
import type { Peer } from './Peer.ts';
import type { RoomContext, RoomExtension } from './RoomExtension.ts';

/** The ballots of a board's open vote, held by the server (room.state) and never sent to anyone but their voter. */
interface HeldVote {
  readonly voteId: string;
  /** Each voter's ballot: the ids of the items they put a dot on. */
  readonly ballots: Map<string, readonly string[]>;
  revealed: boolean;
}

const stateKey = 'dot-vote';

/**
 * One ballot per voter: a personal link is one person; on a shared link, whoever gives the same
 * name and organisation with the same role (a second tab, a reconnection) has the same ballot.
 */
function voterOf({ linkId, role, name, organisation }: Participant): string {
  return linkId !== null ? `link:${linkId}` : JSON.stringify([role, name, organisation]);
}

/** The ballots held for `voteId`; those of any other vote are dropped (that vote was revealed, cancelled or replaced). */
function heldFor(room: RoomContext, voteId: string): HeldVote {
  const held = room.state.get(stateKey) as HeldVote | undefined;
  if (held?.voteId === voteId) return held;
  const fresh: HeldVote = { voteId, ballots: new Map(), revealed: false };
  room.state.set(stateKey, fresh);
  return fresh;
}

function answer(room: RoomContext, peer: Peer, voteId: string, problem: string | null): void {
  const held = room.state.get(stateKey) as HeldVote | undefined;
  const itemIds = held?.voteId === voteId ? [...(held.ballots.get(voterOf(peer.participant)) ?? [])] : [];
  const mine: VoteMine = { voteId, itemIds, problem };
  room.sendCustom(peer, voteMineMessage, mine);
}

/** A voter's ballot as one process tells the others serving the board (see RoomContext.publishElsewhere). */
const ballotCast = 'dot-vote-ballot';
/** A process that has just loaded the board asks the others for the ballots cast so far. */
const ballotsWanted = 'dot-vote-ballots-wanted';
/** A process revealed the vote: the others forget its ballots and take no more. */
const voteRevealed = 'dot-vote-revealed';

function readBallot(body: unknown): { voteId: string; voter: string; itemIds: string[] } | null {
  if (typeof body !== 'object' || body === null) return null;
  const { voteId, voter, itemIds } = body as Record<string, unknown>;
  if (typeof voteId !== 'string' || typeof voter !== 'string' || !Array.isArray(itemIds) || !itemIds.every((id) => typeof id === 'string')) return null;
  return { voteId, voter, itemIds: itemIds as string[] };
}

/** Keeps a voter's ballot; an empty one takes their dots back. */
function record(held: HeldVote, voter: string, itemIds: readonly string[]): void {
  if (itemIds.length === 0) held.ballots.delete(voter);
  else held.ballots.set(voter, itemIds);
}

function tellFacilitators(room: RoomContext, held: HeldVote): void {
  const count: VoteCount = { voteId: held.voteId, voters: held.ballots.size };
  room.broadcastCustom(voteCountMessage, count, (other) => other.participant.role === 'facilitator');
}

/**
 * Dot voting held by the server: the facilitator opens a vote in the board's session; each voter
 * sends their ballot (`vote-cast`) and is answered with it alone (`vote-mine`), while facilitators
 * are told how many have voted (`vote-count`); on the
 * facilitator's `vote-reveal` the server writes the results into a part of the board only it writes
 * (meetingVoteResults), closes the vote in the session, and forgets the ballots. With several
 * processes serving the board, each tells the others the ballots cast on it, so that whichever
 * the facilitator is on counts them all.
 */
export function dotVotingExtension(): RoomExtension {
  return {
    name: 'dot-voting',
    // Another process serving the board has the ballots cast there: ask for them.
    onLoad: (room) => room.publishElsewhere(ballotsWanted, {}),
    fromElsewhere: {
      [ballotCast](body, room) {
        const ballot = readBallot(body);
        // The vote opened here before any ballot for it was cast elsewhere; a late one of a closed vote is dropped.
        if (!ballot || readOpenVote(room.doc)?.id !== ballot.voteId) return;
        const held = heldFor(room, ballot.voteId);
        if (held.revealed) return;
        record(held, ballot.voter, ballot.itemIds);
        tellFacilitators(room, held);
      },
      [ballotsWanted](_body, room) {
        const held = room.state.get(stateKey) as HeldVote | undefined;
        if (!held || held.revealed) return;
        for (const [voter, itemIds] of held.ballots) room.publishElsewhere(ballotCast, { voteId: held.voteId, voter, itemIds });
      },
      [voteRevealed](body, room) {
        const voteId = (body as { voteId?: unknown } | null)?.voteId;
        const held = room.state.get(stateKey) as HeldVote | undefined;
        if (!held || held.voteId !== voteId) return;
        held.revealed = true;
        held.ballots.clear();
      },
    },
    messages: {
      [voteCastMessage](peer, body, room) {
        const cast = readVoteCast(body);
        if (!cast) return;
        const open = readOpenVote(room.doc);
        const vote = open?.id === cast.voteId ? open : null;
        const held = vote ? heldFor(room, vote.id) : null;
        const problem = held?.revealed ? 'This vote is closed.' : ballotProblem(vote, peer.participant.role, cast.itemIds);
        if (held && !problem) {
          const voter = voterOf(peer.participant);
          record(held, voter, cast.itemIds);
          room.publishElsewhere(ballotCast, { voteId: held.voteId, voter, itemIds: cast.itemIds });
        }
        answer(room, peer, cast.voteId, problem);
        if (held && !problem) tellFacilitators(room, held);
      },
      [voteMineMessage](peer, body, room) {
        const ask = readVoteAsk(body);
        if (ask) answer(room, peer, ask.voteId, null);
      },
      [voteRevealMessage](peer, body, room) {
        const ask = readVoteAsk(body);
        if (!ask) return;
        if (peer.participant.role !== 'facilitator') {
          answer(room, peer, ask.voteId, 'Only a facilitator can reveal the vote.');
          return;
        }
        const vote = readOpenVote(room.doc);
        if (vote?.id !== ask.voteId) return;
        const held = heldFor(room, vote.id);
        // The board shows the vote open until the results are applied: a second reveal meanwhile must not count again.
        if (held.revealed) return;
        held.revealed = true;
        const ballots = [...held.ballots.values()];
        held.ballots.clear();
        room.publishElsewhere(voteRevealed, { voteId: vote.id });
        room.serverPeer(peer.participant).change(room.doc, (copy) => revealVote(copy, vote.id, ballots));
      },
    },
  };
}
