import { GraphQLError, Kind, type GraphQLFormattedError, type TypeNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { SeedField } from '../../model';
import { shown } from '../../shared/limits';
import { expected } from '../validate-input';
import { INPUT_FIELDS } from './input-fields';
import { literalPath } from './literal-path';
import { a } from './names';
import { PartialDateError } from './partial-date';

/**
 * Typed inputs are checked by graphql-js before any resolver runs, and refused in its own
 * words ('Variable "$input" got invalid value "CLUB" at "input.classification"; Value "CLUB"
 * does not exist in "BodyClassification" enum.'). This rewords those refusals as the write
 * service words its own: the field (also in extensions.field), what it must be (from the
 * model, for the generated inputs) and the value given. A value written in the document is
 * refused the same way, as BAD_USER_INPUT: it is the value that is wrong, not the operation.
 */

interface Refusal {
  field: string;
  reason: string;
  value?: string;
}

/** What a value of a GraphQL type must be, when the model does not describe the field. */
function mustBe(type: string): string {
  const name = type.replace(/[[\]!]/g, '');
  const found = getMetadataStorage().enums.find((e) => e.name === name);
  if (found) return `must be one of ${Object.values(found.enumObj as Record<string, string>).join(', ')}`;
  const scalar: Record<string, string> = {
    Int: 'must be a whole number',
    Float: 'must be a number',
    Boolean: 'must be true or false',
    String: 'must be text',
    ID: 'must be an id of lowercase letters, digits and hyphens, like "body-svo"',
  };
  return scalar[name] ?? `must be ${a(name)}${type.startsWith('[') ? ' list' : ''} (see the schema)`;
}

/** The model's field at a path inside a generated input type, if the path is in one. */
function modelField(inputType: string | undefined, path: string[]): SeedField | undefined {
  let fields = inputType ? INPUT_FIELDS.get(inputType) : undefined;
  let field: SeedField | undefined;
  for (const segment of path) {
    if (/^\d+$/.test(segment)) continue;
    field = fields?.[segment];
    fields = field?.fields;
  }
  return field;
}

const required = (field: string, f: SeedField | undefined, type: string): Refusal => ({
  field,
  reason: f ? `is required: ${f.description.replace(/\.$/, '')}; it ${expected(f)}` : `is required: it ${mustBe(type)}`,
});

/** A value as graphql-js prints it ("CLUB", 5, { a: 1 }), quoted as the service quotes values. */
const quoted = (printed: string) => (/^".*"$/.test(printed) ? `'${shown(JSON.parse(printed))}'` : shown(printed));

type Model = (path: string) => SeedField | undefined;

/** graphql-js's rules for a value, each with how to say it; `at` is the path of the value refused. */
const RULES: { pattern: RegExp; say: (m: RegExpExecArray, at: string, model: Model) => Refusal }[] = [
  {
    pattern: /^Value "(.*)" does not exist in "(\w+)" enum\.[^;]*$/,
    say: (m, at, model) => ({ field: at, reason: model(at) ? expected({ ...model(at)!, list: false }) : mustBe(m[2]), value: `'${shown(m[1])}'` }),
  },
  // In a variable the parent type is the variable's; in the document graphql-js names it ("CreateBodyInput.classification").
  { pattern: /^Field "(\w+)" of required type "([^"]+)" was not provided\.$/, say: (m, at, model) => required(`${at}.${m[1]}`, model(`${at}.${m[1]}`), m[2]) },
  {
    pattern: /^Field "(\w+)\.(\w+)" of required type "([^"]+)" was not provided\.$/,
    say: (m, at) => required(`${at}.${m[2]}`, INPUT_FIELDS.get(m[1])?.[m[2]], m[3]),
  },
  { pattern: /^Expected non-nullable type "([^"]+)" not to be null\.$/, say: (m, at, model) => required(at, model(at), m[1]) },
  { pattern: /^Expected value of type "([^"]+)", found null\.$/, say: (m, at, model) => required(at, model(at), m[1]) },
  {
    pattern: /^Field "(\w+)" is not defined by type "(\w+)"\.[^;]*$/,
    say: (m, at) => {
      const known = INPUT_FIELDS.get(m[2]);
      return {
        field: `${at}.${m[1]}`,
        reason: `is not a field of ${m[2]}${known ? `; the fields are ${Object.keys(known).join(', ')}` : ' (see the schema)'}`,
      };
    },
  },
  {
    pattern: /^(Int|Float|String|Boolean|ID) cannot represent [^:]*: (.*)$/,
    say: (m, at, model) => ({ field: at, reason: model(at) ? expected({ ...model(at)!, list: false }) : mustBe(m[1]), value: quoted(m[2]) }),
  },
  { pattern: /^Expected value of type "([^"]+)", found (.*)\.$/, say: (m, at) => ({ field: at, reason: mustBe(m[1]), value: quoted(m[2]) }) },
  {
    pattern: /^Expected type "(\w+)" to be an object\.$/,
    say: (m, at) => ({ field: at, reason: `must be an object with the fields of ${m[1]} (see the schema)` }),
  },
];

