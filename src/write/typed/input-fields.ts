import type { SeedField } from '../../model';

/**
 * The model's fields of every generated input type, by type name ('CreateBodyInput'), filled
 * by inputs.ts: input-errors.ts looks up the field a refused value was for. A module of its
 * own so that the error formatter does not load the generated classes.
 */
export const INPUT_FIELDS = new Map<string, Record<string, SeedField>>();
