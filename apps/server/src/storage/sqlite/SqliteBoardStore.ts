import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ComposedBoardStore } from '../ComposedBoardStore.ts';
import type { SqliteSynchronous } from '../../config.ts';
import { Checkpoints, defaultCheckpoints, type CheckpointPolicy } from './Checkpoints.ts';
import { migrate } from './schema.ts';
import { SqliteActivityLines } from './SqliteActivityLines.ts';
import { SqliteActivityLog } from './SqliteActivityLog.ts';
import { SqliteBoardDirectory } from './SqliteBoardDirectory.ts';
import { SqliteNamedSnapshots } from './SqliteNamedSnapshots.ts';
import { SqliteUpdateLog } from './SqliteUpdateLog.ts';

export type { CheckpointPolicy } from './Checkpoints.ts';

/**
 * Updates after which a turn's group commits at once, before the turn ends. Under load one turn
 * reads a whole socket's worth of edits from every writer, and holding them all, and then their
 * frames to every reader, until the end of the turn keeps them alive long enough to be promoted to
 * V8's old generation. A meeting's edits come one a turn, and are not affected.
 */
const defaultCommitAtUpdates = 16;

/** How many boards' token hashes are kept in memory (see TokenCache): about 0.5 KiB each. */
const defaultTokenCacheBoards = 2048;

export interface SqliteStoreOptions {
  synchronous?: SqliteSynchronous;
  checkpoints?: CheckpointPolicy;
  /** How many boards' token hashes to keep in memory (default 2,048). */
  tokenCacheBoards?: number;
  /**
   * Updates after which the appends waiting for this turn's group commit are committed at once
   * (default 16, see defaultCommitAtUpdates). With synchronous=FULL, where every commit is a disk
   * flush, the default is to wait for the end of the turn however many there are.
   */
  commitAtUpdates?: number;
  /** Told of a failure no caller is waiting for (a checkpoint); the log is kept and tried again. */
  onBackgroundError?: (error: unknown, what: string) => void;
}

/**
 * Boards in one SQLite file (WAL mode): the update log, named snapshots, board directory,
 * activity log and activity lines over one connection, whose checkpoints they share. With synchronous=NORMAL (the
 * default) a commit is written to the WAL, in the OS page cache, before it returns, so an appended
 * update survives a killed process; synchronous=FULL also fsyncs the WAL on every commit, so it
 * survives a power cut, at one disk flush per commit.
 */
export class SqliteBoardStore extends ComposedBoardStore {
  private readonly db: Database.Database;
  private readonly checkpoints: Checkpoints;
  private readonly log: SqliteUpdateLog;

  /** Opens (creating if needed) `partnerboard.sqlite` in `dataDir`. */
  static open(dataDir: string, options: SqliteStoreOptions = {}): SqliteBoardStore {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteBoardStore(join(dataDir, 'partnerboard.sqlite'), options);
  }

  constructor(
    file: string,
    {
      synchronous = 'normal',
      checkpoints = defaultCheckpoints,
      tokenCacheBoards = defaultTokenCacheBoards,
      commitAtUpdates = synchronous === 'full' ? Number.POSITIVE_INFINITY : defaultCommitAtUpdates,
      onBackgroundError = (error, what) => console.error(`SQLite ${what} failed:`, error),
    }: SqliteStoreOptions = {},
  ) {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    const checkpointer = new Checkpoints(db, checkpoints, (error) => onBackgroundError(error, 'checkpoint'));
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    const committed = () => checkpointer.committed();
    const activityLog = new SqliteActivityLog(db);
    const updateLog = new SqliteUpdateLog(db, activityLog, committed, commitAtUpdates);
    const lifecycle = { created: (id: string, state: Uint8Array) => updateLog.start(id, state), deleting: (id: string) => updateLog.forget(id) };
    super({
      updateLog,
      namedSnapshots: new SqliteNamedSnapshots(db, committed),
      directory: new SqliteBoardDirectory(db, lifecycle, committed, tokenCacheBoards),
      activityLog,
      activityLines: new SqliteActivityLines(db, committed),
    });
    this.db = db;
    this.checkpoints = checkpointer;
    this.log = updateLog;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.log.commitAppends();
    this.checkpoints.stop();
    this.db.close();
  }
}
