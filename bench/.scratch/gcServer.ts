import { parseConfig } from '../../apps/server/src/config';
import { startServer } from '../../apps/server/src/startServer';
const server = await startServer(parseConfig(process.env));
process.on('SIGUSR2', () => {
  (globalThis as unknown as { gc: () => void }).gc();
  const m = process.memoryUsage();
  console.log(JSON.stringify({ port: server.port, rss: m.rss >> 20, heapUsed: m.heapUsed >> 20, heapTotal: m.heapTotal >> 20, external: m.external >> 20, arrayBuffers: m.arrayBuffers >> 20 }));
});
console.log(JSON.stringify({ port: server.port }));
