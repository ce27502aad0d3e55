import type { GraphIds } from './operations';

/** What one run measured on one graph (bench/results.json keeps one per graph). */
export interface GraphResult {
  graph: string;
  description: string;
  measured: string;
  command: string;
  machine: { cores: number; model: string; memoryGiB: number; node: string; loadBefore: number[]; loadAfter: number[] };
  versions: { neo4j: string; neo4jGraphql: string };
  settings: { warmup: number; runs: number; connections: number; loadSeconds: number; loadRounds: number };
  serviceStartS: number;
  neo4jGraphqlSchemaMs: number;
  ids: GraphIds;
  operations: OperationResult[];
  /** The analyses, govgraph alone (bench/operations.ts ANALYSES); absent in results older than them. */
  analyses?: AnalysisResult[];
  load: LoadResult[];
  idleRssMb: Record<Impl, number> & { neo4j: number };
}

export type Impl = 'govgraph' | 'raw' | 'neo4jGraphql';
export const IMPL_NAMES: Record<Impl, string> = { govgraph: 'govgraph', raw: 'raw Cypher', neo4jGraphql: '@neo4j/graphql' };

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  /** CPU time of the implementation's process per request, ms. */
  cpuMs: number;
}

export interface OperationResult {
  key: string;
  name: string;
  /** Statements govgraph sent to Neo4j for one request (extensions.roundTrips). */
  statements: number;
  /** Values in govgraph's answer (non-null scalars): how much the answer holds. */
  facts: number;
  raw: string;
  /** 'same facts' (with what was left out), or why it cannot ask this. */
  neo4jGraphql: string;
  latency: Partial<Record<Impl, Latency>>;
  /** Why the operation was not timed: govgraph could not answer it. */
  failed?: string;
}

export interface AnalysisResult {
  key: string;
  name: string;
  statements: number;
  facts: number;
  latency?: Latency;
  /** Why it was not timed: govgraph could not answer it. */
  failed?: string;
}

export interface LoadResult {
  key: string;
  name: string;
  impl: Impl;
  requestsPerS: number;
  p50: number;
  p99: number;
  requests: number;
  failed: number;
  peakRssMb: number;
  cpuMsPerRequest: number;
}

