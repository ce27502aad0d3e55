import { rmSync } from 'node:fs';

/** Stops the test database started by global-setup.ts and removes its data. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as any).__GOVGRAPH_NEO4J__?.stop();
  const dir = (globalThis as any).__GOVGRAPH_TEST_DIR__;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
