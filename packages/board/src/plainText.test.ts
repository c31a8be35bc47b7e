import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction } from './actions.js';
import { isPlainText, plainTextOf, replaceWithPlainText } from './plainText.js';
import { readBoard } from './read.js';
import { replica, smallBoard, sync } from './test-support.js';
import { textField } from './text.js';
import { undoScope } from './undo.js';

function actionWithNotes(notes: string) {
  const { doc, goal } = smallBoard();
  const id = createAction(doc, { title: 'Book the ambulance', goalId: goal, notes });
  return { doc, id, text: textField(doc, 'actions', id, 'notes') };
}

describe('isPlainText', () => {
  it('is true for text that people typed, and for empty text', () => {
    const { text } = actionWithNotes('Call the ward');
    text.insert(4, 'back ');
    text.delete(0, 1);
    expect(isPlainText(text)).toBe(true);
    expect(isPlainText(actionWithNotes('').text)).toBe(true);
  });

  it('is false with an embed, a nested type or formatting in the text', () => {
    const embed = actionWithNotes('Hello world');
    embed.text.insertEmbed(6, { evil: true });
    expect(isPlainText(embed.text)).toBe(false);

    const nested = actionWithNotes('Hello world');
    nested.text.insertEmbed(0, new Y.Map());
    expect(isPlainText(nested.text)).toBe(false);

    const formatted = actionWithNotes('Hello world');
    formatted.text.format(0, 5, { bold: true });
    expect(isPlainText(formatted.text)).toBe(false);
  });
});

describe('replaceWithPlainText', () => {
  it('removes embeds, nested types and formatting, keeping every word in place', () => {
    const { doc, id, text } = actionWithNotes('Hello world, again');
    text.insertEmbed(6, { evil: true });
    text.insertEmbed(0, new Y.Map());
    // Attribute names a client chose, prototype names included (JSON.parse makes them own keys).
    text.format(0, 9, JSON.parse('{"bold":true,"__proto__":"x","constructor":1}') as Record<string, unknown>);
    expect(plainTextOf(text)).toBe('Hello world, again');
    expect(replaceWithPlainText(doc, 'actions', id, 'notes')).toBe('Hello world, again');
    expect(isPlainText(text)).toBe(true);
    expect(text.toDelta()).toEqual([{ insert: 'Hello world, again' }]);
    expect(readBoard(doc).actions[0]?.notes).toBe('Hello world, again');
  });

  it('changes nothing in a text that is plain already', () => {
    const { doc, id } = actionWithNotes('Plain');
    const before = Y.encodeStateAsUpdate(doc);
    replaceWithPlainText(doc, 'actions', id, 'notes');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('is one undoable step in the caller’s transaction, and keeps words typed at the same time by someone else', () => {
    const { doc, id, text } = actionWithNotes('Hello world');
    text.insertEmbed(5, { evil: true });
    const other = replica(doc);
    const origin = { local: true };
    const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([origin]) });
    doc.transact(() => replaceWithPlainText(doc, 'actions', id, 'notes'), origin);
    const theirs = textField(other, 'actions', id, 'notes');
    theirs.insert(theirs.length, '!');
    sync(doc, other);
    expect(isPlainText(text)).toBe(true);
    expect(text.toString()).toBe('Hello world!');
    undo.undo();
    expect(isPlainText(text)).toBe(false);
    expect(plainTextOf(text)).toBe('Hello world!');
  });
});
