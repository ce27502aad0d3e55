import { Field, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/organisation.type';
import { Citation, citations, partialDate, PartialDate } from '../shared/types';
import type { Body } from './body.type';
import { Body as BodyType } from './body.type';

/** Huvudman: an organisation standing behind a joint body. */
@ObjectType({ description: 'An organisation that stands behind a joint body (huvudman), with the dates and sources of that fact.' })
export class Principal {
  @Field(() => Organisation, { description: 'The principal.' })
  organisation!: Organisation;

  @Field(() => BodyType, { description: 'The joint body.' })
  body!: Body;

  @Field(() => PartialDate, { nullable: true, description: 'Since when, where the sources say.' })
  validFrom!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'Until when, where the sources say.' })
  validTo!: PartialDate | null;

  @Field(() => [Citation], { description: 'Where the sources say so.' })
  sources!: Citation[];
}

export function principal(organisation: Organisation, body: Body, rel: Record<string, any>): Principal {
  return Object.assign(new Principal(), {
    organisation,
    body,
    validFrom: partialDate(rel, 'validFrom'),
    validTo: partialDate(rel, 'validTo'),
    sources: citations(rel),
  });
}
