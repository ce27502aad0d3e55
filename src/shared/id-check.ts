import { EXAMPLE_IDS, type KindName } from '../model';
import { DEFINITIONS } from '../model/values';
import { BadInput } from './bad-input';

/**
 * An id given in an argument marked as naming an entity (src/server/id-arguments.ts
 * `References`): where (e.g. "filter.area"), the value and the kinds it may name.
 */
export interface IdRef {
  field: string;
  id: string;
  kinds: KindName[];
}

const ID_FORM = new RegExp(DEFINITIONS.id.pattern);
/** A county's (2 digits) or a municipality's (4 digits) SCB code, as people type them for an area. */
const SCB_CODE = /^\d{2}(\d{2})?$/;

/** "area", "organisation or body". */
const kindWords = (kinds: KindName[]) => kinds.map((k) => k.toLowerCase()).join(' or ');
/** "an area", "a body". */
const aKind = (kinds: KindName[]) => `${/^[AEIOU]/.test(kinds[0]) ? 'an' : 'a'} ${kindWords(kinds)}`;

/** BAD_USER_INPUT naming the field, the value and the right form (`expected`). */
const refused = (ref: IdRef, message: string, expected: string) => new BadInput(`${ref.field}: ${message}`, ref.field, { value: ref.id, expected });

/** Why a value cannot be an id of its kinds, without asking the database (an SCB code, not an id at all), or null. */
export function formProblem(ref: IdRef): BadInput | null {
  const example = EXAMPLE_IDS[ref.kinds[0]];
  if (ref.kinds.includes('Area') && SCB_CODE.test(ref.id)) {
    return refused(ref, `'${ref.id}' is an SCB code, not an id; give the area's id: "area-${ref.id}"`, `area-${ref.id}`);
  }
  if (!ID_FORM.test(ref.id)) {
    return refused(ref, `'${ref.id}' is not an id (lowercase letters, digits and hyphens); give the id of ${aKind(ref.kinds)}, e.g. "${example}"`, example);
  }
  return null;
}

/** Why an id, whose entity has these labels (none: no entity has it), is not one of its kinds, or null. */
export function existenceProblem(ref: IdRef, labels: string[]): BadInput | null {
  const example = EXAMPLE_IDS[ref.kinds[0]];
  if (labels.length === 0) {
    return refused(ref, `no ${kindWords(ref.kinds)} has the id '${ref.id}'; give the id of an existing ${kindWords(ref.kinds)}, e.g. "${example}"`, example);
  }
  if (ref.kinds.some((k) => labels.includes(k))) return null;
  const actual = (labels.find((l) => l !== 'Entity') ?? 'Entity') as KindName;
  return refused(
    ref,
    `'${ref.id}' is the id of ${aKind([actual])}, not of ${aKind(ref.kinds)}; give the id of ${aKind(ref.kinds)}, e.g. "${example}"`,
    example,
  );
}
