import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction } from './actions.js';
import { updateGoal } from './goals.js';
import { createPartner } from './partners.js';
import { readBoard } from './read.js';
import { expectRefused, smallBoard } from './test-support.js';
import { textField } from './text.js';

describe('textField', () => {
  it('gives the live text of an action’s notes: typing into it is what readBoard shows', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'T', goalId: goal, notes: 'Call' });
    textField(doc, 'actions', id, 'notes').insert(4, ' the ward');
    expect(readBoard(doc).actions[0]?.notes).toBe('Call the ward');
  });

  it('gives the same Y.Text each time, without writing anything', () => {
    const { doc, goal } = smallBoard();
    const before = Y.encodeStateAsUpdate(doc);
    expect(textField(doc, 'goals', goal, 'description')).toBe(textField(doc, 'goals', goal, 'description'));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('gives the board’s purpose, voice and agreement texts, and each partner’s expectations', () => {
    const { doc, trust } = smallBoard();
    textField(doc, 'meta', null, 'purpose').insert(0, 'Home safely');
    textField(doc, 'meta', null, 'voice').insert(0, 'My chair');
    textField(doc, 'meta', null, 'waysOfWorking').insert(0, 'One owner');
    textField(doc, 'meta', trust, 'expectations').insert(0, 'Summary on the day');
    const { meta } = readBoard(doc);
    expect(meta).toMatchObject({ purpose: 'Home safely', voice: 'My chair', agreement: { waysOfWorking: 'One owner', expectations: { [trust]: 'Summary on the day' } } });
  });

  it('makes expectations text for a partner added before the agreement existed', () => {
    const doc = new Y.Doc();
    const partner = createPartner(doc, { name: 'GP', kind: 'gp_practice' });
    textField(doc, 'meta', partner, 'expectations').insert(0, 'Review');
    expect(readBoard(doc).meta.agreement.expectations[partner]).toBe('Review');
  });

  it('refuses an item not on the board and a field that is not long text', () => {
    const { doc, goal } = smallBoard();
    expectRefused(doc, () => textField(doc, 'actions', 'gone', 'notes'), { code: 'not_found' });
    expectRefused(doc, () => textField(doc, 'goals', goal, 'title' as never), { code: 'invalid', field: 'field' });
    expectRefused(doc, () => textField(doc, 'meta', null, 'expectations'), { code: 'invalid', field: 'id' });
  });
});

describe('saving long text from a form', () => {
  it('changes only the span that differs, so a cursor elsewhere in the text stays put', () => {
    const { doc, goal } = smallBoard();
    updateGoal(doc, goal, { description: 'Home with support' });
    const text = textField(doc, 'goals', goal, 'description');
    const changes: unknown[] = [];
    text.observe((event) => changes.push(event.delta));
    updateGoal(doc, goal, { description: 'Home with full support' });
    expect(changes).toEqual([[{ retain: 10 }, { insert: 'full ' }]]);
  });
});
