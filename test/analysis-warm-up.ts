import type { TestApi } from './helpers';

/**
 * Plans the overlap statements once, one at a time, before the tests ask: on a freshly
 * started database and a shared, busy machine the first planning of cypher/analysis/
 * remitOverlaps.cypher can take longer than a statement may run. Neo4j plans once per shape
 * of parameters (a filter left out is null, given it is a string; the scope a list), so each
 * shape the tests use is asked for here. Answers are not checked: the tests check them.
 */
export async function warmUp(api: TestApi): Promise<void> {
  const filters = [null, { area: 'area-04' }, { topic: 'topic-004-nara-vard' }, { asOf: '2024-01-01', topic: 'topic-004-nara-vard' }];
  for (const filter of filters) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { errors } = await api.gql('query ($filter: AnalysisFilter) { remitOverlaps(filter: $filter, first: 1) { classification } }', { filter });
      if (!errors) break;
    }
  }
}
