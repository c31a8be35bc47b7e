import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDirs } from '../../../test/temporaryDirs.ts';
import { DataDirInUseError, DataDirLock } from './DataDirLock.ts';

describe('DataDirLock', () => {
  const dataDir = temporaryDirs('lock');
  const held: DataDirLock[] = [];
  function acquire(dir: string): DataDirLock {
    const lock = DataDirLock.acquire(dir);
    held.push(lock);
    return lock;
  }
  afterEach(() => {
    for (const lock of held.splice(0)) lock.release();
  });

  it('refuses a second holder of the same data directory, and lets it in once the first lets go', () => {
    const dir = dataDir();
    const first = acquire(dir);
    expect(() => DataDirLock.acquire(dir)).toThrow(DataDirInUseError);
    expect(() => DataDirLock.acquire(dir)).toThrow(`Another Partnerboard server is using the data directory ${dir}`);
    acquire(dataDir());
    first.release();
    expect(() => acquire(dir)).not.toThrow();
  });

  it('is held against another process, and free again once that process is killed', async () => {
    const dir = dataDir();
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', `import('${join(import.meta.dirname, 'DataDirLock.ts')}').then(({ DataDirLock }) => { DataDirLock.acquire(${JSON.stringify(dir)}); console.log('held'); setInterval(() => {}, 1000); })`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    await new Promise<void>((resolve) => createInterface({ input: holder.stdout! }).once('line', () => resolve()));
    expect(() => DataDirLock.acquire(dir)).toThrow(DataDirInUseError);
    holder.kill('SIGKILL');
    await exited;
    expect(() => acquire(dir)).not.toThrow();
  });
});
