import type { IncomingMessage, ServerResponse } from 'node:http';
import Router from 'find-my-way';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { StoreUnavailableError } from '../storage/UpdateLog.ts';
import { sendMetrics } from './metricsAccess.ts';
import { ApiError, sendError, sendJson } from './responses.ts';
import type { Route } from './routes/boards.ts';
import { securityHeaders } from './securityHeaders.ts';
import type { StaticFiles } from './StaticFiles.ts';

export interface HttpAppOptions {
  routes: Route[];
  staticFiles: StaticFiles;
  metrics: Metrics;
  /** Throws an ApiError when the request may not read /metrics (see metricsGate). */
  checkMetricsAccess: (req: IncomingMessage) => void;
  /** Each dependency's state for /healthz: the store, and the fan-out between processes when there is one. */
  health?: () => Promise<Record<string, 'ok' | 'unavailable'>>;
  log: Logger;
}

/** The HTTP side of the server: JSON API, health and metrics, and the built web app. */
export class HttpApp {
  private readonly router: Router.Instance<Router.HTTPVersion.V1>;

  constructor(private readonly options: HttpAppOptions) {
    this.router = Router({
      ignoreTrailingSlash: true,
      defaultRoute: (req, res) => this.run(req, res, () => this.fallback(req, res)),
      // A path whose %-escapes are not UTF-8 names nothing here: the client's mistake, not the server's.
      onBadUrl: (path, req, res) =>
        this.run(req, res, () => {
          throw new ApiError(400, 'invalid_request', 'The address of this request is malformed (a %-escape that is not UTF-8).');
        }),
    });
    for (const route of options.routes) {
      this.router.on(route.method, route.path, (req, res, params) => this.run(req, res, () => route.handler(req, res, params)));
    }
    this.router.on(['GET', 'HEAD'], '/healthz', (req, res) =>
      this.run(req, res, async () => {
        const dependencies = (await options.health?.()) ?? {};
        const ok = Object.values(dependencies).every((state) => state === 'ok');
        sendJson(res, ok ? 200 : 503, { ok, ...dependencies });
      }),
    );
    this.router.on('GET', '/metrics', (req, res) =>
      this.run(req, res, async () => {
        options.checkMetricsAccess(req);
        sendMetrics(res, options.metrics);
      }),
    );
  }

  /** The request listener for node:http. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    this.router.lookup(req, res);
  };

  private fallback(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname.startsWith('/api/') || (req.method !== 'GET' && req.method !== 'HEAD')) {
      throw new ApiError(404, 'not_found', `There is no ${req.method} ${pathname} in this API.`);
    }
    return this.options.staticFiles.serve(req, res, pathname);
  }

  private run(req: IncomingMessage, res: ServerResponse, handler: () => Promise<void>): void {
    const fail = (error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof ApiError) {
        sendError(res, error);
        return;
      }
      if (error instanceof StoreUnavailableError) {
        this.options.log.warn({ event: 'store-unavailable', method: req.method, error: error.message }, 'request refused: the store is unavailable');
        sendError(res, new ApiError(503, 'unavailable', 'The server cannot reach its database just now; nothing was changed. Try again in a moment.', { 'Retry-After': '5' }));
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      this.options.log.error({ event: 'http-error', method: req.method, path: pathname, error: String(error) }, 'request failed');
      sendError(res, new ApiError(500, 'internal', 'Something went wrong on the server.'));
    };
    try {
      handler().catch(fail);
    } catch (error) {
      fail(error);
    }
  }
}
