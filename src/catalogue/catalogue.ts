import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ROOT } from '../config';

/** Where the named operations live: one file per operation, named after it. */
export const OPERATIONS_DIR = join(ROOT, 'schema', 'operations');

/**
 * A named, persisted operation: fixed text that portals, the explorer and the exports call
 * by name with variables, so its responses can be cached (the text never varies).
 */
export interface Operation {
  name: string;
  /** What it answers (the header comment's first lines). */
  description: string;
  /** Its variables, as the header's "Variables:" line says them. */
  variables: string;
  /** Variables it is documented (and tested) with. */
  example: Record<string, unknown>;
  /** The whole document: the operation and its fragments. */
  document: string;
  /** The document parsed (the exports read its variables' types). */
  ast: DocumentNode;
}

/** Reads one file's header: description lines, then `Variables:` and `Example:` lines. */
function header(name: string, text: string): Pick<Operation, 'description' | 'variables' | 'example'> {
  const comments = text
    .split('\n')
    .filter((line) => line.startsWith('#'))
    .map((line) => line.replace(/^#\s?/, ''));
  const field = (label: string) =>
    comments
      .find((line) => line.startsWith(`${label}:`))
      ?.slice(label.length + 1)
      .trim();
  const description = comments
    .filter((line) => !/^(Variables|Example):/.test(line))
    .join(' ')
    .trim();
  const variables = field('Variables');
  const example = field('Example');
  if (!description || variables === undefined || example === undefined) {
    throw new Error(`schema/operations/${name}.graphql: the header must say what it answers, then "# Variables: …" and "# Example: {…}"`);
  }
  return { description, variables, example: JSON.parse(example) };
}

/**
 * Loads and checks the catalogue against the schema: each file holds exactly one query
 * named as the file, valid against the schema. A broken file stops the service at start,
 * not at the first portal that calls it.
 */
export function loadCatalogue(schema: GraphQLSchema, dir = OPERATIONS_DIR): Map<string, Operation> {
  const catalogue = new Map<string, Operation>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const name = file.replace(/\.graphql$/, '');
    const document = readFileSync(join(dir, file), 'utf8');
    const ast = parse(document);
    const operations = ast.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || operations[0].operation !== 'query' || operations[0].name?.value !== name) {
      throw new Error(`schema/operations/${file}: must hold exactly one query, named ${name}`);
    }
    const errors = validate(schema, ast);
    if (errors.length) throw new Error(`schema/operations/${file}: ${errors.map((e) => e.message).join('; ')}`);
    catalogue.set(name, { name, ...header(name, document), document, ast });
  }
  return catalogue;
}
