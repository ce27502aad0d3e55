import { Field, ObjectType } from 'type-graphql';
import type { KindName } from '../../model';
import { nodeClass } from '../../shared/registry';
import { Node } from '../../shared/types';
import { AuditRecord } from '../audit.type';
import { a, camel } from './names';

/**
 * What a typed write returns: the entity as it now is, typed (`body: Body`), and the audit
 * record of the write, as the JSON family's WriteResult has them.
 */
const payloads = new Map<KindName, new () => object>();

export function payloadOf(kind: KindName): new () => object {
  if (payloads.has(kind)) return payloads.get(kind)!;
  const name = `${kind}Payload`;
  const cls = { [name]: class {} }[name];
  // A thunk: the class of each kind is registered by its own folder before the schema is built.
  Field(() => nodeClass(kind), { description: `The ${kind} as it is after the write.` })(cls.prototype, camel(kind));
  Field(() => AuditRecord, { description: 'The audit record of the write.' })(cls.prototype, 'audit');
  ObjectType(name, { description: `What a write to ${a(kind)} did: the ${kind} as it now is, and the audit record of the write.` })(cls);
  payloads.set(kind, cls);
  return cls;
}

@ObjectType({ description: 'What a typed link or retireLink mutation did: both ends as they now are, and the audit record of the write.' })
export class LinkPayload {
  @Field(() => Node, { description: 'The start of the relationship (a link counts as a write to it: its version went up).' })
  from!: Node;

  @Field(() => Node, { description: 'The end of the relationship.' })
  to!: Node;

  @Field(() => AuditRecord, { description: 'The audit record of the write.' })
  audit!: AuditRecord;
}
