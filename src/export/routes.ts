import express, { type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Operation } from '../catalogue/catalogue';
import { fail, failWith, sendCacheable } from '../catalogue/respond';
import { PERSISTED_PATH } from '../catalogue/routes';
import type { Runner } from '../catalogue/run';
import { today } from '../shared/dates';
import { DELIMITERS, toCsv, type Table } from './csv';
import { toDot, toMermaid } from './diagram';
import { commissionEvents, meetingEvents, noticeEvents, toIcal, type CalendarEvent, type SourceTitles } from './ical';
import { bodyToPopolo } from './popolo';
import { ExportQuery, OperationFailed, UnknownParameter, variablesFromQuery } from './query';
import { AGREEMENTS, ANALYSES, LISTS } from './tables';

/** Where the exports live. */
export const EXPORT_PATH = '/export';

type Handler = (req: Request, res: Response, query: ExportQuery) => Promise<void>;

/** This service's address as the client reached it, for links in feeds and Popolo sources. */
const origin = (req: Request) => `${req.protocol}://${req.get('host')}`;

/**
 * Exports: each a view of catalogue operations run through the API for this request (so
 * every limit applies), answered with its own Content-Type, the operations' Cache-Control,
 * a strong ETag and 304; a failed operation's errors are answered as JSON.
 */
