import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Person } from '../person/person.type';
import type { Context } from '../server/context';
import { certainFact } from '../shared/certainty';
import { node, nodeFor, nodesFor } from '../shared/nodes';
import { Node } from '../shared/types';
import { Step } from '../item/item.type';
import { Attendance, Meeting } from './meeting.type';

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The body that met.' })
  body(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.meeting.bodyOf([m.id]));
  }

  @FieldResolver(() => [Attendance], { description: 'Who attended, as the minutes list them.' })
  async attendance(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Attendance[]> {
    const [rows] = await ctx.repos.meeting.attendanceOf([m.id]);
    return rows.flatMap((a) => {
      const person = node<Person>(a.person);
      return person
        ? [
            Object.assign(new Attendance(), {
              person,
              role: a.role,
              roleText: a.roleText,
              status: a.status,
              representing: node(a.representing),
              ...certainFact(a.rel),
            }),
          ]
        : [];
    });
  }

  @FieldResolver(() => [Step], { description: 'Steps of items taken at this meeting.' })
  steps(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Step[]> {
    return nodesFor(ctx.repos.meeting.stepsOf([m.id]));
  }
}
