// Look-ups by public code (SCB) and the filters lists offer.
CREATE INDEX area_code IF NOT EXISTS FOR (n:Area) ON (n.code);
CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX body_classification IF NOT EXISTS FOR (n:Body) ON (n.classification);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX commission_status IF NOT EXISTS FOR (n:Commission) ON (n.status);
CREATE INDEX step_date IF NOT EXISTS FOR (n:Step) ON (n.dateFrom);
CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditRecord) ON (n.at);
// Name matching that ignores case and diacritics uses this folded copy of the name.
CREATE INDEX body_sortname IF NOT EXISTS FOR (n:Body) ON (n.sortName);
CREATE INDEX organisation_sortname IF NOT EXISTS FOR (n:Organisation) ON (n.sortName);
