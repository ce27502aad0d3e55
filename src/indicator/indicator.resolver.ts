import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { nodesFor } from '../shared/nodes';
import { Topic } from '../topic/topic.type';
import { Indicator, Measure } from './indicator.type';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [Measure], { description: 'Its measures, in the order the source lists them.' })
  measures(@Root() i: Indicator, @Ctx() ctx: Context): Promise<Measure[]> {
    return nodesFor(ctx.repos.indicator.measuresOf([i.id]));
  }

  @FieldResolver(() => [Topic], { description: 'Topics it follows up.' })
  topics(@Root() i: Indicator, @Ctx() ctx: Context): Promise<Topic[]> {
    return nodesFor(ctx.repos.indicator.topicsOf([i.id]));
  }
}
