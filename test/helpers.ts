import 'reflect-metadata';
import { readConfig } from '../src/config';
import { connect, type Database } from '../src/db/database';
import { startServer, type RunningServer } from '../src/server/app';

/** The test database (started once for the whole run by global-setup.ts). */
export function testDatabase(): Promise<Database> {
  const uri = process.env.GOVGRAPH_TEST_NEO4J_URI;
  if (!uri) throw new Error('GOVGRAPH_TEST_NEO4J_URI is not set: run the tests with `npm test`');
  return connect(uri, 'neo4j', 'neo4j', 'neo4j', 30);
}

export interface TestApi {
  db: Database;
  server: RunningServer;
  /** POSTs a GraphQL operation and returns the parsed response body. */
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ data?: any; errors?: any[] }>;
  /** The data of an operation that must succeed (the test fails on any error). */
  data(query: string, variables?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
}

/** The real HTTP service on a free port, against the test database. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const db = await testDatabase();
  const config = readConfig({ PORT: '1', ...env });
  const server = await startServer(db, { ...config, port: 0, host: '127.0.0.1' });
  const api: TestApi = {
    db,
    server,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<{ data?: any; errors?: any[] }>;
    },
    async data(query, variables) {
      const response = await api.gql(query, variables);
      expect(response.errors).toBeUndefined();
      return response.data;
    },
    async close() {
      await server.stop();
      await db.driver.close();
    },
  };
  return api;
}

/** The ids of a list of nodes, in order. */
export const ids = (nodes: { id: string }[]): string[] => nodes.map((n) => n.id);

/** A sorted copy. */
export const sorted = (values: string[]): string[] => [...values].sort();

/** Östergötland's 13 municipalities as organisations (SCB codes 0509–0586), principals of SVO. */
export const OSTERGOTLAND_MUNICIPALITIES = [
  'org-kommun-0509',
  'org-kommun-0512',
  'org-kommun-0513',
  'org-kommun-0560',
  'org-kommun-0561',
  'org-kommun-0562',
  'org-kommun-0563',
  'org-kommun-0580',
  'org-kommun-0581',
  'org-kommun-0582',
  'org-kommun-0583',
  'org-kommun-0584',
  'org-kommun-0586',
];
