import type { ActivityEntry, ActivityLine, Role } from '@partnerboard/protocol';
import type { ActivityLines, ActivityLinesQuery } from './ActivityLines.ts';
import type { ActivityLog } from './ActivityLog.ts';
import type {
  BoardDirectory,
  BoardRecord,
  NewBoard,
  NewPersonalLink,
  PersonalLink,
  SealedTokens,
  TokenHashes,
} from './BoardDirectory.ts';
import type { BoardStore } from './BoardStore.ts';
import type { NamedSnapshot, NamedSnapshots, NamedSnapshotSummary, NewNamedSnapshot } from './NamedSnapshots.ts';
import type { AttributedUpdate, StoredBoard, UpdateLog, WriterFence } from './UpdateLog.ts';

/** One implementation of each of a store's jobs, over the same storage. */
export interface StoreParts {
  updateLog: UpdateLog;
  namedSnapshots: NamedSnapshots;
  directory: BoardDirectory;
  activityLog: ActivityLog;
  activityLines: ActivityLines;
}

/** A BoardStore made of one part per job, each method handed to the part whose job it is. */
export abstract class ComposedBoardStore implements BoardStore {
  private readonly parts: StoreParts;

  protected constructor(parts: StoreParts) {
    this.parts = parts;
  }

  abstract close(): Promise<void>;

  claimBoard(boardId: string): Promise<WriterFence> {
    return this.parts.updateLog.claimBoard(boardId);
  }

  appendUpdates(boardId: string, afterSeq: number | null, updates: readonly AttributedUpdate[], fence?: WriterFence): Promise<number> {
    return this.parts.updateLog.appendUpdates(boardId, afterSeq, updates, fence);
  }

  loadBoard(boardId: string): Promise<StoredBoard | null> {
    return this.parts.updateLog.loadBoard(boardId);
  }

  compact(boardId: string, snapshot: Uint8Array, uptoSeq: number, fence?: WriterFence): Promise<void> {
    return this.parts.updateLog.compact(boardId, snapshot, uptoSeq, fence);
  }

  saveNamedSnapshot(snapshot: NewNamedSnapshot, maxSnapshots: number): Promise<void> {
    return this.parts.namedSnapshots.saveNamedSnapshot(snapshot, maxSnapshots);
  }

  namedSnapshots(boardId: string): Promise<NamedSnapshotSummary[]> {
    return this.parts.namedSnapshots.namedSnapshots(boardId);
  }

  namedSnapshot(boardId: string, snapshotId: string): Promise<NamedSnapshot | null> {
    return this.parts.namedSnapshots.namedSnapshot(boardId, snapshotId);
  }

  deleteNamedSnapshot(boardId: string, snapshotId: string): Promise<boolean> {
    return this.parts.namedSnapshots.deleteNamedSnapshot(boardId, snapshotId);
  }

  createBoard(board: NewBoard): Promise<void> {
    return this.parts.directory.createBoard(board);
  }

  getBoard(boardId: string): Promise<BoardRecord | null> {
    return this.parts.directory.getBoard(boardId);
  }

  setTitle(boardId: string, title: string): Promise<void> {
    return this.parts.directory.setTitle(boardId, title);
  }

  tokenHashes(boardId: string): Promise<TokenHashes | null> {
    return this.parts.directory.tokenHashes(boardId);
  }

  rotateToken(boardId: string, role: Role, tokenHash: Uint8Array, sealed?: Partial<SealedTokens>): Promise<void> {
    return this.parts.directory.rotateToken(boardId, role, tokenHash, sealed);
  }

  sealedTokens(boardId: string): Promise<SealedTokens | null> {
    return this.parts.directory.sealedTokens(boardId);
  }

  createPersonalLink(link: NewPersonalLink, maxLinks: number): Promise<void> {
    return this.parts.directory.createPersonalLink(link, maxLinks);
  }

  personalLinks(boardId: string): Promise<PersonalLink[]> {
    return this.parts.directory.personalLinks(boardId);
  }

  personalLinkByTokenHash(boardId: string, tokenHash: Uint8Array): Promise<(PersonalLink & { tokenHash: Uint8Array }) | null> {
    return this.parts.directory.personalLinkByTokenHash(boardId, tokenHash);
  }

  withdrawPersonalLink(boardId: string, linkId: string, at: string): Promise<PersonalLink | null> {
    return this.parts.directory.withdrawPersonalLink(boardId, linkId, at);
  }

  deleteBoard(boardId: string): Promise<boolean> {
    return this.parts.directory.deleteBoard(boardId);
  }

  activity(boardId: string, limit: number): Promise<ActivityEntry[]> {
    return this.parts.activityLog.activity(boardId, limit);
  }

  saveActivityLines(boardId: string, lines: readonly ActivityLine[], keep: number): Promise<void> {
    return this.parts.activityLines.saveActivityLines(boardId, lines, keep);
  }

  activityLines(boardId: string, query: ActivityLinesQuery): Promise<ActivityLine[]> {
    return this.parts.activityLines.activityLines(boardId, query);
  }
}
