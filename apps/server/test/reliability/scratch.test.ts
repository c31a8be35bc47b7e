import { it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { someEdit, updateFrame } from '../frames.ts';
import { LogCollector, rawSocket, startTestServer, syncAddress } from '../support.ts';

it('scratch', async () => {
  const logs = new LogCollector();
  const server = await startTestServer(
    { MAX_BUFFERED_BYTES: String(64 * 1024), MESSAGES_PER_SECOND: '100000', MESSAGE_BURST: '100000' },
    { logger: createLogger('info', logs) },
  );
  const board = await server.createBoard();
  const stalled = rawSocket(syncAddress(server, board.id, board.tokens.viewer));
  await stalled.opened;
  stalled.socket.pause();
  const writer = rawSocket(syncAddress(server, board.id, board.tokens.editor));
  await writer.opened;
  let closedWriter = false;
  void writer.closed.then((c) => { closedWriter = true; console.log('writer closed', c); });
  for (let i = 0; i < 80 && !closedWriter; i += 1) {
    writer.socket.send(updateFrame(someEdit(`${i}`.padEnd(900_000, '.'))));
    await new Promise((resolve) => setImmediate(resolve));
    if (i % 10 === 0) console.log(i, (await (await server.api('/metrics')).text()).split('\n').filter((l) => /send_buffer|applied_total|rejected/.test(l) && !l.startsWith('#')).join(' | '));
  }
  console.log(logs.entries.filter((e) => e.event !== 'connect').slice(-10).map((e) => JSON.stringify(e)).join('\n'));
  await server.stop();
}, 60_000);
