import { Field, ObjectType } from 'type-graphql';
import { vocabulary } from './vocabulary';

/**
 * How sure a fact is (issue 11). The seed marks what its source does not state in words
 * (seed/README.md, "Say what is read, not stated"); the loader stores `certainty` and
 * `inference` on every node and relationship, and `inferredFields`/`fieldInferences` on a
 * stated node whose single values are readings. Entities written through the API cite a
 * source of their own and are stated.
 */
export const Certainty = vocabulary('Certainty', 'Whether a fact is written in its source or was inferred from it.', {
  STATED: 'The source states it in words.',
  INFERRED: 'The source does not say it in words: it was read from the source or derived by a rule; `inference` says how.',
});
export type Certainty = keyof typeof Certainty;

@ObjectType({
  description: 'A value of a stated entity that is a reading of its source, not its words (e.g. a classification, the renewal in an agreement’s terms).',
})
export class InferredField {
  @Field({ description: 'The field as written in the seed ("classification", "terms.autoRenewal").' })
  field!: string;

  @Field({ description: 'The reading that gives the value, quoting the source wording it rests on.' })
  inference!: string;
}

/** The certainty of a node or relationship from its stored properties; stated where none is stored. */
export const certaintyOf = (props: Record<string, any>): Certainty => (props.certainty === 'INFERRED' ? 'INFERRED' : 'STATED');

/** The rule or reading of an inferred fact; null for a stated one. */
export const inferenceOf = (props: Record<string, any>): string | null => (certaintyOf(props) === 'INFERRED' ? (props.inference ?? null) : null);

export function inferredFieldsOf(props: Record<string, any>): InferredField[] {
  const fields: string[] = props.inferredFields ?? [];
  const readings: string[] = props.fieldInferences ?? [];
  return fields.map((field, i) => Object.assign(new InferredField(), { field, inference: readings[i] ?? '' }));
}

/** The certainty fields of an edge (a decider, an attendance) from its relationship's properties. */
export const certainFact = (rel: Record<string, any>): { certainty: Certainty; inference: string | null } => ({
  certainty: certaintyOf(rel),
  inference: inferenceOf(rel),
});

/**
 * Declares `certainty` and `inference` on an edge type (Decider, Attendance, Preparer), whose
 * objects are built with `...certainFact(rel)`: one description for every edge.
 */
export function certaintyFields(cls: { prototype: object }): void {
  Field(() => Certainty, { description: 'STATED when the sources say it in words; INFERRED when read or derived (see `inference`).' })(
    cls.prototype,
    'certainty',
  );
  Field(() => String, { nullable: true, description: 'For an inferred fact: the rule or reading, quoting the source wording; null when stated.' })(
    cls.prototype,
    'inference',
  );
}
