import { Field, ID, InputType } from 'type-graphql';
import type { CitationInput as Citation } from './write.service';

/** The citation every write takes, typed or JSON: one input type for both. */
@InputType({ description: 'The source a write cites. Every write must cite one.' })
export class CitationInput implements Citation {
  @Field(() => ID, { description: 'Id of an existing source document (see the `sources` query).' })
  sourceId!: string;

  @Field({ description: 'Where in it: a heading, a table row or a quoted phrase.' })
  locator!: string;
}
