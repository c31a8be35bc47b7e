// Bundles the server for production: `node dist/main.js` runs without tsx, whose module loader
// thread costs about 35 MiB of resident memory for the life of the process.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { dependencies } = JSON.parse(readFileSync(resolve(serverDir, 'package.json'), 'utf8'));

// The workspace packages export TypeScript source, so they are compiled into the bundle. Every npm
// dependency of the server stays external and is loaded from node_modules as in development: one
// copy of yjs for the server and the board model, and better-sqlite3 is a native addon. (A
// subpath such as `y-protocols/sync` is external with its package.) Except zod: only what the
// schemas use of `zod/mini` is compiled in, a tenth of the heap that loading the package keeps.
const compiledIn = new Set(['zod']);
const external = Object.entries(dependencies)
  .filter(([name, version]) => !version.startsWith('workspace:') && !compiledIn.has(name))
  .map(([name]) => name);

await build({
  absWorkingDir: serverDir,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
