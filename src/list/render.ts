import { KINDS, RELATIONSHIPS, reads } from '../model';
import { stated } from '../shared/stated';

/**
 * What one list statement must do. Only which filters are present shapes the text; their
 * values, the page and the ids are parameters ($name, $nameExact, $nameWord, $kinds, $tiers, $area, $topic, $asOf,
 * $dateFrom, $dateTo, $skip, $limit). The label and property names come from the model and
 * the list resolvers, never from a request.
 */
export interface ListShape {
  label: string;
  /** Properties holding the kind and tier filtered on, and the sort key (`sortName`, `<date>Start`, `id`). */
  kindField: string;
  tierField: string;
  /** The main date's bound properties are `<dateField>Start` / `<dateField>End`. */
  dateField: string;
  sortKey: string;
  filters: {
    name: boolean;
    nameExact: boolean;
    kinds: boolean;
    tiers: boolean;
    area: boolean;
    topic: boolean;
    asOf: boolean;
    dateFrom: boolean;
    dateTo: boolean;
  };
  descending: boolean;
  /** Read from the end of the list (the last rows, for `last` without `before`); the caller reverses them. */
  fromEnd: boolean;
  /** Look up the ids in $refs (those the filters name) and return them with their labels as `refs`, for the filter check. */
  refs?: boolean;
  /** Count every row that passes the filters (totalCount asked for, or needed to place the last rows). */
  count: boolean;
  /** The properties the request reads of each row (src/plan/project.ts); none: all of them. */
  props?: string[] | null;
}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** The one relationship type a model field reads in one direction. */
function typeOf(type: string, field: string, direction: 'in' | 'out'): string {
  const group = reads(type, field).find((g) => g.direction === direction);
  if (!group || group.types.length !== 1) throw new Error(`list: ${type}.${field} reads no single ${direction} relationship`);
  return group.types[0];
}

/** The kinds a relationship read by `type.field` (incoming there) may start from, as the model declares them. */
function kindsFrom(type: string, field: string): Set<string> {
  const name = `${type}.${field}`;
  return new Set(Object.values(RELATIONSHIPS).flatMap((r) => r.ways.filter((w) => w.read.in?.includes(name)).flatMap((w) => w.from)));
}

/**
 * The rows a shape lists, one per entity (`n`), every filter applied. The list starts where
 * an index leads: from the area filter's areas (COVERS read backwards from them), else from
 * the topic and its narrower topics (CONCERNS backwards), else from the label (where the
 * planner may seek the kind, name or date indexes of cypher/migrations/). Area and topic
 * are only followed from kinds the model lets cover an area or concern a topic; a kind the
 * model gives neither has no rows under that filter (as an EXISTS over the graph found none).
 * `key` keeps only the rows with (IS NOT NULL) or without (IS NULL) the sort key.
 */
