import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiErrorBody, ApiErrorCode } from '@partnerboard/protocol';
import { securityHeaders } from './securityHeaders.ts';

const codeForStatus: Record<number, ApiErrorCode> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
};

/** Answers a WebSocket upgrade request with a plain HTTP error and closes the socket: no board data is ever sent. */
export function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  if (!socket.writable) return;
  const body: ApiErrorBody = { error: { code: codeForStatus[status] ?? 'internal', message } };
  const json = JSON.stringify(body);
  const headers = {
    ...securityHeaders,
    Connection: 'close',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(json)),
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head.join('\r\n')}\r\n\r\n${json}`);
}
