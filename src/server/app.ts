import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { migrationsComplete } from '../db/migrate';
import { buildGovgraphSchema } from '../schema';
import { createContext, type Context } from './context';
import { formatError } from './errors';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Express 5 with Apollo at /graphql, health probes, and CORS as configured. */
export async function startServer(db: Database, config: Config): Promise<RunningServer> {
  const app = express();
  const http = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildGovgraphSchema(),
    formatError,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http })],
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
  const origin = config.corsOrigin === '*' ? '*' : config.corsOrigin.split(',').map((o) => o.trim());
  app.use(
    '/graphql',
    cors({ origin, credentials: false }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db, req) }),
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
