/**
 * A body in Popolo (https://www.popoloproject.com/specs/): the body and its parent,
 * principals and member organisations as `Organization`, people as `Person`, posts as
 * `Post`, and each seat and each principal as a `Membership`, in the plural top-level
 * arrays Popolo JSON exports use. An inline `@context` maps the terms to the vocabularies
 * Popolo's own JSON-LD contexts use (W3C ORG, FOAF, schema.org, SKOS, Dublin Core), so the
 * file is JSON-LD without fetching anything.
 */

/** Popolo's terms and the vocabulary terms they stand for. */
export const POPOLO_CONTEXT = {
  '@vocab': 'http://www.popoloproject.com/vocab#',
  org: 'http://www.w3.org/ns/org#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  schema: 'http://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  opengov: 'http://www.w3.org/ns/opengov#',
  Organization: 'org:Organization',
  Person: 'foaf:Person',
  Membership: 'org:Membership',
  Post: 'org:Post',
  Area: 'http://www.w3.org/ns/dcat#Location',
  id: '@id',
  type: '@type',
  name: 'foaf:name',
  other_names: 'opengov:otherName',
  classification: 'org:classification',
  parent_id: { '@id': 'org:subOrganizationOf', '@type': '@id' },
  area_id: { '@id': 'opengov:area', '@type': '@id' },
  founding_date: 'schema:foundingDate',
  dissolution_date: 'schema:dissolutionDate',
  description: 'dcterms:description',
  summary: 'http://purl.org/vocab/bio/0.1/olb',
  label: 'skos:prefLabel',
  role: 'org:role',
  person_id: { '@id': 'org:member', '@type': '@id' },
  member: 'org:member',
  organization_id: { '@id': 'org:organization', '@type': '@id' },
  post_id: { '@id': 'opengov:post', '@type': '@id' },
  on_behalf_of_id: { '@id': 'opengov:onBehalfOf', '@type': '@id' },
  start_date: 'schema:validFrom',
  end_date: 'schema:validUntil',
  sources: 'dcterms:source',
  url: '@id',
  note: 'skos:note',
  identifier: 'skos:notation',
};

/** Popolo's date strings are YYYY, YYYY-MM or YYYY-MM-DD; a season keeps its year only. */
export function popoloDate(date: { text?: string } | null | undefined): string | undefined {
  const match = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(date?.text ?? '');
  return match ? match[0] : undefined;
}

/** Turns a citation into a Popolo source: a link that resolves to the source document. */
export type SourceLink = (citation: { sourceId: string; locator: string }) => { url: string; note: string };

type Dated = { validFrom?: { text: string } | null; validTo?: { text: string } | null };
const dates = (d: Dated) => ({ start_date: popoloDate(d.validFrom), end_date: popoloDate(d.validTo) });

/** Popolo JSON(-LD) for one body as the PopoloBody operation returns it. */
export function bodyToPopolo(body: any, link: SourceLink): Record<string, unknown> {
  const organizations = new Map<string, Record<string, unknown>>();
  const persons = new Map<string, Record<string, unknown>>();
  const posts = new Map<string, Record<string, unknown>>();
  const memberships: Record<string, unknown>[] = [];
  const sources = (list: any[] | undefined) => (list ?? []).map(link);
  const organisation = (o: { id: string; name?: string; kind?: string }) => {
    if (!organizations.has(o.id)) organizations.set(o.id, { type: 'Organization', id: o.id, name: o.name ?? o.id, classification: o.kind });
  };

  organizations.set(body.id, {
    type: 'Organization',
    id: body.id,
    name: body.name,
    other_names: body.altNames.map((name: string) => ({ name })),
    classification: body.classification,
    parent_id: body.partOf?.id ?? body.organisation?.id,
    area_id: body.area?.id,
    description: body.description ?? undefined,
    founding_date: popoloDate(body.founded),
    dissolution_date: popoloDate(body.dissolved),
    sources: sources(body.sources),
  });
  if (body.partOf) organisation(body.partOf);
  if (body.organisation) organisation(body.organisation);

  for (const principal of body.principals) {
    organisation(principal.organisation);
    memberships.push({
      type: 'Membership',
      id: `${body.id}--principal--${principal.organisation.id}`,
      label: 'Huvudman',
      role: 'principal',
      member: { type: 'Organization', id: principal.organisation.id },
      organization_id: body.id,
      ...dates(principal),
      sources: sources(principal.sources),
    });
  }

  for (const seat of body.memberships) {
    const holder = seat.holder;
    const membership: Record<string, unknown> = {
      type: 'Membership',
      id: seat.id,
      label: seat.roleText ?? undefined,
      role: seat.role.toLowerCase(),
      organization_id: body.id,
      on_behalf_of_id: seat.representing?.id,
      ...dates(seat),
      sources: sources(seat.sources),
    };
    if (seat.representing) organisation(seat.representing);
    if (holder?.__typename === 'Person') {
      persons.set(holder.id, { type: 'Person', id: holder.id, name: holder.name, summary: holder.personTitle ?? undefined });
      membership.person_id = holder.id;
    } else if (holder?.__typename === 'Post') {
      posts.set(holder.id, {
        type: 'Post',
        id: holder.id,
        label: holder.title,
        role: seat.role.toLowerCase(),
        organization_id: body.id,
        description: holder.description ?? undefined,
      });
      membership.post_id = holder.id;
    } else if (holder?.__typename === 'Organisation') {
      organisation(holder);
      membership.member = { type: 'Organization', id: holder.id };
    }
    memberships.push(membership);
  }

  return {
    '@context': POPOLO_CONTEXT,
    organizations: [...organizations.values()],
    persons: [...persons.values()],
    posts: [...posts.values()],
    memberships,
    areas: body.area ? [{ type: 'Area', id: body.area.id, name: body.area.name, identifier: body.area.code ?? undefined }] : [],
  };
}
