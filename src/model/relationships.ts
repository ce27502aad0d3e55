import { PreparerBasis } from '../shared/enums';
import { ATTENDANCE, DATED_RELATIONSHIP, DECIDER_KINDS, REPORTING_KINDS } from './kinds';
import type { KindName, Property, Relationship, Way } from './types';

const ACTOR: KindName[] = ['Body', 'Organisation'];
const ANYONE: KindName[] = ['Body', 'Organisation', 'Post', 'Person'];
const CHANGING: KindName[] = [...ACTOR, 'Area'];

type Read = Way['read'];
type More = Partial<Omit<Way, 'from' | 'to' | 'section' | 'path' | 'description' | 'read'>>;

/** An entry of `section` names the other end(s) in `path`; the entry is the start unless dir 'in'. */
function field(section: string, path: string, from: KindName[], to: KindName[], description: string, read: Read, more: More = {}): Way {
  return { at: 'field', section, path, from, to, description, read, ...more };
}
const one = (kind: KindName): KindName[] => [kind];

/**
 * Every relationship type of the graph. The order is the order of the LinkType enum in the
 * API; within a type, ways are in seed-section order.
 */
const LIST: Relationship[] = [
  {
    type: 'REPORTING_LINE',
    key: 'kind',
    description: 'A body reports to, prepares for or is subordinate to a body or organisation (rapporterar till, bereder åt, underställd).',
    properties: {
      kind: { type: 'enum', description: 'How it relates to the other end.', required: true, values: REPORTING_KINDS },
      ...DATED_RELATIONSHIP,
      standingRule: {
        type: 'bool',
        description:
          'A PREPARES_FOR line the source states as a standing rule of the body ("LGVO bereder ärenden till SVO"): every item the `to` body decides is then shown as prepared by `from`, marked as derived by this rule.',
      },
    },
    ways: [
      {
        at: 'entry',
        section: 'reportingLines',
        fromField: 'from',
        toField: 'to',
        from: one('Body'),
        to: ACTOR,
        required: true,
        description: 'How a body relates to a body or organisation above or beside it: one entry per line',
        read: { out: ['Body.reportingLines'], in: ['Body.reportedBy'] },
      },
    ],
  },
  {
    type: 'PRINCIPAL_OF',
    description: 'An organisation stands behind a joint body (huvudman).',
    properties: DATED_RELATIONSHIP,
    ways: [
      {
        at: 'entry',
        section: 'principals',
        fromField: 'organisation',
        toField: 'body',
        from: one('Organisation'),
        to: one('Body'),
        required: true,
        description: 'Which organisations stand behind a joint body (huvudmän): one entry per principal',
        read: { out: ['Organisation.principalOf'], in: ['Body.principals'] },
        collective: true,
      },
    ],
  },
  {
    type: 'DECIDED_BY',
    key: 'kind',
    description: 'A body or organisation decides, recommends, endorses, approves or adopts an item or an extension (beslutar, rekommenderar, tillstyrker).',
    properties: {
      kind: { type: 'enum', description: 'How it takes part in the decision.', required: true, values: DECIDER_KINDS },
      condition: { type: 'text', description: 'The condition on the decision, as written.' },
    },
    ways: [
      {
        at: 'entry',
        section: 'items',
        path: 'decidedBy',
        fromField: '.',
        toField: 'by',
        from: one('Item'),
        to: ACTOR,
        required: true,
        description: 'Who decides the item, and how',
        read: { out: ['Item.decidedBy'], in: ['Body.itemsDecided', 'Organisation.itemsDecided'] },
        collective: true,
      },
      field('documents', 'terms.extensions.decidedBy', one('Extension'), ACTOR, 'Who decided the extension', {}, { link: false }),
    ],
  },
  {
    type: 'PART_OF',
    description: 'Lies in or belongs under (ingår i, del av).',
    ways: [
      field('areas', 'partOf', one('Area'), one('Area'), 'The area it lies in', { out: ['Area.parent'], in: ['Area.children'] }),
      field('organisations', 'partOf', one('Organisation'), one('Organisation'), 'The organisation it is part of (an administration in its region)', {
        out: ['Organisation.partOf'],
        in: ['Organisation.parts'],
      }),
      field('bodies', 'partOf', one('Body'), one('Body'), 'The body it is part of (a working committee in its body)', {
        out: ['Body.partOf'],
        in: ['Body.parts'],
      }),
    ],
  },
  {
    type: 'INCLUDES',
    description: 'A county part includes an area (omfattar).',
    ways: [
      field(
        'areas',
        'includes',
        one('Area'),
        one('Area'),
        'Areas it includes (the municipalities of a county part)',
        { out: ['Area.children'] },
        { many: true },
      ),
    ],
  },
  {
    type: 'COVERS',
    description: 'Its remit covers an area (geografiskt område).',
    ways: [
      field('organisations', 'area', one('Organisation'), one('Area'), 'The area it covers', { out: ['Organisation.area'], in: ['Area.coveredBy'] }),
      field('bodies', 'area', one('Body'), one('Area'), 'The area it covers', { out: ['Body.area'], in: ['Area.coveredBy'] }),
      field('mandates', 'area', one('Mandate'), one('Area'), 'The area the mandate covers', { out: ['Mandate.area'], in: ['Area.coveredBy'] }),
      field('documents', 'area', one('Document'), one('Area'), 'The area the document covers', { in: ['Area.coveredBy'] }),
      field('items', 'area', one('Item'), one('Area'), 'The area the item concerns', { in: ['Area.coveredBy'] }),
    ],
  },
  {
    type: 'BELONGS_TO',
    description: 'A body belongs to an organisation (tillhör), e.g. a committee of a region.',
    ways: [
      field('bodies', 'organisation', one('Body'), one('Organisation'), 'The organisation it belongs to', {
        out: ['Body.organisation'],
        in: ['Organisation.bodies'],
      }),
    ],
  },
  {
    type: 'CONCERNS',
    description: 'Concerns a topic (avser, berör).',
    ways: [
      field('bodies', 'topics', one('Body'), one('Topic'), 'Topics it works on', { out: ['Body.topics'], in: ['Topic.concernedBy'] }, { many: true }),
      field(
        'mandates',
        'topics',
        one('Mandate'),
        one('Topic'),
        'Topics the mandate concerns',
        { out: ['Mandate.topics'], in: ['Topic.concernedBy'] },
        { many: true },
      ),
      field(
        'documents',
        'topics',
        one('Document'),
        one('Topic'),
        'Topics the document concerns',
        { out: ['Document.topics'], in: ['Topic.concernedBy'] },
        { many: true },
      ),
      field(
        'commissions',
        'topics',
        one('Commission'),
        one('Topic'),
        'Topics the commission concerns',
        { out: ['Commission.topics'], in: ['Topic.concernedBy'] },
        { many: true },
      ),
      field('items', 'topics', one('Item'), one('Topic'), 'Topics the item concerns', { out: ['Item.topics'], in: ['Topic.concernedBy'] }, { many: true }),
      field(
        'indicators',
        'topics',
        one('Indicator'),
        one('Topic'),
        'Topics the indicator follows up',
        { out: ['Indicator.topics'], in: ['Topic.concernedBy'] },
        { many: true },
      ),
    ],
    derived: {
      from: one('Mandate'),
      to: one('Topic'),
      by: "the tagging rules of seed/vocabulary/topics.yaml: a mandate whose text has a word starting with one of a shared topic's Swedish stems concerns that topic",
      properties: {
        rule: { type: 'name', description: 'The rule that tagged it: the shared topic and the stems that matched, e.g. "topic-lakemedel: läkemedel".' },
        matched: { type: 'name', list: true, description: 'The words of the mandate text that matched, as written.' },
      },
      read: { out: ['Mandate.topics'], in: ['Topic.concernedBy'] },
    },
  },
  {
    type: 'IN_ORGANISATION',
    description: 'A post is in an organisation (anställd i).',
    ways: [field('posts', 'organisation', one('Post'), one('Organisation'), 'The organisation the post is in', { out: ['Post.organisation'] })],
  },
  {
    type: 'IN_BODY',
    description: 'A post is in a body, or a step took place at a body (i organet).',
    ways: [
      field('posts', 'body', one('Post'), one('Body'), 'The body the post is in, when it is not an organisation', { out: ['Post.organisation'] }),
      field('steps', 'body', one('Step'), ACTOR, 'The body or organisation where the step took place', { out: ['Step.body'] }),
    ],
  },
  {
    type: 'BROADER',
    description: 'A topic lies under a broader one (överordnat område).',
    ways: [field('topics', 'broader', one('Topic'), one('Topic'), 'The broader topic', { out: ['Topic.broader'], in: ['Topic.narrower'] })],
  },
  {
    type: 'SHARED_TOPIC',
    description:
      "A document's own topic lies within a topic of the shared vocabulary (seed/vocabulary/topics.yaml), so topics of different sources meet; like SKOS's exact or broad match.",
    ways: [],
    derived: {
      from: one('Topic'),
      to: one('Topic'),
      by: "the shared topic's `includes` list in seed/vocabulary/topics.yaml",
      read: { out: ['Topic.sharedTopic'], in: ['Topic.localTopics'] },
    },
  },
  {
    type: 'SIMILAR_TO',
    description:
      'Two mandates of bodies in the same county whose texts are alike (TF-IDF cosine of Swedish-stemmed words, natural), from the mandate with the smaller id; with the score and the best-matching sentence pairs.',
    ways: [],
    derived: {
      from: one('Mandate'),
      to: one('Mandate'),
      by: 'src/analysis/similarity.ts at seed load: every pair of mandates whose areas lie in one county, kept when the score reaches SIMILARITY_THRESHOLD',
      properties: {
        score: { type: 'number', description: 'Cosine similarity of the two texts, 0 to 1, rounded to two decimals.' },
        method: { type: 'name', description: 'How the score was computed (library, stemmer, weighting).' },
        passagesFrom: { type: 'text', list: true, description: 'Sentences of the start mandate that match, best first.' },
        passagesTo: { type: 'text', list: true, description: 'The sentences of the end mandate they match, in the same order.' },
        passageScores: { type: 'number', list: true, description: 'The score of each sentence pair, in the same order.' },
      },
      read: {},
    },
  },
  {
    type: 'OWNED_BY',
    description: 'A topic is owned by a body or organisation (ägare).',
    ways: [field('topics', 'ownedBy', one('Topic'), ACTOR, 'Who owns the topic', { out: ['Topic.ownedBy'] })],
  },
  {
    type: 'HAS_MANDATE',
    description: 'A body has a mandate (har mandat).',
    ways: [
      field(
        'mandates',
        'body',
        one('Body'),
        one('Mandate'),
        'The body that has the mandate',
        { out: ['Body.mandates'], in: ['Mandate.body'] },
        { dir: 'in', required: true },
      ),
    ],
  },
  {
    type: 'GRANTED_BY',
    description: 'A mandate is granted by a body or organisation (givet av).',
    ways: [field('mandates', 'grantedBy', one('Mandate'), ACTOR, 'Who granted the mandate', { out: ['Mandate.grantedBy'] }, { many: true })],
  },
  {
    type: 'GRANTED_BY_DOCUMENT',
    description: 'A mandate is granted by a document (reglemente, överenskommelse).',
    ways: [field('mandates', 'grantedByDocument', one('Mandate'), one('Document'), 'The document that grants the mandate', { out: ['Mandate.grantedBy'] })],
  },
  {
    type: 'PARTY',
    description: 'A party to a document (part i överenskommelsen).',
    ways: [
      field(
        'documents',
        'parties',
        one('Document'),
        ACTOR,
        'Its parties',
        { out: ['Document.parties'], in: ['Organisation.documents'] },
        { many: true, collective: true },
      ),
    ],
  },
  {
    type: 'ADOPTED_BY',
    description: 'A document is adopted by a body or organisation (antagen, fastställd av).',
    ways: [field('documents', 'adoptedBy', one('Document'), ACTOR, 'Who adopted it', { out: ['Document.adoptedBy'] }, { many: true })],
  },
  {
    type: 'RECOMMENDED_BY',
    description: 'A document is recommended by a body (rekommenderad av).',
    ways: [field('documents', 'recommendedBy', one('Document'), ACTOR, 'Who recommended it', { out: ['Document.recommendedBy'] }, { many: true })],
  },
  {
    type: 'PREPARED_BY',
    description: 'Prepared by a body or organisation (beredd, framtagen av).',
    ways: [
      field('documents', 'preparedBy', one('Document'), ACTOR, 'Who prepared it', { out: ['Document.preparedBy'] }, { many: true }),
      field(
        'items',
        'preparedBy',
        one('Item'),
        ACTOR,
        'Who prepares the item (bereder)',
        { out: ['Item.preparedBy', 'Item.preparers'], in: ['Body.itemsPrepared'] },
        { many: true },
      ),
    ],
  },
  {
    type: 'RESPONSIBLE',
    description: 'Someone is responsible for it (ansvarig).',
    ways: [
      field('documents', 'responsible', one('Document'), ANYONE, 'Who is responsible for it', { out: ['Document.responsible'] }, { many: true }),
      field('items', 'responsible', one('Item'), ANYONE, 'Who is responsible for the item', { out: ['Item.responsible'] }, { many: true }),
    ],
  },
  {
    type: 'FOLLOWED_UP_BY',
    description: 'Someone follows it up (följs upp av).',
    ways: [
      field('documents', 'followedUpBy', one('Document'), ANYONE, 'Who follows it up', { out: ['Document.followedUpBy'] }, { many: true }),
      field(
        'items',
        'followedUpBy',
        one('Item'),
        ANYONE,
        'Who follows the item up',
        { out: ['Item.followedUpBy'], in: ['Body.itemsFollowedUp'] },
        { many: true },
      ),
    ],
  },
  {
    type: 'SUPERSEDES',
    description: 'A document replaces an earlier one (ersätter).',
    ways: [
      field(
        'documents',
        'supersedes',
        one('Document'),
        one('Document'),
        'Documents it replaces',
        { out: ['Document.supersedes'], in: ['Document.supersededBy'] },
        { many: true },
      ),
    ],
  },
  {
    type: 'PREPARED_BY_STANDING_RULE',
    description:
      'A body prepares an item by a standing rule of the body that decides it ("Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO"): derived for every such item, never stated per item, so `preparedBy` (stated) leaves it out and `preparers` shows it marked.',
    ways: [],
    derived: {
      from: one('Item'),
      to: ACTOR,
      by: 'src/seed/standing-rules.ts at seed load: a PREPARES_FOR reporting line from X to Y with `standingRule: true` makes X a preparer of every item Y decides (decidedBy), unless the item states X as its preparer or X decides it too',
      properties: {
        basis: { type: 'enum', description: 'Always STANDING_RULE: why it is shown.', values: Object.keys(PreparerBasis) },
      },
      read: { out: ['Item.preparers'] },
    },
  },
  {
    type: 'EXTENDS',
    description: 'A document extends or supplements another (kompletterar, förlänger).',
    ways: [field('documents', 'extends', one('Document'), one('Document'), 'Documents it extends', { out: ['Document.extends'] }, { many: true })],
  },
  {
    type: 'IS_SOURCE',
    description: 'A document is itself one of the source files (källdokumentet).',
    ways: [field('documents', 'isSourceFile', one('Document'), one('Source'), 'The source file that is this document', {})],
  },
  {
    type: 'ISSUED_BY',
    description: 'A commission is given by someone (uppdragsgivare).',
    ways: [
      field(
        'commissions',
        'issuedBy',
        one('Commission'),
        ANYONE,
        'Who gave it',
        { out: ['Commission.issuedBy'], in: ['Body.commissionsIssued'] },
        { many: true },
      ),
    ],
  },
  {
    type: 'ASSIGNED_TO',
    description: 'A commission is given to someone (uppdragstagare).',
    ways: [
      field(
        'commissions',
        'assignedTo',
        one('Commission'),
        ANYONE,
        'Who received it',
        { out: ['Commission.assignedTo'], in: ['Body.commissionsReceived'] },
        { many: true },
      ),
    ],
  },
  {
    type: 'REPORTS_BACK_TO',
    description: 'A commission is reported back to someone (återrapporteras till).',
    ways: [field('commissions', 'reportTo', one('Commission'), ANYONE, 'Whom it reports back to', { out: ['Commission.reportTo'] }, { many: true })],
  },
  {
    type: 'DUE_AT',
    description: 'A commission is due at a meeting (återrapporteras vid).',
    ways: [field('commissions', 'dueMeeting', one('Commission'), one('Meeting'), 'The meeting it is due at', { out: ['Commission.dueMeeting'] })],
  },
  {
    type: 'FOR_ITEM',
    description: 'A commission belongs to an item (ärende).',
    ways: [field('commissions', 'item', one('Commission'), one('Item'), 'The item it belongs to', { out: ['Commission.item'], in: ['Item.commissions'] })],
  },
  {
    type: 'CONCERNS_DOCUMENT',
    description: 'Concerns a document (avser dokumentet).',
    ways: [
      field(
        'commissions',
        'documents',
        one('Commission'),
        one('Document'),
        'Documents it concerns',
        { out: ['Commission.documents'], in: ['Document.concernedBy'] },
        { many: true },
      ),
      field(
        'items',
        'documents',
        one('Item'),
        one('Document'),
        'Documents the item concerns',
        { out: ['Item.documents'], in: ['Document.concernedBy'] },
        { many: true },
      ),
    ],
  },
  {
    type: 'HELD_BY',
    description: 'Held by: a seat by its holder, an item by the body that holds it (innehas av, handläggs av).',
    ways: [
      field(
        'memberships',
        'person',
        one('Membership'),
        one('Person'),
        'The person holding the seat',
        { out: ['Membership.holder'], in: ['Person.memberships'] },
        { link: false },
      ),
      field(
        'memberships',
        'post',
        one('Membership'),
        one('Post'),
        'The post holding the seat, when the source names a post rather than a person',
        { out: ['Membership.holder'], in: ['Post.memberships'] },
        { link: false },
      ),
      field(
        'memberships',
        'organisation',
        one('Membership'),
        one('Organisation'),
        'The organisation holding the seat, when the source names no person or post',
        { out: ['Membership.holder'], in: ['Organisation.seats'] },
        { link: false },
      ),
      field('items', 'heldBy', one('Item'), ACTOR, 'The body or organisation that holds the item now', { out: ['Item.heldBy'] }),
    ],
  },
  {
    type: 'MEETING_OF',
    description: 'A meeting of a body (sammanträde i).',
    ways: [field('meetings', 'body', one('Meeting'), ACTOR, 'The body that met', { out: ['Meeting.body'], in: ['Body.meetings'] }, { required: true })],
  },
  {
    type: 'STEP_OF',
    description: 'A step of an item (steg i ärendet).',
    ways: [field('steps', 'item', one('Step'), one('Item'), 'The item', { out: ['Step.item'], in: ['Item.steps'] }, { required: true })],
  },
  {
    type: 'AT_MEETING',
    description: 'A step taken at a meeting (vid sammanträdet).',
    ways: [field('steps', 'meeting', one('Step'), one('Meeting'), 'The meeting', { out: ['Step.meeting'], in: ['Meeting.steps'] })],
  },
  {
    type: 'PRODUCED',
    description: 'A step produced or handled a document (handling).',
    ways: [
      field(
        'steps',
        'documents',
        one('Step'),
        one('Document'),
        'Documents it produced or handled',
        { out: ['Step.documents'], in: ['Document.concernedBy'] },
        { many: true },
      ),
    ],
  },
  {
    type: 'ISSUED',
    description: 'A step gave a commission (gav uppdrag).',
    ways: [field('steps', 'commission', one('Step'), one('Commission'), 'The commission it gave', { out: ['Step.commission'] })],
  },
  {
    type: 'CHANGED',
    description: 'A change event concerns an organisation, body or area.',
    ways: [
      field('events', 'subject', one('ChangeEvent'), CHANGING, 'What changed', { out: ['ChangeEvent.subject'], in: ['Body.history'] }, { required: true }),
    ],
  },
  {
    type: 'PREDECESSOR',
    description: 'What came before a change (föregångare).',
    ways: [field('events', 'predecessor', one('ChangeEvent'), CHANGING, 'What it replaced', { out: ['ChangeEvent.predecessor'], in: ['Body.history'] })],
  },
  {
    type: 'SUCCESSOR',
    description: 'What came after a change (efterföljare).',
    ways: [field('events', 'successor', one('ChangeEvent'), CHANGING, 'What replaced it', { out: ['ChangeEvent.successor'], in: ['Body.history'] })],
  },
  {
    type: 'OF_BODY',
    description: 'A seat is in a body (plats i).',
    ways: [
      field(
        'memberships',
        'body',
        one('Membership'),
        one('Body'),
        'The body the seat is in',
        { out: ['Membership.body'], in: ['Body.memberships'] },
        { required: true, link: false },
      ),
    ],
  },
  {
    type: 'REPRESENTS',
    description: 'A seat represents an organisation or body (företräder).',
    ways: [
      field(
        'memberships',
        'representing',
        one('Membership'),
        ACTOR,
        'Whom the seat represents',
        { out: ['Membership.representing'], in: ['Organisation.seats'] },
        { link: false },
      ),
    ],
  },
  {
    type: 'ATTENDED',
    description: 'A person attended a meeting (närvarade).',
    properties: ATTENDANCE as Record<string, Property>,
    ways: [
      {
        at: 'entry',
        section: 'meetings',
        path: 'attendance',
        fromField: 'person',
        toField: '.',
        from: one('Person'),
        to: one('Meeting'),
        required: true,
        link: false,
        description: 'Who attended, in which role',
        read: { in: ['Meeting.attendance'] },
      },
    ],
  },
  {
    type: 'HAS_EXTENSION',
    description: 'An agreement has a decided extension (förlängning).',
    ways: [
      {
        at: 'node',
        section: 'documents',
        path: 'terms.extensions',
        from: one('Document'),
        to: one('Extension'),
        link: false,
        description: 'Decided extensions, each its own node',
        read: { out: ['Document.extensions'] },
      },
    ],
  },
  {
    type: 'HAS_VERSION',
    description: 'A document has a dated version (framtagen, reviderad).',
    ways: [
      {
        at: 'node',
        section: 'documents',
        path: 'versions',
        from: one('Document'),
        to: one('DocumentVersion'),
        link: false,
        description: 'Its dated versions (framtaget, reviderat), each its own node, oldest first',
        read: { out: ['Document.versions'], in: ['DocumentVersion.document'] },
      },
    ],
  },
  {
    type: 'AUTHORED',
    key: 'roleText',
    description: 'A person wrote or revised a document (framtaget av, reviderat av, författare), in the role the source gives.',
    properties: {
      roleText: { type: 'text', required: true, description: 'The role as the source words it ("Framtaget av", "Reviderat av (2014-10-28)", "Författare").' },
    },
    ways: [
      {
        at: 'entry',
        section: 'documents',
        path: 'authors',
        fromField: 'person',
        toField: '.',
        from: one('Person'),
        to: one('Document'),
        required: true,
        link: false,
        description: 'Who wrote or revised it, each with the role as written; authors are not members of the body that adopted it',
        read: { in: ['Document.authors'], out: ['Person.authored'] },
      },
    ],
  },
  {
    type: 'HAS_MEASURE',
    description: 'An indicator has a measure (mått).',
    ways: [
      {
        at: 'node',
        section: 'indicators',
        path: 'measures',
        from: one('Indicator'),
        to: one('Measure'),
        link: false,
        description: 'Its measures, in the order the source lists them',
        read: { out: ['Indicator.measures'] },
      },
    ],
  },
];

export const RELATIONSHIPS = Object.fromEntries(LIST.map((r) => [r.type, r])) as Record<string, Relationship>;
