import type { Request } from 'express';
import { actorOf, type Actor } from '../auth/tokens';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { Deadline } from '../db/deadline';
import { Loaders } from '../shared/loaders';
import { repositoriesFor, type Repositories } from './repositories';

/** What every resolver gets: the request's database view, loaders, repositories, caller and limits. */
export interface Context {
  /** This request's view: its statements share one deadline (GOVGRAPH_REQUEST_TIMEOUT_MS). */
  db: Database;
  loaders: Loaders;
  /** Every read, by concept (src/server/repositories.ts): read resolvers call these, not the loaders or Cypher. */
  repos: Repositories;
  /** The caller's token holder; undefined without a token, 'invalid' for a wrong one. */
  actor: Actor | undefined | 'invalid';
  /** What one request may ask for (e.g. ids in nodes(ids:)). */
  limits: Config['limits'];
}

export function createContext(db: Database, req: Request, tokens: Map<string, Actor>, config: Pick<Config, 'limits' | 'txTimeoutMs'>): Context {
  const requestDb = db.forRequest(new Deadline(config.limits.requestTimeoutMs, config.txTimeoutMs));
  const loaders = new Loaders(requestDb);
  return { db: requestDb, loaders, repos: repositoriesFor(requestDb, loaders), actor: actorOf(req.headers.authorization, tokens), limits: config.limits };
}
