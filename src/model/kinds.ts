import {
  AreaLevel,
  AttendanceStatus,
  BodyClassification,
  Capacity,
  ChangeKind,
  CommissionStatus,
  DeciderKind,
  DocumentKind,
  MembershipRole,
  OrganisationKind,
  ReportingKind,
  StepKind,
  Tier,
  TopicKind,
  VersionKind,
} from '../shared/enums';
import type { Kind, KindName, Property, ValueType } from './types';

/** The values of a controlled vocabulary (src/shared/enums.ts holds each value's meaning). */
const of = (vocabulary: Record<string, string>): string[] => Object.keys(vocabulary);

function p(type: ValueType, description: string, more: Partial<Property> = {}): Property {
  return { type, description, ...more };
}
const required = { required: true };
const list = { list: true };

/** Every entity has a stable id and may carry a note; seed entries add a locator. */
const ENTITY = {
  id: p('id', 'Stable id: lowercase letters, digits and hyphens, never reused.', required),
  note: p('text', "An editor's note on the entry: what the source leaves open, how it was read."),
};
const ALT_NAMES = p('name', 'Other names and abbreviations the sources use.', list);
const VALID = {
  validFrom: p('partialDate', 'Since when it holds, as precisely as the source says.'),
  validTo: p('partialDate', 'Until when it held (the last day or period).'),
};

/** Relationship properties shared by the dated relationships (principals, reporting lines). */
export const DATED_RELATIONSHIP = {
  ...VALID,
  text: p('text', 'The words of the source that establish it.'),
  note: ENTITY.note,
};

export const REPORTING_KINDS = of(ReportingKind);
export const DECIDER_KINDS = of(DeciderKind);
export const ATTENDANCE = {
  role: p('enum', 'In which role (ordförande, ledamot, ersättare…).', { values: of(MembershipRole) }),
  roleText: p('text', 'The role as the source words it.'),
  status: p('enum', 'How they took part (närvarande, tjänstgörande ersättare…).', { ...required, values: of(AttendanceStatus) }),
  representing: p('id', 'The organisation they represent there.', { to: ['Organisation'] }),
};

