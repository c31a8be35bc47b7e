import type { Author, Board } from '@partnerboard/board';
import type { CreateSnapshotRequest, SnapshotBoardResponse, SnapshotSummary, SnapshotsResponse } from '@partnerboard/protocol';
import { readBoardMemory } from '../../sync/boardMemory';
import { request } from '../../sync/boardApi';

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/snapshots`;
const tokenOf = (boardId: string) => readBoardMemory(boardId).token ?? '';

/** POST /api/boards/:id/snapshots: stores the board as the server has it now. */
export function takeSnapshot(boardId: string, body: CreateSnapshotRequest): Promise<SnapshotSummary> {
  return request(base(boardId), { method: 'POST', body: JSON.stringify(body), token: tokenOf(boardId) });
}

/** GET /api/boards/:id/snapshots: the board's snapshots, newest first. */
export async function fetchSnapshots(boardId: string): Promise<SnapshotSummary[]> {
  return (await request<SnapshotsResponse>(base(boardId), { token: tokenOf(boardId) })).snapshots;
}

/** A snapshot with the board as it was then. */
export interface SnapshotBoard {
  snapshot: SnapshotSummary;
  board: Board;
}

/** GET /api/boards/:id/snapshots/:sid: the board as it was, read by the server's board package (authors come as an object). */
export async function fetchSnapshotBoard(boardId: string, snapshotId: string): Promise<SnapshotBoard> {
  const answer = await request<SnapshotBoardResponse>(`${base(boardId)}/${encodeURIComponent(snapshotId)}`, { token: tokenOf(boardId) });
  const board = answer.board as Omit<Board, 'authors'> & { authors: Record<string, Author> };
  const authors = new Map(Object.entries(board.authors).map(([clientId, author]) => [Number(clientId), author]));
  return { snapshot: answer.snapshot, board: { ...board, authors } };
}
