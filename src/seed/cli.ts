import 'reflect-metadata';
import { readConfig } from '../config';
import { connect } from '../db/database';
import { startEmbedded, type EmbeddedNeo4j } from '../db/embedded';
import { migrate } from '../db/migrate';
import { log } from '../log';
import { certaintyCoverage, coverage, formatCoverage, formatSourceCoverage } from './coverage';
import { loadSeed, SeedError } from './load';

/**
 * `npm run seed [-- --reset] [-- --report]`: validates and loads the seed files into the
 * configured database (embedded when NEO4J_URI is unset) in one transaction, then prints
 * the coverage report. `--report` prints the report without loading.
 */
async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const unknown = [...args].filter((a) => !['--reset', '--report'].includes(a));
  if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')}; use --reset (replace the graph) or --report (only report)`);
  const config = readConfig();
  let embedded: EmbeddedNeo4j | undefined;
  try {
    let uri = config.neo4jUri;
    if (!uri) {
      log('neo4j', `starting embedded Neo4j (data ${config.embedded.dataDir})`);
      embedded = await startEmbedded({ ...config.embedded, readyTimeoutS: config.readyTimeoutS });
      uri = embedded.uri;
    }
    const db = await connect(uri, config.neo4jUser, config.neo4jPassword, config.neo4jDatabase, config.readyTimeoutS);
    try {
      await migrate(db);
      if (!args.has('--report')) {
        log('seed', `validating and loading ${config.seedDir}${args.has('--reset') ? ' (replacing the graph)' : ''}`);
        const loaded = await loadSeed(db, config.seedDir, { reset: args.has('--reset') });
        log('seed', `loaded ${loaded.nodes} nodes and ${loaded.relationships} relationships in one transaction`);
      }
      console.log(formatCoverage(await coverage(db)));
      console.log(formatSourceCoverage(await certaintyCoverage(db)));
    } finally {
      await db.driver.close();
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof SeedError ? e.message : `seed failed: ${(e as Error).message}`);
  process.exit(1);
});
