import type { Request } from 'express';
import type { Database } from '../db/database';
import { Loaders } from '../shared/loaders';

/** What every resolver gets: the request's database view and loaders. */
export interface Context {
  db: Database;
  loaders: Loaders;
}

export function createContext(db: Database, _req: Request): Context {
  const requestDb = db.forRequest();
  return { db: requestDb, loaders: new Loaders(requestDb) };
}
