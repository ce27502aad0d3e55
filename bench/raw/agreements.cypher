// The agreements register on a day, with the arithmetic in Cypher (the rules of
// src/document/agreement-status.ts): the effective end after decided extensions and
// automatic renewals (each renewal adds renewalMonths; a month end stays a month end;
// never past maxEnd), the notice deadline where silence renews it, and the status; those
// whose notice deadline falls in the window, nearest deadline first.
// "x plus n months" is written out where it is needed:
//   CASE WHEN (date(x) + duration('P1D')).day = 1
//        THEN toString(date.truncate('month', date(x) + duration({months: n})) + duration('P1M') - duration('P1D'))
//        ELSE toString(date(x) + duration({months: n})) END
// Params: $asOf, $noticeFrom, $noticeTo (null: no window), $noticeWindowMonths, $first.
MATCH (d:Document)
WHERE d.termsText IS NOT NULL
  // Only an agreement that renews itself and has a notice period has a deadline to filter on.
  AND (($noticeFrom IS NULL AND $noticeTo IS NULL) OR (d.autoRenewal AND d.renewalMonths > 0 AND d.noticeMonths > 0))
WITH d,
     EXISTS { (d)<-[:SUPERSEDES]-(:Document) } AS superseded,
     reduce(last = d.initialEndEnd, e IN COLLECT { MATCH (d)-[:HAS_EXTENSION]->(x:Extension) RETURN x.untilEnd } |
       CASE WHEN e IS NOT NULL AND (last IS NULL OR e > last) THEN e ELSE last END) AS lastEnd,
     coalesce(d.autoRenewal, false) AND coalesce(d.renewalMonths, 0) > 0 AS renewing
// Renewals one at a time, as the contract runs them, until the period covers asOf: at
// most the months between the last end and asOf over renewalMonths, plus one.
WITH d, superseded, renewing, lastEnd,
     CASE WHEN lastEnd IS NULL OR lastEnd >= $asOf OR NOT renewing THEN 0
          ELSE toInteger(duration.inMonths(date(lastEnd), date($asOf)).months / d.renewalMonths) + 2 END AS renewals
WITH d, superseded, renewing,
     CASE WHEN renewals = 0 THEN lastEnd ELSE
       reduce(s = {end: lastEnd, done: false}, _ IN range(1, renewals) |
         CASE
           WHEN s.done OR s.end >= $asOf THEN s
           WHEN d.maxEndEnd IS NOT NULL AND
                CASE WHEN (date(s.end) + duration('P1D')).day = 1
                     THEN toString(date.truncate('month', date(s.end) + duration({months: d.renewalMonths})) + duration('P1M') - duration('P1D'))
                     ELSE toString(date(s.end) + duration({months: d.renewalMonths})) END > d.maxEndEnd
             THEN {end: s.end, done: true}
           ELSE {end: CASE WHEN (date(s.end) + duration('P1D')).day = 1
                           THEN toString(date.truncate('month', date(s.end) + duration({months: d.renewalMonths})) + duration('P1M') - duration('P1D'))
                           ELSE toString(date(s.end) + duration({months: d.renewalMonths})) END,
                 done: false}
         END).end
     END AS end
// Notice matters only where silence renews it: a fixed term, or the last period maxEnd allows, simply ends.
WITH d, superseded, end,
     renewing AND end IS NOT NULL AND (d.maxEndEnd IS NULL OR
       CASE WHEN (date(end) + duration('P1D')).day = 1
            THEN toString(date.truncate('month', date(end) + duration({months: d.renewalMonths})) + duration('P1M') - duration('P1D'))
            ELSE toString(date(end) + duration({months: d.renewalMonths})) END <= d.maxEndEnd) AS renews
WITH d, superseded, end,
     CASE WHEN renews AND d.noticeMonths <> 0 THEN
       CASE WHEN (date(end) + duration('P1D')).day = 1
            THEN toString(date.truncate('month', date(end) + duration({months: -d.noticeMonths})) + duration('P1M') - duration('P1D'))
            ELSE toString(date(end) + duration({months: -d.noticeMonths})) END
     END AS deadline
WITH d, end, deadline,
     CASE
       WHEN superseded THEN 'SUPERSEDED'
       WHEN d.terminatedStart <= $asOf THEN 'TERMINATED'
       WHEN d.startStart > $asOf THEN 'NOT_STARTED'
       WHEN end IS NULL THEN CASE WHEN d.untilFurtherNotice THEN 'UNTIL_FURTHER_NOTICE' ELSE 'UNKNOWN' END
       WHEN end < $asOf THEN 'EXPIRED'
       WHEN deadline IS NOT NULL AND $asOf > deadline THEN 'PAST_NOTICE_RENEWING'
       WHEN deadline IS NOT NULL AND $asOf >=
            CASE WHEN (date(deadline) + duration('P1D')).day = 1
                 THEN toString(date.truncate('month', date(deadline) + duration({months: -$noticeWindowMonths})) + duration('P1M') - duration('P1D'))
                 ELSE toString(date(deadline) + duration({months: -$noticeWindowMonths})) END
         THEN 'IN_NOTICE_WINDOW'
       ELSE 'ACTIVE'
     END AS status
// The end and the deadline are shown once the status comes from them.
WITH d, status,
     CASE WHEN status IN ['EXPIRED', 'PAST_NOTICE_RENEWING', 'IN_NOTICE_WINDOW', 'ACTIVE'] THEN end END AS effectiveEnd,
     CASE WHEN status IN ['EXPIRED', 'PAST_NOTICE_RENEWING', 'IN_NOTICE_WINDOW', 'ACTIVE'] THEN deadline END AS noticeDeadline
WHERE ($noticeFrom IS NULL AND $noticeTo IS NULL)
   OR (noticeDeadline IS NOT NULL AND ($noticeFrom IS NULL OR noticeDeadline >= $noticeFrom) AND ($noticeTo IS NULL OR noticeDeadline <= $noticeTo))
WITH d, status, effectiveEnd, noticeDeadline
ORDER BY coalesce(noticeDeadline, '9999'), coalesce(effectiveEnd, '9999'), d.id
LIMIT $first
RETURN {agreements: collect({document: {id: d.id, title: d.title},
        state: {status: status, effectiveEnd: effectiveEnd, noticeDeadline: noticeDeadline}})} AS data
