import * as Y from 'yjs';
import { fillLargeBoard } from '../../packages/board/src/fixtures/largeBoard';
import { BoardUpdateCheck, createAction, moveAction, readBoard, textField, updateAction } from '../../packages/board/src/index';
import type { ResultRow } from '../harness/report';
import type { Scenario } from '../harness/scenario';

/** Updates of one kind of edit, each as a client sends it, made on a replica of `board`. */
function editsOf(board: Y.Doc, count: number, edit: (doc: Y.Doc, i: number) => void): Uint8Array[] {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i += 1) edit(client, i);
  return updates;
}

/** Microseconds per update that the shape check and Yjs's applying take, over `updates` applied in turn to a copy of `board`. */
function timePerUpdate(board: Y.Doc, updates: readonly Uint8Array[]): { checkUs: number; applyUs: number } {
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(board));
  let checking = 0;
  let applying = 0;
  for (const update of updates) {
    const started = performance.now();
    const verdict = new BoardUpdateCheck(server).check(update);
    const checked = performance.now();
    Y.applyUpdate(server, update);
    applying += performance.now() - checked;
    checking += checked - started;
    if (!verdict.ok) throw new Error(`an honest edit was refused: ${verdict.problem}`);
  }
  return { checkUs: (checking * 1000) / updates.length, applyUs: (applying * 1000) / updates.length };
}

export const shapeCheckScenario: Scenario = {
  name: 'shape-check',
  summary: "the server's board-shape check of one update, on a board of 2,000 actions, beside what Yjs takes to apply it",
  async run(context) {
    const board = new Y.Doc();
    fillLargeBoard(board, { goals: 20, actions: 2000 });
    const { actions, goals } = readBoard(board);
    const action = actions[1000]?.id as string;
    const goal = goals[0]?.id as string;
    const count = context.quick ? 200 : 2000;
    const kinds: [string, Uint8Array[]][] = [
      ['typing a character in notes', editsOf(board, count, (doc) => textField(doc, 'actions', action, 'notes').insert(0, 'x'))],
      ['renaming an action', editsOf(board, count, (doc, i) => updateAction(doc, action, { title: `Book transport ${i}` }))],
      ['moving an action to another status', editsOf(board, count, (doc, i) => moveAction(doc, action, { status: i % 2 ? 'done' : 'blocked' }))],
      ['adding an action', editsOf(board, Math.min(count, 500), (doc, i) => createAction(doc, { title: `New ${i}`, goalId: goal }))],
    ];
    const rows: ResultRow[] = [];
    const details: Record<string, unknown> = {};
    for (const [kind, updates] of kinds) {
      // Warmed once, then measured three times; the median of each.
      timePerUpdate(board, updates);
      const rounds = [timePerUpdate(board, updates), timePerUpdate(board, updates), timePerUpdate(board, updates)];
      const median = (values: number[]) => values.sort((a, b) => a - b)[1] as number;
      const checkUs = median(rounds.map((round) => round.checkUs));
      const applyUs = median(rounds.map((round) => round.applyUs));
      context.log(`  ${kind}: check ${checkUs.toFixed(1)} µs, applying it ${applyUs.toFixed(1)} µs (${updates.length} updates)`);
      details[kind] = { checkUs, applyUs, updates: updates.length };
      rows.push({
        scenario: 'shape check, 2,000 actions',
        measure: `${kind}: µs per update`,
        unit: 'µs',
        better: 'lower',
        partnerboard: checkUs,
        reference: applyUs,
        comparedWith: 'Yjs applying it',
      });
    }
    return { rows, details };
  },
};
