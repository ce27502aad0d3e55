import ical from 'ical-generator';

/** Source documents' titles by source id, for the calendar descriptions' citations. */
export interface SourceTitles {
  [sourceId: string]: string;
}

/** One dated event, before it becomes a VEVENT. */
export interface CalendarEvent {
  /** Stable across requests and days, so a subscribed calendar updates rather than duplicates. */
  uid: string;
  /** The day, YYYY-MM-DD. */
  day: string;
  summary: string;
  /** Lines of the description; the sources follow them. */
  lines: string[];
  sources: { sourceId: string; locator: string }[];
  /** The explorer page the event is about (absolute). */
  url: string;
}

/**
 * A day-precision date's day, or undefined. Events need a real day: a date known only as
 * a year, month or season ("2024", "2024-12", "2024-spring") is left out of the feed rather
 * than pinned to a day the sources never name.
 */
export function exactDay(date: { precision?: string; earliest?: string; text?: string } | string | null | undefined): string | undefined {
  if (!date) return undefined;
  if (typeof date === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  return date.precision === 'DAY' && date.earliest ? date.earliest.slice(0, 10) : undefined;
}

/** Agreement notice deadlines: one all-day event on each deadline. */
export function noticeEvents(rows: any[], explorer: string): CalendarEvent[] {
  return rows.flatMap((row) => {
    const day = exactDay(row.state.noticeDeadline);
    if (!day) return [];
    return [
      {
        uid: `uppsagning-${row.document.id}-${day}@govgraph`,
        day,
        summary: `Sista dag att säga upp: ${row.document.title}`,
        lines: [
          `Avtalet gäller till ${row.state.effectiveEnd ?? 'okänt datum'} (status ${row.state.status} per ${row.state.asOf}).`,
          row.state.explanation,
          row.document.terms?.noticeText ? `Uppsägning: ${row.document.terms.noticeText}` : '',
        ],
        sources: row.document.sources,
        url: `${explorer}/avtal`,
      },
    ];
  });
}

/** Commission due dates: one all-day event on each day-precision due date. */
export function commissionEvents(commissions: any[], explorer: string): CalendarEvent[] {
  return commissions.flatMap((c) => {
    const day = exactDay(c.due);
    if (!day) return [];
    const page = c.item ? `/arende/${encodeURIComponent(c.item.id)}` : c.issuedBy?.[0] ? `/organ/${encodeURIComponent(c.issuedBy[0].id)}` : '/';
    return [
      {
        uid: `uppdrag-${c.id}@govgraph`,
        day,
        summary: `Uppdrag ska redovisas: ${c.title}`,
        lines: [`Status: ${c.status}.`, c.item ? `Ärende: ${c.item.title}.` : ''],
        sources: c.sources,
        url: `${explorer}${page}`,
      },
    ];
  });
}

/** Meetings: one all-day event on each meeting with a known day. */
export function meetingEvents(meetings: any[], explorer: string, bodyName?: string): CalendarEvent[] {
  return meetings.flatMap((m) => {
    const day = exactDay(m.date);
    if (!day) return [];
    const body = m.body?.name ?? bodyName;
    const page = m.body?.id ? `/organ/${encodeURIComponent(m.body.id)}` : '/';
    return [
      {
        uid: `mote-${m.id}@govgraph`,
        day,
        summary: `Möte: ${m.title ?? body ?? m.id}`,
        lines: [body ? `Organ: ${body}.` : '', m.place ? `Plats: ${m.place}.` : ''],
        sources: m.sources,
        url: `${explorer}${page}`,
      },
    ];
  });
}

/**
 * The feed. DTSTAMP is the day the feed is computed for, not the clock, so the same data
 * gives the same bytes (and ETag) all day; REFRESH-INTERVAL tells clients how often to
 * poll. Events are ordered by day, then UID, and each UID appears once.
 */
export function toIcal(
  name: string,
  description: string,
  url: string,
  events: CalendarEvent[],
  sources: SourceTitles,
  stampDay: string,
  refreshS: number,
): string {
  const calendar = ical({
    name,
    description,
    url,
    prodId: { company: 'govgraph', product: 'govgraph', language: 'SV' },
    ttl: Math.max(refreshS, 60),
  });
  const seen = new Set<string>();
  const ordered = [...events].sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
  for (const event of ordered) {
    if (seen.has(event.uid)) continue;
    seen.add(event.uid);
    const cited = event.sources.map((s) => `Källa: ${sources[s.sourceId] ?? s.sourceId} (${s.sourceId}), ${s.locator}`);
    calendar.createEvent({
      id: event.uid,
      start: event.day,
      allDay: true,
      stamp: `${stampDay}T00:00:00Z`,
      summary: event.summary,
      description: [...event.lines.filter(Boolean), ...cited].join('\n'),
      url: event.url,
    });
  }
  return calendar.toString();
}
