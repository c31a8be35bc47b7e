import * as Y from 'yjs';
import { initBoard, recordedTemplateNames, templateNames, type RecordedTemplateName } from '@partnerboard/board';
import { roles, type CreateBoardResponse, type Role } from '@partnerboard/protocol';
import { generateBoardId, generateToken, hashToken } from '../auth/tokens.ts';
import type { BoardStore, TokenHashes } from '../storage/BoardStore.ts';
import { sealNewTokens } from './shareLinks.ts';

export interface NewBoardInput {
  title: string;
  purpose?: string | undefined;
  template?: string | undefined;
}

/** An offered template, or a retired one (which gets its replacement). */
function isTemplateName(name: string): name is RecordedTemplateName {
  return (recordedTemplateNames as readonly string[]).includes(name);
}

/** Thrown for a template name the board package does not know. */
export class UnknownTemplateError extends Error {
  override readonly name = 'UnknownTemplateError';
}

export interface CreateBoardOptions {
  now?: Date;
  /**
   * Takes the new board's document once it is stored (its creator usually opens it next, so the
   * server can keep it rather than read back what it just wrote); without it the document is freed.
   */
  keep?: (boardId: string, doc: Y.Doc, encoded: Uint8Array) => void;
}

/**
 * Creates a board: a document set up by the board package (title, purpose, template), stored as
 * the board's first snapshot, and one fresh capability token per role, of which only the hashes
 * are kept, with the editor and viewer tokens sealed under the facilitator's (see shareLinks.ts).
 * Throws the board package's BoardError for an invalid title or purpose.
 */
export async function createBoard(
  store: BoardStore,
  input: NewBoardInput,
  { now = new Date(), keep }: CreateBoardOptions = {},
): Promise<CreateBoardResponse> {
  const template = input.template ?? 'blank';
  if (!isTemplateName(template)) {
    throw new UnknownTemplateError(`There is no template called "${template}". Choose one of: ${templateNames.join(', ')}.`);
  }
  const id = generateBoardId();
  // Named by the board id: a Y.Doc without a guid draws a random UUID from 31 crypto calls.
  const doc = new Y.Doc({ guid: id });
  initBoard(doc, { title: input.title, purpose: input.purpose, template, now });
  const tokens = Object.fromEntries(roles.map((role) => [role, generateToken()])) as Record<Role, string>;
  const tokenHashes = Object.fromEntries(roles.map((role) => [role, hashToken(tokens[role])])) as TokenHashes;
  const initialState = Y.encodeStateAsUpdate(doc);
  const sealedTokens = sealNewTokens(id, tokens);
  await store.createBoard({ id, title: input.title, createdAt: now.toISOString(), tokenHashes, sealedTokens, initialState });
  if (keep) keep(id, doc, initialState);
  else doc.destroy();
  return { id, tokens };
}
