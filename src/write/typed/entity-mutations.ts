import { ID, Int, Resolver } from 'type-graphql';
import { requireRole } from '../../auth/tokens';
import { KINDS, WRITABLE_KINDS, type KindName } from '../../model';
import type { Context } from '../../server/context';
import { userError } from '../../server/errors';
import { toNode } from '../../shared/registry';
import { AuditRecord } from '../audit.type';
import { CitationInput } from '../citation.input';
import { createConflict, createEntity, REFERENCE_DATA, retiredField, retireEntity, updateEntity, type Where } from '../write.service';
import { defineMutation, EXPECTED_VERSION, plain } from './define';
import { inputsOf } from './inputs';
import { a, camel } from './names';
import { PartialDateText } from './partial-date';
import { payloadOf } from './payloads';

/** createBody(input: {…}) names its fields input.name, input.area; the service's are input.fields.*. */
const IN_INPUT: Where = (path) => path.replace(/^input\.fields(?=\.|$)/, 'input');
/** updateBody(id:, set:, source:) takes them as arguments: set.name, id, expectedVersion, source.sourceId. */
const AS_ARGUMENTS: Where = (path) => path.replace(/^input\.set(?=\.|$)/, 'set').replace(/^input\./, '');

/** The entity after a write, read back through the request's loaders, with the write's audit record. */
async function payload(ctx: Context, kind: KindName, id: string, audit: Record<string, unknown>): Promise<object> {
  ctx.loaders.entity.clear(id);
  return Object.assign(new (payloadOf(kind))(), { [camel(kind)]: toNode(await ctx.loaders.entity.load(id)), audit: Object.assign(new AuditRecord(), audit) });
}

/**
 * create<Kind>, update<Kind> and retire<Kind> for every kind the API can write, generated
 * from the model. Each calls the write service the JSON family calls (same checks as the
 * seed, same locks, audit and CONFLICT); only the shape of the request is typed.
 */
@Resolver()
export class TypedEntityWrites {}

function defineKind(kind: KindName): void {
  const inputs = inputsOf(kind);
  // Made now, not in the thunk: type-graphql reads its classes before it calls any thunk.
  const Payload = payloadOf(kind);
  const returns = () => Payload;
  const about = KINDS[kind].description.replace(/…$/, '.');

  defineMutation(
    TypedEntityWrites,
    `create${kind}`,
    returns,
    `Creates ${a(kind)}, with the relationships its fields state. ${about} Needs role editor.`,
    [{ name: 'input', type: () => inputs.create, description: `The new ${kind}, and the source it is written in.` }],
    async (ctx, { input }) => {
      const actor = requireRole(ctx.actor, 'editor');
      const { id, source, ...fields } = plain(input);
      const { audit } = await ctx.db
        .transaction((tx) => createEntity(tx, actor, kind, id, fields, source, { where: IN_INPUT }))
        .catch(createConflict(id, IN_INPUT));
      return payload(ctx, kind, id, audit);
    },
  );

  defineMutation(
    TypedEntityWrites,
    `update${kind}`,
    returns,
    `Changes ${a(kind)}'s own fields; relationships change through the link and retireLink mutations. Needs role editor.`,
    [
      { name: 'id', type: () => ID, description: `Which ${kind}.` },
      { name: 'expectedVersion', type: () => Int, nullable: true, description: EXPECTED_VERSION },
      {
        name: 'set',
        type: () => inputs.update,
        nullable: true,
        description: 'The fields to change and their new values; a field given as null is removed, as if listed in `clear`.',
      },
      { name: 'clear', type: () => [inputs.optional], nullable: true, description: 'Optional fields to remove.' },
      { name: 'source', type: () => CitationInput, description: 'The source the new facts are written in.' },
    ],
    async (ctx, { id, expectedVersion, set, clear, source }) => {
      const actor = requireRole(ctx.actor, 'editor');
      const changes: Record<string, unknown> = plain(set ?? {});
      for (const field of (clear ?? []) as string[]) {
        if (changes[field] !== undefined && changes[field] !== null) {
          throw userError('BAD_USER_INPUT', `clear lists ${field}, which set also gives a value: either set it or clear it`, { field: 'clear' });
        }
        changes[field] = null;
      }
      if (Object.keys(changes).length === 0)
        throw userError('BAD_USER_INPUT', 'set gives no field and clear lists none: give at least one change', { field: 'set' });
      const audit = await ctx.db.transaction((tx) => updateEntity(tx, actor, id, changes, plain(source), expectedVersion, { where: AS_ARGUMENTS, kind }));
      return payload(ctx, kind, id, audit);
    },
  );

  // Areas are reference data: created and corrected, never retired (as retireEntity refuses).
  if (REFERENCE_DATA.includes(kind)) return;
  const field = retiredField([kind]);
  defineMutation(
    TypedEntityWrites,
    `retire${kind}`,
    returns,
    `Ends ${a(kind)}'s validity: nothing is deleted, it stays with its dates and history. Needs role editor${kind === 'Organisation' ? '; organisations need admin' : ''}.`,
    [
      { name: 'id', type: () => ID, description: `Which ${kind}.` },
      { name: 'expectedVersion', type: () => Int, nullable: true, description: EXPECTED_VERSION },
      {
        name: 'validTo',
        type: () => PartialDateText,
        description: `The last day or period it was valid, as precisely as the source says; stored as its \`${field}\` field.`,
      },
      { name: 'reason', type: () => String, description: 'Why, in a sentence.' },
      { name: 'source', type: () => CitationInput, description: 'The source that says it ended.' },
    ],
    async (ctx, { id, expectedVersion, validTo, reason, source }) => {
      const actor = requireRole(ctx.actor, 'editor');
      const audit = await ctx.db.transaction((tx) =>
        retireEntity(tx, actor, id, validTo, reason, plain(source), expectedVersion, { where: AS_ARGUMENTS, kind }),
      );
      return payload(ctx, kind, id, audit);
    },
  );
}

for (const kind of WRITABLE_KINDS) defineKind(kind);
