import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import Negotiator from 'negotiator';
import { ApiError } from './responses.ts';
import { contentSecurityPolicy, newNonce } from './securityHeaders.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The web build writes a Brotli and a gzip copy of each text file beside it (apps/web/scripts/
 * precompress.mjs); the best one the browser accepts is sent, our preference breaking ties.
 */
const precompressed = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
const encodingPreference = ['br', 'gzip', 'identity'];

/** negotiator 1.x takes a preference order for equal qualities; @types/negotiator describes 0.6. */
type EncodingNegotiator = { encodings(available: string[], options: { preferred: string[] }): string[] };

/** Vite puts content-hashed files under /assets/: they never change, so browsers may keep them for a year. */
const hashedAssets = /^\/assets\//;

/** Addresses the single-page app answers itself (start page and every board view). */
function isAppRoute(pathname: string): boolean {
  return pathname === '/' || pathname === '/index.html' || pathname.startsWith('/b/');
}

const notBuiltPage = (nonce: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partnerboard is not built yet</title>
<style nonce="${nonce}">body { font: 18px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem } pre { background: #f3f3f3; padding: 1rem }</style></head>
<body>
<h1>Partnerboard's web app has not been built yet</h1>
<p>The server is running, but there is no built web app to serve. Build it, then reload this page:</p>
<pre>pnpm build</pre>
<p>(or <code>pnpm --filter @partnerboard/web build</code>; the server serves <code>apps/web/dist</code>, or the folder in <code>WEB_DIST</code>).</p>
</body></html>`;

/**
 * The app page with this response's style nonce in a `<meta name="csp-nonce">` (the app reads it
 * there and gives it to CodeMirror's `<style>` elements), as the first element of its head.
 */
function withNonce(html: string, nonce: string): string {
  const meta = `<meta name="csp-nonce" content="${nonce}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype html>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Serves the built web app, falling back to index.html for the app's own routes. */
export class StaticFiles {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (isAppRoute(pathname)) return this.serveIndex(req, res);
    const file = this.resolveInside(pathname);
    const found = file ? await stat(file).catch(() => null) : null;
    if (!file || !found?.isFile()) throw new ApiError(404, 'not_found', 'There is nothing at this address.');
    const cacheControl = hashedAssets.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
    await this.send(req, res, file, found.size, cacheControl);
  }

  /**
   * The app page, with a nonce of its own in the page and in its policy, so it is never sent from
   * a precompressed copy (it is about 1 KB). The offline shell (sw.js) keeps the page with the
   * headers it came with, so a copy served offline carries a policy that matches its nonce.
   */
  private async serveIndex(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const nonce = newNonce();
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    const html = await readFile(join(this.root, 'index.html'), 'utf8').catch(() => null);
    if (html === null) {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' });
      res.end(req.method === 'HEAD' ? undefined : notBuiltPage(nonce));
      return;
    }
    const page = withNonce(html, nonce);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page), 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : page);
  }

  /** The file for a URL path, or null if the path would leave the web app's folder. */
  private resolveInside(pathname: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    if (decoded.includes('\0')) return null;
    const file = resolve(this.root, `.${decoded}`);
    return file.startsWith(this.root + sep) ? file : null;
  }

  private async send(req: IncomingMessage, res: ServerResponse, file: string, size: number, cacheControl: string): Promise<void> {
    const headers: Record<string, string | number> = {
      'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': cacheControl,
    };
    let body = file;
    const variants = await this.compressedVariants(file);
    if (variants.length > 0) {
      // Caches between here and the browser must keep one copy per encoding.
      headers['Vary'] = 'Accept-Encoding';
      const accepted = (new Negotiator(req) as unknown as EncodingNegotiator).encodings(encodingPreference, { preferred: encodingPreference });
      const chosen = variants.find((variant) => variant.encoding === accepted[0]);
      if (chosen) {
        body = chosen.path;
        headers['Content-Encoding'] = chosen.encoding;
        headers['Content-Length'] = chosen.size;
      }
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(body)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  private async compressedVariants(file: string): Promise<{ encoding: string; path: string; size: number }[]> {
    const found = await Promise.all(
      precompressed.map(async ({ encoding, suffix }) => {
        const info = await stat(file + suffix).catch(() => null);
        return info?.isFile() ? { encoding, path: file + suffix, size: info.size } : null;
      }),
    );
    return found.filter((variant) => variant !== null);
  }
}
