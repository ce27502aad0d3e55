import { join } from 'node:path';
import { ROOT } from '../config';
import { referenceSeed } from '../seed/reference';
import { CountyBuilder } from './county';
import { Random } from './prng';
import { referenceDay, type Scale } from './scales';
import { NATIONAL_LOCATOR, TOPICS, phrase, slug } from './vocabulary';

/** One entry of a seed section, exactly as a seed file would hold it. */
export type Entry = Record<string, any>;
/** Entries by seed section (areas, bodies, items…): the generator's output, in the seed format. */
export type Chunk = Record<string, Entry[]>;

export const SOURCE_ID = 'syn-source';
export const SOURCE_TITLE = 'Syntetisk nationell graf';

/** What a body does in the county's structure; decides how items flow through it. */
export type Role = 'forum' | 'forumAu' | 'lg' | 'lgAu' | 'group' | 'support' | 'partForum' | 'partLg' | 'local' | 'board' | 'boardAu' | 'committee';

/** A body with what the activity generator needs to know about it. */
export interface BodyPlan {
  id: string;
  /** Short key for the ids of its meetings and items ('05-forum', '0580-ks'). */
  key: string;
  name: string;
  role: Role;
  county: County;
  area: string;
  /** The organisation it belongs to (a principal's committees), if any. */
  organisation?: string;
  meetingsPerYear: number;
  /** Day of the month it meets on. */
  day: number;
  /** Where its items go next to be decided. */
  up?: BodyPlan;
  /** Bodies that decide what this body recommends (the principals' boards, for a forum). */
  deciders: BodyPlan[];
  /** Bodies it gives commissions to. */
  below: BodyPlan[];
  /** Narrower topics it works on. */
  topics: string[];
  /** Persons with a seat, for attendance. */
  members: { person: string; role: string; representing: string }[];
  /** Registry prefix of its items ('KS', 'RS', 'SVO'). */
  prefix: string;
  /** Mean number of items a meeting starts (before the scale's density). */
  itemsPerMeeting: number;
}

export interface Municipality {
  code: string;
  name: string;
  org: string;
  board?: BodyPlan;
  committees: BodyPlan[];
  local?: BodyPlan;
  part?: Part;
}

export interface Part {
  id: string;
  name: string;
  forum?: BodyPlan;
  lg?: BodyPlan;
  municipalities: Municipality[];
}

export interface County {
  code: string;
  name: string;
  /** "Östergötland": the county's name in "Region Östergötland". */
  base: string;
  region: string;
  municipalities: Municipality[];
  parts: Part[];
  forum?: BodyPlan;
  lg?: BodyPlan;
  board?: BodyPlan;
  groups: BodyPlan[];
}

/** The national structure: the entries to write, and the plans the activity generator follows. */
export interface Structure {
  scale: Scale;
  seed: number;
  /** The one synthetic Source every generated node and relationship cites. */
  source: Entry;
  /** The day the graph is as of. */
  asOf: string;
  /** Skeleton entries, in the seed format: areas, organisations, bodies, persons, seats, mandates, agreements… */
  chunks: Chunk[];
  counties: County[];
  bodies: BodyPlan[];
  /** Topic ids by strategic area (index into TOPICS): the area's own id first, then its narrower topics. */
  topics: string[][];
}

const topicId = (name: string) => `syn-topic-${slug(name)}`;

/**
 * Builds the structure of every county of the scale: areas from SCB's reference, the region
 * and municipalities with their administrations, each county's joint political forum and
 * its working committee, the officials' leadership group with its working committee and
 * working groups, a support structure, länsdel forums and leadership groups, a local group
 * per municipality, and the committees of each principal; persons with seats, mandates,
 * agreements, founding events and indicators. Deterministic for a seed.
 */
export function buildStructure(scale: Scale, seed: number, csvPath = join(ROOT, 'seed', 'reference', 'scb-municipalities.csv')): Structure {
  const reference = referenceSeed(csvPath).data;
  const chosen = (code: string) => scale.counties === 'all' || scale.counties.includes(code);
  const asOf = referenceDay(scale);
  const first = scale.years[0];
  const national: Chunk = {
    areas: reference.areas.map((a: Entry) => ({ ...a, locator: NATIONAL_LOCATOR })),
    organisations: [
      { id: 'syn-org-regeringen', name: 'Regeringen', kind: 'GOVERNMENT', area: 'area-se', locator: NATIONAL_LOCATOR },
      {
        id: 'syn-org-skr',
        name: 'Sveriges Kommuner och Regioner',
        altNames: ['SKR'],
        kind: 'NATIONAL_ASSOCIATION',
        area: 'area-se',
        locator: NATIONAL_LOCATOR,
      },
      { id: 'syn-org-socialstyrelsen', name: 'Socialstyrelsen', kind: 'NATIONAL_AGENCY', area: 'area-se', locator: NATIONAL_LOCATOR },
    ],
    topics: [],
  };
  const topics = TOPICS.map((t) => {
    const broader = topicId(t.name);
    national.topics.push({
      id: broader,
      name: t.name,
      kind: 'STRATEGIC_AREA',
      ownedBy: 'syn-org-skr',
      description: `Strategiskt område i den gemensamma vokabulären: ${phrase(t.name)}.`,
      locator: NATIONAL_LOCATOR,
    });
    const narrower = t.narrower.map((n) => {
      national.topics.push({
        id: topicId(n),
        name: n,
        kind: 'FOCUS_AREA',
        broader,
        ownedBy: 'syn-org-skr',
        description: `Fokusområde inom ${phrase(t.name)}: ${phrase(n)}.`,
        locator: NATIONAL_LOCATOR,
      });
      return topicId(n);
    });
    return [broader, ...narrower];
  });

  const byCounty = new Map<string, Entry[]>();
  for (const a of reference.areas as Entry[]) {
    if (a.level !== 'MUNICIPALITY') continue;
    const code = a.partOf.slice('area-'.length);
    byCounty.set(code, [...(byCounty.get(code) ?? []), a]);
  }
  const counties: County[] = [];
  const bodies: BodyPlan[] = [];
  const chunks: Chunk[] = [national];
  for (const countyArea of (reference.areas as Entry[]).filter((a) => a.level === 'COUNTY' && chosen(a.code))) {
    const built = new CountyBuilder(countyArea, byCounty.get(countyArea.code) ?? [], new Random(seed, `county-${countyArea.code}`), topics, first, asOf);
    counties.push(built.county);
    bodies.push(...built.bodies);
    chunks.push(built.chunk);
  }
  const source = {
    id: SOURCE_ID,
    file: 'npm run generate',
    title: SOURCE_TITLE,
    kind: 'OTHER',
    publisher: ['govgraph'],
    date: String(scale.years[1]),
    note: `Genererad av govgraph: npm run generate -- --scale ${scale.name} --seed ${seed}. Påhittade organ, personer, ärenden och överenskommelser i SCB:s län och kommuner; ingenting här är en verklig uppgift.`,
  };
  return { scale, seed, source, asOf, chunks, counties, bodies, topics };
}
