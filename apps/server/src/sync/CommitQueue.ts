/**
 * Collects updates and commits them in batches: everything that arrives while one batch is being
 * committed (or in the same task, such as the frames of one read from a socket) goes into the
 * next. Batches commit one at a time and in arrival order; `committed` runs only after the store
 * has made a batch durable.
 *
 * A batch starts at the end of the task that added to it, not on the next turn of the event loop:
 * the SQLite store already waits for the end of the turn to commit every board's batches in one
 * transaction, and waiting a turn here as well kept every edit one more turn from being shared.
 */
export class CommitQueue<Entry> {
  private pending: Entry[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly commit: (batch: Entry[]) => Promise<number>,
    private readonly committed: (batch: Entry[], lastSeq: number) => void,
    private readonly failed: (batch: Entry[], error: unknown) => void,
  ) {}

  add(entry: Entry): void {
    this.pending.push(entry);
    this.running ??= Promise.resolve().then(() => this.drain());
  }

  /** Resolves once everything added so far is committed (or has failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        let lastSeq: number;
        try {
          lastSeq = await this.commit(batch);
        } catch (error) {
          this.failed(batch, error);
          continue;
        }
        this.committed(batch, lastSeq);
      }
    } finally {
      this.running = null;
    }
  }
}
