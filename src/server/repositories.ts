import { AnalysisRepository } from '../analysis/analysis.repository';
import { AreaRepository } from '../area/area.repository';
import { BodyRepository } from '../body/body.repository';
import { CommissionRepository } from '../commission/commission.repository';
import type { Database } from '../db/database';
import { DocumentRepository } from '../document/document.repository';
import { ChangeEventRepository } from '../history/change-event.repository';
import { IndicatorRepository } from '../indicator/indicator.repository';
import { ItemRepository } from '../item/item.repository';
import { StepRepository } from '../item/step.repository';
import { ListRepository } from '../list/list.repository';
import { MandateRepository } from '../mandate/mandate.repository';
import { MeetingRepository } from '../meeting/meeting.repository';
import { NodeRepository } from '../node/node.repository';
import { OrganisationRepository } from '../organisation/organisation.repository';
import { PersonRepository } from '../person/person.repository';
import { ReportingRepository } from '../reporting/chain.repository';
import { SearchRepository } from '../search/search.repository';
import { CoverageRepository } from '../source/coverage.repository';
import type { Loaders } from '../shared/loaders';
import { TopicRepository } from '../topic/topic.repository';

/**
 * The request's repositories, one per concept, all reading through the request's database
 * view (its deadline) and its loaders (so sibling fields batch into one statement, and a
 * write in the request clears what they cached). Made per request, they are where a
 * planner may later answer a whole request at once.
 */
export function repositoriesFor(db: Database, loaders: Loaders) {
  const commission = new CommissionRepository(loaders);
  return {
    node: new NodeRepository(loaders),
    area: new AreaRepository(loaders),
    organisation: new OrganisationRepository(loaders),
    body: new BodyRepository(loaders, commission),
    person: new PersonRepository(loaders),
    topic: new TopicRepository(loaders),
    mandate: new MandateRepository(loaders),
    document: new DocumentRepository(db, loaders),
    item: new ItemRepository(loaders),
    step: new StepRepository(loaders),
    commission,
    meeting: new MeetingRepository(loaders),
    indicator: new IndicatorRepository(loaders),
    history: new ChangeEventRepository(loaders),
    reporting: new ReportingRepository(db),
    list: new ListRepository(db),
    search: new SearchRepository(db),
    analysis: new AnalysisRepository(db),
    coverage: new CoverageRepository(db),
  };
}

export type Repositories = ReturnType<typeof repositoriesFor>;
