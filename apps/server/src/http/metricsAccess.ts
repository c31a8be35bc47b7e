import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerToken, hashToken, sameHash } from '../auth/tokens.ts';
import type { Metrics } from '../metrics.ts';
import { ApiError } from './responses.ts';

/** Writes the Prometheus text of `metrics`. */
export function sendMetrics(res: ServerResponse, metrics: Metrics): void {
  res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(metrics.render());
}

/**
 * Who may read /metrics on the main port: with METRICS_TOKEN, whoever sends it as a bearer token;
 * without it, no one (it is on its own listener, METRICS_PORT, or not served at all).
 */
export function metricsGate(token: string | undefined, ownListener: boolean): (req: IncomingMessage) => void {
  const tokenHash = token === undefined ? null : hashToken(token);
  return (req) => {
    if (!tokenHash) {
      const where = ownListener ? 'on its own port (METRICS_PORT)' : 'only when METRICS_TOKEN or METRICS_PORT is set';
      throw new ApiError(404, 'not_found', `The metrics are not served here: this server serves them ${where}.`);
    }
    const given = bearerToken(req.headers.authorization);
    if (!given) throw new ApiError(401, 'unauthorized', 'The metrics need the metrics token (Authorization: Bearer).', { 'WWW-Authenticate': 'Bearer' });
    if (!sameHash(hashToken(given), tokenHash)) throw new ApiError(403, 'forbidden', 'That metrics token is not right.');
  };
}
