import type { Database } from '../db/database';
import { certaintyCoverage, type SourceCoverage } from '../seed/coverage';

/** The coverage report per source (src/seed/coverage.ts): one statement, then the source texts. */
export class CoverageRepository {
  constructor(private readonly db: Database) {}

  report(): Promise<SourceCoverage[]> {
    return certaintyCoverage(this.db);
  }
}
