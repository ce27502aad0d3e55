import { ID, Int, Resolver } from 'type-graphql';
import { requireRole } from '../../auth/tokens';
import { LINK_TYPES, RELATIONSHIPS, type LinkSpec, type Relationship } from '../../model';
import type { Context } from '../../server/context';
import { toNode } from '../../shared/registry';
import { AuditRecord } from '../audit.type';
import { CitationInput } from '../citation.input';
import { link, retireLink, type LinkInput, type Where } from '../write.service';
import { defineMutation, plain, type ArgSpec } from './define';
import { describeField, scalarOf, vocabularyOf } from './field-types';
import { anyOf, pascal } from './names';
import { PartialDateText } from './partial-date';
import { LinkPayload } from './payloads';

/** The link mutations take the service's input.* as arguments; a link that exists already is about `to`. */
const AS_ARGUMENTS: Where = (path) => (path === 'input' ? 'to' : path.replace(/^input\./, ''));

const FROM_VERSION =
  'The `version` of the start (`from`) as you read it. If given and it has changed since, nothing is written and the error is CONFLICT with extensions.currentVersion: re-read it and resend. A link or retired link counts as a write to its start.';

async function payload(ctx: Context, from: string, to: string, audit: Record<string, unknown>): Promise<LinkPayload> {
  ctx.loaders.clearRelations();
  for (const id of [from, to]) ctx.loaders.entity.clear(id);
  const [start, end] = await Promise.all([from, to].map(async (id) => toNode(await ctx.loaders.entity.load(id))));
  return Object.assign(new LinkPayload(), { from: start, to: end, audit: Object.assign(new AuditRecord(), audit) });
}

/** The arguments that say which relationship: its ends and, for parallel ones, its kind. */
function endArgs(rel: Relationship, spec: LinkSpec): ArgSpec[] {
  const args: ArgSpec[] = [
    { name: 'from', type: () => ID, description: `Its start: the id of ${anyOf(spec.from)}.` },
    { name: 'to', type: () => ID, description: `Its end: the id of ${anyOf(spec.to)}.` },
  ];
  if (rel.key) {
    const key = rel.properties![rel.key];
    args.push({ name: rel.key, type: () => vocabularyOf(key.values!), description: key.description });
  }
  return args;
}

/**
 * link<Relationship> and retireLink<Relationship> for every relationship linkEntities may
 * create (the model's ways without `link: false`), named from the type (REPORTING_LINE →
 * linkReportingLine) and typed from its properties. Both call the write service's link and
 * retireLink, as the JSON family does.
 */
@Resolver()
export class TypedLinkWrites {}

function defineRelationship(type: string, spec: LinkSpec): void {
  const rel = RELATIONSHIPS[type];
  const name = pascal(type);
  const ends = `from ${anyOf(spec.from)} to ${anyOf(spec.to)}`;
  // Its other properties, save validTo: a relationship ends through retireLink<Relationship>.
  const props = Object.entries(rel.properties ?? {}).filter(([prop]) => prop !== rel.key && prop !== 'validTo');
  const propArgs: ArgSpec[] = props.map(([prop, p]) => ({ name: prop, type: () => scalarOf(p), nullable: !p.required, description: describeField(p) }));
  const tail: ArgSpec[] = [
    { name: 'expectedVersion', type: () => Int, nullable: true, description: FROM_VERSION },
    { name: 'source', type: () => CitationInput, description: 'The source it is written in.' },
  ];

  defineMutation(
    TypedLinkWrites,
    `link${name}`,
    () => LinkPayload,
    `Records a ${type} ${ends}. ${rel.description} Needs role editor.`,
    [...endArgs(rel, spec), ...propArgs, ...tail],
    async (ctx, args) => {
      const actor = requireRole(ctx.actor, 'editor');
      const { source, ...input } = plain(args);
      const audit = await ctx.db.transaction((tx) => link(tx, actor, { ...input, type } as LinkInput, source, { where: AS_ARGUMENTS }));
      return payload(ctx, args.from, args.to, audit);
    },
  );

  defineMutation(
    TypedLinkWrites,
    `retireLink${name}`,
    () => LinkPayload,
    `Ends a ${type} ${ends}: it stays, with its dates. ${rel.description} Needs role editor.`,
    [
      ...endArgs(rel, spec),
      { name: 'validTo', type: () => PartialDateText, description: 'The last day or period it held, as precisely as the source says.' },
      { name: 'reason', type: () => String, description: 'Why, in a sentence.' },
      ...tail,
    ],
    async (ctx, args) => {
      const actor = requireRole(ctx.actor, 'editor');
      const { source, validTo, reason, ...input } = plain(args);
      const audit = await ctx.db.transaction((tx) => retireLink(tx, actor, { ...input, type } as LinkInput, validTo, reason, source, { where: AS_ARGUMENTS }));
      return payload(ctx, args.from, args.to, audit);
    },
  );
}

for (const [type, spec] of Object.entries(LINK_TYPES)) defineRelationship(type, spec);
