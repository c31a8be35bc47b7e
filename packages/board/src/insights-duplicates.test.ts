import { describe, expect, it } from 'vitest';
import { createAction } from './actions.js';
import { createGoal } from './goals.js';
import { similarActions, titleSimilarity, titleWords } from './insights-duplicates.js';
import { readBoard } from './read.js';
import { smallBoard } from './test-support.js';

describe('titleWords', () => {
  it('keeps the meaningful words, in lower case, without accents, punctuation, possessives or plurals', () => {
    expect([...titleWords("Book the hospital transport for Zoë's appointments!")]).toEqual(['book', 'hospital', 'transport', 'zoe', 'appointment']);
  });
});

describe('titleSimilarity', () => {
  it('finds the same work worded differently', () => {
    expect(titleSimilarity('Book hospital transport home', 'Arrange transport home from hospital')).toBeGreaterThanOrEqual(0.6);
    expect(titleSimilarity('Send the discharge summary to the GP', 'Send discharge summary to GP')).toBe(1);
  });

  it('counts a shorter title whose words are all in the longer one as alike', () => {
    expect(titleSimilarity('Key safe fitted', 'Get the key safe fitted and the pendant alarm set up')).toBe(1);
  });

  it('tells apart work that only shares a word', () => {
    expect(titleSimilarity('Book hospital transport', 'Book a GP appointment')).toBeLessThan(0.6);
    expect(titleSimilarity('Transport', 'Medicines')).toBe(0);
    expect(titleSimilarity('the', 'Transport')).toBe(0);
  });
});

describe('similarActions', () => {
  it('finds a similar action under the same goal, most alike first, and none under another goal', () => {
    const { doc, goal } = smallBoard();
    const other = createGoal(doc, { title: 'Medicines' });
    const transport = createAction(doc, { title: 'Book hospital transport home', goalId: goal });
    createAction(doc, { title: 'Order a hospital bed', goalId: goal });
    createAction(doc, { title: 'Arrange transport home from hospital', goalId: other });
    const board = readBoard(doc);

    expect(similarActions(board, 'Arrange hospital transport home', goal).map((m) => m.action.id)).toEqual([transport]);
    expect(similarActions(board, 'Book hospital transport home', other)).toHaveLength(1);
    expect(similarActions(board, 'Visit the home', goal)).toEqual([]);
  });
});
