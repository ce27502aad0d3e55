import { documentsOf } from './documents';
import type { Random } from './prng';
import { CAPACITIES, mandateText, RHYTHM } from './roles';
import type { BodyPlan, Chunk, County, Entry, Part, Role } from './structure';
import {
  COUNTY_GROUPS,
  COUNTY_PARTS,
  FIRST_NAMES,
  MUNICIPAL_ADMINISTRATIONS,
  MUNICIPAL_COMMITTEES,
  MUNICIPAL_TITLES,
  PARTIES,
  REGION_ADMINISTRATIONS,
  REGION_COMMITTEES,
  REGION_TITLES,
  SURNAMES,
  TOPICS,
  countyBase,
  locatorFor,
  municipalityName,
  phrase,
  slug,
} from './vocabulary';

/**
 * One county's structure, built in the order a county is organised: its organisations and
 * people; the joint political forum with its working committee; the officials' leadership
 * group with its working committee, working groups and support structure; each principal's
 * board and committees; länsdelar with their forum and leadership group; a local group per
 * municipality; then mandates, founding events, agreements and indicators.
 */
export class CountyBuilder {
  readonly chunk: Chunk = {
    areas: [],
    organisations: [],
    bodies: [],
    persons: [],
    posts: [],
    memberships: [],
    principals: [],
    reportingLines: [],
    mandates: [],
    documents: [],
    events: [],
    indicators: [],
  };
  readonly county: County;
  readonly bodies: BodyPlan[] = [];
  private readonly locator: string;
  private readonly code: string;
  private readonly base: string;
  private readonly principals: string[] = [];
  private readonly pools = new Map<string, { politicians: string[]; officials: string[] }>();
  private seats = 0;

  constructor(
    countyArea: Entry,
    municipalityAreas: Entry[],
    private readonly rnd: Random,
    private readonly topics: string[][],
    private readonly first: number,
    private readonly asOf: string,
  ) {
    this.code = countyArea.code;
    this.base = countyBase(countyArea.name);
    this.locator = locatorFor(this.code);
    this.county = { code: this.code, name: countyArea.name, base: this.base, region: `syn-org-region-${this.code}`, municipalities: [], parts: [], groups: [] };
    this.organisations(municipalityAreas);
    this.forum();
    this.leadership();
    this.principalsBodies();
    this.parts();
    this.locals();
    this.standing();
  }

  /** The region, the county administrative board, each municipality, their administrations, and their people. */
  private organisations(municipalityAreas: Entry[]): void {
    const { code, base, locator, chunk } = this;
    const region = this.county.region;
    chunk.organisations.push(
      { id: region, name: `Region ${base}`, kind: 'REGION', area: `area-${code}`, locator },
      { id: `syn-org-lansstyrelsen-${code}`, name: `Länsstyrelsen i ${this.county.name}`, kind: 'COUNTY_ADMINISTRATIVE_BOARD', area: `area-${code}`, locator },
    );
    REGION_ADMINISTRATIONS.forEach((name, i) =>
      chunk.organisations.push({
        id: `${region}-a${i + 1}`,
        name: `${name}, Region ${base}`,
        kind: 'ADMINISTRATION',
        partOf: region,
        area: `area-${code}`,
        locator,
      }),
    );
    for (const a of municipalityAreas) {
      const org = `syn-org-kommun-${a.code}`;
      this.county.municipalities.push({ code: a.code, name: a.name, org, committees: [] });
      chunk.organisations.push({ id: org, name: municipalityName(a.name), kind: 'MUNICIPALITY', area: a.id, locator });
      MUNICIPAL_ADMINISTRATIONS.slice(0, 2).forEach((name, i) =>
        chunk.organisations.push({
          id: `${org}-a${i + 1}`,
          name: `${name}, ${municipalityName(a.name)}`,
          kind: 'ADMINISTRATION',
          partOf: org,
          area: a.id,
          locator,
        }),
      );
    }
    this.principals.push(region, ...this.county.municipalities.map((m) => m.org));
    this.pool(region, 40, 24);
    for (const m of this.county.municipalities) this.pool(m.org, 16, 8);
  }

