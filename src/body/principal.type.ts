import { Field, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/organisation.type';
import { DatedFact } from '../shared/types';
import type { Body } from './body.type';
import { Body as BodyType } from './body.type';

/** Huvudman: an organisation standing behind a joint body. */
@ObjectType({ description: 'An organisation that stands behind a joint body (huvudman), with the dates and sources of that fact.' })
export class Principal extends DatedFact {
  @Field(() => Organisation, { description: 'The principal.' })
  organisation!: Organisation;

  @Field(() => BodyType, { description: 'The joint body.' })
  body!: Body;
}

export function principal(organisation: Organisation, body: Body, rel: Record<string, any>): Principal {
  return Object.assign(new Principal(), { organisation, body, rel });
}
