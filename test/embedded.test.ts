import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startEmbedded } from '../src/db/embedded';
import { freePort } from './global-setup';

const options = (dataDir: string, boltPort: number) => ({ dataDir, boltPort, pageCacheMb: 32, heapMb: 384, readyTimeoutS: 120 });

async function count(uri: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS n');
    return records[0].get('n');
  } finally {
    await driver.close();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the embedded Neo4j launcher', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'govgraph-embedded-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('keeps its data across a stop and a start on the same data directory', async () => {
    const port = await freePort();
    const first = await startEmbedded(options(dir, port));
    const driver = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    await driver.executeQuery('CREATE (:Probe {at: $at})', { at: 'first run' });
    await driver.close();
    await first.stop();
    expect(isRunning(first.pid)).toBe(false);

    const second = await startEmbedded(options(dir, port));
    try {
      expect(await count(second.uri)).toBe(1);
    } finally {
      await second.stop();
    }
  });

  test('refuses a taken port and says which port and what to do', async () => {
    const port = await freePort();
    const running = await startEmbedded(options(dir, port));
    try {
      const other = mkdtempSync(join(tmpdir(), 'govgraph-embedded-'));
      await expect(startEmbedded(options(other, port))).rejects.toThrow(
        `port ${port} on 127.0.0.1 is taken; stop what uses it or set NEO4J_BOLT_PORT to a free port`,
      );
      rmSync(other, { recursive: true, force: true });
    } finally {
      await running.stop();
    }
  });

  test('stops by itself when the process that started it is killed without warning', async () => {
    const port = await freePort();
    // A separate Node process (the compiled service code) plays the parent that dies.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `
      require('reflect-metadata');
      require(${JSON.stringify(join(__dirname, '..', 'dist', 'src', 'db', 'embedded.js'))})
        .startEmbedded(${JSON.stringify(options(dir, port))})
        .then((db) => { console.log('PID ' + db.pid); });
      setInterval(() => {}, 1000);
    `,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, GOVGRAPH_QUIET: 'true' } },
    );
    const javaPid = await new Promise<number>((resolvePid) => {
      parent.stdout!.on('data', (chunk: Buffer) => {
        const match = /PID (\d+)/.exec(chunk.toString());
        if (match) resolvePid(Number(match[1]));
      });
    });
    expect(isRunning(javaPid)).toBe(true);
    parent.kill('SIGKILL');
    const deadline = Date.now() + 90_000;
    while (isRunning(javaPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(isRunning(javaPid)).toBe(false);
  });
});
