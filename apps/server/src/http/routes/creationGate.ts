import type { IncomingMessage } from 'node:http';
import { bearerToken, hashToken, sameHash } from '../../auth/tokens.ts';
import type { RateLimitByKey } from '../../limits/RateLimitByKey.ts';
import { ApiError } from '../responses.ts';

/**
 * What every request that creates a board passes first (a new board or an imported one): the admin
 * key when the server has one, then the per-address limit on boards created. Throws an ApiError.
 */
export function creationGate(adminKey: string | undefined, createLimit: RateLimitByKey): (req: IncomingMessage) => void {
  const adminKeyHash = adminKey === undefined ? null : hashToken(adminKey);
  return (req) => {
    if (adminKeyHash) {
      const key = bearerToken(req.headers.authorization);
      if (!key) throw new ApiError(401, 'unauthorized', 'Creating a board on this server needs the admin key.', { 'WWW-Authenticate': 'Bearer' });
      if (!sameHash(hashToken(key), adminKeyHash)) throw new ApiError(403, 'forbidden', 'That admin key is not right.');
    }
    const allowed = createLimit.take(req.socket.remoteAddress ?? 'unknown');
    if (!allowed.allowed) {
      throw new ApiError(429, 'rate_limited', 'Too many boards created from this address; try again in a minute.', {
        'Retry-After': String(allowed.retryAfterSeconds),
      });
    }
  };
}
