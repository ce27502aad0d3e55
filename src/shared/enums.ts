import { vocabulary } from './vocabulary';

/**
 * The controlled vocabularies of the model, each value with its meaning (and the Swedish
 * term). seed/seed.schema.json lists the same values; test/unit/schema.test.ts keeps them equal.
 */

export const AreaLevel = vocabulary('AreaLevel', 'Level of an area in the Swedish administrative hierarchy.', {
  COUNTRY: 'Sweden (national level).',
  COUNTY: 'A county (län), two-digit SCB code.',
  COUNTY_PART: 'A part of a county (länsdel), e.g. eastern Östergötland.',
  MUNICIPALITY: 'A municipality (kommun), four-digit SCB code.',
  LOCAL: 'A local area within a municipality.',
});

export const OrganisationKind = vocabulary('OrganisationKind', 'What kind of organisation an organisation is.', {
  GOVERNMENT: 'The national government (regeringen).',
  NATIONAL_AGENCY: 'A national agency (myndighet), e.g. Socialstyrelsen.',
  NATIONAL_ASSOCIATION: 'A national association, e.g. SKR (Sveriges Kommuner och Regioner).',
  REGION: 'A region (formerly landsting), principal for health care in its county.',
  MUNICIPALITY: 'A municipality (kommun), principal for social services and municipal care.',
  MUNICIPAL_ASSOCIATION: 'An association of municipalities (kommunförbund).',
  REGIONAL_FEDERATION: 'A federation across regions, e.g. a sjukvårdsregionförbund.',
  COUNTY_ADMINISTRATIVE_BOARD: 'The state county administrative board (länsstyrelsen).',
  COORDINATION_ASSOCIATION: 'A coordination association for rehabilitation (samordningsförbund).',
  ADMINISTRATION: 'An administration (förvaltning) inside a region or municipality.',
  PUBLIC_AUTHORITY: 'Another public authority, e.g. the police or the prosecution service.',
  COMPANY: 'A company, e.g. a consultancy.',
  OTHER: 'Another kind of organisation.',
  UNKNOWN:
    'An organisation the source refers to without naming it, e.g. the unnamed municipality of a memo: which one it is, and so its kind, is not known; never counted as a municipality.',
});

export const BodyClassification = vocabulary('BodyClassification', 'What kind of forum a body is.', {
  EXECUTIVE_BOARD: "A municipality's or region's executive board (kommunstyrelse, regionstyrelse).",
  POLITICAL_COMMITTEE: 'A political committee of one organisation (nämnd).',
  JOINT_COMMITTEE: 'A joint committee of several principals (gemensam nämnd).',
  JOINT_CONSULTATIVE_FORUM: 'A joint political consultative forum (samråd), e.g. SVO, SVOM.',
  WORKING_COMMITTEE: "A body's working committee (arbetsutskott, AU) that prepares its meetings.",
  DRAFTING_COMMITTEE: 'A drafting or advisory committee of a council (beredning, kommitté).',
  LEADERSHIP_GROUP: "An officials' leadership group (ledningsgrupp).",
  STEERING_GROUP: 'A steering group (styrgrupp).',
  PREPARATORY_GROUP: 'A preparatory group (beredningsgrupp).',
  WORKING_GROUP: 'A working group (arbetsgrupp).',
  REFERENCE_GROUP: 'A reference group (referensgrupp).',
  NETWORK: 'A network (nätverk).',
  COUNCIL: "A council (råd), e.g. a pensioners' council or a medicines council.",
  SECRETARIAT: 'A secretariat or process support (sekretariat, processtöd).',
  PROJECT: 'A project or project group.',
  SUPPORT_STRUCTURE: 'A regional support structure (stödstruktur), e.g. RSS, LRS, FoU.',
  ARENA: 'A collaboration arena (samverkansarena).',
  OTHER: 'Another kind of body.',
});

export const Tier = vocabulary('Tier', 'Who sits in a body.', {
  POLITICAL: 'Elected politicians.',
  OFFICIALS: 'Officials (tjänstepersoner).',
  MIXED: 'Both politicians and officials.',
});

