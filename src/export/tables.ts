import { cite, day, nameOf, names, type Table } from './csv';

/**
 * The CSV tables: the agreements register, each analysis and each list, with Swedish
 * headers. Codes (status, kind) stay the API's codes so a spreadsheet can filter on them.
 */

/** The agreements register (operation AgreementsRegister). */
export const AGREEMENTS: Table = {
  file: 'avtalsregister',
  columns: [
    ['Id', (r) => r.document.id],
    ['Titel', (r) => r.document.title],
    ['Dokumenttyp', (r) => r.document.kind],
    ['Diarienummer', (r) => r.document.registryNumbers],
    ['Status', (r) => r.state.status],
    ['Per datum', (r) => r.state.asOf],
    ['Gäller till', (r) => r.state.effectiveEnd],
    ['Sista uppsägningsdag', (r) => r.state.noticeDeadline],
    ['Förklaring', (r) => r.state.explanation],
    ['Uppsägningstid (månader)', (r) => r.document.terms?.noticeMonths],
    ['Förlängs automatiskt', (r) => r.document.terms?.autoRenewal],
    ['Förlängning (månader)', (r) => r.document.terms?.renewalMonths],
    ['Tills vidare', (r) => r.document.terms?.untilFurtherNotice],
    ['Villkor', (r) => r.document.terms?.text],
    ['Ansvarig', (r) => names(r.document.responsible)],
    ['Parter', (r) => names(r.document.parties)],
    ['Källor', (r) => cite(r.document.sources)],
  ],
};

/**
 * Each analysis by its query field: the operation that runs it, how many findings it asks
 * for (as many as the cost limit allows for its fields; the seed has at most 53) and its table.
 */
export const ANALYSES: Record<string, { operation: string; first: number; table: Table }> = {
  remitOverlaps: {
    operation: 'RemitOverlaps',
    // The matching sentences are a list inside each finding: 75 is what the cost limit allows.
    first: 75,
    table: {
      file: 'overlappande-mandat',
      columns: [
        ['Klassning', (r) => r.classification],
        ['Organ A', (r) => r.bodyA.name],
        ['Organ B', (r) => r.bodyB.name],
        ['Mandat A', (r) => r.mandateA.text],
        ['Mandat B', (r) => r.mandateB.text],
        ['Gemensamma ämnen', (r) => names(r.sharedTopics)],
        ['Gemensamma förmågor', (r) => r.sharedCapacities],
        ['Likhet', (r) => r.similarity?.score],
        // Sentence pairs in the same order in both columns, ' | ' between them (sentences may hold ';').
        ['Matchande meningar A', (r) => r.similarity?.passages.map((p: any) => p.textA).join(' | ')],
        ['Matchande meningar B', (r) => r.similarity?.passages.map((p: any) => p.textB).join(' | ')],
        ['Område A', (r) => r.areaA.name],
        ['Område B', (r) => r.areaB.name],
        ['Period från', (r) => r.period.from],
        ['Period till', (r) => r.period.to],
        ['Källor A', (r) => cite(r.mandateA.sources)],
        ['Källor B', (r) => cite(r.mandateB.sources)],
      ],
    },
  },
  itemsPreparedInSeveralPlaces: {
    operation: 'ItemsPreparedInSeveralPlaces',
    first: 100,
    table: {
      file: 'arenden-flera-beredare',
      columns: [
        ['Ärende-id', (r) => r.item.id],
        ['Ärende', (r) => r.item.title],
        ['Status', (r) => r.item.status],
        ['Bereds av', (r) => r.preparers.map((p: any) => nameOf(p.preparer))],
      ],
    },
  },
  itemsWithoutDecider: {
    operation: 'ItemsWithoutDecider',
    first: 100,
    table: {
      file: 'arenden-utan-beslutsfattare',
      columns: [
        ['Ärende-id', (r) => r.item.id],
        ['Ärende', (r) => r.item.title],
        ['Status', (r) => r.item.status],
        ['Beslutssteg', (r) => r.decisionSteps.map((s: any) => `${day(s.date)} ${s.text}`.trim())],
        ['Källor', (r) => cite(r.item.sources)],
      ],
    },
  },
  itemsWithSeveralDeciders: {
    operation: 'ItemsWithSeveralDeciders',
    first: 100,
    table: {
      file: 'arenden-flera-beslutsfattare',
      columns: [
        ['Ärende-id', (r) => r.item.id],
        ['Ärende', (r) => r.item.title],
        ['Status', (r) => r.item.status],
        ['Beslutsfattare', (r) => r.deciders.map((d: any) => `${nameOf(d.decider)} (${d.kind})`)],
        ['Villkor', (r) => r.deciders.map((d: any) => d.condition)],
      ],
    },
  },
  commissionsWithoutReportBack: {
    operation: 'CommissionsWithoutReportBack',
    first: 50,
    table: {
      file: 'uppdrag-utan-aterrapportering',
      columns: [
        ['Id', (r) => r.id],
        ['Uppdrag', (r) => r.title],
        ['Status', (r) => r.status],
        ['Ska redovisas', (r) => day(r.due)],
        ['Utfärdat av', (r) => names(r.issuedBy)],
        ['Tilldelat', (r) => names(r.assignedTo)],
        ['Ärende', (r) => r.item?.title],
        ['Källor', (r) => cite(r.sources)],
      ],
    },
  },
  seatsInOverlappingBodies: {
    operation: 'SeatsInOverlappingBodies',
    first: 100,
    table: {
      file: 'platser-i-overlappande-organ',
      columns: [
        ['Innehavare', (r) => nameOf(r.holder)],
        ['Organ A', (r) => r.bodyA.name],
        ['Roller i A', (r) => r.seatsA.map((s: any) => s.roleText ?? s.role)],
        ['Organ B', (r) => r.bodyB.name],
        ['Roller i B', (r) => r.seatsB.map((s: any) => s.roleText ?? s.role)],
        ['Gemensamma ämnen', (r) => names(r.sharedTopics)],
      ],
    },
  },
};

