/**
 * The words the synthetic graph is made of: a shared vocabulary of topics (the strategic
 * areas Swedish counties name in their joint health and social care work, with narrower
 * focus areas), names of people, parties and posts, and the phrasing of titles and texts.
 * Plausible, not real: nothing here describes an actual person or decision.
 */

/** Strategic areas, each with narrower focus areas: the topic vocabulary every county shares. */
export const TOPICS: { name: string; narrower: string[] }[] = [
  { name: 'Nära vård', narrower: ['Utskrivning från slutenvård', 'Hemsjukvård', 'Samordnad individuell plan (SIP)', 'Primärvårdens uppdrag', 'Mobila team'] },
  { name: 'Psykisk hälsa', narrower: ['Suicidprevention', 'Psykiatrisk heldygnsvård', 'Första linjen för barn och unga', 'Samsjuklighet'] },
  { name: 'Barn och unga', narrower: ['Barnahus', 'Placerade barns hälsa', 'Elevhälsa och vård', 'Tidiga insatser för barn'] },
  { name: 'Äldres hälsa och omsorg', narrower: ['Demensvård', 'Palliativ vård', 'Läkemedel för äldre', 'Fallprevention'] },
  { name: 'Riskbruk, missbruk och beroende', narrower: ['Spelberoende', 'Narkotika och samsjuklighet', 'Alkohol och tobak'] },
  { name: 'E-hälsa och digitalisering', narrower: ['Välfärdsteknik', 'Informationsöverföring', 'Digitala vårdmöten'] },
  { name: 'Kompetensförsörjning', narrower: ['Gemensam kompetensutveckling', 'Bemanning och rekrytering'] },
  { name: 'Folkhälsa', narrower: ['Jämlik hälsa', 'Våld i nära relationer', 'Fysisk aktivitet på recept'] },
  { name: 'Funktionsnedsättning', narrower: ['Habilitering', 'Hjälpmedel', 'Neuropsykiatriska funktionsnedsättningar'] },
  { name: 'Kunskapsstyrning', narrower: ['Nationella programområden', 'Personcentrerade vårdförlopp', 'Uppföljning och analys'] },
];

/** The county's officials' working groups, one per strategic area they follow (index into TOPICS). */
export const COUNTY_GROUPS: { name: string; topic: number }[] = [
  { name: 'Länsgrupp nära vård', topic: 0 },
  { name: 'Länsgrupp psykisk hälsa', topic: 1 },
  { name: 'Länsgrupp barn och unga', topic: 2 },
  { name: 'Länsgrupp äldre', topic: 3 },
  { name: 'Länsgrupp missbruk och beroende', topic: 4 },
  { name: 'Länsgrupp e-hälsa', topic: 5 },
  { name: 'Länsgrupp kunskapsstyrning', topic: 9 },
];

/** Parts of a county (länsdelar), as counties name them. */
export const COUNTY_PARTS = ['Östra', 'Västra', 'Norra', 'Södra', 'Centrala'];

/** A region's committees beside its executive board: name and the strategic areas they decide on. */
export const REGION_COMMITTEES: { name: string; topics: number[] }[] = [
  { name: 'Hälso- och sjukvårdsnämnden', topics: [0, 1, 3] },
  { name: 'Folkhälsonämnden', topics: [7, 4] },
  { name: 'Nämnden för funktionsnedsättning och habilitering', topics: [8, 2] },
];

/** A municipality's committees beside its executive board; small municipalities have the first two. */
export const MUNICIPAL_COMMITTEES: { name: string; topics: number[] }[] = [
  { name: 'Socialnämnden', topics: [4, 2, 1] },
  { name: 'Vård- och omsorgsnämnden', topics: [3, 0, 8] },
  { name: 'Barn- och utbildningsnämnden', topics: [2, 7] },
  { name: 'Äldrenämnden', topics: [3, 5] },
];

export const REGION_ADMINISTRATIONS = ['Regionledningskontoret', 'Hälso- och sjukvårdsförvaltningen', 'Psykiatriförvaltningen', 'Primärvårdsförvaltningen'];
export const MUNICIPAL_ADMINISTRATIONS = ['Socialförvaltningen', 'Vård- och omsorgsförvaltningen', 'Utbildningsförvaltningen'];

