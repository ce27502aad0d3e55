import { createHash, timingSafeEqual } from 'node:crypto';
import { userError } from '../server/errors';

export type Role = 'reader' | 'editor' | 'admin';
const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** Who is calling: the name configured for their token, and its role. */
export interface Actor {
  name: string;
  role: Role;
}

/**
 * Reads GOVGRAPH_TOKENS: comma-separated `token:role:name` entries, e.g.
 * "s3cret:editor:alice,t0ps3cret:admin:ops". Fails at start-up on a malformed entry.
 */
export function parseTokens(spec: string | undefined): Map<string, Actor> {
  const tokens = new Map<string, Actor>();
  for (const entry of (spec ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [token, role, name] = entry.split(':');
    if (!token || !name || !(role in RANK)) {
      throw new Error(`GOVGRAPH_TOKENS entry '${entry.replace(/^[^:]*/, '***')}' must be token:role:name with role reader, editor or admin`);
    }
    if (token.length < 8) throw new Error(`GOVGRAPH_TOKENS: the token of '${name}' is shorter than 8 characters`);
    tokens.set(token, { name, role: role as Role });
  }
  return tokens;
}

const digest = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * The actor of a request's Authorization header, or undefined when there is none.
 * Compares in constant time: every configured token is compared, each as a fixed-length
 * digest with timingSafeEqual, so the answer's timing says nothing about how much of a
 * guess was right.
 */
export function actorOf(header: string | undefined, tokens: Map<string, Actor>): Actor | undefined | 'invalid' {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return 'invalid';
  const presented = digest(match[1]);
  let found: Actor | undefined;
  for (const [token, actor] of tokens) {
    if (timingSafeEqual(digest(token), presented)) found = actor;
  }
  return found ?? 'invalid';
}

/** Refuses the request unless the caller has at least `role`: UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(actor: Actor | undefined | 'invalid', role: Role): Actor {
  if (actor === undefined) {
    throw userError('UNAUTHENTICATED', `this operation needs a token with role ${role} or higher: send "Authorization: Bearer <token>"`);
  }
  if (actor === 'invalid') throw userError('UNAUTHENTICATED', 'the token is not valid: check the Authorization header ("Bearer <token>")');
  if (RANK[actor.role] < RANK[role]) {
    throw userError('FORBIDDEN', `this operation needs role ${role}; the token of '${actor.name}' has role ${actor.role}`);
  }
  return actor;
}
