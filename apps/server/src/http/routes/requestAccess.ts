import type { IncomingMessage } from 'node:http';
import type { ApiErrorCode } from '@partnerboard/protocol';
import { refusalMessage, refusalStatus, type Access, type AccessRefusal, type BoardAccess } from '../../auth/BoardAccess.ts';
import { bearerToken } from '../../auth/tokens.ts';
import { ApiError } from '../responses.ts';

const refusalCode: Record<AccessRefusal, ApiErrorCode> = {
  missing_token: 'unauthorized',
  wrong_token: 'forbidden',
  link_withdrawn: 'link_withdrawn',
  unknown_board: 'not_found',
};

/** What the request's bearer token grants on the board, or an ApiError saying why nothing. */
export async function grantOf(access: BoardAccess, req: IncomingMessage, boardId: string): Promise<Extract<Access, { granted: true }>> {
  const granted = await access.check(boardId, bearerToken(req.headers.authorization));
  if (granted.granted) return granted;
  const headers: Record<string, string> = granted.refusal === 'missing_token' ? { 'WWW-Authenticate': 'Bearer' } : {};
  throw new ApiError(refusalStatus[granted.refusal], refusalCode[granted.refusal], refusalMessage[granted.refusal], headers);
}