const KIND_LIST: Kind[] = [
  {
    name: 'Source',
    section: 'source',
    single: true,
    description: 'A public document the facts come from (källa): one seed file each.',
    properties: {
      id: ENTITY.id,
      file: p('name', 'File name of the document under shared/sources.', required),
      title: p('name', 'Its title as printed.', required),
      kind: p('enum', 'What kind of document it is.', { values: of(DocumentKind) }),
      publisher: p('name', 'Who published it.', list),
      date: p('partialDate', 'When it was dated or adopted.'),
      registryNumbers: p('name', 'Registry numbers (diarienummer).', list),
      authors: p('name', 'Who wrote it.', list),
      url: p('url', 'Where it is published.'),
      note: ENTITY.note,
    },
  },
  {
    name: 'Area',
    section: 'areas',
    description: 'A geographical area (geografiskt område): Sweden, a county (län), a municipality (kommun) or a part of one.',
    properties: {
      ...ENTITY,
      name: p('name', 'Its name.', required),
      code: p('code', "SCB's code: two digits for a county, four for a municipality.", { pattern: '^\\d{2}(\\d{2})?$' }),
      level: p('enum', 'Its level in the administrative hierarchy.', { ...required, values: of(AreaLevel) }),
      altNames: ALT_NAMES,
    },
  },
  {
    name: 'Organisation',
    section: 'organisations',
    description: 'An organisation (organisation, huvudman): a region, a municipality, an agency, an administration (förvaltning).',
    properties: {
      ...ENTITY,
      name: p('name', 'Its name.', required),
      altNames: ALT_NAMES,
      kind: p('enum', 'What kind of organisation.', { ...required, values: of(OrganisationKind) }),
      ...VALID,
    },
  },
  {
    name: 'Body',
    section: 'bodies',
    description: 'A forum or group (organ, forum, grupp): a committee (nämnd), a consultative forum (samråd), a preparatory group (beredningsgrupp)…',
    properties: {
      ...ENTITY,
      name: p('name', 'Its name.', required),
      altNames: ALT_NAMES,
      classification: p('enum', 'What kind of forum it is.', { ...required, values: of(BodyClassification) }),
      tier: p('enum', 'Who sits in it: politicians, officials or both. Leave out when the source does not say.', { values: of(Tier) }),
      description: p('text', 'What it is for, as the source describes it.'),
      meetingFrequency: p('text', 'How often it meets, as written (sammanträdesfrekvens).'),
      meetingsPerYearMin: p('number', 'Fewest meetings a year the source gives.'),
      meetingsPerYearMax: p('number', 'Most meetings a year the source gives.'),
      sizeText: p('text', 'Its size as written.'),
      sizeMin: p('integer', 'Fewest members the source gives.'),
      sizeMax: p('integer', 'Most members the source gives.'),
      founded: p('partialDate', 'When it was founded (bildad).'),
      dissolved: p('partialDate', 'When it was dissolved (upplöst).'),
    },
  },
  {
    name: 'Person',
    section: 'persons',
    description: 'A named person (person), as the sources name them.',
    properties: {
      ...ENTITY,
      name: p('name', 'Their name, in Latin letters.', required),
      sourceSpelling: p(
        'name',
        'Their name as the source spells it, when that differs from `name` (e.g. Cyrillic letters a PDF conversion put for Latin ones).',
      ),
      party: p('name', 'Their political party, as written.'),
      title: p('name', 'Their title (befattning), as written.'),
    },
  },
  {
    name: 'Post',
    section: 'posts',
    description: 'A post held by whoever fills it (befattning, funktion), e.g. a county coordinator.',
    properties: {
      ...ENTITY,
      title: p('name', 'The title of the post.', required),
      description: p('text', 'What the post does, as written.'),
    },
  },
  {
    name: 'Membership',
    section: 'memberships',
    description: 'A seat in a body (plats, uppdrag): who holds it, in which role, representing whom.',
    properties: {
      id: p('id', 'Stable id; left out, one is made from the body, the holder, the role and whom it represents.'),
      note: ENTITY.note,
      role: p('enum', 'The role of the seat.', { ...required, values: of(MembershipRole) }),
      roleText: p('text', 'The role as the source words it.'),
      count: p('integer', 'How many seats of this kind, when the source gives a number rather than names.'),
      ...VALID,
    },
  },
  {
    name: 'Topic',
    section: 'topics',
    description: 'A topic or area of work (område, fokusområde, inriktning).',
    properties: {
      ...ENTITY,
      name: p('name', 'Its name.', required),
      altNames: ALT_NAMES,
      kind: p('enum', 'What kind of topic.', { ...required, values: of(TopicKind) }),
      nameEn: p('name', 'Its English label, where one is given (the shared vocabulary gives one for each of its topics).'),
      description: p('text', 'What it covers, as written.'),
      ...VALID,
    },
  },
  {
    name: 'Mandate',
    section: 'mandates',
    description: 'What a body is empowered to do (mandat, uppdrag), as the source words it.',
    properties: {
      ...ENTITY,
      capacities: p('enum', 'What the mandate empowers the body to do: at least one.', { ...required, list: true, nonEmpty: true, values: of(Capacity) }),
      text: p('text', 'The mandate as written.', required),
      summary: p('text', 'A short summary in plain words.'),
      ...VALID,
    },
  },
  {
    name: 'Document',
    section: 'documents',
    description: 'A document (dokument): an agreement (överenskommelse), a plan, minutes (protokoll), a decision.',
    properties: {
      ...ENTITY,
      title: p('name', 'Its title.', required),
      altNames: ALT_NAMES,
      kind: p('enum', 'What kind of document.', { ...required, values: of(DocumentKind) }),
      registryNumbers: p('name', 'Registry numbers (diarienummer).', list),
      date: p('partialDate', 'When it was dated or adopted.'),
      followUpText: p('text', 'How it is followed up, as written (uppföljning).'),
      followUpFrequency: p('text', 'How often it is followed up, as written.'),
      description: p('text', 'What it is about.'),
      terms: p('object', 'Terms as written (text) and structured', {
        properties: {
          text: p('text', 'The terms as written (giltighetstid, uppsägning).', required),
          start: p('partialDate', 'When it comes into force.'),
          initialEnd: p('partialDate', 'The end of the first period, before extensions and renewals.'),
          untilFurtherNotice: p('bool', 'It runs until further notice (tills vidare).'),
          autoRenewal: p('bool', 'It renews itself unless notice is given.'),
          renewalMonths: p('integer', 'How many months each renewal adds.'),
          noticeMonths: p('integer', 'Months of notice (uppsägningstid).'),
          noticeText: p('text', 'The notice rule as written.'),
          maxEnd: p('partialDate', 'The latest it can run to, with every renewal.'),
          terminated: p('partialDate', 'When it was terminated (uppsagd).'),
        },
      }),
    },
  },
  {
    name: 'Extension',
    description: 'A decided extension of an agreement (förlängning), within its terms.',
    properties: {
      until: p('partialDate', 'The new end.', required),
      decidedOn: p('partialDate', 'When it was decided.'),
      text: p('text', 'The extension as written.'),
    },
  },
  {
    name: 'DocumentVersion',
    description: 'A dated version of a document (version): when it was drawn up (framtaget) or revised (reviderat), and what changed.',
    properties: {
      date: p('partialDate', 'When this version was drawn up or revised.', required),
      kind: p('enum', 'Drawn up or revised.', { ...required, values: of(VersionKind) }),
      text: p('text', 'The source\'s words for this version (e.g. the header row "Revideringsdatum: … Reviderat av: …").', required),
      changes: p('text', 'What changed in this version, as the source says; left out when it does not say.'),
      authorRole: p(
        'text',
        'The role, as written in the document\'s `authors`, of those who made this version (e.g. "Reviderat av (2014-10-28)"): its authors are the document\'s authors in that role.',
      ),
    },
  },
  {
    name: 'Commission',
    section: 'commissions',
    description: 'A commission given to a body or person (uppdrag): to investigate, produce or report back.',
    properties: {
      ...ENTITY,
      title: p('name', 'Its title.', required),
      issuedOn: p('partialDate', 'When it was given.'),
      description: p('text', 'What it asks for.'),
      background: p('text', 'Background (bakgrund), as written.'),
      purpose: p('text', 'Purpose (syfte), as written.'),
      goal: p('text', 'Goal (mål), as written.'),
      expectedResult: p('text', 'Expected result (förväntat resultat), as written.'),
      resources: p('text', 'Resources (resurser), as written.'),
      organisation: p('text', 'How the work is organised (organisation), as written.'),
      timeline: p('text', 'Timeline (tidplan), as written.'),
      followUp: p('text', 'How it is followed up (uppföljning), as written.'),
      due: p('partialDate', 'When it is to be reported back.'),
      status: p('enum', 'Where it stands.', { values: of(CommissionStatus) }),
    },
  },
  {
    name: 'Item',
    section: 'items',
    description: 'An item of business (ärende): prepared, decided and followed up by bodies, in steps.',
    properties: {
      ...ENTITY,
      title: p('name', 'Its title.', required),
      description: p('text', 'What it is about.'),
      responsibleText: p('text', 'Who is responsible, as written.'),
      status: p('text', 'Where it stands, as written.'),
      registryNumbers: p('name', 'Registry numbers (diarienummer).', list),
    },
  },
  {
    name: 'Meeting',
    section: 'meetings',
    description: 'A meeting of a body (sammanträde, möte).',
    properties: {
      ...ENTITY,
      date: p('partialDate', 'When it was held.', required),
      place: p('name', 'Where.'),
      title: p('name', 'Its title, if the source gives one.'),
    },
  },
  {
    name: 'Step',
    section: 'steps',
    description: 'One step of an item (handläggningssteg): a decision, a referral, a report, at a body or meeting.',
    properties: {
      ...ENTITY,
      date: p('partialDate', 'When it happened.'),
      kind: p('enum', 'What happened.', { ...required, values: of(StepKind) }),
      text: p('text', 'What happened, as written.', required),
      registryNumber: p('name', 'Registry number (diarienummer).'),
      paragraph: p('name', 'Paragraph in the minutes (paragraf, §).'),
    },
  },
  {
    name: 'Indicator',
    section: 'indicators',
    description: 'An indicator (indikator) for following up a topic, with its measures.',
    properties: {
      ...ENTITY,
      name: p('name', 'Its name.', required),
      description: p('text', 'What it shows.'),
    },
  },
  {
    name: 'Measure',
    description: 'One measure of an indicator (mått), in the order the source lists them.',
    properties: {
      name: p('name', 'The measure as written.', required),
      description: p('text', 'More on the measure, as written.'),
    },
  },
  {
    name: 'ChangeEvent',
    section: 'events',
    description: 'A change in an organisation, body or area (förändring): founded, renamed, reorganised, dissolved.',
    properties: {
      ...ENTITY,
      kind: p('enum', 'What changed.', { ...required, values: of(ChangeKind) }),
      date: p('partialDate', 'When.'),
      oldName: p('name', 'The name before a renaming.'),
      newName: p('name', 'The name after a renaming.'),
      text: p('text', 'The change as written.', required),
    },
  },
];

