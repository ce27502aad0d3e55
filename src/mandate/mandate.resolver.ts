import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Area } from '../area/area.type';
import { Body } from '../body/body.type';
import type { Context } from '../server/context';
import { nodeFor, nodesFor } from '../shared/nodes';
import { Node } from '../shared/types';
import { Topic } from '../topic/topic.type';
import { Mandate } from './mandate.type';

@Resolver(() => Mandate)
export class MandateResolver {
  @FieldResolver(() => Body, { description: 'The body that holds the mandate.' })
  body(@Root() m: Mandate, @Ctx() ctx: Context): Promise<Body | null> {
    return nodeFor(ctx.repos.mandate.bodyOf([m.id]));
  }

  @FieldResolver(() => [Topic], { description: 'Topics the mandate covers.' })
  topics(@Root() m: Mandate, @Ctx() ctx: Context): Promise<Topic[]> {
    return nodesFor(ctx.repos.mandate.topicsOf([m.id]));
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area the mandate covers, where stated.' })
  area(@Root() m: Mandate, @Ctx() ctx: Context): Promise<Area | null> {
    return nodeFor(ctx.repos.mandate.areaOf([m.id]));
  }

  @FieldResolver(() => [Node], { description: 'Who granted the mandate: the principals or a body, and the document that grants it.' })
  grantedBy(@Root() m: Mandate, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.mandate.grantedByOf([m.id]));
  }
}
