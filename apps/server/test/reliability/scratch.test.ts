import { it } from 'vitest';
import { messageYjsUpdate } from 'y-protocols/sync';
import { messageSync } from '@partnerboard/protocol';
import { someEdit, updateFrame } from '../frames.ts';
import { rawSocket, startTestServer, syncAddress } from '../support.ts';

it('scratch', async () => {
  const server = await startTestServer({ MAX_BUFFERED_BYTES: String(256 * 1024), MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000' });
  const board = await server.createBoard();
  const stuck = rawSocket(syncAddress(server, board.id, board.tokens.viewer));
  await stuck.opened;
  stuck.socket.pause();
  let bytes = 0;
  stuck.socket.on('message', (d: Buffer) => (bytes += d.length));
  const writer = rawSocket(syncAddress(server, board.id, board.tokens.editor));
  await writer.opened;
  for (let i = 0; i < 60; i += 1) {
    const frame = updateFrame(someEdit(`${i}`.padEnd(512 * 1024, '.')));
    const shared = writer.nextFrameWhere((f) => f[0] === messageSync && f[1] === messageYjsUpdate);
    writer.socket.send(frame);
    await shared;
    const m = (await (await server.api('/metrics')).text()).split('\n').filter((l) => /send_buffer|rejected_total\{/.test(l)).join(' ');
    if (i % 5 === 0) console.log(i, 'stuck got', bytes, 'state', stuck.socket.readyState, 'paused', stuck.socket.isPaused, m);
  }
  await server.stop();
}, 120_000);
