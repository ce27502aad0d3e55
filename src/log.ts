/** One line per step, prefixed with the part of the service that speaks. */
export function log(part: string, message: string): void {
  if (process.env.GOVGRAPH_QUIET === 'true') return;
  console.log(`[${new Date().toISOString()}] ${part}: ${message}`);
}
