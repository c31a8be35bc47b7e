import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support.ts';

const bigScript = 'export const plan = "Mrs Patel home by Friday";\n'.repeat(2000);

/** GET with exactly this Accept-Encoding (fetch would set its own), the body as sent on the wire. */
function getRaw(server: TestServer, path: string, acceptEncoding: string | null) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
    const req = request(`http://127.0.0.1:${server.port}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serving the web app', () => {
  const webDist = mkdtempSync(join(tmpdir(), 'partnerboard-dist-'));
  let server: TestServer;

  beforeAll(() => {
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Partnerboard</title>');
    writeFileSync(join(webDist, 'assets', 'index-3f9a1c.js'), 'console.log("app")');
    writeFileSync(join(webDist, 'assets', 'index-3f9a1c.css'), 'body{}');
    writeFileSync(join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // As the web build leaves a large script: with a Brotli and a gzip copy beside it.
    writeFileSync(join(webDist, 'assets', 'big-9c2e.js'), bigScript);
    writeFileSync(join(webDist, 'assets', 'big-9c2e.js.br'), brotliCompressSync(bigScript));
    writeFileSync(join(webDist, 'assets', 'big-9c2e.js.gz'), gzipSync(bigScript));
  });

  afterEach(async () => {
    await server.stop();
  });

  afterAll(() => rmSync(webDist, { recursive: true, force: true }));

  it.each(['/', '/b/someBoardId123/board', '/b/someBoardId123/goals'])('answers %s with the app page', async (path) => {
    server = await startTestServer({ WEB_DIST: webDist });
    const response = await server.api(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Partnerboard</title>');
  });

  it('serves hashed assets with their content type, cacheable for a year', async () => {
    server = await startTestServer({ WEB_DIST: webDist });
    const script = await server.api('/assets/index-3f9a1c.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const style = await server.api('/assets/index-3f9a1c.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await server.api('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers HEAD without a body', async () => {
    server = await startTestServer({ WEB_DIST: webDist });
    const response = await server.api('/assets/index-3f9a1c.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('18');
    expect(await response.text()).toBe('');
  });

  it.each(['/missing.js', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json'])('answers %s with 404', async (path) => {
    server = await startTestServer({ WEB_DIST: webDist });
    const response = await server.api(path);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.8', 'gzip'],
    ['identity', undefined],
    [null, undefined],
  ])('sends a precompressed copy the browser accepts (Accept-Encoding: %s → %s)', async (acceptEncoding, expected) => {
    server = await startTestServer({ WEB_DIST: webDist });
    const { headers, body } = await getRaw(server, '/assets/big-9c2e.js', acceptEncoding);
    expect(headers['content-encoding']).toBe(expected);
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(headers['content-length'])).toBe(body.byteLength);
    const decoded = expected === 'br' ? brotliDecompressSync(body) : expected === 'gzip' ? gunzipSync(body) : body;
    expect(decoded.toString()).toBe(bigScript);
    if (expected) expect(body.byteLength).toBeLessThan(bigScript.length / 10);
  });

  it('sends a file with no compressed copy as it is, without Vary', async () => {
    server = await startTestServer({ WEB_DIST: webDist });
    const { headers, body } = await getRaw(server, '/assets/index-3f9a1c.css', 'gzip, br');
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['vary']).toBeUndefined();
    expect(body.toString()).toBe('body{}');
  });

  it('says to build the app when there is no build', async () => {
    server = await startTestServer({ WEB_DIST: join(webDist, 'not-built') });
    const response = await server.api('/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('pnpm build');
  });
});
