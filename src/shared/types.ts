import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Certainty, certaintyOf, inferenceOf, InferredField, inferredFieldsOf } from './certainty';
import { DatePrecision } from './enums';
import { datePrecision } from './text';

/** A date as precise as its source: "2024", "2024-06", "2024-06-03" or "2022-autumn". */
@ObjectType({ description: 'A date as precise as its source gives it, with the first and last day it can mean (none when the source gives no year).' })
export class PartialDate {
  @Field({
    description:
      'The date as recorded: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month; the source writes no year).',
  })
  text!: string;

  @Field(() => DatePrecision, { description: 'How precise the source is.' })
  precision!: keyof typeof DatePrecision;

  @Field(() => String, { nullable: true, description: 'The first day the date can mean (YYYY-MM-DD); null when the source gives no year.' })
  earliest!: string | null;

  @Field(() => String, { nullable: true, description: 'The last day the date can mean (YYYY-MM-DD); null when the source gives no year.' })
  latest!: string | null;
}

/** Reads partial date `field` (with its stored Start/End bounds) from a node's properties. */
export function partialDate(props: Record<string, any>, field: string): PartialDate | null {
  const text = props[field];
  if (typeof text !== 'string') return null;
  return Object.assign(new PartialDate(), {
    text,
    precision: datePrecision(text),
    earliest: props[`${field}Start`] ?? null,
    latest: props[`${field}End`] ?? null,
  });
}

@ObjectType({ description: 'Where a fact is written: a source document and a locator inside it.' })
export class Citation {
  @Field({ description: 'Id of the source document; resolve it with `source`.' })
  sourceId!: string;

  @Field({ description: 'Where in the document: a heading, a table row or a quoted phrase.' })
  locator!: string;
}

export function citations(props: Record<string, any>): Citation[] {
  const ids: string[] = props.sourceIds ?? [];
  const locators: string[] = props.locators ?? [];
  return ids.map((sourceId, i) => Object.assign(new Citation(), { sourceId, locator: locators[i] }));
}

/**
 * Anything in the graph with a stable id. Ids are global: one id names one entity of one
 * type, readable and stable across releases (e.g. "body-svo", "area-0580").
 */
@InterfaceType({
  description: 'Anything in the graph with a global id, and the sources that state it.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global, stable, readable id (e.g. "body-svo", "area-0580").' })
  id!: string;

  /** The raw node properties, kept for resolvers (not exposed). */
  props!: Record<string, any>;

  @Field(() => [Citation], { description: 'The source documents and locators that state this entity.' })
  get sources(): Citation[] {
    return citations(this.props);
  }

  @Field(() => Certainty, {
    description:
      'STATED when its sources say it in words; INFERRED when it was read from them or derived by a rule (see `inference`). Ask with `@statedOnly` to leave inferred facts out.',
  })
  get certainty(): Certainty {
    return certaintyOf(this.props);
  }

  @Field(() => String, {
    nullable: true,
    description: 'For an inferred entity: the rule or reading, quoting the source wording it rests on; null when stated.',
  })
  get inference(): string | null {
    return inferenceOf(this.props);
  }

  @Field(() => [InferredField], { description: 'Values of this (stated) entity that are readings of the source rather than its words, each with its reading.' })
  get inferredFields(): InferredField[] {
    return inferredFieldsOf(this.props);
  }

  /**
   * Optimistic concurrency (see cypher/write/lock.cypher). Entities stored before versions
   * existed have none until migration 005 runs; they count as 1, as the write path does.
   */
  @Field(() => Int, {
    description:
      'Version of this entity: 1 when created or seeded, and one more after every write to it through the API (updates, retirements, and links or retired links starting at it). ' +
      'Send it as `expectedVersion` with a write to have the write refused (CONFLICT) if someone else changed the entity since you read it.',
  })
  get version(): number {
    return this.props.version ?? 1;
  }
}

/**
 * Wraps a node's properties in its GraphQL class. Properties the class computes (getters,
 * e.g. a PartialDate from its stored bounds) are left to the class.
 */
export function wrap<T extends Node>(cls: new () => T, props: Record<string, any>): T {
  const node = Object.assign(new cls(), { props, __typename: cls.name });
  for (const [key, value] of Object.entries(props)) {
    if (!hasGetter(cls.prototype, key)) (node as any)[key] = value;
  }
  return node;
}

/** Per class prototype and property, whether the class computes it: asked for every property of every node wrapped, answered once. */
const getters = new WeakMap<object, Map<string, boolean>>();

function hasGetter(proto: object, key: string): boolean {
  let known = getters.get(proto);
  if (!known) getters.set(proto, (known = new Map()));
  let found = known.get(key);
  if (found === undefined) {
    found = false;
    for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      if (Object.getOwnPropertyDescriptor(p, key)?.get) found = true;
    }
    known.set(key, found);
  }
  return found;
}

/** Something valid for a period (an organisation, a seat, a mandate). */
@InterfaceType({
  implements: Node,
  description: 'An entity that is valid for a period; each bound as precise as the sources give it, or null where they are silent.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Dated extends Node {
  @Field(() => PartialDate, { nullable: true, description: 'From when, where the sources say.' })
  get validFrom(): PartialDate | null {
    return partialDate(this.props, 'validFrom');
  }

  @Field(() => PartialDate, { nullable: true, description: 'Until when, where the sources say (set when it is retired).' })
  get validTo(): PartialDate | null {
    return partialDate(this.props, 'validTo');
  }
}

/**
 * A fact stated by a relationship (a principal, a reporting line): its dates and sources
 * come from the relationship's own properties, kept in `rel`.
 */
@ObjectType({ description: 'Dates and sources of a fact a relationship states (base of Principal and ReportingLine; not used on its own).' })
export abstract class DatedFact {
  /** The relationship's properties (not exposed). */
  rel!: Record<string, any>;

  @Field(() => PartialDate, { nullable: true, description: 'Since when, where the sources say.' })
  get validFrom(): PartialDate | null {
    return partialDate(this.rel, 'validFrom');
  }

  @Field(() => PartialDate, { nullable: true, description: 'Until when, where the sources say.' })
  get validTo(): PartialDate | null {
    return partialDate(this.rel, 'validTo');
  }

  @Field(() => [Citation], { description: 'Where the sources say so.' })
  get sources(): Citation[] {
    return citations(this.rel);
  }

  @Field(() => Certainty, { description: 'STATED when the sources say it in words; INFERRED when read or derived (see `inference`).' })
  get certainty(): Certainty {
    return certaintyOf(this.rel);
  }

  @Field(() => String, { nullable: true, description: 'For an inferred fact: the rule or reading, quoting the source wording; null when stated.' })
  get inference(): string | null {
    return inferenceOf(this.rel);
  }
}
