import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ChangeEvent } from '../history/change-event.type';
import { Mandate } from '../mandate/mandate.type';
import { Meeting } from '../meeting/meeting.type';
import { Membership } from '../person/membership.type';
import type { Context } from '../server/context';
import { MembershipRole } from '../shared/enums';
import { nodesFor } from '../shared/nodes';
import { DateArg } from '../shared/scalars';
import { Topic } from '../topic/topic.type';
import { Body } from './body.type';

/** A body's remit, seats, topics, meetings and history. */
@Resolver(() => Body)
export class BodyRelationsResolver {
  @FieldResolver(() => [Mandate], { description: 'What the body is empowered to do.' })
  mandates(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only mandates valid on this day.' }) asOf?: string,
  ): Promise<Mandate[]> {
    return nodesFor(ctx.repos.body.mandatesOf([body.id], asOf));
  }

  @FieldResolver(() => [Membership], { description: 'Its seats: who sits in it, in which role, representing whom.' })
  memberships(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only seats held on this day.' }) asOf?: string,
    @Arg('roles', () => [MembershipRole], { nullable: true, description: 'Only these roles (e.g. [CHAIR, MEMBER]).' }) roles?: string[],
  ): Promise<Membership[]> {
    return nodesFor(ctx.repos.body.seatsOf([body.id], { asOf, roles }));
  }

  @FieldResolver(() => [Topic], { description: 'Topics the body works on.' })
  topics(@Root() body: Body, @Ctx() ctx: Context): Promise<Topic[]> {
    return nodesFor(ctx.repos.body.topicsOf([body.id]));
  }

  @FieldResolver(() => [Meeting], { description: 'Its meetings in the sources, by date.' })
  meetings(@Root() body: Body, @Ctx() ctx: Context): Promise<Meeting[]> {
    return nodesFor(ctx.repos.body.meetingsOf([body.id]));
  }

  @FieldResolver(() => [ChangeEvent], { description: 'Its history: founding, renamings, reorganisations (as subject, predecessor or successor).' })
  history(@Root() body: Body, @Ctx() ctx: Context): Promise<ChangeEvent[]> {
    return nodesFor(ctx.repos.body.historyOf([body.id]));
  }
}
