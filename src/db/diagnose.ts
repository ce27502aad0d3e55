/**
 * Turns a failed connection to an external Neo4j into what to check. `fatal` problems
 * (wrong credentials, no such database) are reported at once: retrying will not help.
 */
export function diagnose(uri: string, database: string, error: unknown): { message: string; fatal: boolean } {
  const { code = '', message = String(error) } = (error ?? {}) as { code?: string; message?: string };
  const address = /^[a-z+]+:\/\/([^/]+)/.exec(uri)?.[1] ?? uri;
  const host = address.replace(/:\d+$/, '');
  if (/Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/.test(code)) {
    return { fatal: true, message: `Neo4j at ${address} refused the user name or password; check NEO4J_USER and NEO4J_PASSWORD` };
  }
  if (/Database\.DatabaseNotFound/.test(code)) {
    return { fatal: true, message: `Neo4j at ${address} has no database '${database}'; check NEO4J_DATABASE (Community edition has only 'neo4j')` };
  }
  if (/ECONNREFUSED/.test(message)) {
    return {
      fatal: false,
      message: `nothing accepts connections at ${address}: is Neo4j running there, with its Bolt connector on that port? (NEO4J_URI takes bolt://host:port for one server, neo4j://host:port for a cluster)`,
    };
  }
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/.test(message)) {
    return { fatal: false, message: `the host name '${host}' cannot be resolved; check the host in NEO4J_URI` };
  }
  if (/Failed to establish connection in|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH/.test(message)) {
    return { fatal: false, message: `no answer from ${address}; check the host and port in NEO4J_URI and that no firewall drops the connection` };
  }
  if (/SSL|TLS|certificate|EPROTO|encryption|handshake/i.test(message)) {
    return {
      fatal: false,
      message: `the connection to ${address} failed while setting up; check that the scheme matches the server's encryption (bolt:// without, bolt+s:// or neo4j+s:// with TLS)`,
    };
  }
  if (/routing|discovery/i.test(message)) {
    return { fatal: false, message: `no routing information from ${address}; for a single server use bolt://${address} instead of neo4j://` };
  }
  // Unknown: the driver's first sentence, without its long hints.
  return { fatal: false, message: `Neo4j at ${address} did not answer (${message.split(/\.\s|\n/)[0].slice(0, 200)})` };
}
