import { Float, ID, Int } from 'type-graphql';
import type { SeedField } from '../../model';
import * as vocabularies from '../../shared/enums';
import { anyOf } from './names';
import { PartialDateText } from './partial-date';

/** A type-graphql type: a scalar, a registered enum object, an input class, or a list of one. */
export type TypeValue = object | [object];

/**
 * The API's registered GraphQL enum whose values are `values` (src/shared/enums.ts). The
 * model's enum properties carry the values, not the enum; an enum property whose values
 * are no vocabulary is a model error, found when the schema is built.
 */
export function vocabularyOf(values: readonly string[]): object {
  const key = [...values].join(',');
  const found = Object.values(vocabularies).filter((v) => Object.keys(v).join(',') === key);
  if (found.length !== 1)
    throw new Error(`typed writes: the values ${key} are ${found.length ? 'several vocabularies' : 'no vocabulary'} of src/shared/enums.ts`);
  return found[0];
}

/** The GraphQL type of one value of a field (a list's item), save objects: those are input classes. */
export function scalarOf(field: SeedField): object {
  switch (field.type) {
    case 'id':
      return ID;
    case 'enum':
      return vocabularyOf(field.values!);
    case 'partialDate':
      return PartialDateText;
    case 'number':
      return Float;
    case 'integer':
      return Int;
    case 'bool':
      return Boolean;
    case 'object':
      throw new Error('typed writes: objects are input classes (see inputs.ts)');
    default:
      return String;
  }
}

/** The description of an input field: the model's, and for references the kinds they name. */
export function describeField(field: SeedField): string {
  const text = field.description.replace(/\.?$/, '.');
  if (!field.to || /the id of/i.test(text)) return text;
  return `${text} ${field.list ? 'Each is the id' : 'The id'} of ${anyOf(field.to)}.`;
}
