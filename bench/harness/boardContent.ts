import * as Y from 'yjs';
import { actionStatuses, createAction, createGoal, createPartner, createPerson, initBoard } from '../../packages/board/src/index';

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

export interface LargeBoardSize {
  goals: number;
  actions: number;
}

/** The partners of a large board; the browser scenario joins as someone from the first. */
export const largeBoardPartner = (index: number) => `Partner organisation ${index + 1}`;

/**
 * Fills a synced doc with a realistic large plan: 6 partners, 40 people, `goals` goals and
 * `actions` actions spread over the goals, owners and the four statuses (half still to do). Each
 * transaction becomes one message, so the actions go in chunks that keep every message well under
 * the server's 1 MiB limit.
 */
export function fillLargeBoard(doc: Y.Doc, size: LargeBoardSize, actionsPerMessage = 250): void {
  const { people, goals } = doc.transact(() => {
    const partners = Array.from({ length: 6 }, (_, i) => createPartner(doc, { name: largeBoardPartner(i), kind: 'other' }));
    const people = Array.from({ length: 40 }, (_, i) =>
      createPerson(doc, { name: `Person ${i + 1}`, partnerId: partners[i % partners.length] as string }),
    );
    const goals = Array.from({ length: size.goals }, (_, i) => createGoal(doc, { title: `Goal ${i + 1}` }));
    return { people, goals };
  });
  let last: string | undefined;
  for (let start = 0; start < size.actions; start += actionsPerMessage) {
    doc.transact(() => {
      for (let i = start; i < Math.min(size.actions, start + actionsPerMessage); i++) {
        last = createAction(doc, {
          title: `Action ${i + 1}`,
          goalId: goals[i % goals.length] as string,
          ownerId: people[i % people.length] as string,
          status: actionStatuses[i % 2 === 0 ? 0 : 1 + (i % 3)],
          ...(last ? { after: last } : {}),
        });
      }
    });
  }
}

/** Whether `doc` holds everything `expected` (a state vector) describes. */
export function holdsState(doc: Y.Doc, expected: Map<number, number>): boolean {
  for (const [client, clock] of expected) if (Y.getState(doc.store, client) < clock) return false;
  return true;
}
