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

/** See cypher/analysis/remitOverlaps.cypher for the rules. */
export async function remitOverlaps(db: Database, params: AnalysisParams & { classifications: string[] | null }): Promise<RemitOverlapRow[]> {
  return (await db.read('analysis/remitOverlaps', params)) as RemitOverlapRow[];
}

export async function itemsPreparedInSeveralPlaces(db: Database, params: AnalysisParams): Promise<{ item: Row; preparers: RelatedRow[] }[]> {
  return (await db.read('analysis/itemsPreparedInSeveralPlaces', params)) as { item: Row; preparers: RelatedRow[] }[];
}

export async function itemsWithoutDecider(db: Database, params: AnalysisParams): Promise<{ item: Row; decisionSteps: Row[] }[]> {
  return (await db.read('analysis/itemsWithoutDecider', params)) as { item: Row; decisionSteps: Row[] }[];
}

export async function itemsWithSeveralDeciders(db: Database, params: AnalysisParams): Promise<{ item: Row; deciders: RelatedRow[] }[]> {
  return (await db.read('analysis/itemsWithSeveralDeciders', params)) as { item: Row; deciders: RelatedRow[] }[];
}

export async function commissionsWithoutReportBack(db: Database, params: AnalysisParams): Promise<Row[]> {
  return (await db.read('analysis/commissionsWithoutReportBack', params)).map((r) => r.commission);
}

export async function seatsInOverlappingBodies(db: Database, params: AnalysisParams): Promise<SharedSeatRow[]> {
  return (await db.read('analysis/seatsInOverlappingBodies', params)) as SharedSeatRow[];
}
