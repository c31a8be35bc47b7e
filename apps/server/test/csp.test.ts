import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support.ts';

const page = '<!doctype html>\n<html lang="en-GB">\n  <head>\n    <meta charset="UTF-8" />\n    <title>Partnerboard</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>';

function nonceOf(policy: string | null): string | undefined {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? '')?.[1];
}

describe('the Content-Security-Policy', () => {
  const webDist = mkdtempSync(join(tmpdir(), 'partnerboard-csp-dist-'));
  let server: TestServer;

  beforeAll(() => {
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), page);
    // A stale precompressed copy would carry no nonce: the page must never be sent from one.
    writeFileSync(join(webDist, 'index.html.br'), 'not the page');
    writeFileSync(join(webDist, 'assets', 'index-3f9a1c.js'), 'console.log("app")');
  });

  afterEach(async () => {
    await server.stop();
  });

  afterAll(() => rmSync(webDist, { recursive: true, force: true }));

  it('gives each copy of the app page its own style nonce, in the policy and in a meta element first in the head', async () => {
    server = await startTestServer({ WEB_DIST: webDist });
    const first = await server.api('/', { headers: { 'Accept-Encoding': 'br' } });
    const second = await server.api('/b/someBoardId123/people');
    const nonce = nonceOf(first.headers.get('content-security-policy'));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonce);
    expect(first.headers.get('content-encoding')).toBeNull();
    const html = await first.text();
    expect(html).toContain(`<head><meta name="csp-nonce" content="${nonce}">\n    <meta charset="UTF-8" />`);
    expect(Number(first.headers.get('content-length'))).toBe(Buffer.byteLength(html));
  });

  it('answers HEAD for the app page with its length and no body', async () => {
    server = await startTestServer({ WEB_DIST: webDist });
    const response = await server.api('/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(page.length);
    expect(await response.text()).toBe('');
  });

  it.each(['/', '/assets/index-3f9a1c.js', '/api/nothing', '/healthz'])('allows no inline styles and sockets only to this origin on %s', async (path) => {
    server = await startTestServer({ WEB_DIST: webDist });
    const policy = (await server.api(path)).headers.get('content-security-policy') ?? '';
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )style-src 'self'( 'nonce-[^']+')?(;|$)/);
    if (path !== '/') expect(nonceOf(policy)).toBeUndefined();
  });

  it('styles the "not built yet" page with its nonce, not inline attributes', async () => {
    server = await startTestServer({ WEB_DIST: join(webDist, 'not-built') });
    const response = await server.api('/');
    expect(response.status).toBe(503);
    const nonce = nonceOf(response.headers.get('content-security-policy'));
    const html = await response.text();
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).not.toMatch(/ style="/);
  });
});
