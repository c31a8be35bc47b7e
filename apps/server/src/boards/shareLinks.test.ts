import { describe, expect, it } from 'vitest';
import { tokenSeal } from '../auth/sealedTokens.ts';
import { generateToken, hashToken } from '../auth/tokens.ts';
import { InMemoryBoardStore } from '../storage/memory/InMemoryBoardStore.ts';
import { createBoard } from './createBoard.ts';
import { currentTokens, replaceLink } from './shareLinks.ts';

describe('share links shown to the facilitator', () => {
  async function newBoard() {
    const store = new InMemoryBoardStore();
    return { store, board: await createBoard(store, { title: 'Discharge plan' }) };
  }

  it('are the tokens the board was made with, and only for its facilitator token', async () => {
    const { store, board } = await newBoard();
    expect(await currentTokens(store, board.id, board.tokens.facilitator)).toEqual(board.tokens);
    expect(await currentTokens(store, board.id, generateToken())).toEqual({ facilitator: expect.any(String), editor: null, viewer: null });
    expect(await currentTokens(store, 'NoSuchBoard0000', board.tokens.facilitator)).toBeNull();
  });

  it('follow each replaced link, and stay with a replaced facilitator link', async () => {
    const { store, board } = await newBoard();
    const editor = await replaceLink(store, board.id, 'editor', board.tokens.facilitator);
    const facilitator = await replaceLink(store, board.id, 'facilitator', board.tokens.facilitator);
    expect(await currentTokens(store, board.id, facilitator)).toEqual({ facilitator, editor, viewer: board.tokens.viewer });
    expect(await currentTokens(store, board.id, board.tokens.facilitator)).toMatchObject({ editor: null, viewer: null });
  });

  it('never show a sealed token that is not the current link (two replacements crossed)', async () => {
    const { store, board } = await newBoard();
    const seal = tokenSeal(board.id, board.tokens.facilitator);
    // The editor link replaced while the old token's seal was written back.
    await store.rotateToken(board.id, 'editor', hashToken(generateToken()), { editor: seal.seal(board.tokens.editor, 'editor') });
    expect(await currentTokens(store, board.id, board.tokens.facilitator)).toEqual({ ...board.tokens, editor: null });
    // A new facilitator link stored without sealing the others again: they open to nothing, and a replacement seals afresh.
    const facilitator = generateToken();
    await store.rotateToken(board.id, 'facilitator', hashToken(facilitator));
    expect(await currentTokens(store, board.id, facilitator)).toEqual({ facilitator, editor: null, viewer: null });
    const viewer = await replaceLink(store, board.id, 'viewer', facilitator);
    expect(await currentTokens(store, board.id, facilitator)).toEqual({ facilitator, editor: null, viewer });
  });
});
