import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from './serverProcess.ts';
import { temporaryDirs } from './temporaryDirs.ts';

describe('starting a server where it cannot run', () => {
  const dataDir = temporaryDirs('datadir');
  const running: ServerProcess[] = [];
  async function start(env: Record<string, string>): Promise<ServerProcess> {
    const server = await spawnServer(env);
    running.push(server);
    return server;
  }
  afterEach(async () => {
    for (const server of running.splice(0)) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('refuses a second server on the same data directory, and the first goes on serving', async () => {
    const dir = dataDir();
    const first = await start({ DATA_DIR: dir });
    await expect(start({ DATA_DIR: dir })).rejects.toThrow(
      `server exited (1) before listening:\nAnother Partnerboard server is using the data directory ${dir}. Stop that one first, or give this one a different DATA_DIR.`,
    );
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });

  it('says which port is taken when its port is in use', async () => {
    const first = await start({ DATA_DIR: dataDir() });
    const { port } = new URL(first.url);
    await expect(start({ DATA_DIR: dataDir(), PORT: port })).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use. Stop what is using it, or set PORT to another port.`,
    );
  });

  it('starts again on its data directory after being killed', async () => {
    const dir = dataDir();
    const first = await start({ DATA_DIR: dir });
    first.child.kill('SIGKILL');
    await first.exited;
    const again = await start({ DATA_DIR: dir });
    expect((await fetch(`${again.url}/healthz`)).status).toBe(200);
  });
});
