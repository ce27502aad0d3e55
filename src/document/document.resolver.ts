import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { today } from '../shared/dates';
import { nodesFor } from '../shared/nodes';
import { DateArg } from '../shared/scalars';
import { Node } from '../shared/types';
import { Topic } from '../topic/topic.type';
import { AgreementState, Document, DocumentVersion, Extension } from './document.type';

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => [Node], { description: 'Parties to the document (principals, bodies).' })
  parties(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.document.partiesOf([d.id]));
  }

  @FieldResolver(() => [Node], { description: 'Bodies or organisations that adopted (fastställt) it.' })
  adoptedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.document.adoptedByOf([d.id]));
  }

  @FieldResolver(() => [Node], { description: 'Forums that recommend it to the principals (rekommendationsbeslutande forum).' })
  recommendedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.document.recommendedByOf([d.id]));
  }

  @FieldResolver(() => [Node], { description: 'Forums that prepare it (beredande forum).' })
  preparedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.document.preparedByOf([d.id]));
  }

  @FieldResolver(() => [Node], { description: 'Who is responsible for it (ansvar).' })
  responsible(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.document.responsibleOf([d.id]));
  }

  @FieldResolver(() => [Node], { description: 'Who follows it up.' })
  followedUpBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.document.followedUpByOf([d.id]));
  }

  @FieldResolver(() => [Document], { description: 'Earlier documents this one replaces.' })
  supersedes(@Root() d: Document, @Ctx() ctx: Context): Promise<Document[]> {
    return nodesFor(ctx.repos.document.supersedesOf([d.id]));
  }

  @FieldResolver(() => [Document], { description: 'Later documents that replace this one.' })
  supersededBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Document[]> {
    return nodesFor(ctx.repos.document.supersededByOf([d.id]));
  }

  @FieldResolver(() => [Document], { description: 'Documents this one extends or builds on.' })
  extends(@Root() d: Document, @Ctx() ctx: Context): Promise<Document[]> {
    return nodesFor(ctx.repos.document.extendsOf([d.id]));
  }

  @FieldResolver(() => [DocumentVersion], { description: 'Its dated versions (framtaget, reviderat), oldest first.' })
  versions(@Root() d: Document, @Ctx() ctx: Context): Promise<DocumentVersion[]> {
    return nodesFor(ctx.repos.document.versionsOf([d.id]));
  }

  @FieldResolver(() => [Extension], { description: 'Extensions already decided.' })
  extensions(@Root() d: Document, @Ctx() ctx: Context): Promise<Extension[]> {
    return nodesFor(ctx.repos.document.extensionsOf([d.id]));
  }

  @FieldResolver(() => [Topic], { description: 'Topics the document concerns.' })
  topics(@Root() d: Document, @Ctx() ctx: Context): Promise<Topic[]> {
    return nodesFor(ctx.repos.document.topicsOf([d.id]));
  }

  @FieldResolver(() => [Node], { description: 'Items and commissions that concern this document, and steps that produced it.' })
  concernedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.document.concernedByOf([d.id]));
  }

  @FieldResolver(() => AgreementState, {
    nullable: true,
    description: 'For a document with validity terms: its effective end, notice deadline and status on a day.',
  })
  async state(
    @Root() d: Document,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'The day to compute for (YYYY-MM-DD); today when left out.' }) asOf?: string,
    @Arg('noticeWindowMonths', () => Int, { defaultValue: 6, description: 'How many months before the notice deadline count as the notice window.' })
    noticeWindowMonths = 6,
  ): Promise<AgreementState | null> {
    if (!d.props.termsText) return null;
    const entry = await ctx.repos.document.stateOf(d.id, asOf ?? today(), noticeWindowMonths);
    return entry ? Object.assign(new AgreementState(), entry.state) : null;
  }
}
