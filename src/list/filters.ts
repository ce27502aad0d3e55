import { Field, InputType } from 'type-graphql';
import { AreaLevel, BodyClassification, CommissionStatus, DocumentKind, OrganisationKind, Tier, TopicKind } from '../shared/enums';
import { DateArg } from '../shared/scalars';
import { vocabulary } from '../shared/vocabulary';
import { References } from '../server/id-arguments';

export const SortField = vocabulary('SortField', 'What to sort a list by.', {
  NAME: 'Name or title, ignoring case and diacritics.',
  DATE: "The type's main date (a document's date, a meeting's or step's date, a commission's due date, a body's founding); undated rows last.",
  ID: 'Global id.',
});
export type SortField = keyof typeof SortField;

export const SortDirection = vocabulary('SortDirection', 'Sort direction.', { ASC: 'Ascending.', DESC: 'Descending.' });
export type SortDirection = keyof typeof SortDirection;

@InputType({ description: 'How to sort a list.' })
export class ListOrder {
  @Field(() => SortField, { defaultValue: SortField.NAME, description: 'Sort key.' })
  field: SortField = SortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'Filters every list accepts. Leave a field out to not filter on it.' })
export class ListFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or an alternative name; case and diacritics do not matter ("ostergotland" finds "Östergötland").',
  })
  name?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The whole name or an alternative name (an abbreviation), exactly: case, spacing, punctuation, Unicode forms and Cyrillic look-alike letters aside; diacritics count ("LGVO" finds the body LGVO, not "LGVO:s arbetsutskott"; "Östergötlands län" is not "Ostergotlands lan"). Use `name` for part of a name.',
  })
  nameExact?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only rows covering this area or an area inside it (area id, e.g. "area-05"). An id no area has, or an SCB code such as "05", is BAD_USER_INPUT.',
  })
  @References('Area')
  area?: string;

  @Field(() => String, { nullable: true, description: 'Only rows on this topic or a narrower one (topic id). An id no topic has is BAD_USER_INPUT.' })
  @References('Topic')
  topic?: string;

  @Field(() => DateArg, { nullable: true, description: 'Only rows valid on this day (validity or founding/dissolution; unknown bounds do not exclude).' })
  asOf?: string;

  @Field(() => DateArg, { nullable: true, description: 'Only rows whose main date may fall on or after this day.' })
  dateFrom?: string;

  @Field(() => DateArg, { nullable: true, description: 'Only rows whose main date may fall on or before this day.' })
  dateTo?: string;
}

@InputType({ description: 'Filters for bodies.' })
export class BodyFilter extends ListFilter {
  @Field(() => [BodyClassification], { nullable: true, description: 'Only these kinds of body.' })
  classifications?: string[];

  @Field(() => [Tier], { nullable: true, description: 'Only these tiers.' })
  tiers?: string[];
}

@InputType({ description: 'Filters for organisations.' })
export class OrganisationFilter extends ListFilter {
  @Field(() => [OrganisationKind], { nullable: true, description: 'Only these kinds of organisation.' })
  kinds?: string[];
}

@InputType({ description: 'Filters for areas.' })
export class AreaFilter extends ListFilter {
  @Field(() => [AreaLevel], { nullable: true, description: 'Only these levels.' })
  levels?: string[];
}

@InputType({ description: 'Filters for documents.' })
export class DocumentFilter extends ListFilter {
  @Field(() => [DocumentKind], { nullable: true, description: 'Only these kinds of document.' })
  kinds?: string[];
}

@InputType({ description: 'Filters for commissions.' })
export class CommissionFilter extends ListFilter {
  @Field(() => [CommissionStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: string[];
}

@InputType({ description: 'Filters for topics.' })
export class TopicFilter extends ListFilter {
  @Field(() => [TopicKind], { nullable: true, description: 'Only these kinds of topic.' })
  kinds?: string[];
}
