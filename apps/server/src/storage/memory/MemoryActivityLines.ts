import type { ActivityLine } from '@partnerboard/protocol';
import { newestFirst, type ActivityLines, type ActivityLinesQuery } from '../ActivityLines.ts';

/** Activity lines in process memory, by board. */
export class MemoryActivityLines implements ActivityLines {
  private readonly boards = new Map<string, Map<string, { line: ActivityLine; seq: number }>>();
  private seq = 0;

  constructor(
    /** Whether the store has the board. */
    private readonly has: (boardId: string) => boolean,
  ) {}

  async saveActivityLines(boardId: string, lines: readonly ActivityLine[], keep: number): Promise<void> {
    if (!this.has(boardId)) return;
    const stored = this.boards.get(boardId) ?? new Map<string, { line: ActivityLine; seq: number }>();
    this.boards.set(boardId, stored);
    for (const line of lines) {
      const seq = stored.get(line.id)?.seq ?? (this.seq += 1);
      stored.set(line.id, { line: { ...line }, seq });
    }
    for (const { line } of [...stored.values()].sort(newestFirst).slice(keep)) stored.delete(line.id);
  }

  async activityLines(boardId: string, { limit, partner, person }: ActivityLinesQuery): Promise<ActivityLine[]> {
    return [...(this.boards.get(boardId)?.values() ?? [])]
      .filter(({ line }) => (partner === undefined || line.organisation === partner) && (person === undefined || line.name === person))
      .sort(newestFirst)
      .slice(0, limit)
      .map(({ line }) => ({ ...line }));
  }

  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}
