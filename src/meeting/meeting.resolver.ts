import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Person } from '../person/person.type';
import type { Context } from '../server/context';
import { along, relatedEdges, relatedNode, relatedNodes } from '../shared/resolve';
import { toNode } from '../shared/registry';
import { Node } from '../shared/types';
import { Step } from '../item/item.type';
import { Attendance, Meeting } from './meeting.type';

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The body that met.' })
  body(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, m.id, along('Meeting', 'body'));
  }

  @FieldResolver(() => [Attendance], { description: 'Who attended, as the minutes list them.' })
  async attendance(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Attendance[]> {
    const edges = await relatedEdges(ctx, m.id, along('Meeting', 'attendance'));
    return Promise.all(
      edges.map(async (e) =>
        Object.assign(new Attendance(), {
          person: e.node as Person,
          role: e.rel.role,
          roleText: e.rel.roleText,
          status: e.rel.status,
          representing: e.rel.representing ? toNode(await ctx.loaders.entity.load(e.rel.representing)) : null,
        }),
      ),
    );
  }

  @FieldResolver(() => [Step], { description: 'Steps of items taken at this meeting.' })
  steps(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Step[]> {
    return relatedNodes(ctx, m.id, along('Meeting', 'steps'));
  }
}
