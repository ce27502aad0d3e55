import neo4j from 'neo4j-driver';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../src/config';
import { MANIFEST } from '../src/generate/load';
import { UPWARD } from '../src/reporting/chain.repository';
import type { GraphIds } from './operations';

/**
 * The graphs the benchmark runs on. `seed`: a fresh data directory, seeded by govgraph's
 * service at start-up as a user's first `npm start` would, removed afterwards. `national`:
 * the synthetic graph `npm run generate -- --scale national` made in its own data
 * directory (default .data/national), served as it is: no seed, nothing written.
 */
export interface Graph {
  name: 'seed' | 'national';
  dataDir: string;
  /** Remove dataDir when the run ends. */
  temporary: boolean;
  /** Service environment this graph needs. */
  env: Record<string, string>;
  /** What the graph is, for the report. */
  description: string;
  ids(boltUri: string): Promise<GraphIds>;
}

/** The README's examples (also what test/round-trips.test.ts sends). */
export const SEED_IDS: GraphIds = {
  body: 'body-svo',
  area: 'area-05',
  chainFrom: 'body-lso-avvikelser',
  chainTo: 'body-sso',
  chainDownFrom: 'body-svo',
  item: 'item-001-godkannande-arbetsplan',
  asOf: '2024-09-01',
  noticeFrom: '2024-09-01',
  noticeTo: '2025-12-31',
  search: 'hemsjuk',
};

/** Picked from the generated graph by bench/national-ids.cypher; days near the graph's own "today" (2026-11-30). */
async function nationalIds(boltUri: string): Promise<GraphIds> {
  const driver = neo4j.driver(boltUri, neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true });
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(readFileSync(join(ROOT, 'bench', 'national-ids.cypher'), 'utf8'), { upward: UPWARD }), {
      timeout: 300_000,
    });
    const row = result.records[0]?.toObject();
    if (!row || Object.values(row).some((v) => v == null))
      throw new Error(
        `bench/national-ids.cypher found no ${
          row
            ? Object.entries(row)
                .filter(([, v]) => v == null)
                .map(([k]) => k)
                .join(', ')
            : 'row'
        } in the national graph`,
      );
    return {
      ...(row as Pick<GraphIds, 'body' | 'area' | 'item' | 'chainFrom' | 'chainTo'>),
      chainDownFrom: row.body,
      asOf: '2026-09-01',
      noticeFrom: '2026-09-01',
      noticeTo: '2027-12-31',
      search: 'hemsjuk',
    };
  } finally {
    await session.close();
    await driver.close();
  }
}

export function graph(name: string, dataDir?: string): Graph {
  if (name === 'seed') {
    return {
      name: 'seed',
      dataDir: mkdtempSync(join(tmpdir(), 'govgraph-bench-')),
      temporary: true,
      env: {},
      description: 'the seed graph (five public documents and SCB codes: 1,281 nodes, 3,067 relationships at this commit), loaded into a fresh data directory',
      ids: async () => SEED_IDS,
    };
  }
  if (name === 'national') {
    const dir = resolve(dataDir ?? join(ROOT, '.data', 'national'));
    const manifestFile = join(dir, MANIFEST);
    const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : undefined;
    if (!manifest?.nodes) {
      throw new Error(
        `${dir} holds no finished generated graph (${manifest ? `its ${MANIFEST} says state '${manifest.state}'` : `no ${MANIFEST}`}); ` +
          'make one with `npm run generate -- --scale national` (or give --data-dir DIR)',
      );
    }
    return {
      name: 'national',
      dataDir: dir,
      temporary: false,
      // Served as generated: no seed; memory for a million nodes unless the caller set it.
      env: { SEED_ON_START: 'false', NEO4J_PAGE_CACHE_MB: process.env.NEO4J_PAGE_CACHE_MB ?? '1024', NEO4J_HEAP_MB: process.env.NEO4J_HEAP_MB ?? '1024' },
      description: `the generated ${manifest.scale} graph (${manifest.nodes.toLocaleString('en')} nodes, ${manifest.relationships.toLocaleString('en')} relationships, seed ${manifest.seed}; synthetic) in ${dir}`,
      ids: nationalIds,
    };
  }
  throw new Error(`--graph '${name}' is not one of seed, national`);
}
