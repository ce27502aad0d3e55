/**
 * The service's notion of dates, in one place: what "today" is when a client leaves a day
 * out, and whether something dated holds on a day.
 */

/**
 * Today as YYYY-MM-DD, the default of every `asOf` a client leaves out. It is the UTC
 * calendar day (as it always has been): between midnight and 01:00/02:00 Swedish time it
 * is still yesterday. Exports name their files with the same day.
 */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Whether something with validity (validFrom/validTo, founded/dissolved) holds on a day,
 * from the stored bounds of its partial dates (the first and last day each may mean).
 * Unknown bounds do not exclude: the sources leave many open. No day: always.
 */
export function isValidOn(props: Record<string, any>, asOf?: string): boolean {
  if (!asOf) return true;
  const from = props.validFromStart ?? props.foundedStart;
  const to = props.validToEnd ?? props.dissolvedEnd;
  return (!from || from <= asOf) && (!to || to >= asOf);
}

/** Oldest first by the first day a `date` may mean; undated first (meetings, history). */
export function byDateStart(a: { props: Record<string, any> }, b: { props: Record<string, any> }): number {
  return (a.props.dateStart ?? '').localeCompare(b.props.dateStart ?? '');
}
