import { expect } from 'vitest';
import * as Y from 'yjs';
import { BoardError, type BoardErrorCode } from './errors.js';
import { createAction } from './actions.js';
import { createGoal } from './goals.js';
import { initBoard } from './meta.js';
import { createPartner } from './partners.js';
import { createPerson } from './people.js';

// Shared set-up for the package's tests (not part of the public surface).

/** A set-up board with two organisations, three people and one goal. */
export function smallBoard() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Discharge plan', now: new Date('2026-03-10T09:00:00Z') });
  const trust = createPartner(doc, { name: 'Riverside NHS Trust', kind: 'nhs_trust' });
  const council = createPartner(doc, { name: 'Northshire Council', kind: 'local_authority' });
  const priya = createPerson(doc, { name: 'Priya Shah', partnerId: trust, role: 'Discharge coordinator' });
  const joanne = createPerson(doc, { name: 'Joanne Evans', partnerId: council, role: 'Social worker' });
  const liam = createPerson(doc, { name: 'Liam Carter', partnerId: council, role: 'Reablement manager' });
  const goal = createGoal(doc, { title: 'Arthur gets home safely', ownerId: priya });
  return { doc, trust, council, priya, joanne, liam, goal };
}

/** Adds `count` actions titled 'A1', 'A2', ... to a goal, in order. */
export function addActions(doc: Y.Doc, goalId: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => createAction(doc, { title: `A${i + 1}`, goalId }));
}

/** Asserts that `write` throws a BoardError with this code and field, and that the document did not change at all. */
export function expectRefused(doc: Y.Doc, write: () => unknown, expected: { code: BoardErrorCode; field?: string; message?: RegExp }): BoardError {
  const before = Y.encodeStateAsUpdate(doc);
  let caught: unknown;
  try {
    write();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BoardError);
  const error = caught as BoardError;
  expect(error.code).toBe(expected.code);
  if (expected.field !== undefined) expect(error.field).toBe(expected.field);
  if (expected.message) expect(error.message).toMatch(expected.message);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  return error;
}

/** A second replica of `doc`, as another person's client would hold it. */
export function replica(doc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
}

/** Exchanges what each replica is missing, as the server would once both reconnect. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB);
  Y.applyUpdate(a, forA);
}

/** Exchanges updates in the other direction first, to check that merge order does not matter. */
export function syncReversed(a: Y.Doc, b: Y.Doc): void {
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  Y.applyUpdate(a, forA);
  Y.applyUpdate(b, forB);
}
