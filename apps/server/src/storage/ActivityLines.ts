import type { ActivityLine } from '@partnerboard/protocol';

/** Which of a board's activity lines to read: the newest `limit`, of one organisation and of one person when given. */
export interface ActivityLinesQuery {
  limit: number;
  /** An organisation's name, as the lines give it. */
  partner?: string;
  /** A person's name, as the lines give it. */
  person?: string;
}

/**
 * A board's activity in words (sync/activityLinesExtension.ts writes it from the changes each
 * applied update made), kept bounded per board and deleted with the board.
 */
export interface ActivityLines {
  /**
   * Stores `lines`; one whose id is stored already replaces it (more changes were folded into it).
   * Keeps the board's newest `keep`. Lines of a board the store does not have are dropped.
   */
  saveActivityLines(boardId: string, lines: readonly ActivityLine[], keep: number): Promise<void>;
  /** The board's lines that match, newest first (by their last change); none for an unknown board. */
  activityLines(boardId: string, query: ActivityLinesQuery): Promise<ActivityLine[]>;
}

/** Newest first: by the time of the last change, then by the order they were stored. */
export function newestFirst(a: { line: ActivityLine; seq: number }, b: { line: ActivityLine; seq: number }): number {
  if (a.line.at !== b.line.at) return a.line.at < b.line.at ? 1 : -1;
  return b.seq - a.seq;
}
