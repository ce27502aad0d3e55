/** Stops the test database started by global-setup.ts. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as any).__GOVGRAPH_NEO4J__?.stop();
}
