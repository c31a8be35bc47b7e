import { createAction, createGoal, createPartner, createPerson, initBoard, readBoard, type Overwrite } from '@partnerboard/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { currentValue, fieldName, itemTitle, valueWords, writerWords, wroteIt } from './overwriteWords';

function board() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Plan' });
  const trust = createPartner(doc, { name: 'Riverside NHS Trust', kind: 'nhs_trust' });
  const priya = createPerson(doc, { name: 'Priya Shah', partnerId: trust });
  const goal = createGoal(doc, { title: 'Home by Friday' });
  const action = createAction(doc, { title: 'Book transport', goalId: goal, status: 'blocked' });
  return { doc, priya, goal, action };
}

describe('an overwrite in words', () => {
  it('names people, goals, statuses and dates as the board shows them', () => {
    const { doc, priya, goal } = board();
    const read = readBoard(doc);
    expect(valueWords(read, 'action', 'ownerId', priya, '2026-03-10')).toBe('Priya Shah');
    expect(valueWords(read, 'action', 'ownerId', null, '2026-03-10')).toBe('no owner');
    expect(valueWords(read, 'action', 'goalId', goal, '2026-03-10')).toBe('“Home by Friday”');
    expect(valueWords(read, 'action', 'status', 'blocked', '2026-03-10')).toBe('Blocked');
    expect(valueWords(read, 'goal', 'status', 'at_risk', '2026-03-10')).toBe('At risk');
    expect(valueWords(read, 'action', 'dueDate', '2026-03-12', '2026-03-10')).toBe('12 Mar');
    expect(valueWords(read, 'action', 'dueDate', null, '2026-03-10')).toBe('no date');
    expect(valueWords(read, 'action', 'priority', 'high', '2026-03-10')).toBe('High');
    expect(valueWords(read, 'risk', 'likelihood', 4, '2026-03-10')).toBe('4');
    expect(valueWords(read, 'action', 'title', 'Book it', '2026-03-10')).toBe('“Book it”');
    expect(valueWords(read, 'action', 'status', '__proto__', '2026-03-10')).toBe('__proto__');
    expect(fieldName('dueDate')).toBe('due date');
  });

  it('finds the item and its value now, and says when it is gone', () => {
    const { doc, action } = board();
    const overwrite = { kind: 'action', itemId: action, field: 'status' } as Overwrite;
    expect(itemTitle(readBoard(doc), overwrite)).toBe('Book transport');
    expect(currentValue(readBoard(doc), overwrite)).toBe('blocked');
    const gone = { ...overwrite, itemId: 'x'.repeat(21) };
    expect(itemTitle(readBoard(doc), gone)).toBeNull();
    expect(currentValue(readBoard(doc), gone)).toBeUndefined();
  });

  it('knows my own writes: this browser, or a client the server bound to my name and organisation', () => {
    const authors = new Map([
      [7, { name: 'Priya Shah', organisation: 'Riverside NHS Trust', verified: false }],
      [8, { name: 'Sam Patel', organisation: '', verified: true }],
    ]);
    const me = { name: ' priya shah', organisation: 'Riverside NHS trust', clientId: 99 };
    expect(wroteIt(7, authors, me)).toBe(true);
    expect(wroteIt(99, authors, me)).toBe(true);
    expect(wroteIt(8, authors, me)).toBe(false);
    expect(wroteIt(5, authors, me)).toBe(false);
    expect(writerWords(7, authors)).toBe('Priya Shah (Riverside NHS Trust)');
    expect(writerWords(8, authors)).toBe('Sam Patel');
    expect(writerWords(5, authors)).toBe('someone');
  });
});