function rows(s: ListShape, indent: string, key?: 'IS NOT NULL' | 'IS NULL'): string[] {
  const covers = typeOf('Area', 'coveredBy', 'in');
  const concerns = typeOf('Topic', 'concernedBy', 'in');
  const broader = typeOf('Topic', 'narrower', 'in');
  const n = `(n:${s.label})`;
  const lines: string[] = [];
  const where: string[] = [];
  const covering = kindsFrom('Area', 'coveredBy').has(s.label);
  const concerning = kindsFrom('Topic', 'concernedBy').has(s.label);
  if (s.filters.area && !covering && s.label !== 'Area') return [`${indent}UNWIND [] AS n // the model lets no ${s.label} cover an area`];
  if (s.filters.topic && !concerning) return [`${indent}UNWIND [] AS n // the model lets no ${s.label} concern a topic`];

  if (s.filters.area) {
    const coveringRows = `UNWIND inside AS c MATCH ${n}-[:${covers}]->(c)`;
    // An area lies in the area asked for when it is one of the areas inside it, save that area itself.
    const areaRows = 'UNWIND inside AS n WITH DISTINCT n WHERE n.id <> $area';
    if (covering && s.label === 'Area') lines.push('CALL (inside) {', `  ${coveringRows} RETURN n`, '  UNION', `  ${areaRows} RETURN n`, '}');
    else if (covering) lines.push(coveringRows, 'WITH DISTINCT n');
    else lines.push(areaRows);
    if (s.filters.topic) where.push(`EXISTS { (n)-[:${concerns}]->(:Topic)-[:${broader}*0..4]->(:Topic {id: $topic}) }`);
  } else if (s.filters.topic) {
    lines.push(`MATCH (:Topic {id: $topic})<-[:${broader}*0..4]-(:Topic)<-[:${concerns}]-${n}`, 'WITH DISTINCT n');
  } else {
    lines.push(`MATCH ${n}`);
  }

  // `n.id IS NOT NULL` (every entity has one) lets the rows without the key come in the order of the id index.
  if (key === 'IS NULL') where.push('n.id IS NOT NULL');
  if (key) where.push(`n.${s.sortKey} ${key}`);
  if (s.filters.name) where.push('n.matchText CONTAINS $name');
  // An exact name: the longest word's CONTAINS can use the text index on matchText (006), the key list then decides.
  if (s.filters.nameExact) where.push('n.matchText CONTAINS $nameWord', '$nameExact IN n.nameKeys');
  where.push(stated('n'));
  if (s.filters.kinds) where.push(`n.${s.kindField} IN $kinds`);
  if (s.filters.tiers) where.push(`n.${s.tierField} IN $tiers`);
  if (s.filters.asOf) {
    where.push("coalesce(n.validFromStart, n.foundedStart, '0000-01-01') <= $asOf", "coalesce(n.validToEnd, n.dissolvedEnd, '9999-12-31') >= $asOf");
  }
  if (s.filters.dateFrom) where.push(`n.${s.dateField}End >= $dateFrom`);
  if (s.filters.dateTo) where.push(`n.${s.dateField}Start <= $dateTo`);
  if (where.length) {
    // After WITH DISTINCT the conditions filter that WITH; after MATCH they are its WHERE.
    const last = lines[lines.length - 1];
    if (!last.startsWith('MATCH') && !last.startsWith('WITH')) lines.push('WITH n');
    lines.push(`WHERE ${where.join(`\n${indent}  AND `)}`);
  }
  return lines.map((l) => indent + l);
}

/**
 * Rows without the sort key come last both ways; equal keys go by id. Neo4j sorts nulls
 * last ascending and first descending, so ascending needs no extra key. From the end, the
 * same order reversed.
 */
function orderBy(s: ListShape): string {
  const key = `n.${s.sortKey}`;
  if (s.sortKey === 'id') return s.descending !== s.fromEnd ? 'n.id DESC' : 'n.id';
  if (!s.descending) return s.fromEnd ? `${key} DESC, n.id DESC` : `${key}, n.id`;
  return s.fromEnd ? `${key} IS NULL DESC, ${key}, n.id DESC` : `${key} IS NULL, ${key} DESC, n.id`;
}

/** Any list: every row found, then a top-n sort (ORDER BY with SKIP/LIMIT), never the whole list collected. */
function sorted(s: ListShape, imports: string): string[] {
  return [`CALL (${imports}) {`, ...rows(s, '  '), `  WITH n ORDER BY ${orderBy(s)} SKIP $skip LIMIT $limit`, '  RETURN collect(n) AS page', '}'];
}

/**
 * A list read from its label, forwards: the rows with the sort key in the order of its
 * range index (cypher/migrations/006_list_indexes.cypher), so a page reads about as many
 * index entries as it skips and returns; the rows without it (they come last, by id) are
 * read only when the page reaches past the last row with one. Ids are never missing.
 */
