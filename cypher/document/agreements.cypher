// The agreements register on a day: documents with validity terms, each with its effective
// end, notice deadline and status on $asOf, filtered and ordered here (the one place these
// rules are computed; src/document/agreement-status.ts only words the explanation).
//
// Which documents: those with validity terms (termsText), by id ($ids, for Document.state),
// else with the party $party, else that the body or organisation $responsible is
// responsible for, follows up, recommends, prepares or adopted, else all of them; then the
// other filters, and $area: covering it or an area inside it, or with a party that covers
// such an area ("inside" only goes down: PART_OF towards the area, INCLUDES from it).
//
// The rules (days are YYYY-MM-DD; a partial date is taken at its widest, *Start/*End):
//   end       the later of the initial end and the last days of the decided extensions
//             (HAS_EXTENSION); with automatic renewal (autoRenewal, renewalMonths > 0),
//             renewed period by period while it ends before $asOf, never past maxEnd.
//             Adding months keeps a month end at the month end (2023-12-31 + 24 =
//             2025-12-31) and clamps any other day to the month's length (2024-01-30 + 1 =
//             2024-02-29, which is then a month end).
//   renews    renewing, and maxEnd (if any) allows one more period after end.
//   deadline  end - noticeMonths, only where it renews (a fixed term, or the last period
//             maxEnd allows, simply ends: no notice to give).
//   status    the first that holds: SUPERSEDED (a later document SUPERSEDES it), TERMINATED
//             (terminated on or before $asOf), NOT_STARTED (starts after $asOf),
//             UNTIL_FURTHER_NOTICE (no end, untilFurtherNotice), UNKNOWN (no end), EXPIRED
//             (end before $asOf), PAST_NOTICE_RENEWING ($asOf after deadline),
//             IN_NOTICE_WINDOW ($asOf within $noticeWindowMonths before deadline), ACTIVE.
//   effectiveEnd and noticeDeadline are reported for EXPIRED and later statuses only.
// Filters: $statuses (list or null); $endsFrom/$endsTo and $noticeFrom/$noticeTo (days or
// null, inclusive): a window keeps only rows whose day is known and in it.
// Order: nearest notice deadline, then nearest end (unknown last), then id; at most $first.
//
// Params: $ids, $party, $responsible, $area, $asOf, $noticeWindowMonths, $statuses, $endsFrom,
// $endsTo, $noticeFrom, $noticeTo, $first, $stated (src/server/stated-only.ts). Uses: Entity id constraint (the starts), the
// text index on Document.termsText (every agreement: 007_register_indexes).
// Returns: props (document properties), status, effectiveEnd, noticeDeadline, renews.
OPTIONAL MATCH (scope:Area {id: $area})
WITH CASE WHEN scope IS NULL THEN null
          ELSE [(scope)<-[:PART_OF*0..3]-(a:Area) | a.id] + [(scope)-[:INCLUDES]->(a:Area) | a.id] END AS inside
// Start where an index leads; a branch whose parameter is not given reads nothing.
CALL () {
  WITH 1 AS go WHERE $ids IS NOT NULL
  UNWIND $ids AS id
  MATCH (d:Document {id: id})
  RETURN d
  UNION
  WITH 1 AS go WHERE $ids IS NULL AND $party IS NOT NULL
  MATCH (:Entity {id: $party})<-[:PARTY]-(d:Document)
  RETURN d
  UNION
  WITH 1 AS go WHERE $ids IS NULL AND $party IS NULL AND $responsible IS NOT NULL
  MATCH (:Entity {id: $responsible})<-[:RESPONSIBLE|FOLLOWED_UP_BY|RECOMMENDED_BY|PREPARED_BY|ADOPTED_BY]-(d:Document)
  RETURN d
  UNION
  WITH 1 AS go WHERE $ids IS NULL AND $party IS NULL AND $responsible IS NULL
  MATCH (d:Document)
  WHERE d.termsText IS :: STRING NOT NULL
  RETURN d
}
WITH d, inside
WHERE d.termsText IS NOT NULL
  AND ($party IS NULL OR EXISTS { (d)-[:PARTY]->(:Entity {id: $party}) })
  AND ($responsible IS NULL OR EXISTS { (d)-[:RESPONSIBLE|FOLLOWED_UP_BY|RECOMMENDED_BY|PREPARED_BY|ADOPTED_BY]->(:Entity {id: $responsible}) })
  AND ($area IS NULL
       OR EXISTS { MATCH (d)-[:COVERS]->(c:Area) WHERE c.id IN inside }
       OR EXISTS { MATCH (d)-[:PARTY]->()-[:COVERS]->(c:Area) WHERE c.id IN inside })