export const MembershipRole = vocabulary('MembershipRole', 'The role of a seat in a body.', {
  CHAIR: 'Chair (ordförande).',
  VICE_CHAIR: 'Vice chair (vice ordförande).',
  SECOND_VICE_CHAIR: 'Second vice chair (andre vice ordförande).',
  MEMBER: 'Member (ledamot).',
  DEPUTY: 'Deputy member (ersättare).',
  SECRETARY: 'Secretary (sekreterare).',
  CONVENER: 'Convener (sammankallande).',
  EXPERT: 'Expert (sakkunnig).',
  PROJECT_LEADER: 'Project leader (projektledare).',
  REPRESENTATIVE: 'Representative of an organisation or group (representant).',
  ADJUNCT: 'Co-opted participant (adjungerad).',
  OFFICIAL: 'Official attending (tjänsteperson).',
  AUTHOR: 'Author of a document (framtaget av).',
  OTHER: 'Another role.',
});

export const Capacity = vocabulary('Capacity', 'What a mandate empowers a body to do.', {
  CONSULT: 'Consult and deliberate (samråd, överläggningar).',
  PREPARE: 'Prepare items for another body (bereda).',
  DECIDE: 'Decide (besluta).',
  RECOMMEND: 'Recommend decisions to the principals (rekommendera).',
  FOLLOW_UP: 'Follow up (följa upp).',
  EXECUTE: 'Carry out (genomföra).',
  STEER: 'Lead and steer (ledning och styrning).',
  BUILD_KNOWLEDGE: 'Build and steer knowledge (kunskapsstyrning, kunskapsutveckling).',
  ADVISE: 'Advise (rådgivande).',
  COORDINATE: 'Coordinate (samordna).',
  SUPPORT: 'Support other bodies (processtöd).',
  COMMISSION: 'Give commissions to other bodies (ge uppdrag).',
  REPORT: 'Report to another body (rapportera).',
});

export const ReportingKind = vocabulary('ReportingKind', 'How a body relates to a body or organisation above or beside it.', {
  REPORTS_TO: 'Reports to (rapporterar till).',
  SUBORDINATE_TO: 'Is subordinate to (underställd).',
  PREPARES_FOR: 'Prepares items for (bereder ärenden till).',
  SUPPORTED_BY: 'Is supported by (e.g. a secretariat); not part of the upward chain.',
  OVERSEEN_BY: 'Is overseen by.',
});

export const DocumentKind = vocabulary('DocumentKind', 'What kind of document a document is.', {
  AGREEMENT: 'Agreement between principals (överenskommelse).',
  CONTRACT: 'Contract (avtal).',
  FRAMEWORK_AGREEMENT: 'Framework agreement (ramavtal).',
  GUIDELINE: 'Guideline (riktlinje).',
  ROUTINE: 'Routine (rutin).',
  ACTION_PLAN: 'Action plan (handlingsplan).',
  WORK_PLAN: 'Work plan (arbetsplan).',
  PLAN: 'Plan.',
  MEMO: "Officials' memo (tjänsteskrivelse).",
  MINUTES: 'Minutes (protokoll).',
  NOTES: 'Meeting notes (minnesanteckningar).',
  REPORT: 'Report (rapport).',
  POLICY: 'Policy.',
  STRATEGY: 'Strategy.',
  REGULATION: 'Set of rules (regelverk).',
  DECLARATION_OF_INTENT: 'Declaration of intent (avsiktsförklaring).',
  ORGANISATION_DESCRIPTION: 'Description of an organisation and its mandates.',
  DECISION: 'Decision or extract of minutes (beslut, protokollsutdrag).',
  ANNUAL_REPORT: 'Annual report (verksamhetsberättelse).',
  OTHER: 'Another kind of document.',
});

export const CommissionStatus = vocabulary('CommissionStatus', 'Where a commission stands.', {
  PLANNED: 'Planned, not yet given.',
  ONGOING: 'Given and being worked on.',
  REPORTED: 'Reported back.',
  COMPLETED: 'Completed.',
  CANCELLED: 'Cancelled.',
  UNKNOWN: 'The sources do not say.',
});