export function exportRoutes(catalogue: Map<string, Operation>, run: Runner, schema: GraphQLSchema, maxAgeS: number): express.Router {
  const router = express.Router();
  const handle = (handler: Handler) => async (req: Request, res: Response) => {
    try {
      await handler(req, res, new ExportQuery(req, catalogue, run));
    } catch (e) {
      if (e instanceof OperationFailed) return failWith(res, e.result);
      if (e instanceof UnknownParameter) return fail(res, 400, 'BAD_USER_INPUT', e.message, { field: e.parameter });
      throw e;
    }
  };
  /** Query-string parameters as the named operation's variables. */
  const params = (req: Request, name: string, skip: string[]) => variablesFromQuery(schema, catalogue.get(name)!, req.query, skip);
  const delimiter = (req: Request, res: Response): string | undefined => {
    const given = String(req.query.delimiter ?? 'semicolon');
    if (DELIMITERS[given]) return DELIMITERS[given];
    fail(res, 400, 'BAD_USER_INPUT', `delimiter must be ${Object.keys(DELIMITERS).join(', ')} (default semicolon, what Excel expects in Swedish)`, {
      field: 'delimiter',
    });
  };
  const csv = (res: Response, query: ExportQuery, table: Table, rows: any[], separator: string, suffix = '') =>
    sendCacheable(res, 'text/csv; header=present', query.cacheControl, toCsv(table, rows, separator), `${table.file}${suffix}.csv`);
  const sourceTitles = async (query: ExportQuery): Promise<SourceTitles> =>
    Object.fromEntries((await query.data('Sources', {})).sources.nodes.map((s: any) => [s.id, s.title]));
  const bodyOr404 = (res: Response, body: any, id: string) => {
    if (!body)
      fail(res, 404, 'NOT_FOUND', `no body with id "${id}"; find ids with GET ${PERSISTED_PATH}/Search?variables={"text":"…","first":10}`, { field: 'id' });
    return body;
  };

  router.get(
    '/agreements.csv',
    handle(async (req, res, query) => {
      const separator = delimiter(req, res);
      if (!separator) return;
      const variables: Record<string, unknown> = { noticeWindowMonths: 6, ...params(req, 'AgreementsRegister', ['delimiter', 'first']), first: 100 };
      const rows = (await query.data('AgreementsRegister', variables)).agreements;
      csv(res, query, AGREEMENTS, rows, separator, `-${rows[0]?.state.asOf ?? variables.asOf ?? today()}`);
    }),
  );

  router.get(
    '/analysis/:name.csv',
    handle(async (req, res, query) => {
      const analysis = ANALYSES[req.params.name as string];
      if (!analysis) return fail(res, 404, 'NOT_FOUND', `no analysis "${req.params.name}"`, { names: Object.keys(ANALYSES) });
      const separator = delimiter(req, res);
      if (!separator) return;
      const variables = { ...params(req, analysis.operation, ['delimiter', 'first']), first: analysis.first };
      csv(res, query, analysis.table, (await query.data(analysis.operation, variables))[req.params.name as string], separator);
    }),
  );

  router.get(
    '/list/:name.csv',
    handle(async (req, res, query) => {
      const list = LISTS[req.params.name as string];
      if (!list) return fail(res, 404, 'NOT_FOUND', `no list "${req.params.name}"`, { names: Object.keys(LISTS) });
      const separator = delimiter(req, res);
      if (!separator) return;
      const rows = await query.allPages(list.operation, req.params.name as string, params(req, list.operation, ['delimiter', 'first', 'after', 'order']));
      csv(res, query, list.table, rows, separator);
    }),
  );

  /** Sends a calendar; the feed's own URL is what the client asked for. */
  const calendar = async (req: Request, res: Response, query: ExportQuery, name: string, events: CalendarEvent[], asOf: string) => {
    const description = `${name}: sista uppsägningsdagar för avtal, uppdragens redovisningsdagar och möten ur govgraph (per ${asOf}). Bara händelser med känd dag; datum som bara anger år, månad eller årstid är utelämnade.`;
    const text = toIcal(name, description, `${origin(req)}${req.originalUrl}`, events, await sourceTitles(query), asOf, maxAgeS);
    sendCacheable(res, 'text/calendar', query.cacheControl, text);
  };
  const asOfOf = (req: Request) => (params(req, 'AgreementsRegister', ['filter', 'first', 'noticeWindowMonths']).asOf as string | undefined) ?? today();

  router.get(
    '/calendar.ics',
    handle(async (req, res, query) => {
      const asOf = asOfOf(req);
      const explorer = origin(req);
      const agreements = (await query.data('AgreementsRegister', { asOf, noticeWindowMonths: 6, first: 100 })).agreements;
      const commissions = await query.allPages('ListCommissions', 'commissions', {});
      const meetings = await query.allPages('ListMeetings', 'meetings', {});
      const events = [...noticeEvents(agreements, explorer), ...commissionEvents(commissions, explorer), ...meetingEvents(meetings, explorer)];
      await calendar(req, res, query, 'govgraph – hela registret', events, asOf);
    }),
  );

  router.get(
    '/area/:id.ics',
    handle(async (req, res, query) => {
      const id = req.params.id as string;
      const asOf = asOfOf(req);
      const explorer = origin(req);
      const area = (await query.data('Area', { id })).area;
      if (!area) return fail(res, 404, 'NOT_FOUND', `no area with id "${id}"; areas are "area-<SCB code>", e.g. area-05 or area-0580`, { field: 'id' });
      const agreements = (await query.data('AgreementsRegister', { asOf, filter: { area: id }, noticeWindowMonths: 6, first: 100 })).agreements;
      const commissions = await query.allPages('ListCommissions', 'commissions', { filter: { area: id } });
      const meetings = await query.allPages('ListMeetings', 'meetings', { filter: { area: id } });
      const events = [...noticeEvents(agreements, explorer), ...commissionEvents(commissions, explorer), ...meetingEvents(meetings, explorer)];
      await calendar(req, res, query, `govgraph – ${area.name}`, events, asOf);
    }),
  );

  router.get(
    '/body/:id.ics',
    handle(async (req, res, query) => {
      const id = req.params.id as string;
      const asOf = asOfOf(req);
      const explorer = origin(req);
      const body = bodyOr404(res, (await query.data('BodyCalendar', { id })).body, id);
      if (!body) return;
      const agreements = (await query.data('AgreementsRegister', { asOf, filter: { responsible: id }, noticeWindowMonths: 6, first: 100 })).agreements;
      const meetings = body.meetings.map((m: any) => ({ ...m, body: { id: body.id, name: body.name } }));
      const events = [
        ...noticeEvents(agreements, explorer),
        ...commissionEvents([...body.commissionsIssued, ...body.commissionsReceived], explorer),
        ...meetingEvents(meetings, explorer),
      ];
      await calendar(req, res, query, `govgraph – ${body.name}`, events, asOf);
    }),
  );

  const chain = (format: 'mmd' | 'dot') =>
    handle(async (req, res, query) => {
      const id = req.params.id as string;
      const variables = { depth: 3, ...params(req, 'Chain', ['id']), id };
      const body = bodyOr404(res, (await query.data('Chain', variables)).body, id);
      if (!body) return;
      const lines = [...body.chainUp.lines, ...body.chainDown.lines];
      const start = { id: body.id, name: body.name };
      if (format === 'mmd') sendCacheable(res, 'text/vnd.mermaid', query.cacheControl, toMermaid(start, lines));
      else sendCacheable(res, 'text/vnd.graphviz', query.cacheControl, toDot(start, lines));
    });
  router.get('/body/:id/chain.mmd', chain('mmd'));
  router.get('/body/:id/chain.dot', chain('dot'));

  router.get(
    '/body/:id/popolo.json',
    handle(async (req, res, query) => {
      const id = req.params.id as string;
      params(req, 'PopoloBody', ['id']);
      const body = bodyOr404(res, (await query.data('PopoloBody', { id })).body, id);
      if (!body) return;
      const titles = await sourceTitles(query);
      const link = ({ sourceId, locator }: { sourceId: string; locator: string }) => ({
        url: `${origin(req)}${PERSISTED_PATH}/Source?variables=${encodeURIComponent(JSON.stringify({ id: sourceId }))}`,
        note: `${titles[sourceId] ?? sourceId}: ${locator}`,
      });
      sendCacheable(res, 'application/ld+json', query.cacheControl, JSON.stringify(bodyToPopolo(body, link), null, 2));
    }),
  );

  return router;
}
