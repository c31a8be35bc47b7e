/**
 * A client may send its link token as a WebSocket subprotocol, `partnerboard.token.<token>`,
 * instead of `?token=` in the address, which reverse proxies write to their logs. The server then
 * answers with the same subprotocol, as the WebSocket handshake requires.
 */
export const tokenSubprotocolPrefix = 'partnerboard.token.';

/** The subprotocol that carries `token`. */
export function tokenSubprotocol(token: string): string {
  return `${tokenSubprotocolPrefix}${token}`;
}
