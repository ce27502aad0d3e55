import type { BodyPlan, Role } from './structure';
import { phrase } from './vocabulary';

/**
 * What each role of body does: how often it meets and how busy it is, what its mandate
 * empowers it to do and says, and how items move through it (whether they climb on, whether
 * it decides them, whether its decisions give commissions).
 */

/** Meetings a year by role; and how many items each of its meetings starts. */
export const RHYTHM: Record<Role, { meetings: number; items: number; prefix: string }> = {
  forum: { meetings: 6, items: 1, prefix: 'SVO' },
  forumAu: { meetings: 8, items: 0.5, prefix: 'SVO-AU' },
  lg: { meetings: 10, items: 1.5, prefix: 'LG' },
  lgAu: { meetings: 10, items: 1, prefix: 'LG-AU' },
  group: { meetings: 8, items: 2, prefix: 'LGR' },
  support: { meetings: 0, items: 0, prefix: 'RSS' },
  partForum: { meetings: 4, items: 1, prefix: 'LDF' },
  partLg: { meetings: 8, items: 2, prefix: 'LDG' },
  local: { meetings: 8, items: 2, prefix: 'LSG' },
  board: { meetings: 11, items: 1.5, prefix: 'KS' },
  boardAu: { meetings: 11, items: 1, prefix: 'KSAU' },
  committee: { meetings: 10, items: 1.5, prefix: 'N' },
};

/** What a mandate of each role empowers the body to do. */
export const CAPACITIES: Record<Role, string[]> = {
  forum: ['CONSULT', 'RECOMMEND', 'FOLLOW_UP', 'COMMISSION'],
  forumAu: ['PREPARE'],
  lg: ['STEER', 'PREPARE', 'COMMISSION', 'FOLLOW_UP'],
  lgAu: ['PREPARE', 'COORDINATE'],
  group: ['EXECUTE', 'REPORT', 'BUILD_KNOWLEDGE'],
  support: ['SUPPORT', 'BUILD_KNOWLEDGE'],
  partForum: ['CONSULT', 'DECIDE', 'FOLLOW_UP'],
  partLg: ['COORDINATE', 'PREPARE', 'REPORT'],
  local: ['COORDINATE', 'EXECUTE', 'REPORT'],
  board: ['DECIDE', 'STEER', 'FOLLOW_UP'],
  boardAu: ['PREPARE'],
  committee: ['DECIDE', 'FOLLOW_UP'],
};

/** The words of a body's mandate. */
export function mandateText(b: BodyPlan, forum: BodyPlan): string {
  switch (b.role) {
    case 'forum':
      return `${b.name} är ett organ för samråd mellan regionen och länets kommuner i frågor om vård och omsorg. Forumet rekommenderar huvudmännen beslut, ger uppdrag och följer upp gemensamma överenskommelser.`;
    case 'forumAu':
    case 'boardAu':
    case 'lgAu':
      return `Arbetsutskottet bereder ärenden till ${b.up!.name}.`;
    case 'lg':
      return `Ledningsgruppen leder och samordnar det gemensamma arbetet på tjänstepersonsnivå, bereder ärenden till ${forum.name} och ger uppdrag till länsgrupperna.`;
    case 'group':
      return `Gruppen arbetar på uppdrag av ${b.up!.name} och rapporterar till ledningsgruppen.`;
    case 'support':
      return 'Stödstrukturen ger processtöd och kunskapsstöd till länets samverkansorgan.';
    case 'partForum':
      return `${b.name} samråder om vård och omsorg i länsdelen och beslutar om gemensamma insatser inom ramen för länets överenskommelser.`;
    case 'partLg':
      return `Ledningsgruppen samordnar arbetet i länsdelen och bereder ärenden till ${b.up!.name}.`;
    case 'local':
      return `Den lokala samverkansgruppen samordnar insatser för gemensamma patienter och brukare och rapporterar till ${b.up!.name}.`;
    case 'board':
      return `${b.name} leder och samordnar förvaltningen av huvudmannens angelägenheter och beslutar om överenskommelser med andra huvudmän.`;
    case 'committee':
      return `${b.name} fullgör huvudmannens uppgifter inom sitt område enligt reglementet och beslutar i ärenden om ${phrase(b.name.split(',')[0])}s verksamhet.`;
  }
}

/** How likely an item moves on from a body of this role to the one above it. */
export const CLIMB: Record<Role, number> = {
  forum: 0,
  forumAu: 1,
  lg: 0.5,
  lgAu: 0.9,
  group: 0.6,
  support: 0,
  partForum: 0,
  partLg: 0.4,
  local: 0.5,
  board: 0,
  boardAu: 1,
  committee: 0.15,
};
/** How likely a body of this role decides what reaches it (1: always; 0: it only reports). */
export const DECIDES: Record<Role, number> = {
  forum: 1,
  forumAu: 0,
  lg: 0.7,
  lgAu: 0,
  group: 0,
  support: 0,
  partForum: 1,
  partLg: 0.5,
  local: 0,
  board: 1,
  boardAu: 0,
  committee: 0.95,
};
/** How likely a decision of a body of this role gives a commission. */
export const COMMISSIONS: Record<Role, number> = {
  forum: 0.25,
  forumAu: 0,
  lg: 0.15,
  lgAu: 0,
  group: 0,
  support: 0,
  partForum: 0.15,
  partLg: 0.1,
  local: 0,
  board: 0.04,
  boardAu: 0,
  committee: 0.04,
};
