import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Body } from '../body/body.type';
import type { Context } from '../server/context';
import { nodeFor, nodesFor } from '../shared/nodes';
import { Node } from '../shared/types';
import { Membership } from './membership.type';
import { Person, Post } from './person.type';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Body, { description: 'The body the seat is in.' })
  body(@Root() m: Membership, @Ctx() ctx: Context): Promise<Body | null> {
    return nodeFor(ctx.repos.person.bodyOfSeats([m.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'Who holds the seat: a Person, a Post or an Organisation (null when the source names none).' })
  holder(@Root() m: Membership, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.person.holderOfSeats([m.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The organisation (or body) the seat represents.' })
  representing(@Root() m: Membership, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.person.representingOfSeats([m.id]));
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Membership], { description: 'Seats the person holds.' })
  memberships(@Root() p: Person, @Ctx() ctx: Context): Promise<Membership[]> {
    return nodesFor(ctx.repos.person.seatsOfPersons([p.id]));
  }
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => [Membership], { description: 'Seats defined by this post.' })
  memberships(@Root() p: Post, @Ctx() ctx: Context): Promise<Membership[]> {
    return nodesFor(ctx.repos.person.seatsOfPosts([p.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The organisation or body the post belongs to.' })
  organisation(@Root() p: Post, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.person.organisationOfPosts([p.id]));
  }
}
