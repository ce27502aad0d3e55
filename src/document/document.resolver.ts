import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { along, relatedNodes } from '../shared/resolve';
import { DateArg } from '../shared/scalars';
import { Node } from '../shared/types';
import { Topic } from '../topic/topic.type';
import { agreementState } from './agreement-status';
import { AgreementState, Document, Extension } from './document.type';
import { termsOf } from './document.repository';

export const today = (): string => new Date().toISOString().slice(0, 10);

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => [Node], { description: 'Parties to the document (principals, bodies).' })
  parties(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, d.id, along('Document', 'parties'));
  }

  @FieldResolver(() => [Node], { description: 'Bodies or organisations that adopted (fastställt) it.' })
  adoptedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, d.id, along('Document', 'adoptedBy'));
  }

  @FieldResolver(() => [Node], { description: 'Forums that recommend it to the principals (rekommendationsbeslutande forum).' })
  recommendedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, d.id, along('Document', 'recommendedBy'));
  }

  @FieldResolver(() => [Node], { description: 'Forums that prepare it (beredande forum).' })
  preparedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, d.id, along('Document', 'preparedBy'));
  }

  @FieldResolver(() => [Node], { description: 'Who is responsible for it (ansvar).' })
  responsible(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, d.id, along('Document', 'responsible'));
  }

  @FieldResolver(() => [Node], { description: 'Who follows it up.' })
  followedUpBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, d.id, along('Document', 'followedUpBy'));
  }

  @FieldResolver(() => [Document], { description: 'Earlier documents this one replaces.' })
  supersedes(@Root() d: Document, @Ctx() ctx: Context): Promise<Document[]> {
    return relatedNodes(ctx, d.id, along('Document', 'supersedes'));
  }

  @FieldResolver(() => [Document], { description: 'Later documents that replace this one.' })
  supersededBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Document[]> {
    return relatedNodes(ctx, d.id, along('Document', 'supersededBy'));
  }

  @FieldResolver(() => [Document], { description: 'Documents this one extends or builds on.' })
  extends(@Root() d: Document, @Ctx() ctx: Context): Promise<Document[]> {
    return relatedNodes(ctx, d.id, along('Document', 'extends'));
  }

  @FieldResolver(() => [Extension], { description: 'Extensions already decided.' })
  extensions(@Root() d: Document, @Ctx() ctx: Context): Promise<Extension[]> {
    return relatedNodes(ctx, d.id, along('Document', 'extensions'));
  }

  @FieldResolver(() => [Topic], { description: 'Topics the document concerns.' })
  topics(@Root() d: Document, @Ctx() ctx: Context): Promise<Topic[]> {
    return relatedNodes(ctx, d.id, along('Document', 'topics'));
  }

  @FieldResolver(() => [Node], { description: 'Items and commissions that concern this document, and steps that produced it.' })
  concernedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, d.id, along('Document', 'concernedBy'));
  }

  @FieldResolver(() => AgreementState, { nullable: true, description: 'For a document with validity terms: its effective end, notice deadline and status on a day.' })
  async state(
    @Root() d: Document,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'The day to compute for (YYYY-MM-DD); today when left out.' }) asOf?: string,
    @Arg('noticeWindowMonths', () => Int, { defaultValue: 6, description: 'How many months before the notice deadline count as the notice window.' }) noticeWindowMonths = 6,
  ): Promise<AgreementState | null> {
    if (!d.props.termsText) return null;
    const day = asOf ?? today();
    const [extensions, supersededBy] = await Promise.all([
      relatedNodes<Extension>(ctx, d.id, along('Document', 'extensions')),
      relatedNodes<Document>(ctx, d.id, along('Document', 'supersededBy')),
    ]);
    const terms = termsOf(d.props, extensions.map((e) => e.props.untilEnd).filter(Boolean), supersededBy.length > 0);
    return Object.assign(new AgreementState(), { ...agreementState(terms, day, noticeWindowMonths), asOf: day });
  }
}
