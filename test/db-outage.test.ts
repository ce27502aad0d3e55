import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { join } from 'node:path';
import { ROOT, readConfig } from '../src/config';
import { startEmbedded } from '../src/db/embedded';
import { startService, type Service } from '../src/main';
import { freePort } from './global-setup';

/**
 * The service outlives its database: each test starts its own Neo4j and service (never the
 * shared test database, which other files use), kills the database under a steady stream
 * of reads and writes, and checks what clients get during the outage and after it.
 */
jest.setTimeout(300_000);

const TOKEN = 'outage-editor-token';
const READ = '{ body(id: "body-svo") { name principals { organisation { name } } } }';
const CREATE = 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }';
const MESSAGE = /^the database is unavailable; retry after \d+ s$/;

interface Outcome {
  status: number;
  ok: boolean;
  code?: string;
  message?: string;
  retryAfter: string | null;
  ms: number;
  startedAt: number;
  /** Whether the service took the database as down when the request was sent, and when its answer came. */
  downThroughout?: boolean;
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Outcome & { data?: any }> {
  const startedAt = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  return {
    status: response.status,
    ok: response.status === 200 && !body.errors,
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
    retryAfter: response.headers.get('retry-after'),
    ms: Date.now() - startedAt,
    startedAt,
    data: body.data,
  };
}

/** Polls until `check` holds, every 100 ms, for at most `withinMs`; returns when it held. */
async function waitFor(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    if (await check()) return Date.now();
    if (Date.now() > deadline) throw new Error(`condition not met within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = netConnect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolveOpen(true)));
    socket.once('error', () => resolveOpen(false));
  });
}

/** Reads from several clients and acknowledged writes from one, until stopped. */
function traffic(url: string, isDown: () => boolean) {
  const outcomes: Outcome[] = [];
  const acknowledged: string[] = [];
  let running = true;
  const reader = async () => {
    while (running) {
      const sentWhileDown = isDown();
      const outcome = await post(url, READ);
      outcomes.push({ ...outcome, downThroughout: sentWhileDown && isDown() });
    }
  };
  const writer = async () => {
    for (let n = 0; running; n++) {
      const id = `body-outage-${n}`;
      const input = {
        kind: 'Body',
        id,
        fields: { name: `Avbrottsrådet ${n}`, classification: 'COUNCIL', area: 'area-0580' },
        source: { sourceId: 'src-000', locator: 'Test av avbrott' },
      };
      const sentWhileDown = isDown();
      const outcome = await post(url, CREATE, { input }, { authorization: `Bearer ${TOKEN}` });
      outcomes.push({ ...outcome, downThroughout: sentWhileDown && isDown() });
      if (outcome.ok && outcome.data?.createEntity?.entity?.id === id) acknowledged.push(id);
    }
  };
  const loops = [reader(), reader(), reader(), writer()];
  return {
    outcomes,
    acknowledged,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe('the embedded database dies under load', () => {
  let service: Service;
  let url: string;
  let boltPort: number;
  const dataDir = join(ROOT, '.data', `test-outage-${process.pid}`);

  beforeAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    boltPort = await freePort();
    const config = readConfig({
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HEAP_MB: '512',
      NEO4J_PAGE_CACHE_MB: '32',
      GOVGRAPH_TOKENS: `${TOKEN}:editor:Olle Outage`,
      GOVGRAPH_RATE_READS: '1000000',
      GOVGRAPH_RATE_WRITES: '1000000',
    });
    service = await startService(config);
    url = service.server.url;
  });
  afterAll(async () => {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('requests fail fast with DATABASE_UNAVAILABLE, the JVM is restarted, and no acknowledged write is lost', async () => {
    const load = traffic(url, () => service.db.availability.isDown());
    await waitFor(async () => load.acknowledged.length >= 5, 30_000);
    const supervisor = service.embedded!;
    const killedPid = supervisor.pid;
    const killedAt = Date.now();
    process.kill(killedPid, 'SIGKILL');

    // /ready says 503 within a second of the kill, and each answer itself takes under a second.
    await waitFor(async () => {
      const started = Date.now();
      const response = await fetch(`${url}/ready`);
      expect(Date.now() - started).toBeLessThan(1000);
      return response.status === 503;
    }, 1000);
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'database unavailable' });
    expect(Number(ready.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // Liveness: the process still serves, and says what the database is doing.
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as any).database).toMatchObject({ state: 'restarting' });

    // The supervisor brings it back; the API serves again without a restart.
    const readyAgainAt = await waitFor(async () => (await fetch(`${url}/ready`)).status === 200, 120_000);
    // Ready means the database answers a ping; a restarted JVM then plans its statements
    // afresh, so on a loaded machine the first reads may still meet the time limit for a while.
    let after: Awaited<ReturnType<typeof post>> | undefined;
    await waitFor(async () => (after = await post(url, READ)).ok, 60_000);
    expect(after!.data.body.name).toBe('Samråd vård och omsorg');
    const writesBefore = load.acknowledged.length;
    await waitFor(async () => load.acknowledged.length > writesBefore, 30_000); // writes resume too
    await load.stop();

    expect(supervisor.restarts).toBe(1);
    expect(supervisor.pid).not.toBe(killedPid);
    expect(readyAgainAt).toBeGreaterThan(killedAt);

    // Requests sent and answered while the service knew the database was down: all refused.
    const whileDown = load.outcomes.filter((o) => o.downThroughout);
    expect(whileDown.length).toBeGreaterThan(0);
    for (const outcome of whileDown) expect(outcome.code).toBe('DATABASE_UNAVAILABLE');
    // Every refusal, including those of requests in flight at the kill: 503, Retry-After, a plain message, fast.
    for (const outcome of load.outcomes.filter((o) => o.code === 'DATABASE_UNAVAILABLE')) {
      expect(outcome.status).toBe(503);
      expect(outcome.message).toMatch(MESSAGE);
      expect(Number(outcome.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(outcome.ms).toBeLessThan(5000);
    }
    // Never an internal error or a hang. On a machine slow enough, a request may hit its
    // deadline (REQUEST_TIMEOUT) while the restarted JVM warms up; nothing else.
    for (const outcome of load.outcomes.filter((o) => !o.ok)) {
      expect(['DATABASE_UNAVAILABLE', 'REQUEST_TIMEOUT']).toContain(outcome.code);
    }

    // Every acknowledged write is in the graph.
    expect(load.acknowledged.length).toBeGreaterThan(5);
    for (let i = 0; i < load.acknowledged.length; i += 100) {
      const ids = load.acknowledged.slice(i, i + 100);
      const found = await post(url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
      expect(found.ok).toBe(true);
      expect(found.data.nodes.map((n: { id: string } | null) => n?.id)).toEqual(ids);
    }
  });

  test('our own stop does not restart the database', async () => {
    const supervisor = service.embedded!;
    const restarts = supervisor.restarts;
    await service.stop();
    // Longer than the first restart backoff (1 s): a restart would have bound the port again.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await portOpen(boltPort)).toBe(false);
    expect(supervisor.restarts).toBe(restarts);
  });
});

describe('an external database (NEO4J_URI)', () => {
  test('that refuses connections: start-up reports the likely fix at once and fails within seconds', async () => {
    const port = await freePort();
    // The service's own HTTP port must differ: the OS may hand out the just-freed port again,
    // and the driver would then reach our HTTP server ("Server responded HTTP") instead of nothing.
    let httpPort = await freePort();
    while (httpPort === port) httpPort = await freePort();
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      const config = readConfig({ PORT: String(httpPort), HOST: '127.0.0.1', NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_READY_TIMEOUT_S: '3' });
      const started = Date.now();
      await expect(startService(config)).rejects.toThrow(
        `database at bolt://127.0.0.1:${port} not ready after 3 s: nothing accepts connections at 127.0.0.1:${port}: is Neo4j running there, with its Bolt connector on that port?`,
      );
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      spy.mockRestore();
    }
    expect(lines.some((line) => line.includes(`cannot reach bolt://127.0.0.1:${port} yet: nothing accepts connections at 127.0.0.1:${port}`))).toBe(true);
  });

  test('that goes away while serving: fast DATABASE_UNAVAILABLE and /ready 503, then serving again once it is back', async () => {
    const dataDir = join(ROOT, '.data', `test-outage-external-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const options = { dataDir, boltPort: await freePort(), pageCacheMb: 32, heapMb: 384, readyTimeoutS: 120 };
    let neo4j = await startEmbedded(options);
    const service = await startService(readConfig({ PORT: String(await freePort()), HOST: '127.0.0.1', NEO4J_URI: neo4j.uri, SEED_ON_START: 'false' }));
    const url = service.server.url;
    const query = '{ organisation(code: "0580") { name } }';
    try {
      expect((await post(url, query)).ok).toBe(true);
      process.kill(neo4j.pid, 'SIGKILL');
      await neo4j.exited;

      // Nothing supervises this one: the driver's failure is what tells the service.
      const first = await post(url, query);
      expect({ status: first.status, code: first.code }).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(first.message).toMatch(MESSAGE);
      expect(first.ms).toBeLessThan(5000);
      const refused = await post(url, query);
      expect(refused.code).toBe('DATABASE_UNAVAILABLE');
      expect(refused.ms).toBeLessThan(1000);
      const started = Date.now();
      const ready = await fetch(`${url}/ready`);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'database unavailable' });
      expect(((await (await fetch(`${url}/health`)).json()) as any).database.state).toBe('unreachable');

      neo4j = await startEmbedded(options);
      await waitFor(async () => (await fetch(`${url}/ready`)).status === 200, 30_000);
      expect((await post(url, query)).ok).toBe(true);
    } finally {
      await service.stop();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
