import type { SeedFile } from './files';
import { ENTITY_SECTIONS } from './validate';
import { withDateBounds as withDates, withDerivedText } from '../shared/derived';

/** A node to write: its labels (always with :Entity) and every property. */
export interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

/** A relationship to write; `key` tells apart parallel relationships of one type. */
export interface RelRow {
  from: string;
  to: string;
  type: string;
  key: string;
  props: Record<string, unknown>;
}

export interface Graph {
  nodes: NodeRow[];
  rels: RelRow[];
}

/**
 * Relationship fields of each section: field → relationship type, and whether the entry is
 * the start (out) or the end (in) of the relationship. Everything else is a property.
 */
const LINKS: Record<string, Record<string, { type: string; dir?: 'in' }>> = {
  areas: { partOf: { type: 'PART_OF' }, includes: { type: 'INCLUDES' } },
  organisations: { area: { type: 'COVERS' }, partOf: { type: 'PART_OF' } },
  bodies: { area: { type: 'COVERS' }, organisation: { type: 'BELONGS_TO' }, partOf: { type: 'PART_OF' }, topics: { type: 'CONCERNS' } },
  posts: { organisation: { type: 'IN_ORGANISATION' }, body: { type: 'IN_BODY' } },
  topics: { broader: { type: 'BROADER' }, ownedBy: { type: 'OWNED_BY' } },
  mandates: {
    body: { type: 'HAS_MANDATE', dir: 'in' }, topics: { type: 'CONCERNS' }, area: { type: 'COVERS' },
    grantedBy: { type: 'GRANTED_BY' }, grantedByDocument: { type: 'GRANTED_BY_DOCUMENT' },
  },
  documents: {
    parties: { type: 'PARTY' }, adoptedBy: { type: 'ADOPTED_BY' }, recommendedBy: { type: 'RECOMMENDED_BY' },
    preparedBy: { type: 'PREPARED_BY' }, responsible: { type: 'RESPONSIBLE' }, followedUpBy: { type: 'FOLLOWED_UP_BY' },
    supersedes: { type: 'SUPERSEDES' }, extends: { type: 'EXTENDS' }, topics: { type: 'CONCERNS' }, area: { type: 'COVERS' },
    isSourceFile: { type: 'IS_SOURCE' },
  },
  commissions: {
    issuedBy: { type: 'ISSUED_BY' }, assignedTo: { type: 'ASSIGNED_TO' }, reportTo: { type: 'REPORTS_BACK_TO' },
    dueMeeting: { type: 'DUE_AT' }, topics: { type: 'CONCERNS' }, item: { type: 'FOR_ITEM' }, documents: { type: 'CONCERNS_DOCUMENT' },
  },
  items: {
    topics: { type: 'CONCERNS' }, area: { type: 'COVERS' }, preparedBy: { type: 'PREPARED_BY' }, followedUpBy: { type: 'FOLLOWED_UP_BY' },
    responsible: { type: 'RESPONSIBLE' }, heldBy: { type: 'HELD_BY' }, documents: { type: 'CONCERNS_DOCUMENT' },
  },
  meetings: { body: { type: 'OF_BODY' } },
  steps: {
    item: { type: 'STEP_OF' }, body: { type: 'IN_BODY' }, meeting: { type: 'AT_MEETING' }, documents: { type: 'PRODUCED' },
    commission: { type: 'ISSUED' },
  },
  indicators: { topics: { type: 'CONCERNS' } },
  events: { subject: { type: 'CHANGED' }, predecessor: { type: 'PREDECESSOR' }, successor: { type: 'SUCCESSOR' } },
};

/**
 * Turns validated seed files into the rows to write. Citations of one node or
 * relationship from several files are merged here, so that writing is a plain upsert
 * and loading twice gives the same graph.
 */