WITH d, date($asOf) AS day, EXISTS { (d)<-[:SUPERSEDES]-(:Document) } AS superseded,
     coalesce(d.autoRenewal, false) AND coalesce(d.renewalMonths, 0) > 0
       // With only stated facts asked for ($stated), a renewal the seed marks as a reading is not applied.
       AND NOT ($stated AND 'terms.autoRenewal' IN coalesce(d.inferredFields, [])) AS renewing,
     d.renewalMonths AS r, date(d.maxEndEnd) AS maxEnd
CALL (d) {
  UNWIND [d.initialEndEnd] + [(d)-[:HAS_EXTENSION]->(e:Extension) | e.untilEnd] AS last
  RETURN date(max(last)) AS lastEnd
}
// Renewed period by period while it ends before the day and maxEnd allows the next period
// (at most as many steps as periods fit between the end and the day, plus two). Here and
// below, CASE WHEN (x + 1 day).day = 1 THEN <last day of x's month + m> ELSE x + m months
// END is "x + m months" as described above.
WITH d, day, superseded, renewing, r, maxEnd,
     CASE WHEN NOT renewing OR lastEnd IS NULL THEN lastEnd
          ELSE reduce(e = lastEnd, i IN range(1, (CASE WHEN lastEnd < day THEN (day.year - lastEnd.year) * 12 + day.month - lastEnd.month ELSE 0 END) / r + 2) |
                 CASE WHEN e >= day THEN e
                      ELSE head([next IN [CASE WHEN (e + duration({days: 1})).day = 1
                                               THEN date.truncate('month', e) + duration({months: r + 1}) - duration({days: 1})
                                               ELSE e + duration({months: r}) END]
                                 WHERE maxEnd IS NULL OR next <= maxEnd] + [e]) END) END AS end
WITH d, day, superseded, end,
     renewing AND (maxEnd IS NULL
                   OR CASE WHEN (end + duration({days: 1})).day = 1
                           THEN date.truncate('month', end) + duration({months: r + 1}) - duration({days: 1})
                           ELSE end + duration({months: r}) END <= maxEnd) AS renews
WITH d, day, superseded, end, renews,
     CASE WHEN renews AND d.noticeMonths <> 0 THEN
       CASE WHEN (end + duration({days: 1})).day = 1
            THEN date.truncate('month', end) + duration({months: 1 - d.noticeMonths}) - duration({days: 1})
            ELSE end + duration({months: -d.noticeMonths}) END END AS deadline
WITH d, day, superseded, end, renews, deadline,
     CASE WHEN (deadline + duration({days: 1})).day = 1
          THEN date.truncate('month', deadline) + duration({months: 1 - $noticeWindowMonths}) - duration({days: 1})
          ELSE deadline + duration({months: -$noticeWindowMonths}) END AS windowOpens
WITH d, end, deadline, renews,
     CASE
       WHEN superseded THEN 'SUPERSEDED'
       WHEN d.terminatedStart <= $asOf THEN 'TERMINATED'
       WHEN d.startStart > $asOf THEN 'NOT_STARTED'
       WHEN end IS NULL AND d.untilFurtherNotice THEN 'UNTIL_FURTHER_NOTICE'
       WHEN end IS NULL THEN 'UNKNOWN'
       WHEN end < day THEN 'EXPIRED'
       WHEN day > deadline THEN 'PAST_NOTICE_RENEWING'
       WHEN day >= windowOpens THEN 'IN_NOTICE_WINDOW'
       ELSE 'ACTIVE'
     END AS status
WITH d, status, renews,
     CASE WHEN status IN ['EXPIRED', 'PAST_NOTICE_RENEWING', 'IN_NOTICE_WINDOW', 'ACTIVE'] THEN toString(end) END AS effectiveEnd,
     CASE WHEN status IN ['EXPIRED', 'PAST_NOTICE_RENEWING', 'IN_NOTICE_WINDOW', 'ACTIVE'] THEN toString(deadline) END AS noticeDeadline
WHERE ($statuses IS NULL OR status IN $statuses)
  AND (($endsFrom IS NULL AND $endsTo IS NULL)
       OR (effectiveEnd IS NOT NULL AND ($endsFrom IS NULL OR effectiveEnd >= $endsFrom) AND ($endsTo IS NULL OR effectiveEnd <= $endsTo)))
  AND (($noticeFrom IS NULL AND $noticeTo IS NULL)
       OR (noticeDeadline IS NOT NULL AND ($noticeFrom IS NULL OR noticeDeadline >= $noticeFrom) AND ($noticeTo IS NULL OR noticeDeadline <= $noticeTo)))
RETURN properties(d) AS props, status, effectiveEnd, noticeDeadline, renews
ORDER BY coalesce(noticeDeadline, '9999'), coalesce(effectiveEnd, '9999'), d.id
LIMIT $first
