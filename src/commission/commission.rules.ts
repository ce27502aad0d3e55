import type { Row } from '../db/database';

/** A commission's status as recorded; UNKNOWN where the sources do not say. */
export const statusOf = (props: Row): string => props.status ?? 'UNKNOWN';

/** Statuses of a commission that is done with: it can no longer be overdue. */
const CLOSED = new Set(['REPORTED', 'COMPLETED', 'CANCELLED']);

/**
 * Whether a commission is still open and its due date has passed on `day`. The due date is
 * the last day its own `due` may mean, or else the day of the meeting it is due at
 * (`dueMeetingDay`), asked only when needed so that a commission with a date of its own, or a
 * closed one, costs no read.
 */
export async function isOverdue(props: Row, day: string, dueMeetingDay: () => Promise<string | undefined>): Promise<boolean> {
  if (CLOSED.has(statusOf(props))) return false;
  const due: string | undefined = props.dueEnd || (await dueMeetingDay());
  return due !== undefined && due < day;
}
