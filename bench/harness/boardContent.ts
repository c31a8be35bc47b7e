import * as Y from 'yjs';
import { createAction, createGoal, initBoard } from '../../packages/board/src/index';

// The large board lives with the board package, so the e2e tests load the very plan the benchmarks time.
export { fillLargeBoard, type LargeBoardSize } from '../../packages/board/src/fixtures/largeBoard';

/** The state of a new blank board, as Partnerboard's POST /api/boards creates it. */
export function newBoardState(title: string): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title, template: 'blank' });
  return doc;
}

/** Adds a goal and one action to work on; returns the action's id. */
export function addActionToWorkOn(doc: Y.Doc, who: string): string {
  return doc.transact(() => {
    const goalId = createGoal(doc, { title: `Goal of ${who}` });
    return createAction(doc, { title: `Action of ${who}`, goalId });
  });
}

/** Whether `doc` holds everything `expected` (a state vector) describes. */
export function holdsState(doc: Y.Doc, expected: Map<number, number>): boolean {
  for (const [client, clock] of expected) if (Y.getState(doc.store, client) < clock) return false;
  return true;
}
