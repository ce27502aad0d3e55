import { specifiedDirectives, type GraphQLSchema } from 'graphql';
import { STATED_ONLY } from './server/stated-only';
import { buildSchema } from 'type-graphql';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { AreaResolver } from './area/area.resolver';
import { BodyRelationsResolver } from './body/body-relations.resolver';
import { BodyWorkResolver } from './body/body-work.resolver';
import { BodyResolver } from './body/body.resolver';
import { CommissionResolver } from './commission/commission.resolver';
import { AgreementsResolver } from './document/agreements.resolver';
import { DocumentAuthorsResolver, PersonAuthoredResolver } from './document/authors.resolver';
import { DocumentResolver } from './document/document.resolver';
import { DocumentVersionResolver } from './document/version.resolver';
import { AgreementTermsResolver } from './document/terms.resolver';
import { ChangeEventResolver } from './history/change-event.resolver';
import { IndicatorResolver } from './indicator/indicator.resolver';
import { ItemResolver, StepResolver } from './item/item.resolver';
import { MandateResolver } from './mandate/mandate.resolver';
import { MeetingResolver } from './meeting/meeting.resolver';
import { ListResolver } from './list/list.resolver';
import { NodeResolver } from './node/node.resolver';
import { OrganisationRelationsResolver } from './organisation/organisation-relations.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { MembershipResolver, PersonResolver, PostResolver } from './person/membership.resolver';
import { ChainResolver } from './reporting/chain.resolver';
import { SearchResolver } from './search/search.resolver';
import { CitationResolver } from './source/citation.resolver';
import { CoverageResolver } from './source/coverage.resolver';
import { WriteResolver } from './write/write.resolver';
import { TYPED_WRITE_RESOLVERS } from './write/typed';
import { Source } from './source/source.type';
import { Area } from './area/area.type';
import { Indicator, Measure } from './indicator/indicator.type';
import { Person, Post } from './person/person.type';
import { Extension } from './document/document.type';
import { TopicResolver } from './topic/topic.resolver';
import { limitTextArguments } from './server/argument-limits';
import { checkIdArguments } from './server/id-arguments';
import { planReads } from './plan/install';
import { pageNestedLists } from './list/nested-fields';
import { nullMeansAbsent } from './server/null-arguments';

/** The GraphQL schema, built from the resolver classes of each domain folder. */
export async function buildGovgraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      CitationResolver,
      CoverageResolver,
      AreaResolver,
      OrganisationResolver,
      BodyResolver,
      BodyRelationsResolver,
      BodyWorkResolver,
      MembershipResolver,
      PersonResolver,
      PostResolver,
      TopicResolver,
      MandateResolver,
      DocumentResolver,
      DocumentAuthorsResolver,
      DocumentVersionResolver,
      AgreementTermsResolver,
      PersonAuthoredResolver,
      ItemResolver,
      StepResolver,
      CommissionResolver,
      MeetingResolver,
      IndicatorResolver,
      ChangeEventResolver,
      ListResolver,
      ChainResolver,
      SearchResolver,
      WriteResolver,
      AgreementsResolver,
      AnalysisResolver,
      OrganisationRelationsResolver,
      ...TYPED_WRITE_RESOLVERS,
    ],
    // Types reachable only through the Node interface must still be in the schema.
    orphanedTypes: [Source, Area, Indicator, Measure, Person, Post, Extension],
    validate: false,
    directives: [...specifiedDirectives, STATED_ONLY],
  });
  // type-graphql has no option for the root types' descriptions; the schema is the manual,
  // so they are set here, before the schema is used.
  schema.getQueryType()!.description =
    'Read the governance graph: entities by id, lists, reporting chains, items and their deciders, the agreements register, overlap analyses and search. Reads need no token.';
  schema.getMutationType()!.description =
    'Write to the graph: create, update and retire entities and relationships. Every write needs a token (Authorization: Bearer …) with role editor or admin, cites a source, and leaves an audit record.';
  // Every text argument is bounded before any resolver runs (src/shared/limits.ts), and
  // before any read is planned: each read request then reads in one statement (src/plan).
  // Every relationship list of an object is paged, with a twin connection (src/list/nested-fields.ts).
  // Ids in filters name existing entities of the right kind, checked before any read (src/server/id-arguments.ts).
  return limitTextArguments(checkIdArguments(planReads(nullMeansAbsent(pageNestedLists(schema)))));
}
