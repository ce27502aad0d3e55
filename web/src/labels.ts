/**
 * Swedish words for the API's enums. The API speaks English codes so that clients can
 * translate; the explorer is for Swedish officials, so it shows these.
 */

/** Kinds of search hit (SearchHit.kind, a GraphQL type name). */
export const KIND: Record<string, string> = {
  Body: 'Organ',
  Organisation: 'Organisation',
  Item: 'Ärende',
  Document: 'Dokument',
  Commission: 'Uppdrag',
  Topic: 'Ämne',
  Mandate: 'Mandat',
  Person: 'Person',
  Indicator: 'Indikator',
  Area: 'Område',
  Meeting: 'Möte',
  Post: 'Befattning',
};

/** ReportingKind, as an edge label reads from the lower body to the upper. */
export const REPORTING: Record<string, string> = {
  REPORTS_TO: 'rapporterar till',
  SUBORDINATE_TO: 'underställd',
  PREPARES_FOR: 'bereder åt',
  OVERSEEN_BY: 'tillsyn av',
  SUPPORTED_BY: 'stöds av',
};

/** DeciderKind, as the verb the decider performs. */
export const DECIDER: Record<string, string> = {
  DECIDES: 'beslutar',
  RECOMMENDS: 'rekommenderar (huvudmännen beslutar)',
  ENDORSES: 'tillstyrker',
  APPROVES: 'godkänner',
  ADOPTS: 'fastställer',
};

export const AGREEMENT_STATUS: Record<string, string> = {
  ACTIVE: 'Gäller',
  EXPIRED: 'Har upphört',
  IN_NOTICE_WINDOW: 'Uppsägningsfönster – agera nu',
  NOT_STARTED: 'Har inte börjat gälla',
  PAST_NOTICE_RENEWING: 'Sista uppsägningsdag passerad – förlängs',
  SUPERSEDED: 'Ersatt av senare dokument',
  TERMINATED: 'Uppsagt',
  UNKNOWN: 'Okänt – källan anger inget slut',
  UNTIL_FURTHER_NOTICE: 'Gäller tills vidare',
};

export const CLASSIFICATION: Record<string, string> = {
  ARENA: 'Samverkansarena',
  COUNCIL: 'Råd',
  DRAFTING_COMMITTEE: 'Beredning',
  EXECUTIVE_BOARD: 'Kommun- eller regionstyrelse',
  JOINT_COMMITTEE: 'Gemensam nämnd',
  JOINT_CONSULTATIVE_FORUM: 'Politiskt samråd',
  LEADERSHIP_GROUP: 'Ledningsgrupp',
  NETWORK: 'Nätverk',
  OTHER: 'Annat organ',
  POLITICAL_COMMITTEE: 'Nämnd',
  PREPARATORY_GROUP: 'Beredningsgrupp',
  PROJECT: 'Projekt',
  REFERENCE_GROUP: 'Referensgrupp',
  SECRETARIAT: 'Sekretariat',
  STEERING_GROUP: 'Styrgrupp',
  SUPPORT_STRUCTURE: 'Stödstruktur',
  WORKING_COMMITTEE: 'Arbetsutskott',
  WORKING_GROUP: 'Arbetsgrupp',
};

export const TIER: Record<string, string> = {
  POLITICAL: 'Politiker',
  OFFICIALS: 'Tjänstepersoner',
  MIXED: 'Politiker och tjänstepersoner',
};

export const CAPACITY: Record<string, string> = {
  ADVISE: 'ge råd',
  BUILD_KNOWLEDGE: 'kunskapsstyrning',
  COMMISSION: 'ge uppdrag',
  CONSULT: 'samråda',
  COORDINATE: 'samordna',
  DECIDE: 'besluta',
  EXECUTE: 'genomföra',
  FOLLOW_UP: 'följa upp',
  PREPARE: 'bereda',
  RECOMMEND: 'rekommendera',
  REPORT: 'rapportera',
  STEER: 'leda och styra',
  SUPPORT: 'ge stöd',
};

