import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { along, relatedNodes } from '../shared/resolve';
import { Topic } from '../topic/topic.type';
import { Indicator, Measure } from './indicator.type';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [Measure], { description: 'Its measures, in the order the source lists them.' })
  async measures(@Root() i: Indicator, @Ctx() ctx: Context): Promise<Measure[]> {
    const measures = await relatedNodes<Measure>(ctx, i.id, along('Indicator', 'measures'));
    const position = (m: Measure) => Number(m.id.split('-measure-')[1]);
    return measures.sort((a, b) => position(a) - position(b));
  }

  @FieldResolver(() => [Topic], { description: 'Topics it follows up.' })
  topics(@Root() i: Indicator, @Ctx() ctx: Context): Promise<Topic[]> {
    return relatedNodes(ctx, i.id, along('Indicator', 'topics'));
  }
}