/** Text safe in a table cell. */
const cell = (text: string) => text.replace(/\|/g, '/').replace(/\s+/g, ' ');
const f1 = (n: number | null | undefined) => (n == null || Number.isNaN(n) ? '–' : n.toFixed(1));
const f0 = (n: number | null | undefined) => (n == null || Number.isNaN(n) ? '–' : n.toFixed(0));
const ratio = (a?: number, b?: number) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`);

function graphSection(r: GraphResult): string[] {
  const m = r.machine;
  const s = r.settings;
  const lines = [
    `## ${r.graph === 'seed' ? 'Seed graph' : 'National graph'}`,
    '',
    `Measured ${r.measured} by \`${r.command}\` on ${m.cores} cores (${m.model}), ${m.memoryGiB} GiB, Node ${m.node}; load average ${m.loadBefore.map((l) => l.toFixed(1)).join(' ')} at the start and ${m.loadAfter.map((l) => l.toFixed(1)).join(' ')} at the end (other work shared the machine; the runs are interleaved so it hit the three alike).`,
    `Graph: ${r.description}. Neo4j ${r.versions.neo4j} embedded, started by govgraph's service (${r.serviceStartS.toFixed(1)} s to ready); the raw endpoint and @neo4j/graphql ${r.versions.neo4jGraphql} (schema built in ${(r.neo4jGraphqlSchemaMs / 1000).toFixed(1)} s) use its Bolt port. Each implementation is its own process.`,
    '',
    '### Latency, one client',
    '',
    `Per operation ${s.warmup} warm-up and ${s.runs} timed iterations; each iteration sends the request once to each implementation, one after another, starting with a different one each time. Over HTTP on 127.0.0.1, uncompressed, ms.`,
    '',
    '| operation | govgraph p50 | p95 | raw p50 | p95 | @neo4j/graphql p50 | p95 | govgraph / raw | govgraph / @neo4j/graphql | govgraph statements |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const op of r.operations) {
    if (op.failed) {
      lines.push(`| ${op.name} | not timed: ${cell(op.failed)} ||||||||| `);
      continue;
    }
    const { govgraph: g, raw, neo4jGraphql: n } = op.latency;
    lines.push(
      `| ${op.name} | ${f1(g?.p50)} | ${f1(g?.p95)} | ${f1(raw?.p50)} | ${f1(raw?.p95)} | ${f1(n?.p50)} | ${f1(n?.p95)} | ${ratio(g?.p50, raw?.p50)} | ${ratio(g?.p50, n?.p50)} | ${op.statements} |`,
    );
  }
  lines.push(
    '',
    "CPU time of each implementation's own process per request at one client (user + system, ms; govgraph's API process, not Neo4j):",
    '',
    '| operation | govgraph | raw | @neo4j/graphql |',
    '|---|---|---|---|',
    ...r.operations
      .filter((op) => !op.failed)
      .map((op) => `| ${op.name} | ${f1(op.latency.govgraph?.cpuMs)} | ${f1(op.latency.raw?.cpuMs)} | ${f1(op.latency.neo4jGraphql?.cpuMs)} |`),
  );
  if (r.analyses?.length) {
    lines.push(
      '',
      `Analyses, govgraph alone (each a named statement of its own, so no floor to compare with), in ${r.ids.area}; the same ${s.warmup} warm-up and ${s.runs} timed requests, ms:`,
      '',
      '| analysis | p50 | p95 | max | values in the answer | statements |',
      '|---|---|---|---|---|---|',
      ...r.analyses.map((a) =>
        a.failed
          ? `| ${a.name} | not timed: ${cell(a.failed)} |||||`
          : `| ${a.name} | ${f1(a.latency?.p50)} | ${f1(a.latency?.p95)} | ${f1(a.latency?.max)} | ${a.facts} | ${a.statements} |`,
      ),
    );
  }
  lines.push('', '### Throughput and memory, 50 concurrent clients', '');
  lines.push(
    `[autocannon](https://github.com/mcollina/autocannon), ${s.connections} connections to 127.0.0.1, ${s.loadSeconds} s per operation and implementation in ${s.loadRounds} rounds that take turns. After each run the benchmark waits until the ${s.connections} requests still in flight are answered, so the next starts on an idle machine; req/s counts them, with the time they took (answered + in flight, over the run and that wait). Resident set of the implementation's own process (govgraph's API process, not its Neo4j), sampled every 250 ms; CPU is that process's user + system time, from the start of a run until its last requests are answered, per request answered.`,
    '',
    '| operation | implementation | req/s | p50 ms | p99 ms | failed | peak RSS MB | CPU ms / request |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const l of r.load) {
    lines.push(
      `| ${l.name} | ${IMPL_NAMES[l.impl]} | ${f0(l.requestsPerS)} | ${l.requests ? f1(l.p50) : 'none within the run'} | ${l.requests ? f1(l.p99) : '–'} | ${l.failed} | ${f0(l.peakRssMb)} | ${f1(l.cpuMsPerRequest)} |`,
    );
  }
  const byOp = new Map<string, LoadResult[]>();
  r.load.forEach((l) => byOp.set(l.key, [...(byOp.get(l.key) ?? []), l]));
  if (byOp.size) {
    lines.push('', '| operation | govgraph / raw throughput | govgraph / @neo4j/graphql throughput |', '|---|---|---|');
    for (const rows of byOp.values()) {
      const get = (impl: Impl) => rows.find((x) => x.impl === impl)?.requestsPerS;
      lines.push(`| ${rows[0].name} | ${ratio(get('govgraph'), get('raw'))} | ${ratio(get('govgraph'), get('neo4jGraphql'))} |`);
    }
  }
  const idle = r.idleRssMb;
  lines.push(
    '',
    `Resident sets before the load: govgraph API ${f0(idle.govgraph)} MB, raw endpoint ${f0(idle.raw)} MB, @neo4j/graphql ${f0(idle.neo4jGraphql)} MB, Neo4j JVM ${f0(idle.neo4j)} MB.`,
  );
  lines.push('', '### Same question, same answer', '');
  lines.push(
    "Checked once before timing: the raw statement's answer equals govgraph's (lists compared as sets; the order too where it says so); @neo4j/graphql's answer, in its own shape, holds the same values (every non-null value, as a multiset).",
    '',
    '| operation | ids / arguments | values in the answer | raw Cypher | @neo4j/graphql |',
    '|---|---|---|---|---|',
  );
  for (const op of r.operations)
    lines.push(
      `| ${op.name} | ${argsOf(op.key, r.ids)} | ${op.failed ? '–' : op.facts} | ${op.failed ? 'not compared' : op.raw} | ${op.failed ? 'not compared' : cell(op.neo4jGraphql)} |`,
    );
  return lines;
}

function argsOf(key: string, ids: GraphIds): string {
  const args: Record<string, string> = {
    body: ids.body,
    bodiesByArea: ids.area,
    chainUp: ids.chainFrom,
    chainDown: ids.chainDownFrom,
    paths: `${ids.chainFrom} → ${ids.chainTo}`,
    item: ids.item,
    agreements: `as of ${ids.asOf}, notice ${ids.noticeFrom} – ${ids.noticeTo}`,
    search: `"${ids.search}"`,
    nestedLists: 'first 50 bodies by name',
  };
  return `\`${args[key] ?? ''}\``;
}

/** bench/results.md from every graph measured so far. */
export function renderReport(results: Record<string, GraphResult>): string {
  return [
    '# Benchmark results',
    '',
    'govgraph, the raw-Cypher floor (one hand-written statement per operation, bench/raw/, behind a minimal node:http endpoint) and @neo4j/graphql 7 (bench/neo4j-graphql/typeDefs.graphql, generated from src/model) on one Neo4j, measured in one interleaved run per graph by `npm run bench` (bench/run.ts). Figures depend on the machine and its load: they are recorded, not asserted; the ratios are the point.',
    '',
    ...['seed', 'national'].flatMap((g) => (results[g] ? [...graphSection(results[g]), ''] : [])),
  ].join('\n');
}
