import * as Y from 'yjs';
import { readBoard } from '../../packages/board/src/index';
import { fillLargeBoard, holdsState, type LargeBoardSize } from '../harness/boardContent';
import type { ResultRow } from '../harness/report';
import { withTargets, type Scenario, type ScenarioContext } from '../harness/scenario';
import { startPartnerboard, startReference, type BenchTarget } from '../harness/servers';
import { median } from '../harness/stats';
import { SyncClient } from '../harness/SyncClient';
import { sleep, waitFor, within } from '../harness/timing';

/** How long Partnerboard keeps an empty board before unloading it, for this scenario. */
const unloadAfterMs = 300;

export interface SeededBoard {
  boardId: string;
  /** The client that built the board, still connected. */
  seeder: SyncClient;
  doc: Y.Doc;
  /** The board's state vector once complete. */
  state: Map<number, number>;
  bytes: number;
}

/** Builds the large board on a server through a client. */
export async function seedLargeBoard(target: BenchTarget, size: LargeBoardSize): Promise<SeededBoard> {
  const boardId = await target.createBoard('Large board');
  const doc = new Y.Doc();
  const seeder = await SyncClient.open(target.syncUrl(boardId), { doc });
  await seeder.synced;
  // The reference with LevelDB answers before it has loaded a stored board, then sends it as an update.
  await waitFor('the seeder to hold the new board', () => readBoard(doc).meta.title === 'Large board', 10_000, 10);
  fillLargeBoard(doc, size);
  await within('the server to take the large board', seeder.acknowledged(), 60_000);
  return { boardId, seeder, doc, state: Y.decodeStateVector(Y.encodeStateVector(doc)), bytes: Y.encodeStateAsUpdate(doc).byteLength };
}

/** Time from opening a socket until a fresh client holds the whole board. */
async function timeToSynced(target: BenchTarget, boardId: string, state: Map<number, number>): Promise<number> {
  const started = performance.now();
  const doc = new Y.Doc();
  let done!: (at: number) => void;
  const holdsEverything = new Promise<number>((resolve) => (done = resolve));
  const client = await SyncClient.open(target.syncUrl(boardId), {
    doc,
    onUpdate: () => {
      if (holdsState(doc, state)) done(performance.now() - started);
    },
  });
  const ms = await within('a fresh client to hold the whole board', holdsEverything, 60_000);
  await client.close();
  doc.destroy();
  return ms;
}

interface ColdLoadRun {
  boardBytes: number;
  fromMemoryMs: number[];
  fromStorageMs: number[];
}

/**
 * Seeds the large board on both servers, then times fresh clients in alternating rounds: first
 * with the seeder still connected (the board in memory), then after each server has unloaded it.
 */
async function coldLoads(targets: BenchTarget[], size: LargeBoardSize, rounds: number, context: ScenarioContext): Promise<ColdLoadRun[]> {
  const seeded: { target: BenchTarget; board: SeededBoard; run: ColdLoadRun }[] = [];
  for (const target of targets) {
    const board = await seedLargeBoard(target, size);
    seeded.push({ target, board, run: { boardBytes: board.bytes, fromMemoryMs: [], fromStorageMs: [] } });
  }
  for (let round = 0; round < rounds; round++) {
    for (const { target, board, run } of seeded) run.fromMemoryMs.push(await timeToSynced(target, board.boardId, board.state));
  }
  for (const { board } of seeded) await board.seeder.close();
  for (let round = 0; round < rounds; round++) {
    for (const { target, board, run } of seeded) {
      await waitUntilUnloaded(target);
      run.fromStorageMs.push(await timeToSynced(target, board.boardId, board.state));
    }
  }
  for (const { target, run } of seeded) {
    context.log(
      `${target.label}: board of ${(run.boardBytes / 1024).toFixed(0)} KiB; from memory ${run.fromMemoryMs.map((ms) => ms.toFixed(0)).join(', ')} ms; from storage ${run.fromStorageMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
    );
  }
  return seeded.map(({ run }) => run);
}

/** Partnerboard says when it has unloaded a board; the reference drops it as the last client leaves and writes LevelDB in the background. */
async function waitUntilUnloaded(target: BenchTarget): Promise<void> {
  if ((await target.boardsLoaded()) === null) return sleep(1000);
  await waitFor(`${target.label} to unload the board`, async () => (await target.boardsLoaded()) === 0, 30_000, 25);
}

export const coldLoadScenario: Scenario = {
  name: 'cold-load',
  summary: 'a board of 2,000 actions and 100 goals: time for a fresh client to hold all of it, from storage and from memory',
  async run(context) {
    const size = { goals: 100, actions: 2000 };
    // Each open mostly times the client applying 1 MiB, and five moved by 2× from one to the next:
    // eleven give a median that holds from run to run.
    const rounds = context.quick ? 2 : 11;
    const { partnerboard, reference } = await withTargets(
      {
        partnerboard: () => startPartnerboard({ unloadAfterMs, profile: context.profile, store: context.store }),
        // The reference's own storage (y-leveldb, YPERSISTENCE): it unloads a board when its last client leaves.
        reference: () => startReference({ label: 'reference with y-leveldb', leveldb: true, profile: context.profile }),
      },
      async (targets) => {
        const [partnerboard, reference] = await coldLoads([targets.partnerboard, targets.reference], size, rounds, context);
        return { partnerboard: partnerboard as ColdLoadRun, reference: reference as ColdLoadRun };
      },
    );
    const scenario = `cold load, ${size.actions} actions`;
    const rows: ResultRow[] = [
      { scenario, measure: `median time to fully synced, from storage (${rounds} rounds)`, unit: 'ms', better: 'lower', partnerboard: median(partnerboard.fromStorageMs), reference: median(reference.fromStorageMs), note: 'reference stores in y-leveldb' },
      { scenario, measure: `median time to fully synced, from memory (${rounds} rounds)`, unit: 'ms', better: 'lower', partnerboard: median(partnerboard.fromMemoryMs), reference: median(reference.fromMemoryMs) },
    ];
    return { rows, details: { size, rounds, unloadAfterMs, partnerboard, reference } };
  },
};
