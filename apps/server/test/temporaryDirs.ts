import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Makes a new empty folder each time it is called, and removes them all after each test. Call it
 * before registering hooks that must run first (closing what is open in them): vitest runs
 * afterEach hooks last registered, first run.
 */
export function temporaryDirs(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `partnerboard-${prefix}-`));
    made.push(dir);
    return dir;
  };
}
