import { Random } from './prng';
import { CLIMB, COMMISSIONS, DECIDES } from './roles';
import type { BodyPlan, Chunk, Entry, Structure } from './structure';
import { ITEM_TITLES, TOPICS, locatorFor, phrase, slug } from './vocabulary';

/**
 * What happens in a body over the years: its meetings (with attendance at the political
 * forums), and the items it starts, each followed through dated steps as it climbs the
 * county's structure (a local group to its länsdel, a working group to the leadership group,
 * the forum's working committee to the forum, whose recommendations each principal's board
 * then decides), with the commissions decisions give (some overdue, some without report-back),
 * memos, and follow-ups. One chunk per body, from the body's own random stream.
 */
export function activityOf(structure: Structure, b: BodyPlan): Chunk {
  const rnd = new Random(structure.seed, `activity-${b.key}`);
  const locator = locatorFor(b.county.code);
  const [firstYear, lastYear] = structure.scale.years;
  const { asOf } = structure;
  const chunk: Chunk = { meetings: [], items: [], steps: [], commissions: [], documents: [] };
  const attended = b.role === 'forum' || b.role === 'forumAu' || b.role === 'partForum';
  const place = rnd.pick(['Regionens hus', 'Kommunhuset', 'Digitalt möte', 'Länsstyrelsens lokaler', 'Konferenscentrum']);

  for (let year = firstYear; year <= lastYear; year++) {
    for (const date of meetingDays(b, year)) {
      chunk.meetings.push({
        id: meetingId(b, date),
        body: b.id,
        date,
        place,
        locator,
        ...(attended && date <= asOf
          ? {
              attendance: b.members.map((m) => ({
                person: m.person,
                role: m.role,
                status: rnd.chance(0.9) ? 'PRESENT' : 'ABSENT',
                representing: m.representing,
              })),
            }
          : {}),
      });
    }
  }

  const mean = b.itemsPerMeeting * structure.scale.density;
  const tries = Math.ceil(mean * 2);
  for (let year = firstYear; year <= lastYear; year++) {
    let seq = 0;
    for (const date of meetingDays(b, year)) {
      if (date > asOf) break;
      for (let t = 0; t < tries; t++) if (rnd.chance(mean / tries)) itemOf(b, date, `${b.key}-${year}-${String(++seq).padStart(3, '0')}`);
    }
  }
  return chunk;

  function itemOf(origin: BodyPlan, day: string, key: string): void {
    const id = `syn-item-${key}`;
    const topic = rnd.pick(origin.topics);
    const title = rnd
      .pick(ITEM_TITLES)
      .replace('{t}', phrase(TOPIC_NAMES.get(topic)!))
      .replace('{y}', day.slice(0, 4))
      .replace('{a}', origin.county.name);
    const steps: Entry[] = [];
    const step = (at: BodyPlan, date: string, kind: string, text: string, more: Entry = {}) => {
      steps.push({
        id: `syn-step-${key}-${steps.length + 1}`,
        item: id,
        date,
        body: at.id,
        meeting: meetingId(at, date),
        kind,
        text,
        paragraph: `§ ${rnd.int(1, 80)}`,
        locator,
        ...more,
      });
    };
    const item: Entry = {
      id,
      title,
      description: `Ärendet gäller ${phrase(TOPIC_NAMES.get(topic)!)} och väcktes i ${origin.name}.`,
      area: origin.area,
      topics: [topic],
      responsible: [origin.id],
      registryNumbers: [`${origin.prefix} ${day.slice(0, 4)}/${key.slice(-3)}`],
      locator,
    };
    if (rnd.chance(0.15)) {
      const memo = `syn-doc-${key}-ts`;
      chunk.documents.push({
        id: memo,
        title: `Tjänsteskrivelse: ${title}`,
        kind: 'MEMO',
        date: day,
        preparedBy: [origin.id],
        area: origin.area,
        topics: [topic],
        locator,
      });
      item.documents = [memo];
      step(origin, day, 'PROPOSAL', `Förslag till beslut: ${title}.`, { documents: [memo] });
    } else {
      step(origin, day, rnd.pick(['PROPOSAL', 'INFORMATION', 'REPORT']), `${origin.name} behandlar ${phrase(title)}.`);
    }

    // The bodies it climbs through towards one that decides it, then one meeting at each.
    const path = [origin];
    while (path[path.length - 1].up && rnd.chance(CLIMB[path[path.length - 1].role])) path.push(path[path.length - 1].up!);
    let at = origin;
    let date = day;
    let stuck = false;
    for (const next of path.slice(1)) {
      const when = nextMeeting(next, addDays(date, rnd.int(7, 40)), lastYear);
      at = next;
      if (!when || when > asOf) {
        stuck = true;
        break;
      }
      date = when;
      if (next !== path[path.length - 1])
        step(next, date, rnd.pick(['PROPOSAL', 'ENDORSEMENT']), `${next.name} tillstyrker förslaget och lämnar ärendet vidare.`);
    }
    item.heldBy = at.id;
    const preparedBy = path.slice(0, path.indexOf(at)).map((p) => p.id);
    if (preparedBy.length) item.preparedBy = preparedBy;
    if (stuck) {
      item.status = 'Under beredning';
      chunk.items.push(item);
      chunk.steps.push(...steps);
      return;
    }

    // The decision, if this body decides; otherwise the item is reported and filed.
    if (!rnd.chance(DECIDES[at.role])) {
      if (at !== origin) step(at, date, 'FILED', `${at.name} noterar informationen och lägger den till handlingarna.`);
      item.status = 'Avslutat';
    } else {
      let decisionDay = at === origin ? nextMeeting(at, addDays(date, 14), lastYear) : date;
      // Some items are first sent out for comments (remiss) and decided a meeting or two later.
      if (decisionDay && decisionDay <= asOf && rnd.chance(0.3)) {
        step(at, decisionDay, 'REFERRAL', `${at.name} remitterar ${phrase(title)} för yttrande.`);
        decisionDay = nextMeeting(at, addDays(decisionDay, rnd.int(30, 75)), lastYear);
      }
      if (!decisionDay || decisionDay > asOf) {
        item.status = 'Under beredning';
      } else {
        date = decisionDay;
        const recommends = at.deciders.length > 0 && rnd.chance(0.6);
        if (recommends) {
          step(at, date, 'RECOMMENDATION_DECISION', `${at.name} rekommenderar huvudmännen att besluta om ${phrase(title)}.`);
          item.decidedBy = [{ by: at.id, kind: 'RECOMMENDS' }];
          for (const board of at.deciders) {
            const when = nextMeeting(board, addDays(date, rnd.int(14, 60)), lastYear);
            if (!when || when > asOf) continue;
            step(board, when, 'DECISION', `${board.name} beslutar i enlighet med rekommendationen.`);
            item.decidedBy.push({ by: board.id, kind: 'DECIDES' });
          }
          item.status = 'Rekommenderat och beslutat hos huvudmännen';
        } else {
          const kind = at.role === 'lg' || at.role === 'partLg' ? 'DIRECTION_DECISION' : 'DECISION';
          step(at, date, kind, `${at.name} beslutar att godkänna ${phrase(title)}.`);
          item.decidedBy = [{ by: at.id, kind: 'DECIDES' }];
          item.status = 'Beslutat';
        }
        if (rnd.chance(COMMISSIONS[at.role])) commissionOf(at, date, id, key, title, topic, step);
        // Follow-ups: a first one within a year of the decision for about half, a second for some of those.
        const follower = at.role === 'forum' ? at.county.lg! : at;
        for (let n = 0, last = date; n < 2 && rnd.chance(n === 0 ? 0.5 : 0.4); n++) {
          const when = nextMeeting(follower, addDays(last, rnd.int(180, 365)), lastYear);
          if (!when || when > asOf) break;
          step(follower, when, 'FOLLOW_UP', `Uppföljning av ${phrase(title)} redovisas för ${follower.name}.`);
          item.followedUpBy = [follower.id];
          last = when;
        }
      }
    }
    chunk.items.push(item);
    chunk.steps.push(...steps);
  }

  function commissionOf(
    at: BodyPlan,
    date: string,
    item: string,
    key: string,
    title: string,
    topic: string,
    step: (at: BodyPlan, date: string, kind: string, text: string, more?: Entry) => void,
  ): void {
    const id = `syn-commission-${key}`;
    const assignee = at.below.length ? rnd.pick(at.below).id : `${at.organisation ?? at.county.region}-a1`;
    const due = addDays(date, rnd.int(180, 540)).slice(0, 7);
    const reportsBack = rnd.chance(0.85);
    let status = 'ONGOING';
    if (due < asOf.slice(0, 7)) status = rnd.pick(['REPORTED', 'REPORTED', 'REPORTED', 'COMPLETED', 'ONGOING', 'ONGOING', 'CANCELLED']);
    const dueMeeting = reportsBack && rnd.chance(0.6) ? nextMeeting(at, `${due}-01`, lastYear) : undefined;
    chunk.commissions.push({
      id,
      title: `Uppdrag: ${title}`,
      issuedBy: [at.id],
      assignedTo: [assignee],
      ...(reportsBack ? { reportTo: [at.id] } : {}),
      issuedOn: date,
      due,
      status,
      item,
      topics: [topic],
      ...(dueMeeting ? { dueMeeting: meetingId(at, dueMeeting) } : {}),
      description: `${at.name} ger i uppdrag att ta fram underlag om ${phrase(title)}.`,
      expectedResult: 'Ett underlag med förslag till fortsatt arbete.',
      locator,
    });
    step(at, date, 'COMMISSION_ISSUED', `${at.name} ger uppdrag om ${phrase(title)}.`, { commission: id });
    if (reportsBack && (status === 'REPORTED' || status === 'COMPLETED')) {
      const when = nextMeeting(at, `${due}-01`, lastYear);
      if (when && when <= asOf) step(at, when, 'REPORT', `Återrapportering av uppdraget om ${phrase(title)}.`);
    }
  }
}

const TOPIC_NAMES = new Map(TOPICS.flatMap((t) => [t.name, ...t.narrower]).map((name) => [`syn-topic-${slug(name)}`, name]));

/** Months bodies meet in (none in July). */
const MONTHS = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12];
const pad = (n: number) => String(n).padStart(2, '0');

/** The days a body meets in a year: evenly over the months, on its own day of the month. */
export function meetingDays(b: BodyPlan, year: number): string[] {
  const n = b.meetingsPerYear;
  return Array.from({ length: n }, (_, i) => `${year}-${pad(MONTHS[Math.floor((i * MONTHS.length) / n)])}-${pad(b.day)}`);
}

export const meetingId = (b: BodyPlan, day: string): string => `syn-meeting-${b.key}-${day.slice(0, 7)}`;

/** The first meeting of a body on or after a day, up to the end of lastYear. */
export function nextMeeting(b: BodyPlan, day: string, lastYear: number): string | undefined {
  for (let year = Number(day.slice(0, 4)); year <= lastYear; year++) {
    const found = meetingDays(b, year).find((d) => d >= day);
    if (found) return found;
  }
  return undefined;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
