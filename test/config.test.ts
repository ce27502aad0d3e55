import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { ConfigError, readConfig, ROOT, VARIABLES } from '../src/config';
import { startService } from '../src/main';

const problems = (env: Record<string, string>): string => {
  try {
    readConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('readConfig accepted the environment');
};

describe('configuration is checked completely before anything starts', () => {
  test('every problem is reported at once, each with its variable, what is wrong and an example', () => {
    const message = problems({ PORT: '70000', SEED_ON_START: 'maybe', NEO4J_URI: 'http://db:7474', GOVGRAPH_MAX_COST: '-3' });
    expect(message.split('\n')).toEqual([
      'configuration: 4 problem(s):',
      '  PORT="70000": must be a port number from 1 to 65535 (HTTP port; e.g. PORT=4000)',
      '  NEO4J_URI="http://db:7474": must be bolt://host:port or neo4j://host:port (bolt+s/neo4j+s for TLS), with no path (an external Neo4j; unset starts the embedded one; e.g. NEO4J_URI=bolt://localhost:7687)',
      '  SEED_ON_START="maybe": must be true or false (also yes/no, 1/0, on/off) (load the seed when the graph is empty; e.g. SEED_ON_START=true)',
      '  GOVGRAPH_MAX_COST="-3": must be a whole number from 10 to 10000000 (estimated cost of an operation: each field 1, multiplied by the list sizes above it; e.g. GOVGRAPH_MAX_COST=10000)',
    ]);
  });

  test('SEED_ON_START=no means no (it used to mean yes)', () => {
    expect(readConfig({ SEED_ON_START: 'no' }).seedOnStart).toBe(false);
    expect(readConfig({ SEED_ON_START: 'false' }).seedOnStart).toBe(false);
    expect(readConfig({}).seedOnStart).toBe(true);
  });

  test('a token shorter than 8 characters is refused with the holder named and the token itself hidden', () => {
    const message = problems({ GOVGRAPH_TOKENS: 'abc:editor:alice' });
    expect(message).toContain("GOVGRAPH_TOKENS=(hidden): the token of 'alice' is shorter than 8 characters");
    expect(message).not.toContain('abc:');
  });

  test('defaults are those README.md lists', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.limits).toEqual({
      depth: 15,
      aliases: 15,
      tokens: 2000,
      directives: 50,
      selections: 20000,
      cost: 10000,
      listCap: 10,
      ids: 100,
      requestTimeoutMs: 10000,
    });
    expect(config.rateLimits).toEqual({ windowS: 60, reads: 1200, writes: 120, authFailures: 20, trustProxy: false });
    expect(config.introspection).toBe(true);
  });
});

describe('the HTTP port is bound before the database starts', () => {
  let blocker: Server;
  let port: number;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

  test('a taken port is reported at once, naming the fix, and no database is started', async () => {
    const dataDir = mkdtempSync(join(ROOT, '.data', 'port-taken-'));
    const config = readConfig({ PORT: String(port), HOST: '127.0.0.1', NEO4J_DATA_DIR: dataDir });
    const started = Date.now();
    await expect(startService(config)).rejects.toThrow(`port ${port} on 127.0.0.1 is taken; stop what uses it or set PORT to a free port`);
    expect(Date.now() - started).toBeLessThan(2000);
    // The launcher writes its log as soon as it starts; none means Neo4j was never started.
    expect(existsSync(join(dataDir, 'launcher.log'))).toBe(false);
  });
});

describe('README documents the configuration', () => {
  test('every variable appears in the README table with its default', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown: Record<string, string> = { NEO4J_URI: '*(unset)*', NEO4J_DATA_DIR: '`.data/neo4j`', SEED_DIR: '`seed`', GOVGRAPH_TOKENS: '*(none)*' };
    for (const variable of VARIABLES) {
      const cell = shown[variable.name] ?? `\`${variable.default}\``;
      expect(readme).toContain(`| \`${variable.name}\` | ${cell} |`);
    }
  });
});