export const ROLE: Record<string, string> = {
  ADJUNCT: 'Adjungerad',
  AUTHOR: 'Framtaget av',
  CHAIR: 'Ordförande',
  CONVENER: 'Sammankallande',
  DEPUTY: 'Ersättare',
  EXPERT: 'Sakkunnig',
  MEMBER: 'Ledamot',
  OFFICIAL: 'Tjänsteperson',
  OTHER: 'Annan roll',
  PROJECT_LEADER: 'Projektledare',
  REPRESENTATIVE: 'Representant',
  SECOND_VICE_CHAIR: 'Andre vice ordförande',
  SECRETARY: 'Sekreterare',
  VICE_CHAIR: 'Vice ordförande',
};

export const STEP: Record<string, string> = {
  ADOPTION: 'Fastställande',
  APPROVAL: 'Godkännande',
  COMMISSION_ISSUED: 'Uppdrag ges',
  DECISION: 'Beslut',
  DIRECTION_DECISION: 'Inriktningsbeslut',
  ENDORSEMENT: 'Tillstyrkan',
  EXTENSION: 'Förlängning',
  FILED: 'Läggs till handlingarna',
  FOLLOW_UP: 'Uppföljning',
  INFORMATION: 'Information',
  OTHER: 'Annat steg',
  PRESENTATION: 'Presentation',
  PROPOSAL: 'Förslag',
  RECOMMENDATION_DECISION: 'Rekommendationsbeslut',
  REFERRAL: 'Remiss',
  REPORT: 'Rapport',
};

export const COMMISSION_STATUS: Record<string, string> = {
  CANCELLED: 'Avbrutet',
  COMPLETED: 'Slutfört',
  ONGOING: 'Pågår',
  PLANNED: 'Planerat',
  REPORTED: 'Återrapporterat',
  UNKNOWN: 'Okänd status',
};

export const CHANGE: Record<string, string> = {
  DISSOLVED: 'Upplöst',
  EXPANDED: 'Utvidgat',
  FOUNDED: 'Bildat',
  MADE_PERMANENT: 'Permanentat',
  MERGED: 'Sammanslaget',
  OTHER: 'Förändring',
  RENAMED: 'Nytt namn',
  REORGANISED: 'Omorganiserat',
};

export const DOCUMENT_KIND: Record<string, string> = {
  ACTION_PLAN: 'Handlingsplan',
  AGREEMENT: 'Överenskommelse',
  ANNUAL_REPORT: 'Verksamhetsberättelse',
  CONTRACT: 'Avtal',
  DECISION: 'Beslut',
  DECLARATION_OF_INTENT: 'Avsiktsförklaring',
  FRAMEWORK_AGREEMENT: 'Ramavtal',
  GUIDELINE: 'Riktlinje',
  MEMO: 'Tjänsteskrivelse',
  MINUTES: 'Protokoll',
  NOTES: 'Minnesanteckningar',
  ORGANISATION_DESCRIPTION: 'Organisationsbeskrivning',
  OTHER: 'Annat dokument',
  PLAN: 'Plan',
  POLICY: 'Policy',
  REGULATION: 'Regelverk',
  REPORT: 'Rapport',
  ROUTINE: 'Rutin',
  STRATEGY: 'Strategi',
  WORK_PLAN: 'Arbetsplan',
};

/**
 * OverlapClassification, the US GAO's terms: a name and what it means in a phrase
 * (the API's enum descriptions give the exact rules).
 */
export const OVERLAP: Record<string, [name: string, meaning: string]> = {
  DUPLICATION: ['Dubbelarbete', 'samma förmåga och samma ämne i samma område'],
  OVERLAP: ['Överlappning', 'samma förmåga, på delvis samma område eller i närliggande ämnen'],
  FRAGMENTATION: ['Fragmentering', 'samma ämne men ingen gemensam förmåga: arbetet är uppdelat på flera organ'],
};

/** A label, or the code itself when a new enum value has no Swedish word yet. */
export const sv = (table: Record<string, string>, code: string | null | undefined): string => (code ? (table[code] ?? code) : '');
