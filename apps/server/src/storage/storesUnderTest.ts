import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BoardStore } from './BoardStore.ts';
import { InMemoryBoardStore } from './memory/InMemoryBoardStore.ts';
import { PgBoardStore } from './postgres/PgBoardStore.ts';
import { dropTestSchema, newTestSchema, testDatabaseUrl } from './postgres/testDatabase.ts';
import { SqliteBoardStore } from './sqlite/SqliteBoardStore.ts';

/** A store for a contract test, with what it takes to reopen it and to remove what it left behind. */
export interface StoreUnderTest {
  open(): BoardStore;
  /** Closes the store and opens it again from what it persisted, when it persists anything. */
  reopen: ((store: BoardStore) => Promise<BoardStore>) | null;
  cleanUp(): Promise<void>;
}

/** Every BoardStore implementation by name, for `describe.each`: each contract test runs against all of them. */
export const storesUnderTest: [string, () => StoreUnderTest][] = [
  ['InMemoryBoardStore', () => ({ open: () => new InMemoryBoardStore(), reopen: null, cleanUp: async () => {} })],
  [
    'SqliteBoardStore',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'partnerboard-store-'));
      return {
        open: () => SqliteBoardStore.open(dir),
        reopen: async (store) => {
          await store.close();
          return SqliteBoardStore.open(dir);
        },
        cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'PgBoardStore',
    () => {
      // A schema of its own (created by the store, dropped after the test) in the tests' database.
      const schema = newTestSchema();
      return {
        open: () => new PgBoardStore(testDatabaseUrl, { schema }),
        reopen: async (store) => {
          await store.close();
          return PgBoardStore.open(testDatabaseUrl, { schema });
        },
        cleanUp: () => dropTestSchema(schema),
      };
    },
  ],
];
