import * as z from 'zod/mini';

// The dot vote's custom messages (see docs/protocol.md). A ballot goes to the server alone and stays
// there until the facilitator reveals the vote; the results are then written into the board.

/** Client to server: my whole ballot on the open vote (the ids of the items I put a dot on; none takes my dots back). */
export const voteCastMessage = 'vote-cast';
/** Client to server: what is my ballot on this vote? Server to that client only: your ballot, after every cast and on asking. */
export const voteMineMessage = 'vote-mine';
/** Facilitator to server: reveal the open vote (the server writes its results into the board). */
export const voteRevealMessage = 'vote-reveal';

/** Server to facilitators only: how many people have a ballot on the open vote (never what is on them). */
export const voteCountMessage = 'vote-count';

/** Most items a vote holds, and so the most dots one ballot can carry. */
export const maxVoteItems = 100;

const id = z.string().check(z.minLength(1), z.maxLength(64));

const voteCastSchema = z.strictObject({ voteId: id, itemIds: z.array(id).check(z.maxLength(maxVoteItems)) });
const voteAskSchema = z.strictObject({ voteId: id });
const voteMineSchema = z.strictObject({ voteId: id, itemIds: z.array(id), problem: z.nullable(z.string()) });

const voteCountSchema = z.strictObject({ voteId: id, voters: z.int().check(z.gte(0)) });

export type VoteCast = z.infer<typeof voteCastSchema>;
/** Body of `vote-count`. */
export type VoteCount = z.infer<typeof voteCountSchema>;
/** Body of `vote-mine` from a client, and of `vote-reveal`. */
export type VoteAsk = z.infer<typeof voteAskSchema>;
/** Body of `vote-mine` from the server: the voter's ballot as the server holds it, and why their last cast was refused (or null). */
export type VoteMine = z.infer<typeof voteMineSchema>;

/** A `vote-cast` body, or null when it is not one. */
export function readVoteCast(body: unknown): VoteCast | null {
  const parsed = voteCastSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** A `vote-mine` question or a `vote-reveal` body, or null when it is not one. */
export function readVoteAsk(body: unknown): VoteAsk | null {
  const parsed = voteAskSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** The server's `vote-mine` answer, or null when it is not one. */
export function readVoteMine(body: unknown): VoteMine | null {
  const parsed = voteMineSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** The server's `vote-count`, or null when it is not one. */
export function readVoteCount(body: unknown): VoteCount | null {
  const parsed = voteCountSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}