export const StepKind = vocabulary('StepKind', 'What happened in a step of an item.', {
  DECISION: 'Decision (beslut).',
  RECOMMENDATION_DECISION: 'Recommendation decision: the joint body recommends, each principal decides (rekommendationsbeslut).',
  DIRECTION_DECISION: 'Decision on direction (inriktningsbeslut).',
  ENDORSEMENT: 'Endorsement (tillstyrkan).',
  APPROVAL: 'Approval (godkännande).',
  ADOPTION: 'Adoption (fastställande).',
  EXTENSION: 'Extension of an agreement (förlängning).',
  REFERRAL: 'Referral for comments (remiss).',
  REPORT: 'Report on progress (rapport).',
  PRESENTATION: 'Presentation (presentation, information).',
  FOLLOW_UP: 'Follow-up (uppföljning).',
  COMMISSION_ISSUED: 'A commission was given (uppdrag).',
  PROPOSAL: 'Proposal (förslag).',
  INFORMATION: 'Information item.',
  FILED: 'Filed without action (läggs till handlingarna).',
  OTHER: 'Another step.',
});

export const TopicKind = vocabulary('TopicKind', 'What kind of topic a topic is.', {
  STRATEGIC_AREA: 'Strategic area (strategiområde).',
  PRIORITY_AREA: 'Priority area (prioriterat område).',
  FOCUS_AREA: 'Focus area (fokusområde).',
  POLICY_DIRECTION: 'Policy direction (inriktning).',
  COLLABORATION_AREA: 'Collaboration area (samverkansområde).',
  PROJECT_GOAL: 'Project goal (projektmål).',
  THEME: 'Theme.',
  SHARED:
    'A topic of the shared vocabulary across all sources (seed/vocabulary/topics.yaml), with Swedish and English labels; the topics of each document lie within one (Topic.sharedTopic).',
});

export const ChangeKind = vocabulary('ChangeKind', 'What changed in a change event.', {
  FOUNDED: 'Founded.',
  MADE_PERMANENT: 'A project became a permanent organisation.',
  EXPANDED: 'Expanded to more parties or areas.',
  RENAMED: 'Renamed.',
  REORGANISED: 'Reorganised (omformas).',
  DISSOLVED: 'Dissolved.',
  MERGED: 'Merged.',
  OTHER: 'Another change.',
});

export const AttendanceStatus = vocabulary('AttendanceStatus', 'How a person took part in a meeting.', {
  PRESENT: 'Present (närvarande).',
  ABSENT: 'Absent.',
  SERVING_DEPUTY: 'Deputy serving in place of a member (tjänstgörande ersättare).',
  NON_SERVING_DEPUTY: 'Deputy present without serving (ej tjänstgörande ersättare).',
  OTHER: 'Another form of attendance.',
});

export const DeciderKind = vocabulary('DeciderKind', 'How a body or organisation takes part in deciding an item.', {
  DECIDES: 'Decides.',
  RECOMMENDS: 'Recommends; the principals decide (rekommendationsbeslut).',
  ENDORSES: 'Endorses (tillstyrker).',
  APPROVES: 'Approves (godkänner).',
  ADOPTS: 'Adopts (fastställer).',
});

export const VersionKind = vocabulary('VersionKind', 'What a dated version of a document is.', {
  DRAWN_UP: 'The version first drawn up (framtaget).',
  REVISED: 'A revision (reviderat).',
});

export const PreparerBasis = vocabulary('PreparerBasis', 'Why a body or organisation is shown as preparing an item.', {
  STATED: 'The source names it as the preparer of this item (beredande forum).',
  STANDING_RULE: 'A standing rule of the deciding body names it ("X bereder ärenden till Y"): derived for every item Y decides, not stated per item.',
});

export const DatePrecision = vocabulary('DatePrecision', 'How precisely a source gives a date.', {
  YEAR: 'Only the year ("2024").',
  SEASON: 'A season or half-year ("hösten 2022").',
  MONTH: 'The month ("december 2024").',
  DAY: 'The day.',
  DAY_WITHOUT_YEAR: 'Day and month only, the year not written ("den 6 oktober"): written --MM-DD, with no first or last day.',
});
