import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../src/config';
import { freePort } from '../src/db/ports';

/**
 * `npm run bench:reliability`: starts govgraph as a user would (its own embedded Neo4j,
 * data directory and ports, rate limits raised out of the way), then
 *  1. loads three read operations from public/examples/ with 50 concurrent clients for
 *     30 s each, sampling memory and /ready while it runs;
 *  2. under the same load, with a writer sending createEntity calls, kills the Neo4j JVM
 *     and measures how the service answers and how long it takes to recover, then checks
 *     that every acknowledged write is in the graph.
 * Writes bench/reliability.md and bench/reliability.json. All traffic goes to 127.0.0.1
 * and every phase is bounded in time. The figures depend on the machine: recorded, not asserted.
 */
const CONNECTIONS = 50;
const LOAD_S = Number(process.env.BENCH_LOAD_S ?? 30);
/** The kill phase ends 10 s after the first successful read, or after this long. */
const KILL_PHASE_S = 180;
const KILL_AFTER_S = 10;
const TOKEN = 'reliability-bench-editor';

const OPERATIONS = [
  { name: 'body with principals and reporting lines', file: 'body-svo.graphql' },
  { name: 'reporting chains (up from an LSÖ group, down from SVO)', file: 'reporting-chain.graphql' },
  { name: 'full-text search "hemsjuk"', file: 'search.graphql' },
];

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return NaN;
  }
}

/** The service's Neo4j JVM: its child java process (a new pid after each restart). */
function javaPid(service: ChildProcess): number | undefined {
  const out = spawnSync('pgrep', ['-P', String(service.pid), 'java'], { encoding: 'utf8' }).stdout.trim();
  return out ? Number(out.split('\n')[0]) : undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.json() };
}

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}

/** Samples memory and /ready once a second while `work` runs. */
async function sampled<T>(base: string, service: ChildProcess, work: Promise<T>) {
  let running = true;
  const samples = { apiMb: 0, neo4jMb: 0, readyChecks: 0, readyNot200: 0, readyMaxMs: 0 };
  const sampler = (async () => {
    while (running) {
      samples.apiMb = Math.max(samples.apiMb, rssMb(service.pid) || 0);
      samples.neo4jMb = Math.max(samples.neo4jMb, rssMb(javaPid(service)) || 0);
      const started = Date.now();
      const code = await status(`${base}/ready`);
      samples.readyMaxMs = Math.max(samples.readyMaxMs, Date.now() - started);
      samples.readyChecks++;
      if (code !== 200) samples.readyNot200++;
      await sleep(1000);
    }
  })();
  const result = await work;
  running = false;
  await sampler;
  return { result, samples };
}

function load(base: string, query: string, durationS: number): Promise<autocannon.Result> {
  return loadUntil(base, query, durationS).done;
}

/** Load that can also be stopped early. */
function loadUntil(base: string, query: string, durationS: number) {
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolveLoad, rejectLoad) => {
    instance = autocannon(loadOptions(base, query, durationS), (error, result) => (error ? rejectLoad(error) : resolveLoad(result)));
  });
  return { done, stop: () => instance?.stop() };
}

function loadOptions(base: string, query: string, durationS: number): autocannon.Options {
  return {
    url: `${base}/graphql`,
    connections: CONNECTIONS,
    duration: durationS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    timeout: 20,
  };
}

/** createEntity calls one after another until stopped; the ids the service acknowledged. */
function writer(base: string) {
  const acknowledged: string[] = [];
  let sent = 0;
  let failed = 0;
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n++) {
      const id = `body-reliability-${Date.now()}-${n}`;
      const input = {
        kind: 'Body',
        id,
        fields: { name: `Tillförlitlighetsrådet ${n}`, classification: 'COUNCIL', area: 'area-0580' },
        source: { sourceId: 'src-000', locator: 'Mätning av tillförlitlighet' },
      };
      sent++;
      try {
        const { status: code, body } = await post(
          base,
          'mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }',
          { input },
          { authorization: `Bearer ${TOKEN}` },
        );
        if (code === 200 && !body.errors && body.data?.createEntity?.entity?.id === id) acknowledged.push(id);
        else failed++;
      } catch {
        failed++;
      }
      if (failed && acknowledged.length === 0 && sent > 50) await sleep(100);
    }
  })();
  return {
    acknowledged,
    stop: async () => {
      running = false;
      await done;
      return { sent, failed };
    },
  };
}

