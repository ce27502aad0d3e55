import { along, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';

/** Seats (memberships), persons and posts. Methods take many ids and answer per id. */
export class PersonRepository {
  constructor(private readonly loaders: Loaders) {}

  /** The body each seat is in. */
  bodyOfSeats(seatIds: readonly string[]) {
    return followOne(this.loaders, seatIds, along('Membership', 'body'));
  }

  /** Who holds each seat: a person, a post or an organisation. */
  holderOfSeats(seatIds: readonly string[]) {
    return followOne(this.loaders, seatIds, along('Membership', 'holder'));
  }

  /** The organisation (or body) each seat represents. */
  representingOfSeats(seatIds: readonly string[]) {
    return followOne(this.loaders, seatIds, along('Membership', 'representing'));
  }

  seatsOfPersons(personIds: readonly string[]) {
    return follow(this.loaders, personIds, along('Person', 'memberships'));
  }

  seatsOfPosts(postIds: readonly string[]) {
    return follow(this.loaders, postIds, along('Post', 'memberships'));
  }

  /** The organisation or body each post belongs to. */
  organisationOfPosts(postIds: readonly string[]) {
    return followOne(this.loaders, postIds, along('Post', 'organisation'));
  }
}
