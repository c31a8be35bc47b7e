import { ComposedBoardStore } from '../ComposedBoardStore.ts';
import { PgActivityLines } from './PgActivityLines.ts';
import { PgActivityLog } from './PgActivityLog.ts';
import { PgBoardDirectory } from './PgBoardDirectory.ts';
import { PgDatabase, type PgStoreOptions } from './PgDatabase.ts';
import { PgNamedSnapshots } from './PgNamedSnapshots.ts';
import { PgUpdateLog } from './PgUpdateLog.ts';

export type { PgStoreOptions } from './PgDatabase.ts';

/**
 * Boards in PostgreSQL, for several server processes sharing them: the update log, named
 * snapshots, board directory, activity log and activity lines over one pool of connections. Every
 * write resolves once it is committed; when the database cannot be reached every method rejects
 * with a StoreUnavailableError, until it can be again.
 */
export class PgBoardStore extends ComposedBoardStore {
  private readonly db: PgDatabase;

  /** Connects to `url` and brings its schema up to date; rejects with StoreUnavailableError when it cannot. */
  static async open(url: string, options: PgStoreOptions = {}): Promise<PgBoardStore> {
    const store = new PgBoardStore(url, options);
    try {
      await store.ready();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** A store whose schema is brought up to date before its first statement runs (see `open` to wait for that). */
  constructor(url: string, options: PgStoreOptions = {}) {
    const db = new PgDatabase(url, options);
    const activityLog = new PgActivityLog(db);
    super({
      updateLog: new PgUpdateLog(db, activityLog),
      namedSnapshots: new PgNamedSnapshots(db),
      directory: new PgBoardDirectory(db),
      activityLog,
      activityLines: new PgActivityLines(db),
    });
    this.db = db;
  }

  /** Resolves once the schema is up to date. */
  ready(): Promise<void> {
    return this.db.ready();
  }

  /** Whether PostgreSQL answers within two seconds. */
  health(): Promise<boolean> {
    return this.db.health();
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
