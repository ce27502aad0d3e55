import { join } from 'node:path';
import { ROOT } from '../config';
import { referenceSeed } from '../seed/reference';
import { Random } from './prng';
import { referenceDay, type Scale } from './scales';
import {
  COUNTY_GROUPS, COUNTY_PARTS, FIRST_NAMES, MUNICIPAL_ADMINISTRATIONS, MUNICIPAL_COMMITTEES, MUNICIPAL_TITLES, PARTIES,
  REGION_ADMINISTRATIONS, REGION_COMMITTEES, REGION_TITLES, SURNAMES, TOPICS, countyBase, municipalityName, phrase, slug,
} from './vocabulary';
import { documentsOf } from './documents';

/** One entry of a seed section, exactly as a seed file would hold it. */
export type Entry = Record<string, any>;
/** Entries by seed section (areas, bodies, items…): the generator's output, in the seed format. */
export type Chunk = Record<string, Entry[]>;

export const SOURCE_ID = 'syn-source';
export const SOURCE_TITLE = 'Syntetisk nationell graf';

/** What a body does in the county's structure; decides how items flow through it. */
export type Role =
  | 'forum' | 'forumAu' | 'lg' | 'lgAu' | 'group' | 'support' | 'partForum' | 'partLg' | 'local' | 'board' | 'boardAu' | 'committee';

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

