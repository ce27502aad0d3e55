import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../src/config';
import { OPERATIONS } from './operations';

/**
 * `npm run bench`: starts govgraph as a user would (its own embedded Neo4j in a fresh data
 * directory, seeded at start-up), times each operation over HTTP and records the memory of
 * the API and database processes. Writes bench/results.md. Nothing here is a test: the
 * figures depend on the machine, so they are recorded, not asserted.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const PORT = 4700;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function post(query: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`benchmark query failed: ${JSON.stringify(body.errors)}`);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'govgraph-bench-'));
  const started = Date.now();
  const service = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
    // Speed, not limits, is measured: the nested-lists operation (cost 17,201) is above the
    // public cost limit, and sequential requests from one client would meet the rate limit.
    env: { ...process.env, PORT: String(PORT), NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '17801', GOVGRAPH_MAX_COST: '1000000', GOVGRAPH_RATE_READS: '1000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolveUp, rejectUp) => {
    service.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes('GraphQL at')) resolveUp();
    });
    service.on('exit', (code) => rejectUp(new Error(`service exited with code ${code} before it was ready`)));
  });
  const startS = (Date.now() - started) / 1000;
  const javaPid = Number(spawnSync('pgrep', ['-P', String(service.pid), 'java'], { encoding: 'utf8' }).stdout.trim());

  const rows: string[] = [];
  for (const op of OPERATIONS) {
    for (let i = 0; i < WARMUP; i++) await post(op.query);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      await post(op.query);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    const row = `| ${op.name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times[times.length - 1].toFixed(1)} |`;
    console.log(row);
    rows.push(row);
  }
  const apiMb = rssMb(service.pid!);
  const javaMb = javaPid ? rssMb(javaPid) : NaN;
  service.kill('SIGTERM');
  await new Promise((r) => service.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });

  const report = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench\` on ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
    `Each operation: ${WARMUP} warm-up requests, then ${RUNS} timed sequential requests over HTTP on loopback, against the seed graph.`,
    '',
    `Service start with a fresh data directory (embedded Neo4j, migrations, seed, GraphQL): ${startS.toFixed(1)} s.`,
    '',
    '| operation | p50 ms | p95 ms | max ms |',
    '|---|---|---|---|',
    ...rows,
    '',
    `Memory after the run (resident set): API process ${apiMb.toFixed(0)} MB, Neo4j JVM ${javaMb.toFixed(0)} MB.`,
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench', 'results.md'), report);
  console.log(`\nwrote bench/results.md`);
}

main().catch((e) => {
  console.error(`benchmark failed: ${(e as Error).message}`);
  process.exit(1);
});
