import type Database from 'better-sqlite3';

/** When the store folds its write-ahead log into the database file (see Checkpoints). */
export interface CheckpointPolicy {
  /** After a pause of this long without a commit (the store looks every `idleMs`, so up to twice this). */
  idleMs: number;
  /** Or after this many commits without such a pause (a commit here writes a few pages; SQLite's own default is every 1,000 pages). */
  maxCommits: number;
}

export const defaultCheckpoints: CheckpointPolicy = { idleMs: 250, maxCommits: 200 };

/**
 * Runs the database's checkpoints, which copy the WAL into the database file and sync both to
 * disk, during which, SQLite being synchronous, the server reads and sends nothing. Left to SQLite
 * (every 1,000 pages) one would run inside whichever commit crossed the line, holding up that edit
 * and everything behind it; here it runs once commits pause for `idleMs`, as they do between bursts
 * of typing in a meeting, and inside a commit only after `maxCommits` without a pause, which bounds
 * the WAL's growth. Every write counts as a commit.
 */
export class Checkpoints {
  private readonly timer: NodeJS.Timeout;
  private timerArmed = true;
  private commitsSinceCheckpoint = 0;
  /** commitsSinceCheckpoint when the timer last fired: unchanged at the next firing means a pause. */
  private commitsAtLastLook = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly policy: CheckpointPolicy,
    /** Told of a failed checkpoint; the log is kept and tried again. */
    private readonly onError: (error: unknown) => void,
  ) {
    this.db.pragma('wal_autocheckpoint = 0');
    this.timer = setTimeout(() => this.checkpointIfPaused(), policy.idleMs);
    this.timer.unref();
  }

  /** Counts a commit: checkpoints now after `maxCommits`, or soon after a pause. */
  committed(): void {
    this.commitsSinceCheckpoint += 1;
    if (this.commitsSinceCheckpoint >= this.policy.maxCommits) this.checkpoint();
    else this.armTimer();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  /**
   * The timer is not moved on by every commit, which would cost every commit a timer refresh: it
   * fires every `idleMs` while commits go on, and checkpoints once a whole period passed without
   * one, so between `idleMs` and twice that after the last.
   */
  private checkpointIfPaused(): void {
    this.timerArmed = false;
    if (this.commitsSinceCheckpoint === 0) return;
    if (this.commitsSinceCheckpoint === this.commitsAtLastLook) this.checkpoint();
    else {
      this.commitsAtLastLook = this.commitsSinceCheckpoint;
      this.armTimer();
    }
  }

  private armTimer(): void {
    if (this.timerArmed) return;
    this.timerArmed = true;
    this.timer.refresh();
  }

  private checkpoint(): void {
    if (this.commitsSinceCheckpoint === 0 || !this.db.open) return;
    // PASSIVE: copies what no reader needs and never waits for one.
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
      this.commitsSinceCheckpoint = 0;
      this.commitsAtLastLook = 0;
    } catch (error) {
      // Every commit is already durable in the log; the next pause tries again.
      this.onError(error);
      this.commitsAtLastLook = 0;
      this.armTimer();
    }
  }
}
