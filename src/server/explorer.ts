import express, { type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../config';
import { compress } from './caching';
import { sendError } from './http';

/** Where `npm run build` puts the explorer (vite, web/vite.config.mts). */
export const EXPLORER_DIR = join(ROOT, 'dist', 'web');

/**
 * The explorer's pages: the same paths web/src/router.ts renders. Only these answer with
 * index.html, so every other unknown path still gets the JSON 404 of the HTTP shell.
 */
export const EXPLORER_PAGES = ['/', '/sok', '/avtal', '/overlapp', '/organ/:id', '/arende/:id', '/omrade/:id'];

/**
 * Serves the built explorer: its pages (index.html, revalidated on every visit so a new
 * build shows at once) and its hashed assets (cached for a year: a new build has new names).
 * Without a build, the pages say how to make one instead of failing obscurely. The assets
 * are also the embeds' modules, which a portal on another origin imports: so they answer
 * CORS (`crossOrigin`), and like the pages they are compressed.
 */
export function serveExplorer(app: express.Router, crossOrigin: RequestHandler): void {
  const index = join(EXPLORER_DIR, 'index.html');
  app.use('/assets', crossOrigin, compress, express.static(join(EXPLORER_DIR, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: true }));
  app.get(EXPLORER_PAGES, compress, (_req, res) => {
    if (!existsSync(index)) {
      return sendError(res, 503, 'EXPLORER_NOT_BUILT', 'the explorer is not built; run `npm run build` (or `npm start`), then reload');
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
