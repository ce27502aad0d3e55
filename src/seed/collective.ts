import { linkAt } from '../model';
import { withDerivedText } from '../shared/derived';
import type { SeedFile, SeedProblem } from './files';
import { inferredBy, markOf, type GraphBuilder, type Mark } from './graph';
import { REFERENCE_SOURCE_ID } from './reference';

/**
 * Collective parties, principals and deciders: a seed entry that writes
 * `collective: { phrase: "kommunerna i Jämtlands län", area: area-23 }` (see src/model/collective.ts)
 * becomes one relationship per municipality SCB's reference lists in that county. Each cites
 * the source's locator and SCB's row, and is marked inferred by the rule that expanded it.
 * A municipality is the organisation declared with its SCB area (kind MUNICIPALITY); where
 * none is declared, one is created from the reference with the name as SCB writes it.
 */

interface Municipality {
  area: string;
  code: string;
  name: string;
  /** SCB's row, e.g. "scb-municipalities.csv row 231". */
  row: string;
}

interface County {
  name: string;
  municipalities: Municipality[];
}

const PRINCIPAL = linkAt('principals', '');
const DECIDER = linkAt('items', 'decidedBy');
const COVERS = linkAt('organisations', 'area');

/** SCB's counties and their municipalities, and the organisation of each municipality. */
export class Collectives {
  private readonly counties = new Map<string, County>();
  private readonly orgOfArea = new Map<string, string>();
  private readonly declared = new Set<string>();
  /** Two municipality organisations declared for one SCB area: one municipality counted twice. */
  readonly twins: { file: SeedFile; area: string; ids: string[] }[] = [];
  /** Organisations made from SCB's rows, with the sources that cite each (once per source). */
  private readonly created = new Map<string, Set<string>>();

  constructor(files: SeedFile[]) {
    const reference = files.find((f) => f.data.source?.id === REFERENCE_SOURCE_ID);
    const areas: Record<string, any>[] = reference?.data.areas ?? [];
    for (const a of areas) if (a.level === 'COUNTY') this.counties.set(a.id, { name: a.name, municipalities: [] });
    for (const a of areas) {
      if (a.level === 'MUNICIPALITY') this.counties.get(a.partOf)?.municipalities.push({ area: a.id, code: a.code, name: a.name, row: a.locator });
    }
    for (const file of files) {
      for (const org of file.data.organisations ?? []) {
        this.declared.add(org.id);
        if (org.kind !== 'MUNICIPALITY' || !org.area) continue;
        const earlier = this.orgOfArea.get(org.area);
        if (earlier) this.twins.push({ file, area: org.area, ids: [earlier, org.id] });
        else this.orgOfArea.set(org.area, org.id);
      }
    }
  }

  /** Why a collective's area cannot be expanded, or null when it names a county SCB lists. */
  problem(area: string): string | null {
    return this.counties.has(area) ? null : `'${area}' is not a county of SCB's reference; a collective names a county (area-NN) whose municipalities the phrase means`;
  }

  /**
   * Links `link(org, scbRow, mark)` once per municipality of the county, creating the
   * organisations that no seed file declares. `mark` is the entry's own certainty; the
   * expansion adds its rule.
   */
  expand(graph: GraphBuilder, c: { phrase: string; area: string }, sid: string, locator: string, entryMark: Mark, link: (org: string, m: Municipality, mark: Mark) => void): void {
    const county = this.counties.get(c.area)!;
    const rule = `'${c.phrase}' read as the ${county.municipalities.length} municipalities SCB's reference lists in ${county.name}`;
    const mark = inferredBy(entryMark.certainty === 'INFERRED' ? `${entryMark.inference}; ${rule}` : rule);
    for (const m of county.municipalities) link(this.organisation(graph, m, c.phrase, sid, locator), m, mark);
  }

