import type { APIRequestContext } from '@playwright/test';

export interface CreatedBoard {
  id: string;
  tokens: { facilitator: string; editor: string; viewer: string };
}

/** Creates a board through the real HTTP API, as the start page does. */
export async function createBoard(
  request: APIRequestContext,
  input: { title: string; purpose?: string; template?: string } = { title: 'E2E board' },
): Promise<CreatedBoard> {
  const response = await request.post('/api/boards', { data: input });
  if (response.status() !== 201) {
    throw new Error(`POST /api/boards answered ${response.status()}: ${await response.text()}`);
  }
  return (await response.json()) as CreatedBoard;
}

/** The share link a person would open: the token rides in the fragment, never in server logs. */
export function boardLink(board: CreatedBoard, role: keyof CreatedBoard['tokens'], view = 'board'): string {
  return `/b/${board.id}/${view}#token=${board.tokens[role]}`;
}