function indexOrdered(s: ListShape): string[] {
  const key = `n.${s.sortKey}`;
  const keyed = [
    'CALL () {',
    ...rows(s, '  ', 'IS NOT NULL'),
    `  WITH n ORDER BY ${s.sortKey === 'id' ? `n.id${s.descending ? ' DESC' : ''}` : `${key}${s.descending ? ' DESC' : ''}, n.id`} SKIP $skip LIMIT $limit`,
    `  RETURN collect(n) AS ${s.sortKey === 'id' ? 'page' : 'keyed'}`,
    '}',
  ];
  if (s.sortKey === 'id') return keyed;
  return [
    ...keyed,
    `// Rows without ${s.sortKey} follow the rest, by id: read only when the page runs past the last row with one.`,
    'CALL (keyed) {',
    '  WITH keyed WHERE size(keyed) < $limit',
    '  WITH CASE WHEN size(keyed) > 0 THEN $skip + size(keyed) ELSE COUNT {',
    ...rows(s, '    ', 'IS NOT NULL'),
    '    RETURN n',
    '  } END AS before',
    ...rows(s, '  ', 'IS NULL'),
    '  WITH before, n ORDER BY n.id LIMIT $skip + $limit',
    '  WITH min(before) AS before, collect(n) AS unkeyed',
    '  RETURN CASE WHEN before IS NULL THEN [] ELSE unkeyed[CASE WHEN $skip > before THEN $skip - before ELSE 0 END .. $skip + $limit - before] END AS rest',
    '}',
  ];
}

/**
 * One list statement (src/list/list.repository.ts runs it with db.readPlanned): one page in
 * order, with SKIP/LIMIT in the statement, and the count only when asked for (in a
 * subquery of its own, which for an unfiltered list Neo4j answers from its count store).
 * Returns `total` (null unless counted) and `page` ([{labels, props}]); with `below` (a
 * request's plan, src/plan/render.ts renderBelow), also `planned`: each row's id and what
 * the request reads below it, so the list and its rows' relationships are one statement.
 */
export function renderList(s: ListShape, below?: { calls: string[]; map: string }): string {
  if (!(s.label in KINDS)) throw new Error(`list: ${s.label} is not a kind of the model`);
  for (const name of [s.kindField, s.tierField, s.dateField, s.sortKey]) {
    if (!NAME.test(name)) throw new Error(`list: '${name}' is not a property name`);
  }
  const imports = s.filters.area ? 'inside' : '';
  const out = [
    `// Generated by src/list/render.ts: a page of ${s.label} rows${s.fromEnd ? ', read from the end' : ''}${s.count ? ', and how many there are' : ''}.`,
  ];
  if (s.filters.area) {
    const partOf = typeOf('Area', 'children', 'in');
    const includes = typeOf('Area', 'children', 'out');
    out.push(
      '// The areas inside $area (none when there is no such area), found once.',
      'OPTIONAL MATCH (scope:Area {id: $area})',
      `WITH [(scope)<-[:${partOf}*0..3]-(a:Area) | a] + [(scope)-[:${includes}]->(a:Area) | a] AS inside`,
    );
  }
  if (s.count) out.push(`CALL (${imports}) {`, ...rows(s, '  '), '  RETURN count(n) AS total', '}');
  const fromLabel = !s.filters.area && !s.filters.topic && !s.fromEnd;
  out.push(...(fromLabel ? indexOrdered(s) : sorted(s, imports)));
  const page = fromLabel && s.sortKey !== 'id' ? 'keyed + rest' : 'page';
  const total = s.count ? 'total' : 'null AS total';
  // Each id the filters name with the labels of its entity (none: no entity has it), in the same statement.
  const refs = s.refs ? ', [ref IN $refs | {id: ref, labels: COLLECT { MATCH (e:Entity {id: ref}) RETURN labels(e) AS labels }}] AS refs' : '';
  for (const name of s.props ?? []) if (!NAME.test(name)) throw new Error(`list: '${name}' is not a property name`);
  const props = s.props ? `x {${s.props.map((k) => `.${k}`).join(', ')}}` : 'properties(x)';
  if (!below) {
    out.push(`RETURN ${total}${refs}, [x IN ${page} | {labels: labels(x), props: ${props}}] AS page`);
    return out.join('\n');
  }
  // What the request reads below the page's rows (src/plan), in the same statement.
  out.push(
    `WITH ${total}${refs}, ${page} AS page`,
    'CALL (page) {',
    '  UNWIND page AS n',
    ...below.calls.flatMap((call) => call.split('\n')).map((line) => `  ${line}`),
    `  RETURN collect({id: n.id, below: ${below.map}}) AS planned`,
    '}',
    `RETURN total${s.refs ? ', refs' : ''}, [x IN page | {labels: labels(x), props: ${props}}] AS page, planned`,
  );
  return out.join('\n');
}
