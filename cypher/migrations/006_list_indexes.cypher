// Lists (src/list/render.ts) read a page in the order of a range index on the sort key
// (sortName, or the main date's first possible day), so a page reads about as many index
// entries as it returns instead of every node of the label. Body and Organisation have
// theirs in 002. Ids have theirs from the uniqueness constraints of 001.
CREATE INDEX area_sortname IF NOT EXISTS FOR (n:Area) ON (n.sortName);
CREATE INDEX document_sortname IF NOT EXISTS FOR (n:Document) ON (n.sortName);
CREATE INDEX item_sortname IF NOT EXISTS FOR (n:Item) ON (n.sortName);
CREATE INDEX commission_sortname IF NOT EXISTS FOR (n:Commission) ON (n.sortName);
CREATE INDEX topic_sortname IF NOT EXISTS FOR (n:Topic) ON (n.sortName);
CREATE INDEX person_sortname IF NOT EXISTS FOR (n:Person) ON (n.sortName);
CREATE INDEX meeting_sortname IF NOT EXISTS FOR (n:Meeting) ON (n.sortName);
CREATE INDEX mandate_sortname IF NOT EXISTS FOR (n:Mandate) ON (n.sortName);
CREATE INDEX indicator_sortname IF NOT EXISTS FOR (n:Indicator) ON (n.sortName);
CREATE INDEX source_sortname IF NOT EXISTS FOR (n:Source) ON (n.sortName);
// Sorting by DATE and the dateFrom/dateTo filters: each list's main date (src/list/list.resolver.ts).
CREATE INDEX body_foundedstart IF NOT EXISTS FOR (n:Body) ON (n.foundedStart);
CREATE INDEX document_datestart IF NOT EXISTS FOR (n:Document) ON (n.dateStart);
CREATE INDEX commission_duestart IF NOT EXISTS FOR (n:Commission) ON (n.dueStart);
CREATE INDEX meeting_datestart IF NOT EXISTS FOR (n:Meeting) ON (n.dateStart);
CREATE INDEX mandate_validfromstart IF NOT EXISTS FOR (n:Mandate) ON (n.validFromStart);
// filter.name (a part of the folded name, CONTAINS) on the kinds that run to tens of
// thousands of rows at national scale; the small ones are read whole.
CREATE TEXT INDEX item_matchtext IF NOT EXISTS FOR (n:Item) ON (n.matchText);
CREATE TEXT INDEX meeting_matchtext IF NOT EXISTS FOR (n:Meeting) ON (n.matchText);
CREATE TEXT INDEX document_matchtext IF NOT EXISTS FOR (n:Document) ON (n.matchText);
CREATE TEXT INDEX commission_matchtext IF NOT EXISTS FOR (n:Commission) ON (n.matchText);
CREATE TEXT INDEX person_matchtext IF NOT EXISTS FOR (n:Person) ON (n.matchText);
