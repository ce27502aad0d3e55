import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireRole } from '../auth/tokens';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { toNode } from '../shared/registry';
import { DateArg } from '../shared/scalars';
import { Node } from '../shared/types';
import { AuditRecord } from './audit.type';
import { LinkType, WritableKind } from './kinds';
import { CitationInput } from './citation.input';
import { createConflict, createEntity, link, retireEntity, retireLink, updateEntity } from './write.service';

@InputType({ description: 'A new entity.' })
class CreateEntityInput {
  @Field(() => WritableKind, { description: 'What kind of entity.' })
  kind!: WritableKind;

  @Field(() => ID, { description: 'Its id: lowercase letters, digits and hyphens, unused (e.g. "body-vard-och-omsorgsradet").' })
  id!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Its fields, exactly as an entry of the matching seed section (seed/seed.schema.json) without `id` and `locator`; ids in it must exist.',
  })
  fields!: Record<string, unknown>;

  @Field(() => CitationInput, { description: 'Where the fact is written.' })
  source!: CitationInput;
}

@InputType({ description: "Changes to an entity's own fields." })
class UpdateEntityInput {
  @Field(() => ID, { description: 'Which entity.' })
  id!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Fields to set (as in the seed format); null removes a field. Relationships change through linkEntities/retireLink.',
  })
  set!: Record<string, unknown>;

  @Field(() => Int, {
    nullable: true,
    description:
      "The entity's `version` as you read it. If given and the entity has changed since, nothing is written and the error is CONFLICT with extensions.currentVersion: re-read it and resend. Left out, the write applies on top of whatever is current (concurrent writes still apply one after another; none is lost).",
  })
  expectedVersion?: number | null;

  @Field(() => CitationInput, { description: 'Where the new facts are written.' })
  source!: CitationInput;
}

@InputType({ description: "The end of an entity's validity." })
class RetireEntityInput {
  @Field(() => ID, { description: 'Which entity.' })
  id!: string;

  @Field(() => DateArg, { description: "The last day it was valid (a body's dissolution, an organisation's or agreement's validTo)." })
  on!: string;

  @Field({ description: 'Why, in a sentence.' })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The entity's `version` as you read it. If given and the entity has changed since, nothing is written and the error is CONFLICT with extensions.currentVersion: re-read it and resend. Left out, the write applies on top of whatever is current (concurrent writes still apply one after another; none is lost).",
  })
  expectedVersion?: number | null;

  @Field(() => CitationInput, { description: 'Where this is written.' })
  source!: CitationInput;
}

@InputType({ description: 'A relationship between two entities.' })
class LinkInput {
  @Field(() => ID, { description: 'Start of the relationship.' })
  from!: string;

  @Field(() => LinkType, { description: 'Relationship type.' })
  type!: string;

  @Field(() => ID, { description: 'End of the relationship.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'For REPORTING_LINE a ReportingKind, for DECIDED_BY a DeciderKind; otherwise leave out.' })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'For DECIDED_BY: the condition on the decision, as written.' })
  condition?: string;

  @Field(() => String, { nullable: true, description: 'For dated relationships: since when (partial date, e.g. "2024" or "2024-06-03").' })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: 'The words of the source that establish it.' })
  text?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The `version` of the start entity (`from`) as you read it. If given and it has changed since, nothing is written and the error is CONFLICT with extensions.currentVersion: re-read it and resend. A link or retired link counts as a write to its start.',
  })
  expectedVersion?: number | null;

  @Field(() => CitationInput, { description: 'Where it is written.' })
  source!: CitationInput;
}

@InputType({ description: "The end of a relationship's validity." })
class RetireLinkInput {
  @Field(() => ID, { description: 'Start of the relationship.' })
  from!: string;

  @Field(() => LinkType, { description: 'Relationship type.' })
  type!: string;

  @Field(() => ID, { description: 'End of the relationship.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'Its kind, for REPORTING_LINE and DECIDED_BY.' })
  kind?: string;

  @Field(() => DateArg, { description: 'The last day it held.' })
  on!: string;

  @Field({ description: 'Why, in a sentence.' })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The `version` of the start entity (`from`) as you read it. If given and it has changed since, nothing is written and the error is CONFLICT with extensions.currentVersion: re-read it and resend. A link or retired link counts as a write to its start.',
  })
  expectedVersion?: number | null;

  @Field(() => CitationInput, { description: 'Where this is written.' })
  source!: CitationInput;
}

@ObjectType({ description: 'What a write did: the entity as it now is, and the audit record of the write.' })
class WriteResult {
  @Field(() => Node, { nullable: true, description: 'The entity written (for links: the start of the relationship).' })
  entity!: Node | null;

  @Field(() => AuditRecord, { description: 'The audit record.' })
  audit!: AuditRecord;
}

/**
 * Authenticated writes. Each runs in one transaction: checks, the change and its audit
 * record commit together or not at all. Nothing is deleted: retiring ends validity.
 * Writes to one entity are serialised by its write lock and bump its `version`; an
 * `expectedVersion` makes a write conditional on nobody having changed it (CONFLICT).
 * Deadlocks and other transient errors are retried by the driver (Database.transaction).
 */
