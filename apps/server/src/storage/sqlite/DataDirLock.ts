import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Thrown when another server process already holds the data directory. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

/**
 * Holds a data directory for one server process. Two servers on the same boards would each keep
 * their own copy of a board in memory and number its updates on their own: the second one's
 * commits would be refused, and its people would be disconnected again and again. So the second
 * refuses to start instead.
 *
 * The lock is a small SQLite file (`partnerboard.lock`) in exclusive locking mode, written once:
 * SQLite then keeps its exclusive lock until the connection closes, and the operating system drops
 * it when the process ends, however it ends (SIGKILL included), so a restart after a crash finds it
 * free. The boards' own database keeps SQLite's normal locking, so that a backup
 * (`sqlite3 partnerboard.sqlite ".backup ..."`) can read it while the server runs.
 */
export class DataDirLock {
  private constructor(private readonly db: Database.Database) {}

  static acquire(dataDir: string): DataDirLock {
    mkdirSync(dataDir, { recursive: true });
    // No busy timeout: a lock held by another server is not going to be let go in a moment.
    const db = new Database(join(dataDir, 'partnerboard.lock'), { timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      // What it holds does not matter, only the lock: no journal file beside it.
      db.pragma('journal_mode = MEMORY');
      db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL)');
      db.transaction(() => {
        db.exec('DELETE FROM holder');
        db.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
      })();
    } catch (error) {
      db.close();
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_BUSY') {
        throw new DataDirInUseError(
          `Another Partnerboard server is using the data directory ${dataDir}. Stop that one first, or give this one a different DATA_DIR.`,
        );
      }
      throw error;
    }
    return new DataDirLock(db);
  }

  release(): void {
    if (this.db.open) this.db.close();
  }
}
