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

/**
 * Dot voting held by the server: the facilitator opens a vote in the board's session; each voter
 * sends their ballot (`vote-cast`) and is answered with it alone (`vote-mine`), while facilitators
 * are told how many have voted (`vote-count`); on the
 * facilitator's `vote-reveal` the server writes the results into a part of the board only it writes
 * (meetingVoteResults), closes the vote in the session, and forgets the ballots.
 */
export function dotVotingExtension(): RoomExtension {
  return {
    name: 'dot-voting',
    messages: {
      [voteCastMessage](peer, body, room) {
        const cast = readVoteCast(body);
        if (!cast) return;
        const open = readOpenVote(room.doc);
        const vote = open?.id === cast.voteId ? open : null;
        const held = vote ? heldFor(room, vote.id) : null;
        const problem = held?.revealed ? 'This vote is closed.' : ballotProblem(vote, peer.participant.role, cast.itemIds);
        if (held && !problem) {
          if (cast.itemIds.length === 0) held.ballots.delete(voterOf(peer.participant));
          else held.ballots.set(voterOf(peer.participant), cast.itemIds);
        }
        answer(room, peer, cast.voteId, problem);
        if (held && !problem) {
          const count: VoteCount = { voteId: held.voteId, voters: held.ballots.size };
          room.broadcastCustom(voteCountMessage, count, (other) => other.participant.role === 'facilitator');
        }
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
        room.serverPeer(peer.participant).change(room.doc, (copy) => revealVote(copy, vote.id, ballots));
      },
    },
  };
}
