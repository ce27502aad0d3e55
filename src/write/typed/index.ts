/**
 * The typed write layer: create<Kind>/update<Kind>/retire<Kind> and link<Relationship>/
 * retireLink<Relationship>, generated from the model (src/model) at start-up and served by
 * the one write service (../write.service.ts). Files: names (naming), partial-date (the
 * PartialDateText scalar), field-types (model type → GraphQL type), inputs, payloads,
 * define (adds one mutation to a resolver class), entity-mutations, link-mutations.
 */
import { TypedEntityWrites } from './entity-mutations';
import { TypedLinkWrites } from './link-mutations';

export { PartialDateText, partialDateMessage } from './partial-date';

export const TYPED_WRITE_RESOLVERS = [TypedEntityWrites, TypedLinkWrites] as const;