  /** The county's joint political forum and its working committee. */
  private forum(): void {
    const { code, base, county } = this;
    const region = county.region;
    const name = `Samråd vård och omsorg ${base}`;
    const forum = this.body(
      `${code}-forum`,
      name,
      'forum',
      {
        altNames: [`SVO ${base}`],
        classification: 'JOINT_CONSULTATIVE_FORUM',
        tier: 'POLITICAL',
        area: `area-${code}`,
        topics: this.topics.map((t) => t[0]),
        description: `Politiskt samverkansforum där Region ${base} och länets ${county.municipalities.length} kommuner gemensamt tar ansvar för vård och omsorg.`,
        sizeMin: county.municipalities.length + 3,
        sizeMax: county.municipalities.length * 2 + 3,
        founded: String(this.rnd.int(2010, 2016)),
      },
      { topics: this.narrower([0, 1, 2, 3]) },
    );
    county.forum = forum;
    this.principals.forEach((org) => this.principal(org, forum));
    this.people(region, 'politicians', 3).forEach((p, i) => this.seat(forum, p, i === 0 ? 'CHAIR' : 'MEMBER', region));
    county.municipalities.forEach((m, i) => this.seat(forum, this.people(m.org, 'politicians', 1)[0], i === 0 ? 'VICE_CHAIR' : 'MEMBER', m.org));
    this.seat(forum, this.people(region, 'officials', 1)[0], 'SECRETARY', region);
    const au = this.body(
      `${code}-forum-au`,
      `${name}, arbetsutskott`,
      'forumAu',
      {
        classification: 'WORKING_COMMITTEE',
        tier: 'POLITICAL',
        area: `area-${code}`,
        partOf: forum.id,
      },
      { up: forum, topics: forum.topics },
    );
    forum.members.slice(0, 5).forEach((m) => this.seat(au, m.person, m.role === 'SECRETARY' ? 'MEMBER' : m.role, m.representing));
    this.line(au, forum.id, 'PREPARES_FOR', `Arbetsutskottet bereder ärenden till ${name}.`);
  }

  /** The officials' leadership group, its working committee, its working groups and the support structure. */
  private leadership(): void {
    const { code, base, county, chunk, locator } = this;
    const region = county.region;
    const forum = county.forum!;
    const lg = this.body(
      `${code}-lg`,
      `Ledningsgrupp vård och omsorg ${base}`,
      'lg',
      {
        altNames: [`LGVO ${base}`],
        classification: 'LEADERSHIP_GROUP',
        tier: 'OFFICIALS',
        area: `area-${code}`,
        topics: this.topics.map((t) => t[0]),
        description: `Tjänstepersoners ledningsgrupp för den gemensamma vården och omsorgen i ${county.name}; bereder ärenden till ${forum.name}.`,
      },
      { up: this.bodies.find((b) => b.role === 'forumAu'), topics: this.narrower([0, 1, 2, 3, 4]) },
    );
    county.lg = lg;
    this.principals.forEach((org) => this.principal(org, lg));
    this.people(region, 'officials', 4).forEach((p, i) => this.seat(lg, p, i === 0 ? 'CHAIR' : 'MEMBER', region));
    county.municipalities.forEach((m) => this.seat(lg, this.people(m.org, 'officials', 1)[0], 'MEMBER', m.org));
    this.line(lg, forum.id, 'REPORTS_TO');
    this.line(lg, forum.id, 'PREPARES_FOR');
    const au = this.body(
      `${code}-lg-au`,
      `Ledningsgrupp vård och omsorg ${base}, arbetsutskott`,
      'lgAu',
      {
        classification: 'WORKING_COMMITTEE',
        tier: 'OFFICIALS',
        area: `area-${code}`,
        partOf: lg.id,
      },
      { up: lg, topics: lg.topics },
    );
    lg.members.slice(0, 4).forEach((m) => this.seat(au, m.person, m.role, m.representing));
    this.line(au, lg.id, 'PREPARES_FOR');
    const post = `syn-post-${code}-lanssamordnare`;
    chunk.posts.push({
      id: post,
      title: 'Länssamordnare vård och omsorg',
      description: `Samordnar ${forum.name} och ledningsgruppens arbete.`,
      organisation: region,
      locator,
    });
    chunk.memberships.push({ id: `syn-seat-${lg.key}-samordnare`, body: lg.id, post, role: 'SECRETARY', representing: region, locator });
    for (const [i, g] of COUNTY_GROUPS.entries()) {
      const group = this.body(
        `${code}-lg-g${i + 1}`,
        `${g.name} ${base}`,
        'group',
        {
          classification: 'WORKING_GROUP',
          tier: 'OFFICIALS',
          area: `area-${code}`,
          topics: [this.topics[g.topic][0]],
          description: `Arbetsgrupp på uppdrag av ledningsgruppen för ${phrase(TOPICS[g.topic].name)}.`,
        },
        { up: lg, topics: this.topics[g.topic].slice(1) },
      );
      county.groups.push(group);
      this.line(group, lg.id, 'REPORTS_TO');
      this.seat(group, this.people(region, 'officials', 1, 4 + i)[0], 'CONVENER', region);
      this.rnd
        .sample(county.municipalities, Math.min(5, county.municipalities.length))
        .forEach((m) => this.seat(group, this.people(m.org, 'officials', 1, 1 + i)[0], 'MEMBER', m.org));
    }
    lg.below.push(...county.groups);
    forum.below.push(lg, ...county.groups);
    const support = this.body(
      `${code}-rss`,
      `Regional stödstruktur ${base}`,
      'support',
      {
        altNames: [`RSS ${base}`],
        classification: 'SUPPORT_STRUCTURE',
        tier: 'OFFICIALS',
        area: `area-${code}`,
        organisation: region,
      },
      { topics: this.narrower([9]) },
    );
    this.line(forum, support.id, 'SUPPORTED_BY');
    this.line(lg, support.id, 'SUPPORTED_BY');
  }

