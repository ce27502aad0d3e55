import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AreaResolver } from './area/area.resolver';
import { BodyResolver } from './body/body.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { NodeResolver } from './node/node.resolver';
import { CitationResolver } from './source/citation.resolver';

/** The GraphQL schema, built from the resolver classes of each domain folder. */
export function buildGovgraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [NodeResolver, CitationResolver, AreaResolver, OrganisationResolver, BodyResolver],
    validate: false,
  });
}
