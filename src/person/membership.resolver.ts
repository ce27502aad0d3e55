import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Body } from '../body/body.type';
import type { Context } from '../server/context';
import { along, relatedNode, relatedNodes } from '../shared/resolve';
import { Node } from '../shared/types';
import { Membership } from './membership.type';
import { Person, Post } from './person.type';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Body, { description: 'The body the seat is in.' })
  body(@Root() m: Membership, @Ctx() ctx: Context): Promise<Body | null> {
    return relatedNode(ctx, m.id, along('Membership', 'body'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'Who holds the seat: a Person, a Post or an Organisation (null when the source names none).' })
  holder(@Root() m: Membership, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, m.id, along('Membership', 'holder'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The organisation (or body) the seat represents.' })
  representing(@Root() m: Membership, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, m.id, along('Membership', 'representing'));
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Membership], { description: 'Seats the person holds.' })
  memberships(@Root() p: Person, @Ctx() ctx: Context): Promise<Membership[]> {
    return relatedNodes(ctx, p.id, along('Person', 'memberships'));
  }
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => [Membership], { description: 'Seats defined by this post.' })
  memberships(@Root() p: Post, @Ctx() ctx: Context): Promise<Membership[]> {
    return relatedNodes(ctx, p.id, along('Post', 'memberships'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The organisation or body the post belongs to.' })
  organisation(@Root() p: Post, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, p.id, along('Post', 'organisation'));
  }
}
