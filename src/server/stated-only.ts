import type { ApolloServerPlugin } from '@apollo/server';
import { DirectiveLocation, GraphQLDirective, type OperationDefinitionNode } from 'graphql';
import type { Context } from './context';

/**
 * `query … @statedOnly { … }`: one switch for the whole request. Every read of the request
 * then leaves out what was inferred: entities looked up or listed, and every relationship
 * followed with the entity at its far end (planned statements included: the switch is the
 * `$stated` parameter of the same statement text, so a request still reads in one
 * statement). Analyses, search, reporting chains and the agreements register's own
 * statements are not narrowed, save that the register then applies no inferred renewal.
 */
export const STATED_ONLY = new GraphQLDirective({
  name: 'statedOnly',
  description:
    'Answer from stated facts only: leave out every entity and relationship marked INFERRED (read from the sources or derived by a rule rather than written there), and apply no inferred renewal in the agreements register. On the query operation: `query Q @statedOnly { … }`.',
  locations: [DirectiveLocation.QUERY],
});

export const isStatedOnly = (operation: OperationDefinitionNode | undefined): boolean =>
  operation?.directives?.some((d) => d.name.value === STATED_ONLY.name) ?? false;

/** Whether this request asked for stated facts only (for resolvers that shape values, not reads). */
export const statedOnly = (ctx: Context): boolean => ctx.db.switches.stated;

/** Sets the request's `$stated` switch from the operation before any resolver reads. */
export const statedOnlyPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        contextValue.db.switches.stated = isStatedOnly(operation);
      },
    };
  },
};
