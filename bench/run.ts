import autocannon from 'autocannon';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../src/config';
import { freePort } from '../src/db/ports';
import { facts, factDifference, sameAnswer, sameOrder } from './compare';
import { graph as chooseGraph, type Graph } from './graphs';
import { typeDefs } from './neo4j-graphql/typedefs';
import { ANALYSES, OPERATIONS, type GraphIds, type Operation } from './operations';
import { atSignal, cpuMs, javaPid, rssMb, startProcess, stopAll, type Started } from './processes';
import { IMPL_NAMES, renderReport, type AnalysisResult, type GraphResult, type Impl, type Latency, type LoadResult, type OperationResult } from './report';

/**
 * `npm run bench [-- --graph seed|national] [--data-dir DIR]`: govgraph, the raw-Cypher
 * floor and @neo4j/graphql 7, side by side on one Neo4j in one interleaved run.
 *  1. starts govgraph's service as a user would (its embedded Neo4j; the seed graph in a
 *     fresh data directory, or the generated national graph as it is), then the raw
 *     endpoint (bench/raw-server.ts) and @neo4j/graphql (bench/neo4j-graphql/server.ts)
 *     on its Bolt port, each its own process on 127.0.0.1;
 *  2. checks once that each answers every operation with govgraph's answer;
 *  3. times each operation with one client, the three taking turns request by request;
 *  4. loads the body, list and nested-list operations with 50 clients (autocannon), the
 *     three taking turns, sampling each process's memory and CPU;
 *  5. writes bench/results.json (one entry per graph) and bench/results.md.
 * Whatever happens, what it started is stopped (bench/processes.ts). Nothing is asserted:
 * the figures depend on the machine. BENCH_WARMUP, BENCH_RUNS, BENCH_LOAD_S (seconds per
 * operation and implementation), BENCH_LOAD_ROUNDS and BENCH_CONNECTIONS size it; --quick
 * stops after step 3 with 3 runs per operation and writes nothing.
 */
// --quick: a check that every operation answers on the graph, with a few timed runs; no load phase, no results written.
const QUICK = process.argv.includes('--quick');
// --latency-only: the answers checked and the one-client phase with the full runs; no load phase, no results written (a look, not a record).
const LATENCY_ONLY = process.argv.includes('--latency-only');
const WARMUP = QUICK ? 1 : Number(process.env.BENCH_WARMUP ?? 10);
const RUNS = QUICK ? 3 : Number(process.env.BENCH_RUNS ?? 50);
const LOAD_S = Number(process.env.BENCH_LOAD_S ?? 10);
const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const IMPLS: Impl[] = ['govgraph', 'raw', 'neo4jGraphql'];
const RESULTS_JSON = join(ROOT, 'bench', 'results.json');

/** How to send one operation to one implementation. */
interface Target {
  impl: Impl;
  url: string;
  body: string;
  pid: number;
}

const HEADERS = { 'content-type': 'application/json', 'accept-encoding': 'identity' };