  /** Each principal's own board with its working committee, and its committees. */
  private principalsBodies(): void {
    const { code, base, county } = this;
    const region = county.region;
    const chairs = (i: number) => (i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER');
    const board = (key: string, name: string, org: string, area: string, prefix: string, politicians: number) => {
      const b = this.body(
        key,
        name,
        'board',
        { classification: 'EXECUTIVE_BOARD', tier: 'POLITICAL', area, organisation: org },
        { topics: this.narrower(org === region ? [0, 9] : [0, 3]), prefix },
      );
      this.people(org, 'politicians', politicians).forEach((p, i) => this.seat(b, p, chairs(i), org));
      const au = this.body(
        `${key}-au`,
        org === region ? `Regionstyrelsens arbetsutskott, Region ${base}` : `Kommunstyrelsens arbetsutskott, ${name.split(', ')[1]}`,
        'boardAu',
        {
          classification: 'WORKING_COMMITTEE',
          tier: 'POLITICAL',
          area,
          organisation: org,
          partOf: b.id,
        },
        { up: b, topics: b.topics, prefix: `${prefix}AU` },
      );
      b.members.slice(0, 5).forEach((m) => this.seat(au, m.person, m.role, m.representing));
      this.line(au, b.id, 'PREPARES_FOR');
      return b;
    };
    const committee = (key: string, name: string, org: string, area: string, topics: number[], prefix: string, up: BodyPlan, offset: number, size: number) => {
      const c = this.body(
        key,
        name,
        'committee',
        {
          classification: 'POLITICAL_COMMITTEE',
          tier: 'POLITICAL',
          area,
          organisation: org,
          topics: topics.map((t) => this.topics[t][0]),
        },
        { up, topics: this.narrower(topics), prefix },
      );
      this.line(c, org, 'SUBORDINATE_TO');
      this.people(org, 'politicians', size, offset).forEach((p, j) => this.seat(c, p, chairs(j), org));
      return c;
    };
    county.board = board(`${code}-rs`, `Regionstyrelsen, Region ${base}`, region, `area-${code}`, 'RS', 13);
    REGION_COMMITTEES.forEach((c, i) =>
      committee(`${code}-rn${i + 1}`, `${c.name}, Region ${base}`, region, `area-${code}`, c.topics, `RN${i + 1}`, county.board!, 13 + i * 7, 11),
    );
    for (const m of county.municipalities) {
      const area = `area-${m.code}`;
      m.board = board(`${m.code}-ks`, `Kommunstyrelsen, ${municipalityName(m.name)}`, m.org, area, 'KS', 11);
      MUNICIPAL_COMMITTEES.slice(0, this.rnd.int(2, MUNICIPAL_COMMITTEES.length)).forEach((c, i) => {
        m.committees.push(
          committee(
            `${m.code}-n${i + 1}`,
            `${c.name}, ${municipalityName(m.name)}`,
            m.org,
            area,
            c.topics,
            slug(c.name).slice(0, 3).toUpperCase(),
            m.board!,
            5 + i * 3,
            9,
          ),
        );
      });
    }
    const forum = county.forum!;
    forum.deciders.push(county.board, ...county.municipalities.map((m) => m.board!));
    // The forum is a consultative body under the principals: its recommendations are theirs to decide.
    for (const b of forum.deciders) this.line(forum, b.id, 'SUBORDINATE_TO');
  }

  /** Länsdelar: the municipalities in contiguous groups, each with a forum and a leadership group. */
  private parts(): void {
    const { code, base, county, chunk, locator } = this;
    const region = county.region;
    const n = county.municipalities.length;
    const count = n >= 12 ? 4 : n >= 8 ? 3 : n >= 4 ? 2 : 0;
    for (let i = 0; i < count; i++) {
      const members = county.municipalities.slice(Math.floor((i * n) / count), Math.floor(((i + 1) * n) / count));
      const name = `${COUNTY_PARTS[i]} länsdelen`;
      const key = `${code}-${slug(COUNTY_PARTS[i])}`;
      const part: Part = { id: `syn-area-${key}`, name, municipalities: members };
      chunk.areas.push({
        id: part.id,
        name: `${name}, ${base}`,
        level: 'COUNTY_PART',
        partOf: `area-${code}`,
        includes: members.map((m) => `area-${m.code}`),
        locator,
      });
      const forum = this.body(
        `${key}-forum`,
        `Länsdelsforum ${phrase(name)} ${base}`,
        'partForum',
        {
          classification: 'JOINT_CONSULTATIVE_FORUM',
          tier: 'POLITICAL',
          area: part.id,
          topics: [this.topics[0][0], this.topics[3][0]],
        },
        { topics: this.narrower([0, 3]), deciders: members.map((m) => m.board!) },
      );
      const lg = this.body(
        `${key}-lg`,
        `Länsdelsledningsgrupp ${phrase(name)} ${base}`,
        'partLg',
        {
          classification: 'LEADERSHIP_GROUP',
          tier: 'OFFICIALS',
          area: part.id,
          topics: [this.topics[0][0]],
        },
        { up: forum, topics: this.narrower([0, 3, 1]) },
      );
      Object.assign(part, { forum, lg });
      for (const org of [region, ...members.map((m) => m.org)]) {
        this.principal(org, forum);
        this.principal(org, lg);
      }
      this.line(forum, county.forum!.id, 'REPORTS_TO');
      this.line(lg, forum.id, 'PREPARES_FOR');
      this.line(lg, county.lg!.id, 'REPORTS_TO');
      this.seat(forum, this.people(region, 'politicians', 1, 3 + i)[0], 'MEMBER', region);
      members.forEach((m, j) => this.seat(forum, this.people(m.org, 'politicians', 1, 1)[0], j === 0 ? 'CHAIR' : 'MEMBER', m.org));
      this.seat(lg, this.people(region, 'officials', 1, 12 + i)[0], 'MEMBER', region);
      members.forEach((m, j) => this.seat(lg, this.people(m.org, 'officials', 1, 2)[0], j === 0 ? 'CONVENER' : 'MEMBER', m.org));
      for (const m of members) m.part = part;
      county.parts.push(part);
    }
  }

  /** A local group per municipality: the municipality's and the region's officials together. */
  private locals(): void {
    const { county } = this;
    const region = county.region;
    for (const m of county.municipalities) {
      const up = m.part?.lg ?? county.lg!;
      const local = this.body(
        `${m.code}-local`,
        `Lokal samverkansgrupp ${m.name}`,
        'local',
        {
          classification: 'PREPARATORY_GROUP',
          tier: 'OFFICIALS',
          area: `area-${m.code}`,
          topics: [this.topics[0][0]],
        },
        { up, topics: this.narrower([0, 2, 3]) },
      );
      m.local = local;
      this.principal(region, local);
      this.principal(m.org, local);
      this.line(local, up.id, 'REPORTS_TO');
      this.people(m.org, 'officials', 3, 3).forEach((p, i) => this.seat(local, p, i === 0 ? 'CONVENER' : 'MEMBER', m.org));
      this.people(region, 'officials', 2, 16 + (Number(m.code) % 6)).forEach((p) => this.seat(local, p, 'MEMBER', region));
      up.below.push(local);
    }
    for (const part of county.parts) part.forum!.below.push(part.lg!, ...part.municipalities.map((m) => m.local!));
  }

  /** Mandates (granted by the principals, through an agreement or a regulation), founding events, the standing documents and indicators. */
  private standing(): void {
    const { code, base, county, chunk, locator, first } = this;
    const documents = documentsOf(county, this.rnd, this.topics, first, this.asOf, locator);
    chunk.documents.push(...documents.documents);
    for (const b of this.bodies) {
      const granted = b.organisation ? [b.organisation] : b.role === 'partForum' || b.role === 'partLg' ? [county.region] : this.principals;
      const regulated = b.organisation && b.role !== 'support';
      if (regulated) chunk.documents.push(documents.regulationEntry(b));
      chunk.mandates.push({
        id: `syn-mandate-${b.key}`,
        body: b.id,
        capacities: CAPACITIES[b.role],
        text: mandateText(b, county.forum!),
        grantedBy: granted,
        grantedByDocument: regulated ? documents.regulation(b) : documents.main,
        area: b.area,
        topics: b.topics.slice(0, 3),
        validFrom: String(first),
        locator,
      });
      if (b.role !== 'board' && b.role !== 'committee' && b.role !== 'boardAu') {
        chunk.events.push({
          id: `syn-event-${b.key}-founded`,
          kind: 'FOUNDED',
          date: String(this.rnd.int(first - 8, first - 1)),
          subject: b.id,
          text: `${b.name} bildas.`,
          locator,
        });
      }
    }
    this.topics.forEach((t, i) =>
      chunk.indicators.push({
        id: `syn-indicator-${code}-${i + 1}`,
        name: `Andel med samordnad plan inom ${phrase(TOPICS[i].name)}, ${base}`,
        description: `Följer upp ${phrase(TOPICS[i].name)} i ${county.name}.`,
        topics: [t[0]],
        measures: [
          { name: 'Antal upprättade SIP per 1 000 invånare' },
          { name: 'Andel utskrivningsklara dagar' },
          { name: 'Andel invånare som är nöjda med samordningen' },
        ],
        locator,
      }),
    );
  }

  /** A body: its seed entry, and its plan for the activity generator. */
  private body(key: string, name: string, role: Role, fields: Entry, plan: Partial<BodyPlan> = {}): BodyPlan {
    const rhythm = RHYTHM[role];
    const p: BodyPlan = {
      id: `syn-body-${key}`,
      key,
      name,
      role,
      county: this.county,
      area: fields.area,
      organisation: fields.organisation,
      meetingsPerYear: rhythm.meetings,
      day: this.rnd.int(2, 27),
      deciders: [],
      below: [],
      topics: fields.topics ?? [],
      members: [],
      prefix: rhythm.prefix,
      itemsPerMeeting: rhythm.items,
      ...plan,
    };
    const meets = p.meetingsPerYear;
    this.chunk.bodies.push({
      id: p.id,
      name,
      ...fields,
      ...(meets ? { meetingFrequency: `${meets} gånger per år`, meetingsPerYearMin: meets, meetingsPerYearMax: meets } : {}),
      locator: this.locator,
    });
    this.bodies.push(p);
    return p;
  }

  /** Politicians and officials of a principal, drawn from as each body needs them. */
  private pool(org: string, politicians: number, officials: number): void {
    const person = (i: number, official: boolean) => {
      const id = `${org.replace('syn-org-', 'syn-person-')}-${official ? 't' : 'p'}${i + 1}`;
      const name = `${this.rnd.pick(FIRST_NAMES)} ${this.rnd.pick(SURNAMES)}`;
      const titles = org === this.county.region ? REGION_TITLES : MUNICIPAL_TITLES;
      this.chunk.persons.push(
        official ? { id, name, title: this.rnd.pick(titles), locator: this.locator } : { id, name, party: this.rnd.pick(PARTIES), locator: this.locator },
      );
      return id;
    };
    this.pools.set(org, {
      politicians: Array.from({ length: politicians }, (_, i) => person(i, false)),
      officials: Array.from({ length: officials }, (_, i) => person(i, true)),
    });
  }

  /** `n` people of a pool from `offset` on, so the same politicians sit in several bodies of their principal. */
  private people(org: string, kind: 'politicians' | 'officials', n: number, offset = 0): string[] {
    const list = this.pools.get(org)![kind];
    return Array.from({ length: n }, (_, i) => list[(offset + i) % list.length]);
  }

  private seat(body: BodyPlan, person: string, role: string, representing: string): void {
    body.members.push({ person, role, representing });
    this.chunk.memberships.push({
      id: `syn-seat-${body.key}-${++this.seats}`,
      body: body.id,
      person,
      role,
      representing,
      validFrom: String(this.first),
      locator: this.locator,
    });
  }

  private line(from: BodyPlan, to: string, kind: string, text?: string): void {
    this.chunk.reportingLines.push({ from: from.id, to, kind, ...(text ? { text } : {}), locator: this.locator });
  }

  private principal(org: string, body: BodyPlan): void {
    this.chunk.principals.push({ organisation: org, body: body.id, validFrom: String(this.first), locator: this.locator });
  }

  /** The narrower topics of some strategic areas. */
  private narrower(areas: number[]): string[] {
    return areas.flatMap((i) => this.topics[i].slice(1));
  }
}
