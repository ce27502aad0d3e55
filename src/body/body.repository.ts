import type { CommissionRepository, CommissionSelection } from '../commission/commission.repository';
import { byDateStart, isValidOn } from '../shared/dates';
import { along, follow, followOne, labelled, validOn } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { Related } from '../shared/repository';

/** Reporting lines on a day, of some kinds (all kinds when none are given). */
export interface LineSelection {
  asOf?: string;
  kinds?: string[];
}

/** Seats on a day, in some roles (all roles when none are given). */
export interface SeatSelection {
  asOf?: string;
  roles?: string[];
}

const ofKinds = (rows: Related[][], kinds?: string[]) => rows.map((lines) => lines.filter((l) => !kinds || kinds.includes(l.rel.kind)));

/**
 * Bodies (forums): their place in the structure, principals and reporting lines, remit and
 * seats, meetings and history, and the work that passes through them. Methods take many ids
 * and answer per id; rows are plain (src/shared/repository.ts), dated ones already filtered
 * and sorted.
 */
export class BodyRepository {
  constructor(
    private readonly loaders: Loaders,
    private readonly commissions: CommissionRepository,
  ) {}

  areaOf(bodyIds: readonly string[]) {
    return followOne(this.loaders, bodyIds, along('Body', 'area'));
  }

  organisationOf(bodyIds: readonly string[]) {
    return followOne(this.loaders, bodyIds, along('Body', 'organisation'));
  }

  partOf(bodyIds: readonly string[]) {
    return followOne(this.loaders, bodyIds, along('Body', 'partOf'));
  }

  partsOf(bodyIds: readonly string[]) {
    return follow(this.loaders, bodyIds, along('Body', 'parts'));
  }

  /** The principals (huvudmän) of each on `asOf`: the organisation and the dated, cited fact. */
  principalsOf(bodyIds: readonly string[], asOf?: string) {
    return validOn(follow(this.loaders, bodyIds, along('Body', 'principals')), asOf);
  }

  /** Lines from each body upwards or sideways, with the body or organisation they lead to. */
  async reportingLinesOf(bodyIds: readonly string[], selection: LineSelection = {}) {
    return ofKinds(await validOn(follow(this.loaders, bodyIds, along('Body', 'reportingLines')), selection.asOf), selection.kinds);
  }

  /** Lines into each body, with the body they start from. */
  async reportedByOf(bodyIds: readonly string[], selection: LineSelection = {}) {
    return ofKinds(await validOn(follow(this.loaders, bodyIds, along('Body', 'reportedBy')), selection.asOf), selection.kinds);
  }

  /** Each body's mandates valid on `asOf`. */
  async mandatesOf(bodyIds: readonly string[], asOf?: string) {
    return (await follow(this.loaders, bodyIds, along('Body', 'mandates'))).map((ms) => ms.filter((m) => isValidOn(m.props, asOf)));
  }

  /** Each body's seats held on `asOf`, in `roles`. */
  async seatsOf(bodyIds: readonly string[], selection: SeatSelection = {}) {
    const { asOf, roles } = selection;
    return (await follow(this.loaders, bodyIds, along('Body', 'memberships'))).map((seats) =>
      seats.filter((m) => isValidOn(m.props, asOf) && (!roles || roles.includes(m.props.role))),
    );
  }

  topicsOf(bodyIds: readonly string[]) {
    return follow(this.loaders, bodyIds, along('Body', 'topics'));
  }

  /** Each body's meetings, oldest first. */
  async meetingsOf(bodyIds: readonly string[]) {
    return (await follow(this.loaders, bodyIds, along('Body', 'meetings'))).map((ms) => ms.sort(byDateStart));
  }

  /** Each body's change events (as subject, predecessor or successor), each once, oldest first. */
  async historyOf(bodyIds: readonly string[]) {
    return (await follow(this.loaders, bodyIds, along('Body', 'history'))).map((events) =>
      [...new Map(events.map((e) => [e.props.id as string, e])).values()].sort(byDateStart),
    );
  }

  itemsPreparedBy(bodyIds: readonly string[]) {
    return labelled(follow(this.loaders, bodyIds, along('Body', 'itemsPrepared')), 'Item');
  }

  itemsDecidedBy(bodyIds: readonly string[]) {
    return labelled(follow(this.loaders, bodyIds, along('Body', 'itemsDecided')), 'Item');
  }

  itemsFollowedUpBy(bodyIds: readonly string[]) {
    return labelled(follow(this.loaders, bodyIds, along('Body', 'itemsFollowedUp')), 'Item');
  }

  /** Commissions each body gave, as the selection keeps them. */
  async commissionsIssuedBy(bodyIds: readonly string[], selection: CommissionSelection = {}) {
    const rows = await follow(this.loaders, bodyIds, along('Body', 'commissionsIssued'));
    return Promise.all(rows.map((cs) => this.commissions.select(cs, selection)));
  }

  /** Commissions each body received, as the selection keeps them. */
  async commissionsReceivedBy(bodyIds: readonly string[], selection: CommissionSelection = {}) {
    const rows = await follow(this.loaders, bodyIds, along('Body', 'commissionsReceived'));
    return Promise.all(rows.map((cs) => this.commissions.select(cs, selection)));
  }
}
