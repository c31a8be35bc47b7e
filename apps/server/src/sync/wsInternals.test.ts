import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { frameBinary, onBytesArriving, writeFramed } from './wsInternals.ts';

describe('frames written under ws', () => {
  let server: Server;
  let address: string;

  beforeAll(async () => {
    // Each connection is sent the frames its URL asks for, written straight to the socket under `ws`.
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    server = createServer();
    server.on('upgrade', (request, socket, head) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const length = Number(url.searchParams.get('length'));
      wss.handleUpgrade(request, socket, head, (ws) => {
        if (url.searchParams.has('count')) {
          // Answers each message with the bytes counted under `ws` by the time it emitted the message.
          let counted = 0;
          onBytesArriving(socket, (bytes) => (counted += bytes));
          ws.on('message', () => ws.send(String(counted)));
          return;
        }
        if (url.searchParams.has('interleave')) {
          // The room's two ways of writing, one after the other: ws frames its own, the room writes pre-framed buffers.
          ws.send(Uint8Array.of(1));
          writeFramed(socket, frameBinary(Uint8Array.of(2)));
          ws.send(Uint8Array.of(3));
          writeFramed(socket, frameBinary(Uint8Array.of(4)));
          return;
        }
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

  it('reaches the client in the order written when ws sends and frames written under it alternate', async () => {
    const client = new WebSocket(`${address}/?interleave=1`);
    const received = await new Promise<number[]>((resolve, reject) => {
      const bytes: number[] = [];
      client.on('message', (data: Buffer) => {
        if (bytes.push(data[0] ?? -1) === 4) resolve(bytes);
      });
      client.on('error', reject);
    });
    client.terminate();
    expect(received).toEqual([1, 2, 3, 4]);
  });

  it('counts the bytes of a message as they arrive, before ws emits the message', async () => {
    const client = new WebSocket(`${address}/?count=1`);
    await new Promise((resolve) => client.once('open', resolve));
    const answer = new Promise<string>((resolve) => client.once('message', (data: Buffer) => resolve(data.toString())));
    client.send(Buffer.alloc(100_000, 'x'));
    const counted = Number(await answer);
    client.terminate();
    expect(counted).toBeGreaterThanOrEqual(100_000);
  });
});
