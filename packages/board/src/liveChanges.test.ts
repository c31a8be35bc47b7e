import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, deleteAction, moveAction, updateAction } from './actions.js';
import { announcement, changesIn, type WrittenChange } from './liveChanges.js';
import { readBoard } from './read.js';
import { replica, smallBoard } from './test-support.js';

/** The changes a replica's edit makes when it arrives at `doc`. */
function arriving(doc: Y.Doc, edit: (theirs: Y.Doc) => void): { changes: WrittenChange[]; writer: number } {
  const theirs = replica(doc);
  edit(theirs);
  let changes: WrittenChange[] = [];
  const listen = (transaction: Y.Transaction) => {
    changes = changesIn(transaction);
  };
  doc.on('afterTransaction', listen);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(doc)), 'remote');
  doc.off('afterTransaction', listen);
  return { changes, writer: theirs.clientID };
}

describe('changesIn and announcement', () => {
  it('tells a move of an action by its writer', () => {
    const { doc, goal } = smallBoard();
    const keySafe = createAction(doc, { title: 'Key safe', goalId: goal });
    const { changes, writer } = arriving(doc, (theirs) => moveAction(theirs, keySafe, { status: 'done' }));
    expect(changes).toEqual([expect.objectContaining({ kind: 'changed', collection: 'actions', id: keySafe, writer })]);
    const names = (client: number | null) => (client === writer ? 'Priya Shah' : 'Someone');
    expect(announcement(changes, readBoard(doc), names)).toBe('Priya Shah moved “Key safe” to Done');
  });

  it('tells an added action and a new owner', () => {
    const { doc, goal, liam } = smallBoard();
    const added = arriving(doc, (theirs) => createAction(theirs, { title: 'Book transport', goalId: goal }));
    expect(announcement(added.changes, readBoard(doc), () => 'Sam Jones')).toBe('Sam Jones added the action “Book transport”');
    const id = added.changes[0]?.id ?? '';
    const owned = arriving(doc, (theirs) => updateAction(theirs, id, { ownerId: liam }));
    expect(announcement(owned.changes, readBoard(doc), () => 'Sam Jones')).toBe('Sam Jones made Liam Carter accountable for “Book transport”');
  });

  it('tells a deletion without a title it no longer has', () => {
    const { doc, goal } = smallBoard();
    const id = createAction(doc, { title: 'Gone', goalId: goal });
    const { changes } = arriving(doc, (theirs) => deleteAction(theirs, id));
    expect(announcement(changes, readBoard(doc), () => 'Someone')).toBe('Someone deleted an action');
  });

  it('sums up many changes by several people in one sentence', () => {
    const { doc, goal } = smallBoard();
    const first = arriving(doc, (theirs) => {
      createAction(theirs, { title: 'One', goalId: goal });
      createAction(theirs, { title: 'Two', goalId: goal });
    });
    const second = arriving(doc, (theirs) => createAction(theirs, { title: 'Three', goalId: goal }));
    const names = (client: number | null) => (client === first.writer ? 'Priya Shah' : 'Sam Jones');
    expect(announcement([...first.changes, ...second.changes], readBoard(doc), names)).toBe('3 changes by Priya Shah and Sam Jones');
  });

  it('has nothing to tell when nothing of the plan changed', () => {
    const { doc } = smallBoard();
    expect(announcement([], readBoard(doc), () => 'Someone')).toBeNull();
  });
});
