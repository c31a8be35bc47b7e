import { describe, expect, it } from 'vitest';
import { mineEmptyReason } from './mineNote';

describe('why "Mine" is empty', () => {
  it('offers to say who I am when I have not', () => {
    expect(mineEmptyReason({ what: 'actions', personName: null, proven: false, otherFilters: false })).toEqual({
      text: '“Mine” shows nothing because you have not said who you are in the plan.',
      offerToSay: true,
    });
  });

  it('sends a personal link that names nobody in the plan to the facilitator', () => {
    const reason = mineEmptyReason({ what: 'goals', personName: null, proven: true, otherFilters: true });
    expect(reason.offerToSay).toBe(false);
    expect(reason.text).toContain('Ask the board’s facilitator');
  });

  it('says nothing is assigned to me, or that the other filters hide what is', () => {
    expect(mineEmptyReason({ what: 'actions', personName: 'Sam Lee', proven: false, otherFilters: false }).text).toBe(
      'Nothing on the board is assigned to Sam Lee yet: no action has them as owner or responsible.',
    );
    expect(mineEmptyReason({ what: 'goals', personName: 'Sam Lee', proven: false, otherFilters: false }).text).toBe(
      'Sam Lee is not the accountable owner of any goal yet.',
    );
    expect(mineEmptyReason({ what: 'goals', personName: 'Sam Lee', proven: false, otherFilters: true }).text).toBe(
      'None of the goals owned by Sam Lee match the other filters.',
    );
  });
});
