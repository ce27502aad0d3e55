import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';

/**
 * The processes a benchmark starts, and the promise that they all stop however the run
 * ends: normally (stopAll in a finally), on an error, on Ctrl-C or SIGTERM (stopAll, then
 * run the cleanups registered with atSignal, exit), or on a crash of the benchmark itself (the 'exit' handler sends SIGTERM to every
 * child still running; govgraph's service then stops its Neo4j by itself).
 */
export interface Started {
  name: string;
  child: ChildProcess;
  log: string;
}

const running = new Set<Started>();
const cleanups: (() => void)[] = [];
let handlersInstalled = false;

/** Work to do once the processes have stopped when a signal ends the run (removing a temporary data directory). */
export function atSignal(cleanup: () => void): void {
  cleanups.push(cleanup);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping what the benchmark started`);
      void stopAll().finally(() => {
        for (const cleanup of cleanups) cleanup();
        process.exit(130);
      });
    });
  }
}

/** The last lines of a child's log, for an error message. */
export function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts a node script with its output in `log`, and waits until `ready()` says yes
 * (polled every 250 ms) or `timeoutS` passes; fails at once, with the log's tail, if the
 * process exits first.
 */
export async function startProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  log: string,
  ready: () => Promise<boolean>,
  timeoutS: number,
): Promise<Started> {
  installHandlers();
  const out = openSync(log, 'a');
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', out, out] });
  const started: Started = { name, child, log };
  running.add(started);
  child.once('exit', () => running.delete(started));
  const deadline = Date.now() + timeoutS * 1000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before it was ready; its log (${log}) ends:\n${tail(log)}`);
    }
    if (await ready().catch(() => false)) return started;
    if (Date.now() > deadline) throw new Error(`${name} not ready after ${timeoutS} s; its log (${log}) ends:\n${tail(log)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** SIGTERM to each, SIGKILL to any still running after `graceS` (govgraph stops its Neo4j on SIGTERM). */
export async function stopAll(graceS = 60): Promise<void> {
  await Promise.all(
    [...running].map(async (s) => {
      if (s.child.exitCode !== null || s.child.signalCode !== null) return void running.delete(s);
      const exited = new Promise((r) => s.child.once('exit', r));
      s.child.kill('SIGTERM');
      const timer = setTimeout(() => s.child.kill('SIGKILL'), graceS * 1000);
      await exited;
      clearTimeout(timer);
      running.delete(s);
    }),
  );
}

/** A process's resident set, MB (NaN once it is gone). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return NaN;
  }
}

/** CPU time a process has used (user + system), ms; clock ticks are 100 a second on Linux. */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** The Neo4j JVM govgraph's service started (its child java process). */
export function javaPid(parent: number | undefined): number | undefined {
  const out = spawnSync('pgrep', ['-P', String(parent), 'java'], { encoding: 'utf8' }).stdout.trim();
  return out ? Number(out.split('\n')[0]) : undefined;
}
