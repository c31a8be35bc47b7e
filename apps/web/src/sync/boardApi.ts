import type {
  BoardAccessResponse,
  CreateBoardResponse,
  CreatePersonalLinkRequest,
  CreatePersonalLinkResponse,
  CurrentTokensResponse,
  PersonalLinksResponse,
  Role,
  RotateTokenResponse,
  WithdrawPersonalLinkResponse,
} from '@partnerboard/protocol';

/** A refusal or failure of the board API, with the server's message for the user. */
export class BoardApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    /** The server's error code, e.g. 'forbidden', or 'network' when unreachable. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BoardApiError';
  }

  /** The link's token is missing, wrong or was rotated. */
  get isBadLink(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }

  /** The link was a personal link that the facilitator has withdrawn. */
  get isWithdrawn(): boolean {
    return this.code === 'link_withdrawn';
  }

  get isUnreachable(): boolean {
    return this.status === 0;
  }
}

export type ShareTokens = CreateBoardResponse['tokens'];
export type CreatedBoard = CreateBoardResponse;
export type BoardAccess = BoardAccessResponse;

/** A JSON call of the board API; a refusal or failure throws BoardApiError with the server's message. */
export async function request<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new BoardApiError(0, 'network', 'The Partnerboard server cannot be reached. Check your connection.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    throw new BoardApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : `http_${response.status}`,
      typeof error?.message === 'string' ? error.message : `The server answered ${response.status}.`,
    );
  }
  return body as T;
}

/** POST /api/boards: makes a board and its three share links. */
export function createBoard(input: { title: string; purpose?: string; template?: string }): Promise<CreatedBoard> {
  return request<CreatedBoard>('/api/boards', { method: 'POST', body: JSON.stringify(input) });
}

/** GET /api/boards/:id: which role this link's token grants on the board. */
export function fetchBoardAccess(boardId: string, token: string): Promise<BoardAccess> {
  return request<BoardAccess>(`/api/boards/${encodeURIComponent(boardId)}`, { token });
}

/** POST /api/boards/:id/tokens/:role/rotate: a new link for a role; the old one stops working at once. */
export function rotateToken(boardId: string, role: Role, facilitatorToken: string): Promise<RotateTokenResponse> {
  return request(`/api/boards/${encodeURIComponent(boardId)}/tokens/${role}/rotate`, {
    method: 'POST',
    token: facilitatorToken,
  });
}

/** GET /api/boards/:id/tokens: the current share links (null: one the server cannot show, made before links could be shown on every device). */
export function fetchCurrentTokens(boardId: string, facilitatorToken: string): Promise<CurrentTokensResponse> {
  return request(`/api/boards/${encodeURIComponent(boardId)}/tokens`, { token: facilitatorToken });
}

/** POST /api/boards/:id/links: a personal link for one named person; its token is shown this once. */
export function createPersonalLink(boardId: string, input: CreatePersonalLinkRequest, facilitatorToken: string): Promise<CreatePersonalLinkResponse> {
  return request(`/api/boards/${encodeURIComponent(boardId)}/links`, { method: 'POST', body: JSON.stringify(input), token: facilitatorToken });
}

/** GET /api/boards/:id/links: the board's personal links (withdrawn ones too), without their tokens. */
export function fetchPersonalLinks(boardId: string, facilitatorToken: string): Promise<PersonalLinksResponse> {
  return request(`/api/boards/${encodeURIComponent(boardId)}/links`, { token: facilitatorToken });
}

/** DELETE /api/boards/:id/links/:linkId: withdraws a personal link; whoever holds it is disconnected at once. */
export function withdrawPersonalLink(boardId: string, linkId: string, facilitatorToken: string): Promise<WithdrawPersonalLinkResponse> {
  return request(`/api/boards/${encodeURIComponent(boardId)}/links/${encodeURIComponent(linkId)}`, { method: 'DELETE', token: facilitatorToken });
}

/** DELETE /api/boards/:id: deletes the board for everyone, with every link to it. */
export function deleteBoard(boardId: string, facilitatorToken: string): Promise<void> {
  return request<null>(`/api/boards/${encodeURIComponent(boardId)}`, { method: 'DELETE', token: facilitatorToken }).then(() => undefined);
}
