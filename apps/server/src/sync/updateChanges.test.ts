import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateChangesDoc } from './updateChanges.ts';

function boardWithGoals(): Y.Doc {
  const doc = new Y.Doc();
  const goals = doc.getMap('goals');
  goals.set('g1', 'Home within 48 hours');
  goals.set('g2', 'Care package in place');
  doc.getText('notes').insert(0, 'Agreed at the ward round');
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('updateChangesDoc', () => {
  it('is false for an update the doc already holds, such as a reconnecting client sends', () => {
    const board = boardWithGoals();
    expect(updateChangesDoc(board, Y.encodeStateAsUpdate(board))).toBe(false);
  });

  it('is true for an update with a new item', () => {
    const board = boardWithGoals();
    const client = copyOf(board);
    client.getText('notes').insert(0, 'New: ');
    expect(updateChangesDoc(board, Y.encodeStateAsUpdate(client, Y.encodeStateVector(board)))).toBe(true);
  });

  it('is true for an update that only deletes something the doc still shows', () => {
    const board = boardWithGoals();
    const client = copyOf(board);
    client.getMap('goals').delete('g2');
    client.getText('notes').delete(0, 6);
    expect(updateChangesDoc(board, Y.encodeStateAsUpdate(client, Y.encodeStateVector(board)))).toBe(true);
  });

  it('is false for deletions the doc has already made', () => {
    const board = boardWithGoals();
    board.getMap('goals').delete('g2');
    board.getText('notes').delete(0, 6);
    const client = copyOf(board);
    expect(updateChangesDoc(board, Y.encodeStateAsUpdate(client))).toBe(false);
  });
});
