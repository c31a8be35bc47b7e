import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { frameBinary } from './wireFrame.ts';

describe('frameBinary', () => {
  let server: Server;
  let address: string;

  beforeAll(async () => {
    // Each connection is sent the frames its URL asks for, written straight to the socket under `ws`.
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    server = createServer();
    server.on('upgrade', (request, socket, head) => {
      const length = Number(new URL(request.url ?? '/', 'http://localhost').searchParams.get('length'));
      wss.handleUpgrade(request, socket, head, () => {
        socket.write(frameBinary(Buffer.alloc(length, 'a board: goals, owners, actions')));
        socket.write(frameBinary(Uint8Array.of(42)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    address = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([0, 1, 125, 126, 65_535, 65_536, 1_000_000])('frames a %i-byte message so that a WebSocket client reads it unchanged', async (length) => {
    const client = new WebSocket(`${address}/?length=${length}`);
    const messages: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      client.on('message', (data: Buffer, isBinary) => {
        if (!isBinary) reject(new Error('a text message'));
        if (messages.push(data) === 2) resolve();
      });
      client.on('error', reject);
      client.on('close', (code) => reject(new Error(`closed with ${code}`)));
    });
    client.terminate();
    expect(messages[0]?.equals(Buffer.alloc(length, 'a board: goals, owners, actions'))).toBe(true);
    expect(messages[1]).toEqual(Buffer.of(42));
  });
});
