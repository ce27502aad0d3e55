import { along, entities, follow, followOne, labelled, validOn } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { EntityRow } from '../shared/repository';

/** The id of the organisation governing an SCB area code: "05" the region, "0580" the municipality. */
export const organisationIdOfCode = (code: string): string => (code.length === 2 ? `org-region-${code}` : `org-kommun-${code}`);

/** Organisations: their structure, what they stand behind, decide, are party to and hold seats in. Methods take many ids and answer per id. */
export class OrganisationRepository {
  constructor(private readonly loaders: Loaders) {}

  /** The organisation with an id, or the one governing an SCB code. */
  async find(by: { id?: string; code?: string }): Promise<EntityRow | undefined> {
    return (await entities(this.loaders, [by.id ?? organisationIdOfCode(by.code!)]))[0];
  }

  areaOf(organisationIds: readonly string[]) {
    return followOne(this.loaders, organisationIds, along('Organisation', 'area'));
  }

  partOf(organisationIds: readonly string[]) {
    return followOne(this.loaders, organisationIds, along('Organisation', 'partOf'));
  }

  partsOf(organisationIds: readonly string[]) {
    return follow(this.loaders, organisationIds, along('Organisation', 'parts'));
  }

  bodiesOf(organisationIds: readonly string[]) {
    return follow(this.loaders, organisationIds, along('Organisation', 'bodies'));
  }

  /** The joint bodies each stands behind as a principal (huvudman) on `asOf`: the body and the dated fact. */
  principalOf(organisationIds: readonly string[], asOf?: string) {
    return validOn(follow(this.loaders, organisationIds, along('Organisation', 'principalOf')), asOf);
  }

  /** Items each decides, approves, endorses or adopts. */
  itemsDecidedBy(organisationIds: readonly string[]) {
    return labelled(follow(this.loaders, organisationIds, along('Organisation', 'itemsDecided')), 'Item');
  }

  /** Documents (agreements…) each is a party to. */
  documentsOf(organisationIds: readonly string[]) {
    return labelled(follow(this.loaders, organisationIds, along('Organisation', 'documents')), 'Document');
  }

  /** Seats each holds or that represent it, in any body; each seat once. */
  async seatsOf(organisationIds: readonly string[]) {
    const rows = await labelled(follow(this.loaders, organisationIds, along('Organisation', 'seats')), 'Membership');
    return rows.map((seats) => [...new Map(seats.map((s) => [s.props.id as string, s])).values()]);
  }
}
