import type { Request } from 'express';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Operation } from '../catalogue/catalogue';
import { leastCacheable } from '../catalogue/respond';
import type { OperationResult, Runner } from '../catalogue/run';

/** A failed operation, carried to the route so it answers with the operation's errors. */
export class OperationFailed extends Error {
  constructor(readonly result: OperationResult) {
    super('operation failed');
  }
}

/** Runs exports' operations for one request and remembers the least cacheable policy. */
export class ExportQuery {
  private policies: string[] = [];

  constructor(
    private readonly req: Request,
    private readonly catalogue: Map<string, Operation>,
    private readonly runner: Runner,
  ) {}

  /** The data of a catalogue operation; any error ends the export with that error. */
  async data(name: string, variables: Record<string, unknown>): Promise<any> {
    const result = await this.runner(this.req, this.catalogue.get(name)!, variables);
    this.policies.push(result.cacheControl);
    if (result.errors?.length || !result.data) throw new OperationFailed(result);
    return result.data;
  }

  /**
   * Every row of a paged list (a Relay connection at `field`), page by page of 100, each
   * page one operation under the same limits. Stops at `maxPages` pages.
   */
  async allPages(name: string, field: string, variables: Record<string, unknown>, maxPages = 50): Promise<any[]> {
    const rows: any[] = [];
    let after: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const connection = (await this.data(name, { ...variables, first: 100, after }))[field];
      rows.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    return rows;
  }

  /** The Cache-Control for the export: that of its least cacheable operation. */
  get cacheControl(): string {
    return leastCacheable(this.policies);
  }
}

/** Thrown for a query-string parameter an export does not take. */
export class UnknownParameter extends Error {
  constructor(
    readonly parameter: string,
    readonly allowed: string[],
  ) {
    super(`unknown query parameter "${parameter}"; this export takes ${allowed.map((a) => `"${a}"`).join(', ') || 'none'}`);
  }
}

/**
 * Turns query-string parameters into an operation's variables, using the operation's own
 * variable types: a parameter names a variable (`asOf`) or a field of its `filter` input
 * (`area`, `kinds`); lists are comma-separated (`kinds=AGREEMENT,CONTRACT`), Ints numbers.
 * Values are otherwise passed as given: Apollo checks them as it checks any variable, and
 * a wrong one is a BAD_USER_INPUT naming it.
 */
export function variablesFromQuery(schema: GraphQLSchema, operation: Operation, query: Request['query'], skip: string[]): Record<string, unknown> {
  const definition = operationOf(operation);
  const inputs = new Map<string, { type: GraphQLInputType; inFilter: boolean }>();
  for (const variable of definition.variableDefinitions ?? []) {
    const name = variable.variable.name.value;
    if (skip.includes(name)) continue;
    const type = typeFromAST(schema, variable.type as any) as GraphQLInputType;
    const named = getNamedType(type);
    if (name === 'filter' && isInputObjectType(named)) {
      for (const field of Object.values(named.getFields())) inputs.set(field.name, { type: field.type, inFilter: true });
    } else inputs.set(name, { type, inFilter: false });
  }
  const variables: Record<string, unknown> = {};
  const filter: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (skip.includes(key)) continue;
    const input = inputs.get(key);
    if (!input) throw new UnknownParameter(key, [...inputs.keys()]);
    const value = coerce(input.type, String(raw));
    if (input.inFilter) filter[key] = value;
    else variables[key] = value;
  }
  if (Object.keys(filter).length) variables.filter = filter;
  return variables;
}

function coerce(type: GraphQLInputType, raw: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return raw.split(',').map((part) => coerce(nullable.ofType, part.trim()));
  const named = getNamedType(type).name;
  if (named === 'Int' && /^-?\d+$/.test(raw)) return Number(raw);
  if (named === 'Boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function operationOf(operation: Operation): OperationDefinitionNode {
  return operation.ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
}
