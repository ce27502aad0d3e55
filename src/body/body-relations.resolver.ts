import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ChangeEvent } from '../history/change-event.type';
import { Mandate } from '../mandate/mandate.type';
import { Meeting } from '../meeting/meeting.type';
import { Membership } from '../person/membership.type';
import type { Context } from '../server/context';
import { MembershipRole } from '../shared/enums';
import { along, isValidOn, relatedNodes } from '../shared/resolve';
import { DateArg } from '../shared/scalars';
import { Topic } from '../topic/topic.type';
import { Body } from './body.type';

/** A body's remit, seats, topics, meetings and history. */
@Resolver(() => Body)
export class BodyRelationsResolver {
  @FieldResolver(() => [Mandate], { description: 'What the body is empowered to do.' })
  async mandates(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only mandates valid on this day.' }) asOf?: string,
  ): Promise<Mandate[]> {
    return (await relatedNodes<Mandate>(ctx, body.id, along('Body', 'mandates'))).filter((m) => isValidOn(m.props, asOf));
  }

  @FieldResolver(() => [Membership], { description: 'Its seats: who sits in it, in which role, representing whom.' })
  async memberships(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only seats held on this day.' }) asOf?: string,
    @Arg('roles', () => [MembershipRole], { nullable: true, description: 'Only these roles (e.g. [CHAIR, MEMBER]).' }) roles?: string[],
  ): Promise<Membership[]> {
    const seats = await relatedNodes<Membership>(ctx, body.id, along('Body', 'memberships'));
    return seats.filter((m) => isValidOn(m.props, asOf) && (!roles || roles.includes(m.role)));
  }

  @FieldResolver(() => [Topic], { description: 'Topics the body works on.' })
  topics(@Root() body: Body, @Ctx() ctx: Context): Promise<Topic[]> {
    return relatedNodes(ctx, body.id, along('Body', 'topics'));
  }

  @FieldResolver(() => [Meeting], { description: 'Its meetings in the sources, by date.' })
  async meetings(@Root() body: Body, @Ctx() ctx: Context): Promise<Meeting[]> {
    const meetings = await relatedNodes<Meeting>(ctx, body.id, along('Body', 'meetings'));
    return meetings.sort((a, b) => (a.props.dateStart ?? '').localeCompare(b.props.dateStart ?? ''));
  }

  @FieldResolver(() => [ChangeEvent], { description: 'Its history: founding, renamings, reorganisations (as subject, predecessor or successor).' })
  async history(@Root() body: Body, @Ctx() ctx: Context): Promise<ChangeEvent[]> {
    const events = await relatedNodes<ChangeEvent>(ctx, body.id, along('Body', 'history'));
    const unique = [...new Map(events.map((e) => [e.id, e])).values()];
    return unique.sort((a, b) => (a.props.dateStart ?? '').localeCompare(b.props.dateStart ?? ''));
  }
}
