// Writes a Brotli (.br) and a gzip (.gz) copy next to each text file of the built app, once, at build
// time: the server sends whichever the browser accepts (apps/server/src/http/StaticFiles.ts), so a
// partner on a slow connection downloads about a quarter of the bytes, at no CPU cost per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
/** Source maps are left out: only developer tools fetch them, and they would double the build's time. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt']);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

let before = 0;
let after = 0;
for (const file of files(dist)) {
  if (!compressible.has(extname(file))) continue;
  const content = readFileSync(file);
  // Below about a packet, compression saves nothing worth a second request header.
  if (content.byteLength < 1024) continue;
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  before += statSync(file).size;
  after += br.byteLength;
}
console.log(`precompressed ${Math.round(before / 1024)} KiB of text to ${Math.round(after / 1024)} KiB (Brotli)`);