export const FIRST_NAMES = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Kerstin',
  'Emma',
  'Ingrid',
  'Malin',
  'Jenny',
  'Annika',
  'Linda',
  'Susanne',
  'Helena',
  'Sofia',
  'Camilla',
  'Åsa',
  'Ulrika',
  'Elin',
  'Lars',
  'Mikael',
  'Anders',
  'Johan',
  'Per',
  'Erik',
  'Peter',
  'Karl',
  'Jan',
  'Thomas',
  'Fredrik',
  'Daniel',
  'Hans',
  'Magnus',
  'Mats',
  'Stefan',
  'Andreas',
  'Jonas',
  'Björn',
  'Göran',
  'Ali',
  'Mohammed',
  'Fatima',
  'Leila',
  'Nils',
];
export const SURNAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Olofsson',
  'Lindström',
  'Lindqvist',
  'Lindgren',
  'Berg',
  'Axelsson',
  'Bergström',
  'Lundberg',
  'Lind',
  'Lundgren',
  'Lundqvist',
  'Mattsson',
  'Berglund',
  'Fredriksson',
  'Sandberg',
  'Henriksson',
  'Forsberg',
  'Sjöberg',
  'Wallin',
  'Engström',
  'Eklund',
  'Danielsson',
  'Håkansson',
  'Öberg',
  'Åberg',
  'Yilmaz',
];
export const PARTIES = ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP'];

/** Officials' titles in a region and in a municipality. */
export const REGION_TITLES = [
  'Hälso- och sjukvårdsdirektör',
  'Regiondirektör',
  'Primärvårdsdirektör',
  'Verksamhetschef psykiatri',
  'Chefläkare',
  'Utvecklingsledare',
  'Strateg nära vård',
  'Medicinsk rådgivare',
];
export const MUNICIPAL_TITLES = [
  'Socialchef',
  'Förvaltningschef vård och omsorg',
  'Kommundirektör',
  'Medicinskt ansvarig sjuksköterska',
  'Enhetschef hemsjukvård',
  'Utvecklingsledare',
  'Avdelningschef individ- och familjeomsorg',
];

/** Titles of items of business; {t} is a topic, {y} a year, {a} an area. */
export const ITEM_TITLES = [
  'Revidering av överenskommelse om {t}',
  'Handlingsplan för {t} {y}',
  'Uppföljning av {t} {y}',
  'Gemensam rutin för {t}',
  'Lägesrapport {t}',
  'Remissvar: nationell strategi för {t}',
  'Fördelning av statsbidrag för {t} {y}',
  'Kartläggning av {t} i {a}',
  'Gemensamma mål för {t} {y}',
  'Avvikelser i samverkan kring {t}',
];

/** Agreements a county, a county part or a municipality and the region make together, with their strategic area (index into TOPICS). */
export const AGREEMENT_TITLES: { title: string; topic: number }[] = [
  { title: 'Överenskommelse om samverkan inom vård och omsorg', topic: 0 },
  { title: 'Överenskommelse om utskrivning från slutenvård', topic: 0 },
  { title: 'Överenskommelse om hemsjukvård', topic: 0 },
  { title: 'Överenskommelse om psykisk hälsa och suicidprevention', topic: 1 },
  { title: 'Överenskommelse om samordnad individuell plan', topic: 0 },
  { title: 'Överenskommelse om hjälpmedel', topic: 8 },
  { title: 'Överenskommelse om barn och unga med psykisk ohälsa', topic: 2 },
  { title: 'Överenskommelse om riskbruk, missbruk och beroende', topic: 4 },
];

/** Where in the synthetic source an entry "is written": its county, or the national level. */
export const NATIONAL_LOCATOR = 'syntetisk post, nationell nivå';
export const locatorFor = (county: string): string => `syntetisk post, län ${county}`;

/** A phrase for a name inside a sentence: lower-case first letter, unless it starts an acronym. */
export function phrase(name: string): string {
  return /^[A-ZÅÄÖ]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** A name as an id fragment: ascii, lower case, hyphens. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The base of a county's name for its region ("Östergötlands län" → "Östergötland", "Kalmar län" → "Kalmar"). */
export function countyBase(countyName: string): string {
  const base = countyName.replace(/ län$/, '');
  return /[^s]s$/.test(base) || /ss$/.test(base) ? base.slice(0, -1) : base;
}

/** A municipality's organisation name: "Linköping" → "Linköpings kommun", "Kalix" → "Kalix kommun". */
export function municipalityName(name: string): string {
  return /[sxz]$/.test(name) ? `${name} kommun` : `${name}s kommun`;
}
