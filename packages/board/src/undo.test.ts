import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, updateAction } from './actions.js';
import { readBoard } from './read.js';
import { replica, smallBoard, sync } from './test-support.js';
import { undoScope } from './undo.js';

describe('undo of one person’s own changes', () => {
  it('undoes a write wrapped in the local origin, and not a change that came from someone else', () => {
    const { doc, goal } = smallBoard();
    const local = { local: true };
    const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([local]) });
    const other = replica(doc);
    const mine = doc.transact(() => createAction(doc, { title: 'Mine', goalId: goal }), local);
    createAction(other, { title: 'Theirs', goalId: goal });
    sync(doc, other);
    expect(readBoard(doc).actions.map((a) => a.title).sort()).toEqual(['Mine', 'Theirs']);
    undo.undo();
    expect(readBoard(doc).actions.map((a) => a.title)).toEqual(['Theirs']);
    undo.redo();
    expect(readBoard(doc).actions.find((a) => a.id === mine)?.title).toBe('Mine');
  });

  it('undoes several writes in one transaction as one step', () => {
    const { doc, goal } = smallBoard();
    const local = { local: true };
    const id = createAction(doc, { title: 'T', goalId: goal });
    const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([local]) });
    doc.transact(() => {
      updateAction(doc, id, { title: 'Renamed' });
      updateAction(doc, id, { status: 'done' });
    }, local);
    undo.undo();
    expect(readBoard(doc).actions[0]).toMatchObject({ title: 'T', status: 'todo', completedAt: null });
  });

  it('leaves nothing to undo after a refused write', () => {
    const { doc } = smallBoard();
    const local = { local: true };
    const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([local]) });
    expect(() => doc.transact(() => createAction(doc, { title: '', goalId: 'gone' }), local)).toThrow();
    expect(undo.canUndo()).toBe(false);
  });
});
