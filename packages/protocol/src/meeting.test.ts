import { describe, expect, it } from 'vitest';
import { readVoteAsk, readVoteCast, readVoteMine } from './meeting';

describe('the dot vote messages', () => {
  it('read a ballot, and refuse one with extra parts or too many dots', () => {
    expect(readVoteCast({ voteId: 'v1', itemIds: ['a', 'b'] })).toEqual({ voteId: 'v1', itemIds: ['a', 'b'] });
    expect(readVoteCast({ voteId: 'v1', itemIds: ['a'], forSomeoneElse: 'Priya' })).toBeNull();
    expect(readVoteCast({ voteId: 'v1', itemIds: Array.from({ length: 101 }, (_, i) => `item${i}`) })).toBeNull();
    expect(readVoteCast({ voteId: '', itemIds: [] })).toBeNull();
  });

  it('read a question about my ballot, and the answer', () => {
    expect(readVoteAsk({ voteId: 'v1' })).toEqual({ voteId: 'v1' });
    expect(readVoteAsk({})).toBeNull();
    expect(readVoteMine({ voteId: 'v1', itemIds: ['a'], problem: null })).toEqual({ voteId: 'v1', itemIds: ['a'], problem: null });
    expect(readVoteMine({ voteId: 'v1' })).toBeNull();
  });
});