  /** The organisation of a municipality: the one declared with its area, else one made from SCB's row (once, cited once by each source whose group names it). */
  private organisation(graph: GraphBuilder, m: Municipality, phrase: string, sid: string, locator: string): string {
    const declared = this.orgOfArea.get(m.area);
    if (declared) return declared;
    const id = `org-kommun-${m.code}`;
    if (this.declared.has(id)) throw new Error(`seed: ${id} is declared without area ${m.area}; give it its SCB area`);
    const citing = this.created.get(id);
    if (citing) {
      if (!citing.has(sid)) graph.addMention({ id, locator }, sid);
      citing.add(sid);
      return id;
    }
    this.created.set(id, new Set([sid]));
    const mark = inferredBy(
      `a municipality of the county named in '${phrase}' (${sid}); SCB's reference lists ${m.name} (${m.code}) there. The organisation's own name form is not in the sources, so it carries SCB's name`,
    );
    const fields = {
      name: m.name,
      kind: 'MUNICIPALITY',
      note: `Made from SCB's reference for the collective '${phrase}' (${sid}); no source document names this municipality on its own.`,
    };
    const props = graph.addNode(id, 'Organisation', fields, sid, locator, mark);
    graph.addMention({ id, locator: m.row }, REFERENCE_SOURCE_ID);
    Object.assign(props, withDerivedText(props));
    graph.addRel(id, m.area, COVERS.type, '', REFERENCE_SOURCE_ID, m.row, {}, mark);
    return id;
  }
}

/** Every collective of the seed, expanded into relationships (principals, deciders, document parties). */
export function addCollectiveLinks(graph: GraphBuilder, files: SeedFile[]): void {
  const collectives = new Collectives(files);
  for (const file of files) {
    const sid = file.data.source.id;
    // Each relationship cites the source, then SCB's row; the second citation merges into the first.
    const both = (from: string, to: string, type: string, key: string, locator: string, m: Municipality, props: Record<string, unknown>, mark: Mark) => {
      graph.addRel(from, to, type, key, sid, locator, props, mark);
      graph.addRel(from, to, type, key, REFERENCE_SOURCE_ID, m.row, props, mark);
    };
    for (const p of file.data.principals ?? []) {
      if (!p.collective) continue;
      const props = { validFrom: p.validFrom, validTo: p.validTo, text: p.text, note: p.note };
      collectives.expand(graph, p.collective, sid, p.locator, markOf(p), (org, m, mark) => both(org, p.body, PRINCIPAL.type, '', p.locator, m, props, mark));
    }
    for (const item of file.data.items ?? []) {
      for (const d of item.decidedBy ?? []) {
        if (!d.collective) continue;
        const props = { kind: d.kind, condition: d.condition };
        collectives.expand(graph, d.collective, sid, item.locator, markOf(d, markOf(item)), (org, m, mark) =>
          both(item.id, org, DECIDER.type, d.kind, item.locator, m, props, mark),
        );
      }
    }
    for (const doc of file.data.documents ?? []) {
      for (const c of doc.collectives ?? []) {
        const locator = c.locator ?? doc.locator;
        collectives.expand(graph, c, sid, locator, markOf(c, markOf(doc)), (org, m, mark) => both(doc.id, org, linkAt('documents', c.field).type, '', locator, m, {}, mark));
      }
    }
  }
}

/** Collectives whose area is not a county of SCB's reference, with file and line. */
export function validateCollectives(files: SeedFile[]): SeedProblem[] {
  const collectives = new Collectives(files);
  const problems: SeedProblem[] = [];
  for (const { file, area, ids } of collectives.twins) {
    const i = (file.data.organisations as { id: string }[]).findIndex((o) => o.id === ids[1]);
    const path = ['organisations', i, 'area'];
    problems.push({
      file: file.path,
      line: file.lineOf(path),
      path: path.join('.'),
      reason: `'${ids[1]}' and '${ids[0]}' are both municipalities of ${area}: declare the municipality once and cite it elsewhere under 'mentions' (an organisation the source leaves unnamed is kind UNKNOWN)`,
    });
  }
  const check = (file: SeedFile, area: string, path: (string | number)[]) => {
    const reason = collectives.problem(area);
    if (reason) problems.push({ file: file.path, line: file.lineOf(path), path: path.join('.'), reason });
  };
  for (const file of files) {
    (file.data.principals ?? []).forEach((p: any, i: number) => p.collective && check(file, p.collective.area, ['principals', i, 'collective', 'area']));
    (file.data.items ?? []).forEach((item: any, i: number) =>
      (item.decidedBy ?? []).forEach((d: any, j: number) => d.collective && check(file, d.collective.area, ['items', i, 'decidedBy', j, 'collective', 'area'])),
    );
    (file.data.documents ?? []).forEach((doc: any, i: number) =>
      (doc.collectives ?? []).forEach((c: any, j: number) => check(file, c.area, ['documents', i, 'collectives', j, 'area'])),
    );
  }
  return problems;
}
