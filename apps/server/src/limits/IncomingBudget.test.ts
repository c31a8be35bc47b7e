import { describe, expect, it } from 'vitest';
import { IncomingBudget } from './IncomingBudget.ts';

describe('IncomingBudget', () => {
  function budget(limit: number) {
    const givenUp: [string, number][] = [];
    return { budget: new IncomingBudget<string>(limit, (holder, bytes) => givenUp.push([holder, bytes])), givenUp };
  }

  it('counts what is arriving and frees a holder whose message ended', () => {
    const { budget: incoming, givenUp } = budget(1000);
    incoming.arrived('ann', 300);
    incoming.arrived('bola', 200);
    incoming.arrived('ann', 300);
    expect(incoming.heldBytes).toBe(800);
    incoming.release('ann');
    expect(incoming.heldBytes).toBe(200);
    incoming.release('ann');
    expect(incoming.heldBytes).toBe(200);
    expect(givenUp).toEqual([]);
  });

  it('past the limit gives up the holder of the most, not whoever sent the last bytes', () => {
    const { budget: incoming, givenUp } = budget(1000);
    incoming.arrived('slow sender', 900);
    incoming.arrived('ann', 50);
    incoming.arrived('bola', 100);
    expect(givenUp).toEqual([['slow sender', 900]]);
    expect(incoming.heldBytes).toBe(150);
  });

  it('gives up as many as it takes to fit again', () => {
    const { budget: incoming, givenUp } = budget(1000);
    incoming.arrived('one', 400);
    incoming.arrived('two', 400);
    incoming.arrived('three', 1200);
    expect(givenUp).toEqual([['three', 1200]]);
    incoming.arrived('four', 300);
    expect(givenUp).toEqual([['three', 1200], ['one', 400]]);
    expect(incoming.heldBytes).toBe(700);
  });
});
