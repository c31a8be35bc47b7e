import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support.ts';

describe('serving the web app', () => {
  const webDist = mkdtempSync(join(tmpdir(), 'partnerboard-dist-'));
  let server: TestServer;

  beforeAll(() => {
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Partnerboard</title>');
    writeFileSync(join(webDist, 'assets', 'index-3f9a1c.js'), 'console.log("app")');
    writeFileSync(join(webDist, 'assets', 'index-3f9a1c.css'), 'body{}');
    writeFileSync(join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
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

  it('says to build the app when there is no build', async () => {
    server = await startTestServer({ WEB_DIST: join(webDist, 'not-built') });
    const response = await server.api('/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('pnpm build');
  });
});
