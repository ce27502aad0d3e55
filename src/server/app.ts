import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT, type Config } from '../config';
import type { Database } from '../db/database';
import { migrationsComplete } from '../db/migrate';
import { parseTokens } from '../auth/tokens';
import { buildGovgraphSchema } from '../schema';
import { createContext, type Context } from './context';
import { depthLimit } from './depth-limit';
import { formatError } from './errors';
import { roundTripsPlugin } from './round-trips';

/**
 * GraphiQL at /graphiql without internet: the page and its examples from public/, the
 * UMD builds of graphiql, react and react-dom from node_modules. A browser opening
 * /graphql without a query is sent there.
 */
function serveGraphiql(app: express.Express): void {
  const modules = join(ROOT, 'node_modules');
  const plainText = (res: express.Response, path: string) => {
    if (path.endsWith('.graphql')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  };
  app.get('/graphiql', (_req, res) => res.sendFile(join(ROOT, 'public', 'graphiql.html')));
  app.use('/graphiql/examples', express.static(join(ROOT, 'public', 'examples'), { setHeaders: plainText }));
  app.use('/graphiql/vendor/graphiql', express.static(join(modules, 'graphiql')));
  app.use('/graphiql/vendor/react', express.static(join(modules, 'react', 'umd')));
  app.use('/graphiql/vendor/react-dom', express.static(join(modules, 'react-dom', 'umd')));
  app.get('/graphql', (req, res, next) => {
    const browser = req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
    if (browser) res.redirect(302, '/graphiql');
    else next();
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Express 5 with Apollo at /graphql, health probes, and CORS as configured. */
export async function startServer(db: Database, config: Config): Promise<RunningServer> {
  const tokens = parseTokens(config.tokens);
  const app = express();
  const http = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildGovgraphSchema(),
    formatError,
    introspection: true,
    validationRules: [depthLimit],
    // Off so portals can cache plain `GET /graphql?query=…`. CSRF needs credentials the
    // browser attaches by itself (cookies, HTTP auth); we take only an Authorization bearer
    // header, which a cross-site page cannot add without a CORS preflight, and CORS never
    // allows credentials. A forged GET thus runs with no more rights than curl has, and
    // Apollo refuses mutations over GET whatever this setting says.
    csrfPrevention: false,
    // Apollo's landing page loads from a CDN; /graphiql is served from node_modules instead.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http }), ApolloServerPluginLandingPageDisabled(), ...(config.reportRoundTrips ? [roundTripsPlugin] : [])],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      const ready = await migrationsComplete(db);
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending' });
    } catch (e) {
      res.status(503).json({ status: 'database unreachable', reason: (e as Error).message });
    }
  });
  serveGraphiql(app);
  const origin = config.corsOrigin === '*' ? '*' : config.corsOrigin.split(',').map((o) => o.trim());
  app.use(
    '/graphql',
    cors({ origin, credentials: false }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db, req, tokens) }),
  );

  await new Promise<void>((resolveListen, rejectListen) => {
    http.once('error', (e: NodeJS.ErrnoException) =>
      rejectListen(new Error(e.code === 'EADDRINUSE' ? `port ${config.port} is taken; stop what uses it or set PORT` : e.message)),
    );
    http.listen(config.port, config.host, () => resolveListen());
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    stop: () => apollo.stop(),
  };
}