/** The error a scalar threw, under graphql-js's and Apollo's wrappers. */
function rootCause(error: Error): Error {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/** "input.topics[0]" as the service writes paths: "input.topics.0". */
const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/** The named type of a variable's declared type ("CreateBodyInput!" → CreateBodyInput). */
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** A variable's refusal: 'Variable "$input" got invalid value … at "input.x"; <rule>'. */
function variableRefusal(message: string, error: GraphQLError): Refusal | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (!variable) return undefined;
  const definition = error.nodes?.[0];
  const inputType = definition?.kind === Kind.VARIABLE_DEFINITION ? namedType(definition.type) : undefined;
  const model: Model = (path) => modelField(inputType, path.split('.').slice(1));
  // The rule's words follow the last '; ' that ends the prefix; the prefix ends with the path.
  const cause = rootCause(error);
  const split =
    cause instanceof PartialDateError
      ? message.lastIndexOf('; Expected type "')
      : message.search(/; (Value|Field|Expected|Int|Float|String|Boolean|ID) [^;]*$/);
  if (split < 0) return undefined;
  const at = dotted(/ at "([^"]+)"$/.exec(message.slice(0, split))?.[1] ?? variable[1]);
  if (cause instanceof PartialDateError) return { field: at, reason: cause.reason };
  return said(message.slice(split + 2), at, model);
}

/** A value written in the document: its path is found by walking the document to it. */
function literalRefusal(message: string, error: GraphQLError): Refusal | undefined {
  const at = literalPath(error);
  if (!at) return undefined;
  const cause = rootCause(error);
  if (cause instanceof PartialDateError) return { field: at, reason: cause.reason };
  return said(message, at, () => undefined);
}

function said(words: string, at: string, model: Model): Refusal | undefined {
  for (const rule of RULES) {
    const m = rule.pattern.exec(words);
    if (m) return rule.say(m, at, model);
  }
  return undefined;
}

/**
 * A refused input value worded with its field, or undefined for any other error (which
 * keeps graphql-js's words). Called by src/server/errors.ts formatError.
 */
export function formatInputError(given: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const code = given.extensions?.code;
  if ((code !== 'BAD_USER_INPUT' && code !== 'GRAPHQL_VALIDATION_FAILED') || given.extensions?.field || !(error instanceof GraphQLError)) return undefined;
  const refusal = code === 'BAD_USER_INPUT' ? variableRefusal(given.message, error) : literalRefusal(given.message, error);
  if (!refusal) return undefined;
  const message = refusal.value === undefined ? `${refusal.field} ${refusal.reason}` : `${refusal.field} ${refusal.reason}; ${refusal.value} is not`;
  return { ...given, message, extensions: { ...given.extensions, code: 'BAD_USER_INPUT', field: refusal.field } };
}