export const KINDS = Object.fromEntries(KIND_LIST.map((k) => [k.name, k])) as Record<KindName, Kind>;

/** An example id per kind, for messages that say what an id looks like. */
export const EXAMPLE_IDS: Record<KindName, string> = {
  Source: 'src-000',
  Area: 'area-05',
  Organisation: 'org-region-05',
  Body: 'body-svo',
  Person: 'person-001-anders-petersson',
  Post: 'post-000-lansamordnare-vard-omsorg',
  Membership: 'membership-000-svo-au-ordforande',
  Topic: 'topic-000-nara-vard',
  Mandate: 'mandate-000-svo-samrad',
  Document: 'doc-000-arbetsplan-svo-2024-2025',
  Extension: 'doc-000-ok-samrad-vard-omsorg-extension-1',
  DocumentVersion: 'doc-003-samverkansdokument-ostra-lansdelen-version-1',
  Commission: 'commission-000-gapanalys-palliativ',
  Item: 'item-000-lankning-strategiska-samradet',
  Meeting: 'meeting-000-svo-2024-12',
  Step: 'step-000-justering-utskrivning-uppdrag',
  Indicator: 'indicator-004-samordning',
  Measure: 'indicator-004-samordning-measure-1',
  ChangeEvent: 'event-003-wreta-founded',
};
