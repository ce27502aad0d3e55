import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../config';
import { log } from '../log';

const LAUNCHER_DIR = join(ROOT, 'launcher');
/** The launcher's classes and Neo4j's jars (the bulk importer in src/generate runs from the same classpath). */
export const CLASSPATH = [join(LAUNCHER_DIR, 'target', 'classes'), join(LAUNCHER_DIR, 'target', 'lib', '*')].join(':');

/** The JVM flags Neo4j's own start script uses on Java 17, plus bounded memory. */
function jvmFlags(heapMb: number): string[] {
  return [
    `-Xms${Math.min(256, heapMb)}m`,
    `-Xmx${heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
  ];
}

export interface EmbeddedOptions {
  dataDir: string;
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  readyTimeoutS: number;
  /** Neo4j's cap for transactions that set no timeout of their own (db.transaction.timeout); none when unset. */
  txTimeoutMs?: number;
  /** Memory one transaction may use (db.memory.transaction.max); Neo4j's default (no cap) when unset. */
  txMemoryMb?: number;
}

/** How the JVM ended: its exit code, or the signal that killed it. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running embedded Neo4j: its Bolt URI and how to stop it. */
export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Settles when the JVM exits, for whatever reason (see supervisor.ts). */
  exited: Promise<Exit>;
  stop(): Promise<void>;
}

/** Fails with a plain cause when Java is missing or too old (Neo4j 5.26 needs 17+). */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Error('no Java found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to an external Neo4j');
  }
  const match = /version "(\d+)/.exec(result.stderr);
  if (match && Number(match[1]) < 17) {
    throw new Error(`Java ${match[1]} found, but embedded Neo4j 5.26 needs Java 17 or newer`);
  }
}

/**
 * Builds the launcher once: compiles it and copies Neo4j's jars from Maven Central into
 * launcher/target/lib. Later starts skip this.
 */
export function buildLauncher(): void {
  if (existsSync(join(LAUNCHER_DIR, 'target', 'classes', 'govgraph', 'Launcher.class')) && existsSync(join(LAUNCHER_DIR, 'target', 'lib'))) {
    return;
  }
  log('neo4j', 'building the embedded Neo4j launcher (first run downloads Neo4j 5.26 from Maven Central, ~160 MB)');
  const started = Date.now();
  const result = spawnSync('mvn', ['-B', '-q', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) {
    throw new Error('no Maven found: install Maven 3.8+ (apt-get install maven) to build the embedded Neo4j launcher, or set NEO4J_URI');
  }
  if (result.status !== 0) {
    throw new Error(`building the Neo4j launcher failed (mvn exit ${result.status}); see Maven's output above`);
  }
  log('neo4j', `launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Starts Neo4j in a child JVM and resolves once it accepts Bolt connections. The child
 * stops when this process exits, even without a signal: its stdin is a pipe from us, and
 * the launcher shuts down when that pipe closes.
 */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  checkJava();
  buildLauncher();
  mkdirSync(options.dataDir, { recursive: true });
  const launcherLog = createWriteStream(join(options.dataDir, 'launcher.log'), { flags: 'a' });
  const args = [
    ...jvmFlags(options.heapMb),
    '-cp',
    CLASSPATH,
    'govgraph.Launcher',
    options.dataDir,
    String(options.boltPort),
    String(options.pageCacheMb),
    ...txCaps(options),
  ];
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.pipe(launcherLog);
  const exited = new Promise<Exit>((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));

  const uri = await new Promise<string>((resolveReady, rejectReady) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectReady(
        new Error(`embedded Neo4j not ready after ${options.readyTimeoutS} s; see ${join(options.dataDir, 'launcher.log')} and logs/debug.log there`),
      );
    }, options.readyTimeoutS * 1000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      launcherLog.write(line + '\n');
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolveReady(line.slice('READY '.length).trim());
      } else if (line.startsWith('ERROR ')) {
        clearTimeout(timer);
        rejectReady(new Error(`embedded Neo4j failed: ${line.slice('ERROR '.length)}`));
      }
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      rejectReady(new Error(`could not run java: ${e.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      rejectReady(new Error(`embedded Neo4j exited before it was ready (code ${code}, signal ${signal}); see ${join(options.dataDir, 'launcher.log')}`));
    });
  });

  return { uri, pid: child.pid!, exited, stop: () => stopChild(child) };
}

/**
 * The launcher's transaction caps. All transactions together may use up to four
 * transactions' worth, but never more than 70% of the heap (Neo4j's own default), so one
 * runaway query fails alone and the rest of the JVM keeps its memory.
 */
function txCaps(options: EmbeddedOptions): string[] {
  const perTx = options.txMemoryMb ?? 0;
  const total = perTx ? Math.max(perTx, Math.min(perTx * 4, Math.floor(options.heapMb * 0.7))) : 0;
  return [String(options.txTimeoutMs ?? 0), String(perTx), String(total)];
}

/** SIGTERM runs the launcher's shutdown hook, which flushes and closes the store. */
function stopChild(child: ChildProcess, graceS = 60): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceS * 1000);
    child.once('exit', () => {
      clearTimeout(force);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
