import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { join } from 'node:path';
import { ROOT, type Config } from '../config';
import type { Database } from '../db/database';
import { checkReady } from '../db/readiness';
import { parseTokens } from '../auth/tokens';
import { buildGovgraphSchema } from '../schema';
import { createContext, type Context } from './context';
import { requestLimits } from './limits';
import { formatError } from './errors';
import { serveExplorer } from './explorer';
import { serveEmbeds } from './embed';
import { listen, type HttpShell } from './http';
import { rateLimits } from './rate-limit';
import { roundTripsPlugin } from './round-trips';
import { statedOnlyPlugin } from './stated-only';
import { cachePlugins, compress, EXPOSED_HEADERS, noStoreUntilCacheable, revalidateOnEtag } from './caching';
import { loadCatalogue } from '../catalogue/catalogue';
import { operationRunner } from '../catalogue/run';
import { warmUp } from '../catalogue/warm';
import { persistedQueries, PERSISTED_PATH } from '../catalogue/routes';
import { exportRoutes, EXPORT_PATH } from '../export/routes';

/**
 * GraphiQL at /graphiql without internet: the page and its examples from public/, the
 * UMD builds of graphiql, react and react-dom from node_modules. A browser opening
 * /graphql without a query is sent there.
 */
function serveGraphiql(app: express.Router): void {
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
  /** Runs each persisted operation once (src/catalogue/warm.ts); the service runs it after start. */
  warmUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Mounts the API into a listening shell: Apollo at /graphql behind CORS, body parsing and
 * rate limits, and GraphiQL. The shell then reports itself serving.
 */
export async function mountApi(shell: HttpShell, db: Database, config: Config): Promise<RunningServer> {
  const tokens = parseTokens(config.tokens);
  const limits = requestLimits(config);
  const schema = await buildGovgraphSchema();
  const catalogue = loadCatalogue(schema);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: config.introspection,
    // Depth, aliases, tokens, directives, fan-out and cost: refused before any Cypher runs.
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Off so portals can cache plain `GET /graphql?query=…`. CSRF needs credentials the
    // browser attaches by itself (cookies, HTTP auth); we take only an Authorization bearer
    // header, which a cross-site page cannot add without a CORS preflight, and CORS never
    // allows credentials. A forged GET thus runs with no more rights than curl has, and
    // Apollo refuses mutations over GET whatever this setting says.
    csrfPrevention: false,
    // Apollo's landing page loads from a CDN; /graphiql is served from node_modules instead.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: shell.http }),
      ApolloServerPluginLandingPageDisabled(),
      ...limits.plugins,
      ...cachePlugins(config.cacheMaxAgeS),
      ...(config.reportRoundTrips ? [roundTripsPlugin] : []),
      statedOnlyPlugin,
    ],
  });
  await apollo.start();

  shell.readiness.check = () => checkReady(db);
  shell.readiness.database = () => db.availability.report();
  serveGraphiql(shell.routes);
  const origin = config.corsOrigin === '*' ? '*' : config.corsOrigin.split(',').map((o) => o.trim());
  const crossOrigin = cors({ origin, credentials: false, exposedHeaders: EXPOSED_HEADERS });
  // The explorer's assets are also the embeds' modules, imported by portals on other origins.
  serveExplorer(shell.routes, crossOrigin);
  serveEmbeds(shell.routes, crossOrigin);
  // Reads are cacheable: the same limits on every route that runs GraphQL, answers
  // private, no-store until Apollo says otherwise, strong ETags (res.send) and 304, compressed.
  shell.app.set('etag', 'strong');
  const headers = [noStoreUntilCacheable, revalidateOnEtag, crossOrigin, compress];
  const limited = rateLimits(config, tokens); // one set of counters for all three routes
  const contextFor = (req: express.Request) => createContext(db, req, tokens, config);
  const run = operationRunner(apollo, contextFor);
  shell.routes.use(
    '/graphql',
    ...headers,
    express.json({ limit: '1mb' }),
    ...limited,
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req) }),
  );
  shell.routes.use(PERSISTED_PATH, ...headers, ...limited, persistedQueries(catalogue, run, config.cacheMaxAgeS));
  shell.routes.use(EXPORT_PATH, ...headers, ...limited, exportRoutes(catalogue, run, schema, config.cacheMaxAgeS));
  shell.readiness.phase = 'serving';
  return {
    url: shell.url,
    warmUp: () => warmUp(catalogue, run),
    stop: async () => {
      await apollo.stop();
      await shell.close();
    },
  };
}

/** The shell and the API together (tests, and callers that already have a database). */
export async function startServer(db: Database, config: Config): Promise<RunningServer> {
  return mountApi(await listen(config), db, config);
}
