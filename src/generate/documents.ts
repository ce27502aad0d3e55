import type { Random } from './prng';
import type { BodyPlan, County, Entry } from './structure';
import { AGREEMENT_TITLES, TOPICS, phrase } from './vocabulary';

/**
 * A county's standing documents: its agreements with renewal terms (the register's
 * material: notice periods, fixed ends, renewals, extensions, terminations and a superseded
 * earlier version), the regulations that grant the principals' committees their mandates,
 * and the joint bodies' work plans.
 */
export function documentsOf(county: County, rnd: Random, topics: string[][], first: number, asOf: string, locator: string) {
  const { code, base, region } = county;
  const documents: Entry[] = [];
  const principals = [region, ...county.municipalities.map((m) => m.org)];
  const forum = county.forum!;
  const lg = county.lg!;
  const main = `syn-doc-${code}-ok-1`;

  const agreement = (id: string, title: string, parties: string[], decider: BodyPlan, fields: Entry, startFrom = first - 4) => {
    const t = terms(rnd, startFrom, first + 5, asOf, decider.id);
    documents.push({
      id,
      title,
      kind: 'AGREEMENT',
      parties,
      date: t.start,
      registryNumbers: [`${decider.prefix} ${t.start.slice(0, 4)}-${String(rnd.int(1, 400)).padStart(4, '0')}`],
      followUpText: 'Följs upp årligen av ledningsgruppen.',
      followUpFrequency: 'årligen',
      terms: t,
      locator,
      ...fields,
    });
  };

  const oldMain = `syn-doc-${code}-ok-0`;
  documents.push({
    id: oldMain,
    title: `${AGREEMENT_TITLES[0].title} i ${county.name} (tidigare version)`,
    kind: 'AGREEMENT',
    parties: principals,
    date: String(first - 6),
    area: `area-${code}`,
    topics: [topics[0][0]],
    adoptedBy: principals,
    locator,
    terms: { text: `Gällde ${first - 6}-01-01 – ${first - 3}-12-31.`, start: `${first - 6}-01-01`, initialEnd: `${first - 3}-12-31` },
  });
  agreement(
    main,
    `${AGREEMENT_TITLES[0].title} i ${county.name}`,
    principals,
    forum,
    {
      area: `area-${code}`,
      topics: topics.map((t) => t[0]),
      recommendedBy: [forum.id],
      adoptedBy: principals,
      responsible: [forum.id],
      followedUpBy: [lg.id],
      supersedes: [oldMain],
      description: `Region ${base} och länets kommuner kommer överens om hur de samverkar kring vård och omsorg och vilka organ som gör vad.`,
    },
    first - 2,
  );
  rnd.sample(AGREEMENT_TITLES.slice(1), rnd.int(3, 5)).forEach(({ title, topic }, i) => {
    agreement(`syn-doc-${code}-ok-${i + 2}`, `${title} i ${county.name}`, principals, forum, {
      area: `area-${code}`,
      topics: topics[topic].slice(0, 2),
      recommendedBy: [forum.id],
      adoptedBy: principals,
      responsible: [lg.id],
      followedUpBy: [rnd.pick(county.groups).id],
      preparedBy: [lg.id],
    });
  });
  for (const part of county.parts) {
    agreement(
      `syn-doc-${part.id.replace('syn-area-', '')}-ok`,
      `Överenskommelse om samverkan i ${phrase(part.name)}, ${base}`,
      [region, ...part.municipalities.map((m) => m.org)],
      part.forum!,
      {
        area: part.id,
        topics: [topics[0][0]],
        adoptedBy: [part.forum!.id],
        responsible: [part.lg!.id],
        followedUpBy: [part.lg!.id],
      },
    );
  }
  for (const m of county.municipalities) {
    const count = rnd.int(1, 2);
    for (let i = 0; i < count; i++) {
      const topic = rnd.pick(topics.slice(0, 4));
      agreement(
        `syn-doc-${m.code}-ok-${i + 1}`,
        `Lokal överenskommelse om ${phrase(TOPICS[topics.indexOf(topic)].name)}, ${m.name} och Region ${base}`,
        [region, m.org],
        m.board!,
        {
          area: `area-${m.code}`,
          topics: [topic[0]],
          adoptedBy: [m.board!.id],
          responsible: [m.local!.id],
          followedUpBy: [m.local!.id],
        },
      );
    }
  }
  for (const b of [forum, lg]) {
    for (let year = first; year <= first + 6; year += 2) {
      documents.push({
        id: `syn-doc-${b.key}-plan-${year}`,
        title: `Arbetsplan ${year}–${year + 1}, ${b.name}`,
        kind: 'WORK_PLAN',
        date: `${year - 1}-12`,
        adoptedBy: [forum.id],
        responsible: [lg.id],
        area: `area-${code}`,
        topics: rnd.sample(topics, 3).map((t) => t[0]),
        locator,
      });
    }
  }

  const regulationId = (b: BodyPlan) => `syn-doc-${b.key}-reglemente`;
  return {
    documents,
    main,
    /** The document that grants a principal's committee its mandate. */
    regulation: regulationId,
    regulationEntry: (b: BodyPlan): Entry => ({
      id: regulationId(b),
      title: `Reglemente för ${b.name}`,
      kind: 'REGULATION',
      date: String(first - rnd.int(1, 6)),
      adoptedBy: [b.organisation!],
      area: b.area,
      locator,
    }),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Validity terms as agreements write them: fixed periods, periods that renew unless notice
 * is given (some with a latest end), until further notice; some extended, some terminated.
 */
function terms(rnd: Random, fromYear: number, toYear: number, asOf: string, decider: string): Entry {
  const year = rnd.int(fromYear, toYear);
  const start = `${year}-${rnd.chance(0.7) ? '01' : '07'}-01`;
  const notice = rnd.pick([3, 6, 12]);
  const roll = rnd.int(0, 99);
  if (roll < 15) {
    return {
      text: `Gäller från ${start} tills vidare med ${notice} månaders ömsesidig uppsägningstid.`,
      start,
      untilFurtherNotice: true,
      noticeMonths: notice,
      noticeText: `${notice} månaders uppsägningstid`,
    };
  }
  const end = `${year + rnd.int(1, 3)}-${start.slice(5, 7) === '01' ? '12-31' : '06-30'}`;
  const t: Entry = { start, initialEnd: end };
  if (roll < 65) {
    const renewal = rnd.pick([12, 24]);
    Object.assign(t, {
      autoRenewal: true,
      renewalMonths: renewal,
      noticeMonths: notice,
      noticeText: `Uppsägning senast ${notice} månader före periodens slut`,
    });
    if (rnd.chance(0.3)) t.maxEnd = `${Number(end.slice(0, 4)) + rnd.int(2, 6)}${end.slice(4)}`;
    t.text = `Gäller ${start} – ${end} och förlängs därefter med ${renewal} månader i taget om ingen part säger upp den senast ${notice} månader före periodens slut${t.maxEnd ? `, längst till ${t.maxEnd}` : ''}.`;
  } else {
    t.text = `Gäller ${start} – ${end}.`;
    if (rnd.chance(0.4)) {
      const extensions = rnd.int(1, 2);
      t.extensions = Array.from({ length: extensions }, (_, i) => {
        const until = `${Number(end.slice(0, 4)) + i + 1}${end.slice(4)}`;
        const decidedOn = `${Number(end.slice(0, 4)) + i}-${pad(rnd.int(3, 10))}`;
        return { until, decidedOn, text: `Överenskommelsen förlängs till ${until}.`, decidedBy: decider };
      }).filter((e) => e.decidedOn <= asOf);
      if (t.extensions.length === 0) delete t.extensions;
      else t.text += ` Förlängd till ${t.extensions[t.extensions.length - 1].until}.`;
    }
  }
  if (rnd.chance(0.05)) {
    const terminated = `${Math.min(Number(end.slice(0, 4)), Number(asOf.slice(0, 4)))}-${pad(rnd.int(1, 6))}`;
    if (terminated > start) {
      t.terminated = terminated;
      t.text += ` Uppsagd ${terminated}.`;
    }
  }
  return t;
}