async function present(base: string, ids: string[]): Promise<number> {
  let found = 0;
  for (let i = 0; i < ids.length; i += 100) {
    const { body } = await post(base, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(i, i + 100) });
    found += (body.data?.nodes ?? []).filter((n: unknown) => n).length;
  }
  return found;
}

const row = (r: autocannon.Result) => ({
  requestsPerS: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  maxMs: r.latency.max,
  requests: r.requests.total,
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
});

async function main(): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = join(ROOT, '.data', `bench-reliability-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
  const service = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      GOVGRAPH_RATE_READS: '10000000',
      GOVGRAPH_RATE_WRITES: '10000000',
      GOVGRAPH_TOKENS: `${TOKEN}:editor:Reliability bench`,
      GOVGRAPH_QUIET: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const serviceLog: string[] = [];
  try {
    await new Promise<void>((resolveUp, rejectUp) => {
      service.stdout!.on('data', (chunk: Buffer) => {
        process.stdout.write(chunk);
        serviceLog.push(...chunk.toString().split('\n').filter(Boolean));
        if (chunk.toString().includes('GraphQL at')) resolveUp();
      });
      service.once('exit', (code) => rejectUp(new Error(`service exited with code ${code} before it was ready`)));
    });

    // 1. Steady load, one operation at a time.
    const reads = [];
    for (const op of OPERATIONS) {
      const query = readFileSync(join(ROOT, 'public', 'examples', op.file), 'utf8');
      const check = await post(base, query);
      if (check.body.errors) throw new Error(`${op.file} fails: ${JSON.stringify(check.body.errors)}`);
      console.log(`load: ${op.name}, ${CONNECTIONS} clients, ${LOAD_S} s`);
      const { result, samples } = await sampled(base, service, load(base, query, LOAD_S));
      reads.push({ operation: op.name, file: `public/examples/${op.file}`, ...row(result), ...samples });
      console.log(JSON.stringify(reads[reads.length - 1]));
    }

    // 2. The JVM killed under read load and a writer.
    const readQuery = readFileSync(join(ROOT, 'public', 'examples', OPERATIONS[0].file), 'utf8');
    console.log(`kill phase: ${CONNECTIONS} clients for ${KILL_PHASE_S} s, writer, JVM killed after ${KILL_AFTER_S} s`);
    const writes = writer(base);
    const phase = loadUntil(base, readQuery, KILL_PHASE_S);
    await sleep(KILL_AFTER_S * 1000);
    const killedPid = javaPid(service);
    if (!killedPid) throw new Error('no Neo4j JVM found under the service');
    const writesBeforeKill = writes.acknowledged.length;
    const loadAtKill = loadavg()[0].toFixed(2);
    const killedAt = Date.now();
    process.kill(killedPid, 'SIGKILL');
    const timeline: Record<string, number | undefined> = { ready503Ms: undefined, ready200Ms: undefined, firstReadMs: undefined };
    let readyMaxMs = 0;
    while (Date.now() - killedAt < (KILL_PHASE_S - KILL_AFTER_S - 2) * 1000 && timeline.firstReadMs === undefined) {
      const started = Date.now();
      const code = await status(`${base}/ready`);
      readyMaxMs = Math.max(readyMaxMs, Date.now() - started);
      if (code === 503 && timeline.ready503Ms === undefined) timeline.ready503Ms = Date.now() - killedAt;
      if (code === 200 && timeline.ready503Ms !== undefined && timeline.ready200Ms === undefined) timeline.ready200Ms = Date.now() - killedAt;
      if (timeline.ready200Ms !== undefined) {
        const read = await post(base, readQuery).catch(() => undefined);
        if (read?.status === 200 && !read.body.errors) timeline.firstReadMs = Date.now() - killedAt;
      }
      await sleep(100);
    }
    if (timeline.firstReadMs !== undefined) {
      await sleep(10_000); // ten seconds of load on the restarted database
      phase.stop();
    }
    const killResult = await phase.done;
    const writeCounts = await writes.stop();
    const presentCount = await present(base, writes.acknowledged);
    const kill = {
      ...timeline,
      phaseS: Math.round((Date.now() - killedAt) / 1000) + KILL_AFTER_S,
      loadAtKill,
      readyMaxMs,
      ...row(killResult),
      status503: (killResult as any).statusCodeStats?.['503']?.count ?? undefined,
      newJvmPid: javaPid(service),
      killedPid,
      writesSent: writeCounts.sent,
      writesAcknowledged: writes.acknowledged.length,
      writesAcknowledgedBeforeKill: writesBeforeKill,
      writesPresent: presentCount,
      writesRefused: writeCounts.failed,
      apiMb: rssMb(service.pid),
      neo4jMb: rssMb(javaPid(service)),
    };
    console.log(JSON.stringify(kill));
    const supervisorLines = serviceLog
      .filter((l) => /exited unexpectedly|back at|unreachable|reachable again/.test(l))
      .map((l) => l.replace(/^\[[^\]]+\] /, ''));

    const results = { measuredAt: new Date().toISOString(), machine, connections: CONNECTIONS, loadS: LOAD_S, reads, kill, supervisorLines };
    writeFileSync(join(ROOT, 'bench', 'reliability.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(join(ROOT, 'bench', 'reliability.md'), report(results));
    console.log('\nwrote bench/reliability.md and bench/reliability.json');
  } finally {
    service.kill('SIGTERM');
    await new Promise((r) => (service.exitCode !== null ? r(null) : service.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const s = (ms: number | undefined) => (ms === undefined ? 'not reached' : `${(ms / 1000).toFixed(1)} s`);
const mb = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : 'n/a');

function report(r: any): string {
  const k = r.kill;
  return [
    '# Reliability under load',
    '',
    `Measured ${r.measuredAt} by \`npm run bench:reliability\` on ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; load average at start ${r.machine.loadAverageAtStart}.`,
    `autocannon, the service and Neo4j share the same cores, so these are figures for the whole box, not the service alone.`,
    '',
    `## Steady reads: ${r.connections} concurrent clients, ${r.loadS} s each, POST /graphql on 127.0.0.1`,
    '',
    '| operation | requests/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx | /ready not 200 (of checks, 1/s) | /ready slowest ms | API RSS peak | Neo4j RSS peak |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.reads.map(
      (o: any) =>
        `| ${o.operation} (\`${o.file}\`) | ${o.requestsPerS} | ${o.p50Ms} | ${o.p99Ms} | ${o.maxMs} | ${o.requests} | ${o.errors} | ${o.non2xx} | ${o.readyNot200} of ${o.readyChecks} | ${o.readyMaxMs} | ${mb(o.apiMb)} | ${mb(o.neo4jMb)} |`,
    ),
    '',
    `## The Neo4j JVM killed (SIGKILL) under load`,
    '',
    `${r.connections} clients read the first operation while one writer sends createEntity calls one after another; after ${KILL_AFTER_S} s the JVM (pid ${k.killedPid}) is killed (1-minute load average then: ${k.loadAtKill}). The supervisor restarts it (new pid ${k.newJvmPid}); the phase ends 10 s after the first successful read (${k.phaseS} s in all).`,
    '',
    '| from the kill to | time |',
    '|---|---|',
    `| /ready answers 503 | ${s(k.ready503Ms)} |`,
    `| /ready answers 200 again | ${s(k.ready200Ms)} |`,
    `| first successful read | ${s(k.firstReadMs)} |`,
    '',
    `Slowest /ready answer during the outage: ${k.readyMaxMs} ms (as seen by this script, whose event loop also drives autocannon).`,
    '',
    '| whole phase | value |',
    '|---|---|',
    `| requests | ${k.requests} (${k.requestsPerS}/s) |`,
    `| latency p50 / p99 / max | ${k.p50Ms} / ${k.p99Ms} / ${k.maxMs} ms |`,
    `| non-2xx (503 DATABASE_UNAVAILABLE with Retry-After while down) | ${k.non2xx} |`,
    `| connection errors / timeouts | ${k.errors} / ${k.timeouts} |`,
    `| writes sent / acknowledged / present afterwards | ${k.writesSent} / ${k.writesAcknowledged} / ${k.writesPresent} |`,
    `| writes not acknowledged (DATABASE_UNAVAILABLE while down; REQUEST_TIMEOUT on the cold JVM after) | ${k.writesRefused} |`,
    `| RSS after the phase: API / Neo4j | ${mb(k.apiMb)} / ${mb(k.neo4jMb)} |`,
    '',
    'What the service logged:',
    '',
    ...r.supervisorLines.map((l: string) => `    ${l}`),
    '',
  ].join('\n');
}

main().catch((e) => {
  console.error(`reliability benchmark failed: ${(e as Error).message}`);
  process.exit(1);
});
