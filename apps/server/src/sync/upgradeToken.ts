import type { IncomingMessage } from 'node:http';
import { tokenSubprotocolPrefix } from '@partnerboard/protocol';
import { bearerToken } from '../auth/tokens.ts';

/** The subprotocol of an upgrade request that carries a token, if the client offered one. */
export function tokenProtocolIn(protocols: Iterable<string>): string | null {
  for (const protocol of protocols) if (protocol.startsWith(tokenSubprotocolPrefix) && protocol.length > tokenSubprotocolPrefix.length) return protocol;
  return null;
}

/**
 * The link token of a sync upgrade, from the first place that has one: an `Authorization: Bearer`
 * header, a `partnerboard.token.<token>` subprotocol, or the `token` query parameter (the stock
 * y-websocket client's only way). The first two keep it out of the address that proxies log.
 */
export function upgradeToken(request: IncomingMessage, query: URLSearchParams): string | null {
  const fromHeader = bearerToken(request.headers.authorization);
  if (fromHeader) return fromHeader;
  const offered = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((protocol) => protocol.trim());
  const fromProtocol = tokenProtocolIn(offered);
  if (fromProtocol) return fromProtocol.slice(tokenSubprotocolPrefix.length);
  return query.get('token');
}