const NATIONAL_LOCATOR = 'syntetisk post, nationell nivå';
export const locatorFor = (county: string): string => `syntetisk post, län ${county}`;

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
      { id: 'syn-org-skr', name: 'Sveriges Kommuner och Regioner', altNames: ['SKR'], kind: 'NATIONAL_ASSOCIATION', area: 'area-se', locator: NATIONAL_LOCATOR },
      { id: 'syn-org-socialstyrelsen', name: 'Socialstyrelsen', kind: 'NATIONAL_AGENCY', area: 'area-se', locator: NATIONAL_LOCATOR },
    ],
    topics: [],
  };
  const topics = TOPICS.map((t) => {
    const broader = topicId(t.name);
    national.topics.push({ id: broader, name: t.name, kind: 'STRATEGIC_AREA', ownedBy: 'syn-org-skr', description: `Strategiskt område i den gemensamma vokabulären: ${phrase(t.name)}.`, locator: NATIONAL_LOCATOR });
    const narrower = t.narrower.map((n) => {
      national.topics.push({ id: topicId(n), name: n, kind: 'FOCUS_AREA', broader, ownedBy: 'syn-org-skr', description: `Fokusområde inom ${phrase(t.name)}: ${phrase(n)}.`, locator: NATIONAL_LOCATOR });
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
    const built = buildCounty(countyArea, byCounty.get(countyArea.code) ?? [], new Random(seed, `county-${countyArea.code}`), topics, first, asOf);
    counties.push(built.county);
    bodies.push(...built.bodies);
    chunks.push(built.chunk);
  }
  const source = {
    id: SOURCE_ID, file: 'npm run generate', title: SOURCE_TITLE, kind: 'OTHER', publisher: ['govgraph'], date: String(scale.years[1]),
    note: `Genererad av govgraph: npm run generate -- --scale ${scale.name} --seed ${seed}. Påhittade organ, personer, ärenden och överenskommelser i SCB:s län och kommuner; ingenting här är en verklig uppgift.`,
  };
  return { scale, seed, source, asOf, chunks, counties, bodies, topics };
}

/** Meetings a year by role; and how many items each of its meetings starts. */
const RHYTHM: Record<Role, { meetings: number; items: number; prefix: string }> = {
  forum: { meetings: 6, items: 1, prefix: 'SVO' },
  forumAu: { meetings: 8, items: 0.5, prefix: 'SVO-AU' },
  lg: { meetings: 10, items: 1.5, prefix: 'LG' },
  lgAu: { meetings: 10, items: 1, prefix: 'LG-AU' },
  group: { meetings: 8, items: 2, prefix: 'LGR' },
  support: { meetings: 0, items: 0, prefix: 'RSS' },
  partForum: { meetings: 4, items: 1, prefix: 'LDF' },
  partLg: { meetings: 8, items: 2, prefix: 'LDG' },
  local: { meetings: 8, items: 2, prefix: 'LSG' },
  board: { meetings: 11, items: 1.5, prefix: 'KS' },
  boardAu: { meetings: 11, items: 1, prefix: 'KSAU' },
  committee: { meetings: 10, items: 1.5, prefix: 'N' },
};

function buildCounty(countyArea: Entry, municipalityAreas: Entry[], rnd: Random, topics: string[][], first: number, asOf: string) {
  const code: string = countyArea.code;
  const base = countyBase(countyArea.name);
  const locator = locatorFor(code);
  const chunk: Chunk = {
    areas: [], organisations: [], bodies: [], persons: [], posts: [], memberships: [], principals: [], reportingLines: [],
    mandates: [], documents: [], events: [], indicators: [],
  };
  const region = `syn-org-region-${code}`;
  const county: County = { code, name: countyArea.name, base, region, municipalities: [], parts: [], groups: [] };
  const bodies: BodyPlan[] = [];
  const narrowerOf = (areas: number[]) => areas.flatMap((i) => topics[i].slice(1));

  // Organisations: the region, the county administrative board, each municipality, and their administrations.
  chunk.organisations.push(
    { id: region, name: `Region ${base}`, kind: 'REGION', area: `area-${code}`, locator },
    { id: `syn-org-lansstyrelsen-${code}`, name: `Länsstyrelsen i ${countyArea.name}`, kind: 'COUNTY_ADMINISTRATIVE_BOARD', area: `area-${code}`, locator },
  );
  REGION_ADMINISTRATIONS.forEach((name, i) => chunk.organisations.push({ id: `${region}-a${i + 1}`, name: `${name}, Region ${base}`, kind: 'ADMINISTRATION', partOf: region, area: `area-${code}`, locator }));
  for (const a of municipalityAreas) {
    const org = `syn-org-kommun-${a.code}`;
    county.municipalities.push({ code: a.code, name: a.name, org, committees: [] });
    chunk.organisations.push({ id: org, name: municipalityName(a.name), kind: 'MUNICIPALITY', area: a.id, locator });
    MUNICIPAL_ADMINISTRATIONS.slice(0, 2).forEach((name, i) => chunk.organisations.push({ id: `${org}-a${i + 1}`, name: `${name}, ${municipalityName(a.name)}`, kind: 'ADMINISTRATION', partOf: org, area: a.id, locator }));
  }
  const principals = [region, ...county.municipalities.map((m) => m.org)];

  // People: politicians and officials of each principal, drawn from as each body needs them.
  const pools = new Map<string, { politicians: string[]; officials: string[] }>();
  const person = (org: string, i: number, official: boolean) => {
    const id = `${org.replace('syn-org-', 'syn-person-')}-${official ? 't' : 'p'}${i + 1}`;
    const name = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(SURNAMES)}`;
    chunk.persons.push(official ? { id, name, title: rnd.pick(org === region ? REGION_TITLES : MUNICIPAL_TITLES), locator } : { id, name, party: rnd.pick(PARTIES), locator });
    return id;
  };
  const pool = (org: string, politicians: number, officials: number) => {
    pools.set(org, {
      politicians: Array.from({ length: politicians }, (_, i) => person(org, i, false)),
      officials: Array.from({ length: officials }, (_, i) => person(org, i, true)),
    });
  };
  pool(region, 40, 24);
  for (const m of county.municipalities) pool(m.org, 16, 8);

  let seats = 0;
  const seat = (body: BodyPlan, person: string, role: string, representing: string) => {
    body.members.push({ person, role, representing });
    chunk.memberships.push({ id: `syn-seat-${body.key}-${++seats}`, body: body.id, person, role, representing, validFrom: String(first), locator });
  };
  /** The first `n` people of a pool after `offset`, so the same politicians sit in several bodies of their principal. */
  const people = (org: string, kind: 'politicians' | 'officials', n: number, offset = 0) => {
    const list = pools.get(org)![kind];
    return Array.from({ length: n }, (_, i) => list[(offset + i) % list.length]);
  };

  const body = (key: string, name: string, role: Role, fields: Entry, plan: Partial<BodyPlan> = {}): BodyPlan => {
    const rhythm = RHYTHM[role];
    const p: BodyPlan = {
      id: `syn-body-${key}`, key, name, role, county, area: fields.area, organisation: fields.organisation, meetingsPerYear: rhythm.meetings,
      day: rnd.int(2, 27), deciders: [], below: [], topics: fields.topics ?? [], members: [], prefix: rhythm.prefix, itemsPerMeeting: rhythm.items, ...plan,
    };
    const meets = p.meetingsPerYear;
    chunk.bodies.push({
      id: p.id, name, ...fields, ...(meets ? { meetingFrequency: `${meets} gånger per år`, meetingsPerYearMin: meets, meetingsPerYearMax: meets } : {}), locator,
    });
    bodies.push(p);
    return p;
  };
  const line = (from: BodyPlan, to: string, kind: string, text?: string) => chunk.reportingLines.push({ from: from.id, to, kind, ...(text ? { text } : {}), locator });
  const principal = (org: string, b: BodyPlan) => chunk.principals.push({ organisation: org, body: b.id, validFrom: String(first), locator });
  const founded = (b: BodyPlan, year: number, text: string) =>
    chunk.events.push({ id: `syn-event-${b.key}-founded`, kind: 'FOUNDED', date: String(year), subject: b.id, text, locator });

  // The county's joint political forum and its working committee.
  const allTopics = topics.map((t) => t[0]);
  const forumName = `Samråd vård och omsorg ${base}`;
  const forum = body(`${code}-forum`, forumName, 'forum', {
    altNames: [`SVO ${base}`], classification: 'JOINT_CONSULTATIVE_FORUM', tier: 'POLITICAL', area: `area-${code}`, topics: allTopics,
    description: `Politiskt samverkansforum där Region ${base} och länets ${county.municipalities.length} kommuner gemensamt tar ansvar för vård och omsorg.`,
    sizeMin: county.municipalities.length + 3, sizeMax: county.municipalities.length * 2 + 3, founded: String(rnd.int(2010, 2016)),
  }, { topics: narrowerOf([0, 1, 2, 3]) });
  county.forum = forum;
  principals.forEach((org) => principal(org, forum));
  people(region, 'politicians', 3).forEach((p, i) => seat(forum, p, i === 0 ? 'CHAIR' : 'MEMBER', region));
  county.municipalities.forEach((m, i) => seat(forum, people(m.org, 'politicians', 1)[0], i === 0 ? 'VICE_CHAIR' : 'MEMBER', m.org));
  seat(forum, people(region, 'officials', 1)[0], 'SECRETARY', region);
  const forumAu = body(`${code}-forum-au`, `${forumName}, arbetsutskott`, 'forumAu', {
    classification: 'WORKING_COMMITTEE', tier: 'POLITICAL', area: `area-${code}`, partOf: forum.id,
  }, { up: forum, topics: forum.topics });
  forum.members.slice(0, 5).forEach((m) => seat(forumAu, m.person, m.role === 'SECRETARY' ? 'MEMBER' : m.role, m.representing));
  line(forumAu, forum.id, 'PREPARES_FOR', `Arbetsutskottet bereder ärenden till ${forumName}.`);

  // The officials' leadership group, its working committee and its working groups.
  const lg = body(`${code}-lg`, `Ledningsgrupp vård och omsorg ${base}`, 'lg', {
    altNames: [`LGVO ${base}`], classification: 'LEADERSHIP_GROUP', tier: 'OFFICIALS', area: `area-${code}`, topics: allTopics,
    description: `Tjänstepersoners ledningsgrupp för den gemensamma vården och omsorgen i ${countyArea.name}; bereder ärenden till ${forumName}.`,
  }, { up: forumAu, topics: narrowerOf([0, 1, 2, 3, 4]) });
  county.lg = lg;
  principals.forEach((org) => principal(org, lg));
  people(region, 'officials', 4).forEach((p, i) => seat(lg, p, i === 0 ? 'CHAIR' : 'MEMBER', region));
  county.municipalities.forEach((m) => seat(lg, people(m.org, 'officials', 1)[0], 'MEMBER', m.org));
  line(lg, forum.id, 'REPORTS_TO');
  line(lg, forum.id, 'PREPARES_FOR');
  const lgAu = body(`${code}-lg-au`, `Ledningsgrupp vård och omsorg ${base}, arbetsutskott`, 'lgAu', {
    classification: 'WORKING_COMMITTEE', tier: 'OFFICIALS', area: `area-${code}`, partOf: lg.id,
  }, { up: lg, topics: lg.topics });
  lg.members.slice(0, 4).forEach((m) => seat(lgAu, m.person, m.role, m.representing));
  line(lgAu, lg.id, 'PREPARES_FOR');
  const post = `syn-post-${code}-lanssamordnare`;
  chunk.posts.push({ id: post, title: 'Länssamordnare vård och omsorg', description: `Samordnar ${forumName} och ledningsgruppens arbete.`, organisation: region, locator });
  chunk.memberships.push({ id: `syn-seat-${lg.key}-samordnare`, body: lg.id, post, role: 'SECRETARY', representing: region, locator });
  for (const [i, g] of COUNTY_GROUPS.entries()) {
    const group = body(`${code}-lg-g${i + 1}`, `${g.name} ${base}`, 'group', {
      classification: 'WORKING_GROUP', tier: 'OFFICIALS', area: `area-${code}`, topics: [topics[g.topic][0]],
      description: `Arbetsgrupp på uppdrag av ledningsgruppen för ${phrase(TOPICS[g.topic].name)}.`,
    }, { up: lg, topics: topics[g.topic].slice(1) });
    county.groups.push(group);
    line(group, lg.id, 'REPORTS_TO');
    seat(group, people(region, 'officials', 1, 4 + i)[0], 'CONVENER', region);
    rnd.sample(county.municipalities, Math.min(5, county.municipalities.length)).forEach((m) => seat(group, people(m.org, 'officials', 1, 1 + i)[0], 'MEMBER', m.org));
  }
  lg.below.push(...county.groups);
  forum.below.push(lg, ...county.groups);
  const support = body(`${code}-rss`, `Regional stödstruktur ${base}`, 'support', {
    altNames: [`RSS ${base}`], classification: 'SUPPORT_STRUCTURE', tier: 'OFFICIALS', area: `area-${code}`, organisation: region,
  }, { topics: narrowerOf([9]) });
  line(forum, support.id, 'SUPPORTED_BY');
  line(lg, support.id, 'SUPPORTED_BY');

  // The principals' own committees: the region's board and committees, each municipality's.
  const regionBoard = body(`${code}-rs`, `Regionstyrelsen, Region ${base}`, 'board', {
    classification: 'EXECUTIVE_BOARD', tier: 'POLITICAL', area: `area-${code}`, organisation: region,
  }, { topics: narrowerOf([0, 9]), prefix: 'RS' });
  county.board = regionBoard;
  people(region, 'politicians', 13).forEach((p, i) => seat(regionBoard, p, i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER', region));
  const regionAu = body(`${code}-rs-au`, `Regionstyrelsens arbetsutskott, Region ${base}`, 'boardAu', {
    classification: 'WORKING_COMMITTEE', tier: 'POLITICAL', area: `area-${code}`, organisation: region, partOf: regionBoard.id,
  }, { up: regionBoard, topics: regionBoard.topics, prefix: 'RSAU' });
  regionBoard.members.slice(0, 5).forEach((m) => seat(regionAu, m.person, m.role, m.representing));
  line(regionAu, regionBoard.id, 'PREPARES_FOR');
  REGION_COMMITTEES.forEach((c, i) => {
    const committee = body(`${code}-rn${i + 1}`, `${c.name}, Region ${base}`, 'committee', {
      classification: 'POLITICAL_COMMITTEE', tier: 'POLITICAL', area: `area-${code}`, organisation: region, topics: c.topics.map((t) => topics[t][0]),
    }, { up: regionBoard, topics: narrowerOf(c.topics), prefix: `RN${i + 1}` });
    line(committee, region, 'SUBORDINATE_TO');
    people(region, 'politicians', 11, 13 + i * 7).forEach((p, j) => seat(committee, p, j === 0 ? 'CHAIR' : j === 1 ? 'VICE_CHAIR' : 'MEMBER', region));
  });
  for (const m of county.municipalities) {
    const area = `area-${m.code}`;
    m.board = body(`${m.code}-ks`, `Kommunstyrelsen, ${municipalityName(m.name)}`, 'board', {
      classification: 'EXECUTIVE_BOARD', tier: 'POLITICAL', area, organisation: m.org,
    }, { topics: narrowerOf([0, 3]), prefix: 'KS' });
    people(m.org, 'politicians', 11).forEach((p, i) => seat(m.board!, p, i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER', m.org));
    const au = body(`${m.code}-ks-au`, `Kommunstyrelsens arbetsutskott, ${municipalityName(m.name)}`, 'boardAu', {
      classification: 'WORKING_COMMITTEE', tier: 'POLITICAL', area, organisation: m.org, partOf: m.board.id,
    }, { up: m.board, topics: m.board.topics, prefix: 'KSAU' });
    m.board.members.slice(0, 5).forEach((s) => seat(au, s.person, s.role, s.representing));
    line(au, m.board.id, 'PREPARES_FOR');
    const many = rnd.int(2, MUNICIPAL_COMMITTEES.length);
    MUNICIPAL_COMMITTEES.slice(0, many).forEach((c, i) => {
      const committee = body(`${m.code}-n${i + 1}`, `${c.name}, ${municipalityName(m.name)}`, 'committee', {
        classification: 'POLITICAL_COMMITTEE', tier: 'POLITICAL', area, organisation: m.org, topics: c.topics.map((t) => topics[t][0]),
      }, { up: m.board, topics: narrowerOf(c.topics), prefix: slug(c.name).slice(0, 3).toUpperCase() });
      m.committees.push(committee);
      line(committee, m.org, 'SUBORDINATE_TO');
      people(m.org, 'politicians', 9, 5 + i * 3).forEach((p, j) => seat(committee, p, j === 0 ? 'CHAIR' : j === 1 ? 'VICE_CHAIR' : 'MEMBER', m.org));
    });
  }
  forum.deciders.push(regionBoard, ...county.municipalities.map((m) => m.board!));
  // The forum is a consultative body under the principals: its recommendations are theirs to decide.
  for (const board of forum.deciders) line(forum, board.id, 'SUBORDINATE_TO');

  // Länsdelar: the municipalities in contiguous groups, each with a forum and a leadership group.
  const n = county.municipalities.length;
  const partCount = n >= 12 ? 4 : n >= 8 ? 3 : n >= 4 ? 2 : 0;
  for (let i = 0; i < partCount; i++) {
    const members = county.municipalities.slice(Math.floor((i * n) / partCount), Math.floor(((i + 1) * n) / partCount));
    const partName = `${COUNTY_PARTS[i]} länsdelen`;
    const partKey = `${code}-${slug(COUNTY_PARTS[i])}`;
    const part: Part = { id: `syn-area-${partKey}`, name: partName, municipalities: members };
    chunk.areas.push({ id: part.id, name: `${partName}, ${base}`, level: 'COUNTY_PART', partOf: `area-${code}`, includes: members.map((m) => `area-${m.code}`), locator });
    const partPrincipals = [region, ...members.map((m) => m.org)];
    part.forum = body(`${partKey}-forum`, `Länsdelsforum ${phrase(partName)} ${base}`, 'partForum', {
      classification: 'JOINT_CONSULTATIVE_FORUM', tier: 'POLITICAL', area: part.id, topics: [topics[0][0], topics[3][0]],
    }, { topics: narrowerOf([0, 3]), deciders: members.map((m) => m.board!) });
    part.lg = body(`${partKey}-lg`, `Länsdelsledningsgrupp ${phrase(partName)} ${base}`, 'partLg', {
      classification: 'LEADERSHIP_GROUP', tier: 'OFFICIALS', area: part.id, topics: [topics[0][0]],
    }, { up: part.forum, topics: narrowerOf([0, 3, 1]) });
    partPrincipals.forEach((org) => { principal(org, part.forum!); principal(org, part.lg!); });
    line(part.forum, forum.id, 'REPORTS_TO');
    line(part.lg, part.forum.id, 'PREPARES_FOR');
    line(part.lg, lg.id, 'REPORTS_TO');
    seat(part.forum, people(region, 'politicians', 1, 3 + i)[0], 'MEMBER', region);
    members.forEach((m, j) => seat(part.forum!, people(m.org, 'politicians', 1, 1)[0], j === 0 ? 'CHAIR' : 'MEMBER', m.org));
    seat(part.lg, people(region, 'officials', 1, 12 + i)[0], 'MEMBER', region);
    members.forEach((m, j) => seat(part.lg!, people(m.org, 'officials', 1, 2)[0], j === 0 ? 'CONVENER' : 'MEMBER', m.org));
    for (const m of members) m.part = part;
    county.parts.push(part);
  }

  // A local group per municipality: the municipality's and the region's officials together.
  for (const m of county.municipalities) {
    const up = m.part?.lg ?? lg;
    m.local = body(`${m.code}-local`, `Lokal samverkansgrupp ${m.name}`, 'local', {
      classification: 'PREPARATORY_GROUP', tier: 'OFFICIALS', area: `area-${m.code}`, topics: [topics[0][0]],
    }, { up, topics: narrowerOf([0, 2, 3]) });
    principal(region, m.local);
    principal(m.org, m.local);
    line(m.local, up.id, 'REPORTS_TO');
    people(m.org, 'officials', 3, 3).forEach((p, i) => seat(m.local!, p, i === 0 ? 'CONVENER' : 'MEMBER', m.org));
    people(region, 'officials', 2, 16 + (Number(m.code) % 6)).forEach((p) => seat(m.local!, p, 'MEMBER', region));
    up.below.push(m.local);
  }
  for (const part of county.parts) part.forum!.below.push(part.lg!, ...part.municipalities.map((m) => m.local!));

  // Mandates, founding events, agreements and indicators.
  const agreements = documentsOf(county, rnd, topics, first, asOf, locator);
  chunk.documents.push(...agreements.documents);
  for (const b of bodies) {
    const granted = b.organisation ? [b.organisation] : b.role === 'partForum' || b.role === 'partLg' ? [region] : principals;
    const regulated = b.organisation && b.role !== 'support';
    const byDocument = regulated ? agreements.regulation(b) : agreements.main;
    if (regulated) chunk.documents.push(agreements.regulationEntry(b));
    chunk.mandates.push({
      id: `syn-mandate-${b.key}`, body: b.id, capacities: CAPACITIES[b.role], text: mandateText(b, forum), grantedBy: granted,
      grantedByDocument: byDocument, area: b.area, topics: b.topics.slice(0, 3), validFrom: String(first), locator,
    });
    if (b.role !== 'board' && b.role !== 'committee' && b.role !== 'boardAu') founded(b, rnd.int(first - 8, first - 1), `${b.name} bildas.`);
  }
  topics.forEach((t, i) => chunk.indicators.push({
    id: `syn-indicator-${code}-${i + 1}`, name: `Andel med samordnad plan inom ${phrase(TOPICS[i].name)}, ${base}`,
    description: `Följer upp ${phrase(TOPICS[i].name)} i ${countyArea.name}.`, topics: [t[0]],
    measures: [{ name: 'Antal upprättade SIP per 1 000 invånare' }, { name: 'Andel utskrivningsklara dagar' }, { name: 'Andel invånare som är nöjda med samordningen' }],
    locator,
  }));
  return { county, bodies, chunk };
}

const CAPACITIES: Record<Role, string[]> = {
  forum: ['CONSULT', 'RECOMMEND', 'FOLLOW_UP', 'COMMISSION'],
  forumAu: ['PREPARE'],
  lg: ['STEER', 'PREPARE', 'COMMISSION', 'FOLLOW_UP'],
  lgAu: ['PREPARE', 'COORDINATE'],
  group: ['EXECUTE', 'REPORT', 'BUILD_KNOWLEDGE'],
  support: ['SUPPORT', 'BUILD_KNOWLEDGE'],
  partForum: ['CONSULT', 'DECIDE', 'FOLLOW_UP'],
  partLg: ['COORDINATE', 'PREPARE', 'REPORT'],
  local: ['COORDINATE', 'EXECUTE', 'REPORT'],
  board: ['DECIDE', 'STEER', 'FOLLOW_UP'],
  boardAu: ['PREPARE'],
  committee: ['DECIDE', 'FOLLOW_UP'],
};

function mandateText(b: BodyPlan, forum: BodyPlan): string {
  switch (b.role) {
    case 'forum': return `${b.name} är ett organ för samråd mellan regionen och länets kommuner i frågor om vård och omsorg. Forumet rekommenderar huvudmännen beslut, ger uppdrag och följer upp gemensamma överenskommelser.`;
    case 'forumAu':
    case 'boardAu':
    case 'lgAu': return `Arbetsutskottet bereder ärenden till ${b.up!.name}.`;
    case 'lg': return `Ledningsgruppen leder och samordnar det gemensamma arbetet på tjänstepersonsnivå, bereder ärenden till ${forum.name} och ger uppdrag till länsgrupperna.`;
    case 'group': return `Gruppen arbetar på uppdrag av ${b.up!.name} och rapporterar till ledningsgruppen.`;
    case 'support': return 'Stödstrukturen ger processtöd och kunskapsstöd till länets samverkansorgan.';
    case 'partForum': return `${b.name} samråder om vård och omsorg i länsdelen och beslutar om gemensamma insatser inom ramen för länets överenskommelser.`;
    case 'partLg': return `Ledningsgruppen samordnar arbetet i länsdelen och bereder ärenden till ${b.up!.name}.`;
    case 'local': return `Den lokala samverkansgruppen samordnar insatser för gemensamma patienter och brukare och rapporterar till ${b.up!.name}.`;
    case 'board': return `${b.name} leder och samordnar förvaltningen av huvudmannens angelägenheter och beslutar om överenskommelser med andra huvudmän.`;
    case 'committee': return `${b.name} fullgör huvudmannens uppgifter inom sitt område enligt reglementet och beslutar i ärenden om ${phrase(b.name.split(',')[0])}s verksamhet.`;
  }
}
