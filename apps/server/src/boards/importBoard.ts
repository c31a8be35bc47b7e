import * as Y from 'yjs';
import { readTitle } from '@partnerboard/board';
import { restoreBoard } from '@partnerboard/board/export';
import { roles, type CreateBoardResponse, type Role } from '@partnerboard/protocol';
import { generateBoardId, generateToken, hashToken } from '../auth/tokens.ts';
import type { BoardStore, TokenHashes } from '../storage/BoardStore.ts';
import type { CreateBoardOptions } from './createBoard.ts';
import { sealNewTokens } from './shareLinks.ts';

/**
 * Creates a new board from a JSON backup (see @partnerboard/board/export): its document is built by
 * the board package, which refuses a malformed or hostile backup with a BoardError before anything
 * is stored. The board gets a new id and its own links, as one made by createBoard does.
 */
export async function importBoard(store: BoardStore, backup: unknown, { now = new Date(), keep }: CreateBoardOptions = {}): Promise<CreateBoardResponse> {
  const id = generateBoardId();
  const doc = new Y.Doc({ guid: id });
  try {
    restoreBoard(doc, backup);
  } catch (error) {
    doc.destroy();
    throw error;
  }
  const title = readTitle(doc);
  const tokens = Object.fromEntries(roles.map((role) => [role, generateToken()])) as Record<Role, string>;
  const tokenHashes = Object.fromEntries(roles.map((role) => [role, hashToken(tokens[role])])) as TokenHashes;
  const initialState = Y.encodeStateAsUpdate(doc);
  await store.createBoard({ id, title, createdAt: now.toISOString(), tokenHashes, sealedTokens: sealNewTokens(id, tokens), initialState });
  if (keep) keep(id, doc, initialState);
  else doc.destroy();
  return { id, tokens };
}