async function send(target: Pick<Target, 'url' | 'body'>): Promise<any> {
  const response = await fetch(target.url, { method: 'POST', headers: HEADERS, body: target.body, signal: AbortSignal.timeout(120_000) });
  const json = (await response.json()) as any;
  if (!response.ok || json.errors || json.error)
    throw new Error(`${target.url} answered ${response.status}: ${JSON.stringify(json.errors ?? json.error ?? json).slice(0, 500)}`);
  return json;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function targetsFor(op: Operation, ids: GraphIds, urls: Record<Impl, string>, pids: Record<Impl, number>): Target[] {
  const variables = op.variables(ids);
  const targets: Target[] = [
    { impl: 'govgraph', url: `${urls.govgraph}/graphql`, body: JSON.stringify({ query: op.query, variables }), pid: pids.govgraph },
    { impl: 'raw', url: `${urls.raw}/${op.key}`, body: JSON.stringify(variables), pid: pids.raw },
  ];
  if ('query' in op.neo4jGraphql)
    targets.push({
      impl: 'neo4jGraphql',
      url: `${urls.neo4jGraphql}/graphql`,
      body: JSON.stringify({ query: op.neo4jGraphql.query, variables }),
      pid: pids.neo4jGraphql,
    });
  return targets;
}

/**
 * Step 2: the same question gets the same answer; an empty answer means the ids are not in
 * this graph. An operation govgraph cannot answer is recorded as failed and not timed; a
 * raw statement that fails or differs stops the run (a floor must answer the same question).
 */
async function checkAnswers(op: Operation, targets: Target[], ids: GraphIds): Promise<{ checked: Omit<OperationResult, 'latency'>; timed: Target[] }> {
  const answers = await Promise.all(
    targets.map((t) =>
      send(t).then(
        (json) => ({ json, error: '' }),
        (e: Error) => ({ json: undefined, error: e.message.replace(/^\S+ answered /, '') }),
      ),
    ),
  );
  const [govgraph, raw, neo4jGraphql] = answers;
  const base = { key: op.key, name: op.name, statements: govgraph.json?.extensions?.roundTrips ?? NaN, facts: 0, raw: '', neo4jGraphql: '' };
  if (govgraph.error) {
    const others = targets
      .slice(1)
      .map((t, i) => `${IMPL_NAMES[t.impl]} ${answers[i + 1].error ? `fails too (${answers[i + 1].error.slice(0, 200)})` : 'answers'}`)
      .join(', ');
    return { checked: { ...base, failed: `govgraph fails (${govgraph.error.slice(0, 300)}); ${others}` }, timed: [] };
  }
  if (raw.error) throw new Error(`${op.key}: the raw statement (bench/raw/${op.key}.cypher) failed: ${raw.error}`);
  const found = facts(govgraph.json.data);
  if (found.length === 0)
    throw new Error(`${op.key}: govgraph's answer is empty for ${JSON.stringify(op.variables(ids))}; pick ids this graph holds (bench/graphs.ts)`);
  if (!sameAnswer(govgraph.json.data, raw.json.data)) {
    throw new Error(
      `${op.key}: the raw statement (bench/raw/${op.key}.cypher) answers differently: ${JSON.stringify(factDifference(found, facts(raw.json.data)))}`,
    );
  }
  let other: string;
  let timed = targets;
  if ('cannot' in op.neo4jGraphql) other = `cannot: ${op.neo4jGraphql.cannot}`;
  else if (neo4jGraphql.error) {
    other = `fails: ${neo4jGraphql.error.slice(0, 300)}`;
    timed = targets.slice(0, 2);
  } else {
    const ignore = op.neo4jGraphql.ignore ?? [];
    const [a, b] = [facts(govgraph.json.data, ignore), facts(neo4jGraphql.json.data, ignore)];
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${op.key}: @neo4j/graphql answers differently: ${JSON.stringify(factDifference(a, b))}`);
    other = op.neo4jGraphql.differs ? `same values except ${ignore.join(', ')}: ${op.neo4jGraphql.differs}` : 'same values';
  }
  const order = sameOrder(govgraph.json.data, raw.json.data) ? 'same answer, same order' : 'same answer, other order';
  return { checked: { ...base, facts: found.length, raw: order, neo4jGraphql: other }, timed };
}

/**
 * Step 3: one client; each iteration asks every implementation once, starting with a
 * different one. The CPU an implementation's process spends on its own requests is summed
 * too (the kernel counts in 10 ms ticks: per request it is an average over the runs).
 */
async function timeOperation(targets: Target[]): Promise<Partial<Record<Impl, Latency>>> {
  const times = new Map<Impl, number[]>(targets.map((t) => [t.impl, []]));
  const cpu = new Map<Impl, number>(targets.map((t) => [t.impl, 0]));
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (let j = 0; j < targets.length; j++) {
      const target = targets[(i + j) % targets.length];
      const cpuBefore = cpuMs(target.pid);
      const started = process.hrtime.bigint();
      await send(target);
      if (i < WARMUP) continue;
      times.get(target.impl)!.push(Number(process.hrtime.bigint() - started) / 1e6);
      cpu.set(target.impl, cpu.get(target.impl)! + cpuMs(target.pid) - cpuBefore);
    }
  }
  return Object.fromEntries(
    [...times].map(([impl, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return [impl, { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], cpuMs: cpu.get(impl)! / RUNS }];
    }),
  );
}

/** Step 3b: the analyses, govgraph alone; one that fails is recorded, not timed. */
async function timeAnalyses(ids: GraphIds, url: string, pid: number): Promise<AnalysisResult[]> {
  const results: AnalysisResult[] = [];
  for (const a of ANALYSES) {
    const target: Target = { impl: 'govgraph', url: `${url}/graphql`, body: JSON.stringify({ query: a.query, variables: a.variables(ids) }), pid };
    const answer = await send(target).catch((e: Error) => ({ error: e.message }));
    if ('error' in answer) {
      results.push({ key: a.key, name: a.name, statements: NaN, facts: 0, failed: String(answer.error).slice(0, 300) });
      continue;
    }
    const latency = (await timeOperation([target])).govgraph!;
    results.push({ key: a.key, name: a.name, statements: answer.extensions?.roundTrips ?? NaN, facts: facts(answer.data).length, latency });
    console.log(`${a.key}: p50 ${latency.p50.toFixed(1)} ms, ${facts(answer.data).length} values`);
  }
  return results;
}

/** Step 4: 50 clients for LOAD_S seconds per implementation, in rounds that take turns. */
async function loadOperation(op: Operation, targets: Target[]): Promise<LoadResult[]> {
  const totals = new Map<
    Impl,
    { requests: number; seconds: number; failed: number; p50: number[]; p99: number[]; peak: number; cpu: number; answered: number; drained: number }
  >();
  for (let round = 0; round < LOAD_ROUNDS; round++) {
    for (let j = 0; j < targets.length; j++) {
      const target = targets[(round + j) % targets.length];
      const total = totals.get(target.impl) ?? { requests: 0, seconds: 0, failed: 0, p50: [], p99: [], peak: 0, cpu: 0, answered: 0, drained: 0 };
      const cpuBefore = cpuMs(target.pid);
      const sampler = setInterval(() => (total.peak = Math.max(total.peak, rssMb(target.pid) || 0)), 250);
      const result = await autocannon({
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: target.body,
        connections: CONNECTIONS,
        duration: LOAD_S / LOAD_ROUNDS,
      });
      // The requests in flight when autocannon stops are still being answered: wait for them
      // (one more request queues behind them), so the next implementation starts on an idle machine.
      const drainStarted = Date.now();
      await send(target).catch(() => undefined);
      clearInterval(sampler);
      total.cpu += cpuMs(target.pid) - cpuBefore;
      // Throughput counts them too, with the time they took: for an operation that takes
      // seconds under load, the 50 in flight are a large part of what was done.
      total.drained += CONNECTIONS;
      total.requests += result.requests.total;
      total.answered += result['2xx'];
      total.seconds += result.duration + (Date.now() - drainStarted) / 1000;
      total.failed += result.non2xx + result.errors + result.timeouts;
      // autocannon gives 0 when no request was answered within the run: no percentile then.
      if (result['2xx'] > 0) {
        total.p50.push(result.latency.p50);
        total.p99.push(result.latency.p99);
      }
      totals.set(target.impl, total);
      console.log(
        `  ${op.key} ${IMPL_NAMES[target.impl]} round ${round + 1}: ${result['2xx']} answered in ${result.duration} s and ${CONNECTIONS} in flight in ${((Date.now() - drainStarted) / 1000).toFixed(1)} s more, p50 ${result.latency.p50} ms`,
      );
    }
  }
  return [...totals].map(([impl, t]) => ({
    key: op.key,
    name: op.name,
    impl,
    requestsPerS: (t.answered + t.drained) / t.seconds,
    // The rounds' medians and 99th percentiles, averaged: each round is as long as the others.
    p50: t.p50.reduce((a, b) => a + b, 0) / t.p50.length,
    p99: t.p99.reduce((a, b) => a + b, 0) / t.p99.length,
    requests: t.requests,
    failed: t.failed,
    peakRssMb: t.peak,
    // The CPU was counted until the requests in flight were answered too: those count as well.
    cpuMsPerRequest: t.cpu / Math.max(1, t.answered + t.drained),
  }));
}

async function ok(url: string): Promise<boolean> {
  return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
}

/** Step 1: govgraph's service with its Neo4j, then the two others on its Bolt port. */
async function startAll(g: Graph, logDir: string): Promise<{ started: Record<Impl, Started>; urls: Record<Impl, string>; boltUri: string; startS: number }> {
  const [port, boltPort, rawPort, neo4jGraphqlPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const began = Date.now();
  const govgraph = await startProcess(
    'govgraph',
    join(ROOT, 'dist', 'src', 'main.js'),
    {
      ...process.env,
      ...g.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_DATA_DIR: g.dataDir,
      NEO4J_BOLT_PORT: String(boltPort),
      // Speed, not limits, is measured: the nested-lists operation is above the public cost
      // limit, one client's requests would meet the rate limit, and a national-scale answer
      // may take longer than a public request may.
      GOVGRAPH_MAX_COST: '10000000',
      GOVGRAPH_RATE_READS: '10000000',
      GOVGRAPH_REQUEST_TIMEOUT_MS: '120000',
      NEO4J_TX_TIMEOUT_MS: '120000',
      GOVGRAPH_REPORT_ROUND_TRIPS: 'true',
    },
    join(logDir, 'govgraph.log'),
    () => ok(`http://127.0.0.1:${port}/ready`),
    900,
  );
  const startS = (Date.now() - began) / 1000;
  const boltUri = `bolt://127.0.0.1:${boltPort}`;
  const others = { ...process.env, BOLT_URI: boltUri };
  const raw = await startProcess(
    'raw endpoint',
    join(ROOT, 'dist', 'bench', 'raw-server.js'),
    { ...others, PORT: String(rawPort) },
    join(logDir, 'raw.log'),
    async () => /^ready /m.test(readFileSync(join(logDir, 'raw.log'), 'utf8')),
    60,
  );
  const neo4jGraphql = await startProcess(
    '@neo4j/graphql',
    join(ROOT, 'dist', 'bench', 'neo4j-graphql', 'server.js'),
    { ...others, PORT: String(neo4jGraphqlPort) },
    join(logDir, 'neo4j-graphql.log'),
    async () => /^ready /m.test(readFileSync(join(logDir, 'neo4j-graphql.log'), 'utf8')),
    300,
  );
  return {
    started: { govgraph, raw, neo4jGraphql },
    urls: { govgraph: `http://127.0.0.1:${port}`, raw: `http://127.0.0.1:${rawPort}`, neo4jGraphql: `http://127.0.0.1:${neo4jGraphqlPort}` },
    boltUri,
    startS,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      graph: { type: 'string', default: process.env.BENCH_GRAPH ?? 'seed' },
      'data-dir': { type: 'string' },
      quick: { type: 'boolean', default: false },
      'latency-only': { type: 'boolean', default: false },
    },
  });
  const kept = readFileSync(join(ROOT, 'bench', 'neo4j-graphql', 'typeDefs.graphql'), 'utf8');
  if (kept !== typeDefs()) throw new Error('bench/neo4j-graphql/typeDefs.graphql differs from what src/model gives; run `npm run bench:typedefs`');
  const g = chooseGraph(values.graph!, values['data-dir']);
  // Logs apart from the data: kept when the run fails, for the message's pointer.
  const logDir = mkdtempSync(join(tmpdir(), 'govgraph-bench-logs-'));
  const loadBefore = loadavg();
  console.log(`benchmark on ${g.description}`);
  let finished = false;
  atSignal(() => {
    if (g.temporary) rmSync(g.dataDir, { recursive: true, force: true });
    console.error(`the processes' logs are in ${logDir}`);
  });
  try {
    const { started, urls, boltUri, startS } = await startAll(g, logDir);
    const pids = Object.fromEntries(IMPLS.map((i) => [i, started[i].child.pid!])) as Record<Impl, number>;
    const ids = await g.ids(boltUri);
    console.log(`ready in ${startS.toFixed(1)} s; ids: ${JSON.stringify(ids)}`);
    const schemaMs = Number(/schema built in (\d+) ms/.exec(readFileSync(started.neo4jGraphql.log, 'utf8'))?.[1] ?? NaN);

    const operations: OperationResult[] = [];
    const timed = new Map<string, Target[]>();
    for (const op of OPERATIONS) {
      // --quick checks them all and lists every one that fails; a full run stops at the first.
      const outcome = await checkAnswers(op, targetsFor(op, ids, urls, pids), ids).catch((e: Error) => {
        if (!QUICK) throw e;
        return { checked: { key: op.key, name: op.name, statements: NaN, facts: 0, raw: '', neo4jGraphql: '', failed: e.message }, timed: [] };
      });
      const { checked, timed: targets } = outcome;
      console.log(
        checked.failed
          ? `${op.key}: ${checked.failed}`
          : `${op.key}: ${checked.facts} values; raw ${checked.raw}; @neo4j/graphql ${checked.neo4jGraphql.split(':')[0]}; govgraph ${checked.statements} statement(s)`,
      );
      operations.push({ ...checked, latency: {} });
      timed.set(op.key, targets);
    }
    for (const [i, op] of OPERATIONS.entries()) {
      if (!timed.get(op.key)!.length) continue;
      operations[i].latency = await timeOperation(timed.get(op.key)!);
      const l = operations[i].latency;
      console.log(
        `| ${op.name} | ${IMPLS.map((impl) => (l[impl] ? `${IMPL_NAMES[impl]} ${l[impl]!.p50.toFixed(1)}` : ''))
          .filter(Boolean)
          .join(' | ')} |`,
      );
    }
    const analyses = await timeAnalyses(ids, urls.govgraph, pids.govgraph);
    if (LATENCY_ONLY) {
      for (const o of operations) {
        const l = o.latency;
        if (l.govgraph && l.raw)
          console.log(
            `${o.key}: govgraph/raw ${(l.govgraph.p50 / l.raw.p50).toFixed(2)}× (p50 ${l.govgraph.p50.toFixed(1)} / ${l.raw.p50.toFixed(1)} ms; ` +
              `CPU per request ${l.govgraph.cpuMs.toFixed(1)} / ${l.raw.cpuMs.toFixed(1)} ms; ${o.statements} statement(s))`,
          );
      }
      console.log(
        `\n--latency-only: load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} at the start, ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')} at the end; nothing written`,
      );
      finished = true;
      return;
    }
    if (QUICK) {
      const failed = operations.filter((o) => o.failed);
      if (failed.length) throw new Error(`--quick: ${failed.length} operation(s) failed: ${failed.map((o) => o.key).join(', ')}`);
      console.log(`\n--quick: every operation answered on ${g.name}; nothing written (the figures of a short run are not results)`);
      finished = true;
      return;
    }
    const java = javaPid(pids.govgraph);
    const idleRssMb = { govgraph: rssMb(pids.govgraph), raw: rssMb(pids.raw), neo4jGraphql: rssMb(pids.neo4jGraphql), neo4j: rssMb(java) };
    const load: LoadResult[] = [];
    for (const op of OPERATIONS.filter((o) => o.load && timed.get(o.key)!.length)) load.push(...(await loadOperation(op, timed.get(op.key)!)));

    const result: GraphResult = {
      graph: g.name,
      description: g.description,
      measured: new Date().toISOString(),
      command:
        `npm run bench -- --graph ${g.name}${values['data-dir'] ? ` --data-dir ${values['data-dir']}` : ''}` +
        (process.env.BENCH_RUNS || process.env.BENCH_WARMUP || process.env.BENCH_LOAD_S
          ? ` (BENCH_WARMUP=${WARMUP} BENCH_RUNS=${RUNS} BENCH_LOAD_S=${LOAD_S})`
          : ''),
      machine: {
        cores: cpus().length,
        model: cpus()[0].model,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        loadBefore,
        loadAfter: loadavg(),
      },
      versions: { neo4j: '5.26', neo4jGraphql: JSON.parse(readFileSync(join(ROOT, 'node_modules', '@neo4j', 'graphql', 'package.json'), 'utf8')).version },
      settings: { warmup: WARMUP, runs: RUNS, connections: CONNECTIONS, loadSeconds: LOAD_S, loadRounds: LOAD_ROUNDS },
      serviceStartS: startS,
      neo4jGraphqlSchemaMs: schemaMs,
      ids,
      operations,
      analyses,
      load,
      idleRssMb,
    };
    const all = existsSync(RESULTS_JSON) ? JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) : {};
    all[g.name] = result;
    writeFileSync(RESULTS_JSON, JSON.stringify(all, null, 2) + '\n');
    writeFileSync(join(ROOT, 'bench', 'results.md'), renderReport(all));
    console.log('\nwrote bench/results.md and bench/results.json');
    finished = true;
  } finally {
    await stopAll();
    if (g.temporary) rmSync(g.dataDir, { recursive: true, force: true });
    if (finished) rmSync(logDir, { recursive: true, force: true });
    else console.error(`the processes' logs are in ${logDir}`);
  }
}

main().catch((e) => {
  console.error(`benchmark failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
