import type { Request } from 'express';
import { actorOf, type Actor } from '../auth/tokens';
import type { Database } from '../db/database';
import { Loaders } from '../shared/loaders';

/** What every resolver gets: the request's database view, loaders and caller. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** The caller's token holder; undefined without a token, 'invalid' for a wrong one. */
  actor: Actor | undefined | 'invalid';
}

export function createContext(db: Database, req: Request, tokens: Map<string, Actor>): Context {
  const requestDb = db.forRequest();
  return { db: requestDb, loaders: new Loaders(requestDb), actor: actorOf(req.headers.authorization, tokens) };
}
