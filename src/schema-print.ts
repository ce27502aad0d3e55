import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { ROOT } from './config';
import { buildGovgraphSchema } from './schema';

/** Where the printed schema is kept, for developers, portals and review diffs. */
export const SCHEMA_FILE = join(ROOT, 'schema', 'schema.graphql');

/** The schema as SDL, types and fields sorted by name so a diff shows only real changes. */
export function printSorted(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

async function main(): Promise<void> {
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, printSorted(await buildGovgraphSchema()));
  console.log(`wrote ${relative(process.cwd(), SCHEMA_FILE)}`);
}

if (require.main === module) {
  main().catch((e: Error) => {
    console.error(`schema:print failed: ${e.message}`);
    process.exit(1);
  });
}
