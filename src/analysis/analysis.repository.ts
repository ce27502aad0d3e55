import type { Database, Row } from '../db/database';

/** What every analysis statement takes: the filter (null = not filtered) and the bound. */
export interface AnalysisParams {
  area: string | null;
  topic: string | null;
  asOf: string | null;
  first: number;
}

/** A node as a statement returns it where its kind varies: its labels and properties. */
export interface LabelledRow {
  labels: string[];
  props: Row;
}

/** An entity at the end of a relationship, with the relationship's properties (sources, kind). */
export interface RelatedRow extends LabelledRow {
  rel: Row;
}

export interface TopicPairRow {
  broader: Row;
  narrower: Row;
}

export interface RemitOverlapRow {
  classification: string;
  bodyA: Row;
  bodyB: Row;
  mandateA: Row;
  mandateB: Row;
  areaA: Row;
  areaB: Row;
  capacities: string[];
  sharedTopics: Row[];
  relatedTopics: TopicPairRow[];
  /** The SIMILAR_TO link of the two mandates, passages oriented a = mandateA, b = mandateB. */
  similarity: { score: number; method: string; passages: { a: string; b: string; score: number }[] } | null;
  periodFrom: string | null;
  periodTo: string | null;
}

export interface SharedSeatRow {
  holder: LabelledRow;
  bodyA: Row;
  bodyB: Row;
  seatsA: Row[];
  seatsB: Row[];
  sharedTopics: Row[];
  relatedTopics: TopicPairRow[];
}

/** The auditor's questions: each one statement in cypher/analysis/, returning plain rows. */
export class AnalysisRepository {
  constructor(private readonly db: Database) {}

  /**
   * See cypher/analysis/remitOverlaps.cypher for the rules. Filtered by area or topic, the
   * bodies a pair can involve are found first (cypher/analysis/remitScope.cypher), so only
   * their remits are computed and paired; a statement of its own keeps each one small to plan.
   */
  async remitOverlaps(params: AnalysisParams & { classifications: string[] | null }): Promise<RemitOverlapRow[]> {
    const filtered = params.area !== null || params.topic !== null;
    const bodies = filtered ? (await this.db.read('analysis/remitScope', { area: params.area, topic: params.topic }))[0].bodies : null;
    return (await this.db.read('analysis/remitOverlaps', { ...params, bodies })) as RemitOverlapRow[];
  }

  async itemsPreparedInSeveralPlaces(params: AnalysisParams): Promise<{ item: Row; preparers: RelatedRow[] }[]> {
    return (await this.db.read('analysis/itemsPreparedInSeveralPlaces', params)) as { item: Row; preparers: RelatedRow[] }[];
  }

  async itemsWithoutDecider(params: AnalysisParams): Promise<{ item: Row; decisionSteps: Row[] }[]> {
    return (await this.db.read('analysis/itemsWithoutDecider', params)) as { item: Row; decisionSteps: Row[] }[];
  }

  async itemsWithSeveralDeciders(params: AnalysisParams): Promise<{ item: Row; deciders: RelatedRow[] }[]> {
    return (await this.db.read('analysis/itemsWithSeveralDeciders', params)) as { item: Row; deciders: RelatedRow[] }[];
  }

  async commissionsWithoutReportBack(params: AnalysisParams): Promise<Row[]> {
    return (await this.db.read('analysis/commissionsWithoutReportBack', params)).map((r) => r.commission);
  }

  async seatsInOverlappingBodies(params: AnalysisParams): Promise<SharedSeatRow[]> {
    return (await this.db.read('analysis/seatsInOverlappingBodies', params)) as SharedSeatRow[];
  }
}