@Resolver()
export class WriteResolver {
  private async result(ctx: Context, id: string, audit: Record<string, unknown>): Promise<WriteResult> {
    ctx.loaders.entity.clear(id);
    return Object.assign(new WriteResult(), { entity: toNode(await ctx.loaders.entity.load(id)), audit: Object.assign(new AuditRecord(), audit) });
  }

  @Mutation(() => WriteResult, {
    description: 'Creates an entity of any kind, with the relationships its fields state. Needs role editor.',
    deprecationReason: `Use the typed create mutation of the kind (createBody, createItem, …): typed, described fields instead of JSON. createEntity will be removed on 2027-06-30.`,
  })
  async createEntity(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateEntityInput, { description: 'The entity.' }) input: CreateEntityInput,
  ): Promise<WriteResult> {
    const actor = requireRole(ctx.actor, 'editor');
    const { audit } = await ctx.db
      .transaction((tx) => createEntity(tx, actor, input.kind, input.id, input.fields, input.source))
      .catch(createConflict(input.id));
    return this.result(ctx, input.id, audit);
  }

  @Mutation(() => WriteResult, {
    description: "Changes an entity's own fields. Needs role editor.",
    deprecationReason: `Use the typed update mutation of the kind (updateBody(id:, expectedVersion:, set:, clear:, source:), …). updateEntity will be removed on 2027-06-30.`,
  })
  async updateEntity(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateEntityInput, { description: 'The change.' }) input: UpdateEntityInput,
  ): Promise<WriteResult> {
    const actor = requireRole(ctx.actor, 'editor');
    const audit = await ctx.db.transaction((tx) => updateEntity(tx, actor, input.id, input.set, input.source, input.expectedVersion));
    return this.result(ctx, input.id, audit);
  }

  @Mutation(() => WriteResult, {
    description: "Ends an entity's validity (nothing is deleted). Needs role editor; organisations need admin.",
    deprecationReason: `Use the typed retire mutation of the kind (retireBody(id:, validTo:, reason:, source:), …). retireEntity will be removed on 2027-06-30.`,
  })
  async retireEntity(
    @Ctx() ctx: Context,
    @Arg('input', () => RetireEntityInput, { description: 'Which and when.' }) input: RetireEntityInput,
  ): Promise<WriteResult> {
    const actor = requireRole(ctx.actor, 'editor');
    const audit = await ctx.db.transaction((tx) => retireEntity(tx, actor, input.id, input.on, input.reason, input.source, input.expectedVersion));
    return this.result(ctx, input.id, audit);
  }

  @Mutation(() => WriteResult, {
    description: 'Creates a relationship (a reporting line, a principal, a decider, a topic…). Needs role editor.',
    deprecationReason: `Use the typed link mutation of the relationship (linkReportingLine(from:, to:, kind:, …), linkPrincipalOf, …). linkEntities will be removed on 2027-06-30.`,
  })
  async linkEntities(@Ctx() ctx: Context, @Arg('input', () => LinkInput, { description: 'The relationship.' }) input: LinkInput): Promise<WriteResult> {
    const actor = requireRole(ctx.actor, 'editor');
    const audit = await ctx.db.transaction((tx) => link(tx, actor, input, input.source));
    ctx.loaders.clearRelations();
    return this.result(ctx, input.from, audit);
  }

  @Mutation(() => WriteResult, {
    description: "Ends a relationship's validity (it stays, with its dates). Needs role editor.",
    deprecationReason: `Use the typed retireLink mutation of the relationship (retireLinkReportingLine, retireLinkPrincipalOf, …). retireLink will be removed on 2027-06-30.`,
  })
  async retireLink(@Ctx() ctx: Context, @Arg('input', () => RetireLinkInput, { description: 'Which and when.' }) input: RetireLinkInput): Promise<WriteResult> {
    const actor = requireRole(ctx.actor, 'editor');
    const audit = await ctx.db.transaction((tx) => retireLink(tx, actor, input, input.on, input.reason, input.source));
    ctx.loaders.clearRelations();
    return this.result(ctx, input.from, audit);
  }

  @Query(() => [AuditRecord], { description: 'The audit log, newest first. Needs a token (role reader or higher).' })
  async auditRecords(
    @Ctx() ctx: Context,
    @Arg('entity', () => ID, { nullable: true, description: 'Only writes to this entity (or links to it).' }) entity?: string,
    @Arg('actor', () => String, { nullable: true, description: 'Only writes by this token holder.' }) actor?: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many (1–500).' }) first = 50,
  ): Promise<AuditRecord[]> {
    requireRole(ctx.actor, 'reader');
    if (first < 1 || first > 500) throw userError('BAD_USER_INPUT', 'first must be between 1 and 500', { field: 'first' });
    const rows = await ctx.db.read('write/auditList', { entity: entity ?? null, actor: actor ?? null, limit: first });
    return rows.map((r) => Object.assign(new AuditRecord(), r.props));
  }
}
