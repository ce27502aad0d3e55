import neo4j from 'neo4j-driver';
import type { Database } from '../src/db/database';
import { cypher } from '../src/db/cypher';
import { entryOf, registerParams } from '../src/document/agreement-register';
import { testDatabase } from './helpers';

/**
 * The agreements register's arithmetic, computed by cypher/document/agreements.cypher (the
 * one place it lives), for documents with any terms: each case creates its document in a
 * transaction, reads its state with the register's statement in that transaction, and
 * rolls it back. Where a case rests on a source document, its line is quoted; the others
 * are the rules the register documents (AgreementStatus in the schema).
 */
interface Terms {
  startStart?: string;
  initialEndEnd?: string;
  untilFurtherNotice?: boolean;
  autoRenewal?: boolean;
  renewalMonths?: number;
  noticeMonths?: number;
  maxEndEnd?: string;
  terminatedStart?: string;
  /** Last days of the extensions already decided. */
  extendedUntil?: string[];
  /** Whether a later document supersedes this one. */
  superseded?: boolean;
}
const terms = (t: Terms): Terms => t;

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.driver.close());

/** Whole numbers as Neo4j integers (as the seed stores them and Database sends them). */
const ints = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));

/** The state of a document with these terms on a day, as the register gives it. */
async function agreementState(t: Terms, asOf: string, noticeWindowMonths = 6) {
  const { extendedUntil = [], superseded = false, ...own } = t;
  const session = db.driver.session();
  const tx = session.beginTransaction();
  try {
    await tx.run(cypher('test/agreementFixture'), { id: 'doc-test-terms', terms: ints(own), extendedUntil, superseded });
    const { records } = await tx.run(
      cypher('document/agreements'),
      ints({ ...registerParams({ asOf, noticeWindowMonths, first: 1 }, ['doc-test-terms']), stated: false }),
    );
    expect(records).toHaveLength(1);
    const { asOf: day, explanationText, statusLabel, ...state } = entryOf(records[0].toObject(), asOf).state;
    expect(day).toBe(asOf);
    // The English of the bilingual explanation is the explanation; every status has words in both languages.
    expect(explanationText.en).toBe(state.explanation);
    expect(explanationText.sv).toMatch(/\S/);
    expect(statusLabel).toEqual({ sv: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
    return state;
  } finally {
    await tx.rollback();
    await session.close();
  }
}

/** The end of the period running on a day. */
const effectiveEnd = async (t: Terms, asOf: string) => (await agreementState(t, asOf)).effectiveEnd;

/** `day` + `months` as the register adds months: the end of a period renewed once (forward), or a notice deadline (backward). */
async function addMonths(day: string, months: number): Promise<string | undefined> {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  if (months > 0) return effectiveEnd(terms({ initialEndEnd: day, autoRenewal: true, renewalMonths: months }), next);
  return (await agreementState(terms({ initialEndEnd: day, autoRenewal: true, renewalMonths: 12, noticeMonths: -months }), day)).noticeDeadline;
}

describe('addMonths', () => {
  // 000_97f0e728be22a798.txt:235: "2020-04-01 till 2023-12-31 ... förlängs avtalet med två år i taget" → 2025-12-31
  test('keeps a month end at the month end, across years and leap years', async () => {
    expect(await addMonths('2023-12-31', 24)).toBe('2025-12-31');
    expect(await addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(await addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(await addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(await addMonths('2023-02-28', 12)).toBe('2024-02-29');
    expect(await addMonths('2024-06-30', 6)).toBe('2024-12-31');
  });

  // 000_97f0e728be22a798.txt:236: "2021-01-01- till 2022-12-30" (not a month end) → renewed to 2024-12-30
  test('keeps any other day, clamped to the length of the month', async () => {
    expect(await addMonths('2022-12-30', 24)).toBe('2024-12-30');
    expect(await addMonths('2024-03-30', -1)).toBe('2024-02-29');
    expect(await addMonths('2024-01-15', 13)).toBe('2025-02-15');
  });

  test('goes backwards by whole months and years', async () => {
    expect(await addMonths('2024-12-31', -12)).toBe('2023-12-31');
    expect(await addMonths('2024-12-31', -6)).toBe('2024-06-30');
    expect(await addMonths('2024-01-10', -1)).toBe('2023-12-10');
    expect(await addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
});

describe('effectiveEnd', () => {
  // 000_97f0e728be22a798.txt:235 (barn och unga): 2023-12-31, renewed by two years at a time
  const barnOchUnga = terms({ startStart: '2020-04-01', initialEndEnd: '2023-12-31', autoRenewal: true, renewalMonths: 24, noticeMonths: 12 });

  test('renews period by period until the period that runs on the day', async () => {
    expect(await effectiveEnd(barnOchUnga, '2023-12-31')).toBe('2023-12-31');
    expect(await effectiveEnd(barnOchUnga, '2024-01-01')).toBe('2025-12-31');
    expect(await effectiveEnd(barnOchUnga, '2026-01-01')).toBe('2027-12-31');
  });

  // 000_97f0e728be22a798.txt:233: "2018-01-01 till 2021-12-31, därefter förlängd till 2023-12-31. Förlängs med två år om ingen part säger upp."
  test('applies decided extensions before renewals, taking the latest end', async () => {
    const t = terms({ initialEndEnd: '2021-12-31', extendedUntil: ['2023-12-31'], autoRenewal: true, renewalMonths: 24, noticeMonths: 12 });
    expect(await effectiveEnd(t, '2022-06-01')).toBe('2023-12-31');
    expect(await effectiveEnd(t, '2024-09-01')).toBe('2025-12-31');
    expect(await effectiveEnd(terms({ initialEndEnd: '2024-12-31', extendedUntil: ['2023-06-30'] }), '2024-01-01')).toBe('2024-12-31');
  });

  // Month by month from the 30th: 2024-01-30 + 1 month is 2024-02-29, a month end, so the period after ends
  // 2024-03-31, not 2024-03-30 (each period is added to the one before, as the renewals happen).
  test('renews one period at a time: once a period ends on a month end, the next ones do too', async () => {
    const t = terms({ initialEndEnd: '2024-01-30', autoRenewal: true, renewalMonths: 1 });
    expect(await effectiveEnd(t, '2024-02-15')).toBe('2024-02-29');
    expect(await effectiveEnd(t, '2024-03-15')).toBe('2024-03-31');
  });

  test('renewals stop at maxEnd', async () => {
    const t = terms({ initialEndEnd: '2020-12-31', autoRenewal: true, renewalMonths: 12, maxEndEnd: '2022-12-31' });
    expect(await effectiveEnd(t, '2022-06-01')).toBe('2022-12-31');
    expect(await effectiveEnd(t, '2024-06-01')).toBe('2022-12-31');
  });

  test('without an end or an extension there is no effective end; a fixed term does not renew', async () => {
    expect(await effectiveEnd(terms({ startStart: '2022-01-01', untilFurtherNotice: true }), '2024-01-01')).toBeUndefined();
    expect(await effectiveEnd(terms({ initialEndEnd: '2023-12-31' }), '2030-01-01')).toBe('2023-12-31');
  });
});

describe('agreementState', () => {
  const barnOchUnga = terms({ startStart: '2020-04-01', initialEndEnd: '2023-12-31', autoRenewal: true, renewalMonths: 24, noticeMonths: 12 });

  // 000_97f0e728be22a798.txt:235: "skall påkalla förhandling senast 12 månader före avtalstidens utgång"
  test('in the notice window, past the notice deadline, and active before the window', async () => {
    expect(await agreementState(barnOchUnga, '2024-09-01')).toEqual({
      status: 'IN_NOTICE_WINDOW',
      effectiveEnd: '2025-12-31',
      noticeDeadline: '2024-12-31',
      explanation: 'Notice must be given by 2024-12-31 or it runs to 2025-12-31 and renews.',
    });
    expect(await agreementState(barnOchUnga, '2025-02-01')).toMatchObject({
      status: 'PAST_NOTICE_RENEWING',
      effectiveEnd: '2025-12-31',
      noticeDeadline: '2024-12-31',
    });
    expect(await agreementState(barnOchUnga, '2024-06-29')).toMatchObject({ status: 'ACTIVE', effectiveEnd: '2025-12-31', noticeDeadline: '2024-12-31' });
    expect((await agreementState(barnOchUnga, '2024-06-29', 12)).status).toBe('IN_NOTICE_WINDOW');
  });

  // 002_032b4e42c1688560.txt:101: "2021-2023 (förlängd tom 31/12 2024)" — no renewal, so no notice deadline
  test('a fixed term extended once is active through its last day and expired the day after', async () => {
    const t = terms({ startStart: '2021-01-01', initialEndEnd: '2023-12-31', extendedUntil: ['2024-12-31'] });
    expect(await agreementState(t, '2024-12-31')).toEqual({
      status: 'ACTIVE',
      effectiveEnd: '2024-12-31',
      noticeDeadline: undefined,
      explanation: 'In force until 2024-12-31.',
    });
    expect(await agreementState(t, '2025-01-01')).toEqual({
      status: 'EXPIRED',
      effectiveEnd: '2024-12-31',
      noticeDeadline: undefined,
      explanation: 'Ended 2024-12-31.',
    });
  });

  test('renewals bounded by maxEnd: expired once the last allowed period is over', async () => {
    const t = terms({ initialEndEnd: '2020-12-31', autoRenewal: true, renewalMonths: 12, noticeMonths: 6, maxEndEnd: '2022-12-31' });
    expect(await agreementState(t, '2023-01-01')).toMatchObject({ status: 'EXPIRED', effectiveEnd: '2022-12-31' });
    expect(await agreementState(t, '2021-09-01')).toMatchObject({ status: 'PAST_NOTICE_RENEWING', effectiveEnd: '2021-12-31', noticeDeadline: '2021-06-30' });
  });

  // In the last period maxEnd allows, nothing renews: the agreement simply ends at maxEnd, so there is
  // no notice to give (AgreementState.noticeDeadline: "so it ends at effectiveEnd instead of renewing";
  // PAST_NOTICE_RENEWING: "it will renew automatically at the end of the period").
  test('in the last period maxEnd allows, it does not claim to renew and asks for no notice', async () => {
    const t = terms({ initialEndEnd: '2020-12-31', autoRenewal: true, renewalMonths: 12, noticeMonths: 6, maxEndEnd: '2022-12-31' });
    const state = await agreementState(t, '2022-09-01');
    expect(state.effectiveEnd).toBe('2022-12-31');
    expect(state.status).toBe('ACTIVE');
    expect(state.noticeDeadline).toBeUndefined();
  });

  test('terminated from the day of termination, not before', async () => {
    const t = { ...barnOchUnga, terminatedStart: '2024-03-01' };
    expect(await agreementState(t, '2024-03-01')).toEqual({ status: 'TERMINATED', explanation: 'Terminated from 2024-03-01.' });
    expect((await agreementState(t, '2024-02-29')).status).toBe('ACTIVE');
  });

  test('superseded wins over every other status', async () => {
    expect(await agreementState({ ...barnOchUnga, superseded: true, terminatedStart: '2021-01-01' }, '2024-09-01')).toEqual({
      status: 'SUPERSEDED',
      explanation: 'A later document supersedes it.',
    });
  });

  // 003_a2522b93327256eb.txt:5: "Giltigt från och med: 2013-02-20 Giltigt till och med: Tills vidare"
  test('not started before its start day; until further notice from then on', async () => {
    const t = terms({ startStart: '2013-02-20', untilFurtherNotice: true });
    expect(await agreementState(t, '2013-02-19')).toEqual({ status: 'NOT_STARTED', explanation: 'Starts 2013-02-20.' });
    expect(await agreementState(t, '2013-02-20')).toEqual({ status: 'UNTIL_FURTHER_NOTICE', explanation: 'Runs until further notice.' });
    // 000_97f0e728be22a798.txt:229: "2022-01-01 och tills vidare ... Uppsägningstid är ett år från uppsägningdatum."
    expect(await agreementState(terms({ startStart: '2022-01-01', untilFurtherNotice: true, noticeMonths: 12 }), '2024-01-01')).toEqual({
      status: 'UNTIL_FURTHER_NOTICE',
      explanation: "Runs until further notice with 12 months' notice.",
    });
  });

  // 002_032b4e42c1688560.txt:112: "Avtal Mini Maria	2023" — a single year, not structured into a start or an end
  test('without an end and without a rule that gives one, the status is UNKNOWN', async () => {
    expect(await agreementState(terms({}), '2024-01-01')).toEqual({
      status: 'UNKNOWN',
      explanation: 'The sources give no end date and no rule that would give one.',
    });
  });
});
