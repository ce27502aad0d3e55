import { along, follow } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { EntityRow } from '../shared/repository';

/** A measure's place in its indicator: seeded as "<indicator>-measure-<n>", in the source's order. */
const position = (m: EntityRow): number => Number(String(m.props.id).split('-measure-')[1]);

/** Indicators: their measures and topics. Methods take many ids and answer per id. */
export class IndicatorRepository {
  constructor(private readonly loaders: Loaders) {}

  /** Each indicator's measures, in the order the source lists them. */
  async measuresOf(indicatorIds: readonly string[]) {
    return (await follow(this.loaders, indicatorIds, along('Indicator', 'measures'))).map((rows) => rows.sort((a, b) => position(a) - position(b)));
  }

  topicsOf(indicatorIds: readonly string[]) {
    return follow(this.loaders, indicatorIds, along('Indicator', 'topics'));
  }
}
