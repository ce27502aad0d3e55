import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config';
import type { AvailabilityReport } from '../db/availability';

/** The body of every error this service sends outside GraphQL: the GraphQL error shape. */
export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** What the probes report; the database supervisor and start-up update it. */
export interface Readiness {
  /** 'starting' until the API is mounted, then 'serving'. */
  phase: 'starting' | 'serving' | 'stopping';
  /** Whether the database answers; a probe function set once the database exists. */
  check?: () => Promise<{ ready: boolean; status: string; retryAfterS?: number }>;
  /** The database as this process sees it (up, restarting, unreachable), for /health. */
  database?: () => AvailabilityReport;
}

/**
 * The HTTP shell: bound before the database starts, so a taken port is reported at once,
 * and answering /health and /ready from the first second. The API is mounted into
 * `routes` later; until then other paths answer 503 with Retry-After.
 */
export interface HttpShell {
  app: express.Express;
  http: Server;
  routes: express.Router;
  readiness: Readiness;
  url: string;
  close(): Promise<void>;
}

/** Body-parser's error types, as the client should read them. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'the request body is not valid JSON; send {"query": "…", "variables": {…}} with Content-Type: application/json'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'the request body is larger than 1 MB; send a shorter query and fewer variables'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'the body must be UTF-8; send Content-Type: application/json; charset=utf-8'],
  'encoding.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'the Content-Encoding is not supported; send the body uncompressed, gzip or deflate'],
  'request.aborted': [400, 'BAD_REQUEST', 'the request body ended early; send it again'],
};

/**
 * Any error outside GraphQL becomes JSON with a stable code: never Express's HTML page,
 * which carries a stack trace and the server's file paths.
 */
const jsonErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const known = BODY_ERRORS[(error as { type?: string }).type ?? ''];
  if (known) return sendError(res, known[0], known[1], known[2]);
  console.error('internal error (http):', error);
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error: the request could not be completed. It has been logged; try again later.');
};

export async function listen(config: Pick<Config, 'port' | 'host' | 'rateLimits'>): Promise<HttpShell> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.rateLimits.trustProxy);
  const readiness: Readiness = { phase: 'starting' };

  app.get('/health', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      status: readiness.phase === 'stopping' ? 'stopping' : 'ok',
      phase: readiness.phase,
      uptimeS: Math.round(process.uptime()),
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
      database: readiness.database?.(),
    });
  });
  app.get('/ready', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (readiness.phase !== 'serving' || !readiness.check) {
      return void res.status(503).setHeader('Retry-After', '5').json({ status: readiness.phase });
    }
    const { ready, status, retryAfterS } = await readiness.check();
    if (!ready) res.setHeader('Retry-After', String(retryAfterS ?? 5));
    res.status(ready ? 200 : 503).json({ status });
  });
  app.use((req: Request, res: Response, next) => {
    if (readiness.phase === 'serving') return next();
    sendError(res, 503, 'STARTING', 'the service is starting (or stopping); try again in a few seconds', { 'Retry-After': '5' });
  });
  const routes = express.Router();
  app.use(routes);
  app.use((req: Request, res: Response) =>
    sendError(res, 404, 'NOT_FOUND', `nothing at ${req.method} ${req.path}: GraphQL is at /graphql, GraphiQL at /graphiql`),
  );
  app.use(jsonErrors);

  const http = createServer(app);
  await new Promise<void>((resolveListen, rejectListen) => {
    http.once('error', (e: NodeJS.ErrnoException) =>
      rejectListen(
        new Error(
          e.code === 'EADDRINUSE'
            ? `port ${config.port} on ${config.host} is taken; stop what uses it or set PORT to a free port`
            : e.code === 'EACCES'
              ? `port ${config.port} needs privileges this process lacks; set PORT to 1024 or above`
              : e.code === 'EADDRNOTAVAIL'
                ? `HOST ${config.host} is not an address of this machine; set HOST=0.0.0.0 or 127.0.0.1`
                : `cannot listen on ${config.host}:${config.port}: ${e.message}`,
        ),
      ),
    );
    http.listen(config.port, config.host, () => resolveListen());
  });
  const { port } = http.address() as AddressInfo;
  return {
    app,
    http,
    routes,
    readiness,
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        readiness.phase = 'stopping';
        http.close(() => resolveClose());
        http.closeAllConnections();
      }),
  };
}