export function toGraph(files: SeedFile[]): Graph {
  const nodes = new Map<string, NodeRow>();
  const rels = new Map<string, RelRow>();
  const mentions: { id: string; altNames?: string[]; locator: string; sid: string }[] = [];

  const cite = (props: Record<string, unknown>, sourceId: string, locator: string) => {
    const sources = (props.sourceIds ??= []) as string[];
    const locators = (props.locators ??= []) as string[];
    sources.push(sourceId);
    locators.push(locator);
  };
  const addRel = (from: string, to: string, type: string, key: string, sourceId: string, locator: string, props: Record<string, unknown> = {}) => {
    const id = `${from}|${type}|${key}|${to}`;
    const existing = rels.get(id);
    if (existing) {
      cite(existing.props, sourceId, locator);
      return;
    }
    const row: RelRow = { from, to, type, key, props: { ...withDates(props), key } };
    cite(row.props, sourceId, locator);
    rels.set(id, row);
  };
  const addNode = (id: string, label: string, fields: Record<string, unknown>, sourceId: string, locator: string) => {
    const props: Record<string, unknown> = { id, ...withDates(fields) };
    cite(props, sourceId, locator);
    nodes.set(id, { id, label, props });
    return props;
  };

  for (const file of files) {
    const { source } = file.data;
    const sid: string = source.id;
    addNode(sid, 'Source', withDerivedText({ ...source }), sid, 'the document itself');

    for (const [section, label] of Object.entries(ENTITY_SECTIONS)) {
      for (const entry of file.data[section] ?? []) {
        const links = LINKS[section] ?? {};
        const fields: Record<string, unknown> = {};
        for (const [field, value] of Object.entries(entry)) {
          if (field === 'locator' || links[field]) continue;
          if (field === 'terms' || field === 'measures' || field === 'decidedBy' || field === 'attendance') continue;
          fields[field] = value;
        }
        if (entry.terms) Object.assign(fields, termsProps(entry.terms));
        const props = addNode(entry.id, label, fields, sid, entry.locator);
        for (const [field, link] of Object.entries(links)) {
          for (const target of ([] as string[]).concat(entry[field] ?? [])) {
            if (link.dir === 'in') addRel(target, entry.id, link.type, '', sid, entry.locator);
            else addRel(entry.id, target, link.type, '', sid, entry.locator);
          }
        }
        (entry.terms?.extensions ?? []).forEach((ext: any, i: number) => {
          const extId = `${entry.id}-extension-${i + 1}`;
          addNode(extId, 'Extension', { until: ext.until, decidedOn: ext.decidedOn, text: ext.text }, sid, entry.locator);
          addRel(entry.id, extId, 'HAS_EXTENSION', '', sid, entry.locator);
          if (ext.decidedBy) addRel(extId, ext.decidedBy, 'DECIDED_BY', '', sid, entry.locator);
        });
        (entry.measures ?? []).forEach((m: any, i: number) => {
          const measureId = `${entry.id}-measure-${i + 1}`;
          addNode(measureId, 'Measure', { ...m }, sid, entry.locator);
          addRel(entry.id, measureId, 'HAS_MEASURE', '', sid, entry.locator);
        });
        for (const d of entry.decidedBy ?? []) {
          addRel(entry.id, d.by, 'DECIDED_BY', d.kind, sid, entry.locator, { kind: d.kind, condition: d.condition });
        }
        for (const a of entry.attendance ?? []) {
          addRel(a.person, entry.id, 'ATTENDED', '', sid, entry.locator, { role: a.role, roleText: a.roleText, status: a.status, representing: a.representing });
        }
        Object.assign(props, withDerivedText(props));
      }
    }

    for (const m of file.data.memberships ?? []) {
      const holder = m.person ?? m.post ?? m.organisation ?? 'unspecified';
      const id = m.id ?? `membership-${m.body}-${holder}-${m.role.toLowerCase()}${m.representing ? `-${m.representing}` : ''}`;
      const fields = { role: m.role, roleText: m.roleText, count: m.count, validFrom: m.validFrom, validTo: m.validTo, note: m.note };
      if (nodes.has(id)) cite(nodes.get(id)!.props, sid, m.locator);
      else addNode(id, 'Membership', fields, sid, m.locator);
      addRel(id, m.body, 'OF_BODY', '', sid, m.locator);
      if (holder !== 'unspecified') addRel(id, holder, 'HELD_BY', '', sid, m.locator);
      if (m.representing) addRel(id, m.representing, 'REPRESENTS', '', sid, m.locator);
    }
    for (const p of file.data.principals ?? []) {
      addRel(p.organisation, p.body, 'PRINCIPAL_OF', '', sid, p.locator, { validFrom: p.validFrom, validTo: p.validTo, note: p.note });
    }
    for (const line of file.data.reportingLines ?? []) {
      addRel(line.from, line.to, 'REPORTING_LINE', line.kind, sid, line.locator, { kind: line.kind, text: line.text, validFrom: line.validFrom, validTo: line.validTo, note: line.note });
    }
    for (const mention of file.data.mentions ?? []) {
      mentions.push({ ...mention, sid });
    }
  }
  // Mentions last: they cite nodes that any file may declare.
  for (const m of mentions) {
    const node = nodes.get(m.id)!;
    cite(node.props, m.sid, m.locator);
    if (m.altNames) {
      node.props.altNames = [...new Set([...((node.props.altNames as string[]) ?? []), ...m.altNames])];
      Object.assign(node.props, withDerivedText(node.props));
    }
  }
  return { nodes: [...nodes.values()].map(clean), rels: [...rels.values()].map(clean) };
}

function termsProps(terms: Record<string, any>): Record<string, unknown> {
  const { text, extensions, ...rest } = terms;
  return { termsText: text, ...rest };
}

/** Neo4j stores no nulls: drop absent values so a re-load sets exactly the same keys. */
function clean<T extends { props: Record<string, unknown> }>(row: T): T {
  for (const [k, v] of Object.entries(row.props)) if (v === undefined || v === null) delete row.props[k];
  return row;
}
