import { registerEnumType } from 'type-graphql';

/**
 * The one way the API declares an enum: its name, what it is, and every value with its
 * meaning (the schema is the manual, so no value goes undescribed). Returns the values as
 * an object (`Tier.MIXED === 'MIXED'`); pair it with `type X = keyof typeof X` for the type.
 */
export function vocabulary<T extends Record<string, string>>(name: string, description: string, values: T): { [K in keyof T]: K } {
  const e = Object.fromEntries(Object.keys(values).map((k) => [k, k])) as { [K in keyof T]: K };
  registerEnumType(e, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { description: d }])) as any,
  });
  return e;
}
