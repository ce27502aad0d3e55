/**
 * The vocabulary the model is written in. A kind is a node label with its properties; a
 * relationship type is declared once with every way the seed states it and the GraphQL
 * fields that read it. Everything else (seed schema, seed loader, writes) derives from it.
 */

/** How a value is written; each maps to one shared definition of seed/seed.schema.json. */
export type ValueType =
  | 'id' // an entity id (own id, or a reference when `to` is set)
  | 'name' // a short label
  | 'text' // free text
  | 'locator' // where in a source
  | 'url'
  | 'partialDate' // 2024, 2024-03, 2024-03-05, 2024-spring
  | 'enum'
  | 'code' // a string of a fixed pattern (an SCB code)
  | 'number'
  | 'integer'
  | 'bool'
  | 'object';

export interface Property {
  type: ValueType;
  description: string;
  required?: boolean;
  /** A list of values (written as a YAML/JSON array, each value once). */
  list?: boolean;
  /** A list must have at least one value. */
  nonEmpty?: boolean;
  /** For enum: the allowed values. */
  values?: readonly string[];
  /** For code: the pattern. */
  pattern?: string;
  /** For id: the kinds a reference may point at (a reference that is not a relationship). */
  to?: readonly KindName[];
  /** For object: its own properties. */
  properties?: Record<string, Property>;
}

export interface Kind {
  name: KindName;
  /** What it is, with the Swedish term. */
  description: string;
  /** The seed file section that declares entities of this kind; none for nested nodes. */
  section?: string;
  /** A seed section holding one object rather than a list (only `source`). */
  single?: boolean;
  properties: Record<string, Property>;
}

/**
 * One way a relationship is stated in the seed files:
 * - `field`: the entry holds the id(s) of the other end in `path` ('area', 'terms.extensions.decidedBy');
 *   with `dir: 'in'` the entry is the end of the relationship (mandates.body → Body HAS_MANDATE Mandate).
 * - `entry`: each entry of the section (or each object at `path` in it) is the relationship; its
 *   fields `fromField`/`toField` name the ends ('.' is the entry itself), the rest are its properties.
 * - `node`: each object at `path` becomes a node of the `to` kind, linked from the entry.
 */
export interface Way {
  from: readonly KindName[];
  to: readonly KindName[];
  at: 'field' | 'entry' | 'node';
  section: string;
  path?: string;
  dir?: 'in';
  /** For `field`: a list of ids rather than one. */
  many?: boolean;
  required?: boolean;
  fromField?: string;
  toField?: string;
  /** What the seed field says, for the schema. */
  description: string;
  /** False when linkEntities may not create it (it is written with the entity that states it). */
  link?: false;
  /**
   * The Organisation end may be written as the source words a group, "kommunerna i Jämtlands
   * län": a `collective` naming the county, which the loader expands through SCB's reference
   * into one relationship per municipality (src/model/collective.ts).
   */
  collective?: true;
  /** GraphQL fields that read it: `out` on the `from` kind(s), `in` on the `to` kind(s), as "Type.field". */
  read: { out?: readonly string[]; in?: readonly string[] };
}

export interface Relationship {
  type: string;
  description: string;
  /** Properties the relationship carries (beyond provenance: key, sourceIds, locators). */
  properties?: Record<string, Property>;
  /** The property that tells apart parallel relationships of this type between two entities. */
  key?: string;
  ways: readonly Way[];
  /**
   * Made by the seed loader from other facts, never stated by a seed entry (the shared topic
   * vocabulary, tagging rules, text similarity): its ends, what makes it, the properties
   * such a relationship carries and the GraphQL fields that read it. Always inferred.
   */
  derived?: { from: readonly KindName[]; to: readonly KindName[]; by: string; properties?: Record<string, Property>; read: Way['read'] };
}

export type KindName =
  | 'Source'
  | 'Area'
  | 'Organisation'
  | 'Body'
  | 'Person'
  | 'Post'
  | 'Membership'
  | 'Topic'
  | 'Mandate'
  | 'Document'
  | 'Extension'
  | 'DocumentVersion'
  | 'Commission'
  | 'Item'
  | 'Meeting'
  | 'Step'
  | 'Indicator'
  | 'Measure'
  | 'ChangeEvent';
