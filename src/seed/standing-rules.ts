import { RELATIONSHIPS } from '../model';
import type { SeedFile } from './files';
import { inferredBy, type GraphBuilder } from './graph';

/** The derived relationship the model declares for a preparer by standing rule (read by Item.preparers). */
const BY_RULE = Object.values(RELATIONSHIPS).find((r) => r.derived?.read.out?.includes('Item.preparers'))!;

/**
 * Preparers by standing rule: a reporting line marked `standingRule` ("Ledningsgrupp vård och
 * omsorg (LGVO) bereder ärenden till SVO") says who prepares every item the `to` body decides.
 * Each such item gets the preparer by the model's derived relationship, with `basis: STANDING_RULE`, marked
 * inferred by the rule and citing both the rule and the item, unless the item states it.
 */
export function addStandingRulePreparers(graph: GraphBuilder, files: SeedFile[]): void {
  const rules = files.flatMap((file) =>
    (file.data.reportingLines ?? [])
      .filter((line: any) => line.standingRule && line.kind === 'PREPARES_FOR')
      .map((line: any) => ({ ...line, sid: file.data.source.id as string })),
  );
  for (const file of files) {
    for (const item of file.data.items ?? []) {
      const deciders = new Set((item.decidedBy ?? []).map((d: any) => d.by));
      const stated = new Set(item.preparedBy ?? []);
      for (const rule of rules) {
        if (!deciders.has(rule.to) || stated.has(rule.from) || deciders.has(rule.from)) continue;
        const mark = inferredBy(`standing rule '${rule.text}' (${rule.sid}: ${rule.locator}): ${rule.to} decides this item, so ${rule.from} prepares it`);
        const props = { basis: 'STANDING_RULE' };
        graph.addRel(item.id, rule.from, BY_RULE.type, '', rule.sid, rule.locator, props, mark);
        graph.addRel(item.id, rule.from, BY_RULE.type, '', file.data.source.id, item.locator, props, mark);
      }
    }
  }
}
