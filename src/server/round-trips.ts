import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/**
 * Reports how many statements a request sent to Neo4j, in `extensions.roundTrips`: the
 * measure that keeps DataLoader honest (a nested query costs one statement per
 * relationship and depth, not one per row). Off unless GOVGRAPH_REPORT_ROUND_TRIPS=true.
 */
export const roundTripsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, roundTrips: contextValue.db.roundTrips };
        }
      },
    };
  },
};