const ID: [string, (r: any) => unknown] = ['Id', (r) => r.id];
const SOURCES: [string, (r: any) => unknown] = ['Källor', (r) => cite(r.sources)];

/** Each list by its query field: the operation that pages through it and its table. */
export const LISTS: Record<string, { operation: string; table: Table }> = {
  bodies: {
    operation: 'ListBodies',
    table: {
      file: 'organ',
      columns: [
        ID,
        ['Namn', (r) => r.name],
        ['Typ', (r) => r.classification],
        ['Nivå', (r) => r.tier],
        ['Område', (r) => r.area?.name],
        ['Organisation', (r) => r.organisation?.name],
        ['Del av', (r) => r.partOf?.name],
        ['Bildat', (r) => day(r.founded)],
        ['Upplöst', (r) => day(r.dissolved)],
        SOURCES,
      ],
    },
  },
  organisations: {
    operation: 'ListOrganisations',
    table: {
      file: 'organisationer',
      columns: [
        ID,
        ['Namn', (r) => r.name],
        ['Typ', (r) => r.kind],
        ['Område', (r) => r.area?.name],
        ['Del av', (r) => r.partOf?.name],
        ['Gäller från', (r) => day(r.validFrom)],
        ['Gäller till', (r) => day(r.validTo)],
        SOURCES,
      ],
    },
  },
  areas: {
    operation: 'ListAreas',
    table: {
      file: 'omraden',
      columns: [ID, ['Namn', (r) => r.name], ['SCB-kod', (r) => r.code], ['Nivå', (r) => r.level], ['Ingår i', (r) => r.parent?.name], SOURCES],
    },
  },
  items: {
    operation: 'ListItems',
    table: {
      file: 'arenden',
      columns: [
        ID,
        ['Titel', (r) => r.title],
        ['Status', (r) => r.status],
        ['Diarienummer', (r) => r.registryNumbers],
        ['Hos', (r) => nameOf(r.heldBy)],
        SOURCES,
      ],
    },
  },
  documents: {
    operation: 'ListDocuments',
    table: {
      file: 'dokument',
      columns: [ID, ['Titel', (r) => r.title], ['Typ', (r) => r.kind], ['Datum', (r) => day(r.date)], ['Diarienummer', (r) => r.registryNumbers], SOURCES],
    },
  },
  commissions: {
    operation: 'ListCommissions',
    table: {
      file: 'uppdrag',
      columns: [
        ID,
        ['Titel', (r) => r.title],
        ['Status', (r) => r.status],
        ['Utfärdat', (r) => day(r.issuedOn)],
        ['Ska redovisas', (r) => day(r.due)],
        ['Utfärdat av', (r) => names(r.issuedBy)],
        ['Tilldelat', (r) => names(r.assignedTo)],
        ['Ärende', (r) => r.item?.title],
        SOURCES,
      ],
    },
  },
  persons: {
    operation: 'ListPersons',
    table: { file: 'personer', columns: [ID, ['Namn', (r) => r.name], ['Titel', (r) => r.title], ['Parti', (r) => r.party], SOURCES] },
  },
  meetings: {
    operation: 'ListMeetings',
    table: {
      file: 'moten',
      columns: [ID, ['Titel', (r) => r.title], ['Datum', (r) => day(r.date)], ['Plats', (r) => r.place], ['Organ', (r) => nameOf(r.body)], SOURCES],
    },
  },
  mandates: {
    operation: 'ListMandates',
    table: {
      file: 'mandat',
      columns: [
        ID,
        ['Organ', (r) => r.body.name],
        ['Sammanfattning', (r) => r.summary],
        ['Förmågor', (r) => r.capacities],
        ['Gäller från', (r) => day(r.validFrom)],
        ['Gäller till', (r) => day(r.validTo)],
        SOURCES,
      ],
    },
  },
  topics: {
    operation: 'ListTopics',
    table: { file: 'amnen', columns: [ID, ['Namn', (r) => r.name], ['Typ', (r) => r.kind], ['Bredare ämne', (r) => r.broader?.name], SOURCES] },
  },
  indicators: {
    operation: 'ListIndicators',
    table: { file: 'indikatorer', columns: [ID, ['Namn', (r) => r.name], ['Beskrivning', (r) => r.description], ['Ämnen', (r) => names(r.topics)], SOURCES] },
  },
};
