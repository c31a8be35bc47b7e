/**
 * WebSocket close codes the sync server uses. 4000-4999 are private-use codes (RFC 6455); like
 * y-websocket we mirror HTTP: 44xx means reconnecting cannot help, 45xx means try again later.
 */
export const closeCodes = {
  /** The server is shutting down or restarting; reconnect. */
  goingAway: 1001,
  /** A frame was larger than the server's MAX_MESSAGE_BYTES (sent by `ws` itself, RFC 6455 "Message Too Big"). */
  messageTooLarge: 1009,
  /** The server could not store an edit; nothing of it was applied or shared. Reconnect to resend it. */
  serverError: 1011,
  /** A frame that is not a valid y-websocket message (truncated, unknown type, an update Yjs cannot read). */
  malformedMessage: 4400,
  /** The link this connection used was rotated (revoked), or the personal link withdrawn, while connected. */
  tokenRevoked: 4403,
  /** The board was deleted by its facilitator, with everything on it and every link to it (HTTP 410 Gone). */
  boardDeleted: 4410,
  /**
   * The connection's updates left more of the board waiting for changes the server never received
   * than MAX_PENDING_BYTES allows; the waiting part was dropped.
   */
  tooMuchPending: 4422,
  /** The connection sent more messages per second than the server allows. */
  rateLimited: 4429,
  /** The board already has as many connections as the server allows. */
  boardFull: 4503,
  /** The connection did not read what the server sent fast enough (a slow consumer). */
  tooSlow: 4508,
} as const;

export type CloseCodeName = keyof typeof closeCodes;
export type CloseCode = (typeof closeCodes)[CloseCodeName];

const permanentCloseCodes: ReadonlySet<number> = new Set([
  closeCodes.messageTooLarge,
  closeCodes.malformedMessage,
  closeCodes.tokenRevoked,
  closeCodes.boardDeleted,
  closeCodes.tooMuchPending,
]);

/**
 * Whether a client should reconnect after the server closed its socket with `code`. Pass it to
 * y-websocket as `shouldReconnect: (event) => shouldReconnectAfterClose(event.code)`: unlike the
 * provider's default it retries after rate limiting (4429), and stops after an oversized message.
 */
export function shouldReconnectAfterClose(code: number): boolean {
  return !permanentCloseCodes.has(code);
}
