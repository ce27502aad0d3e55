import { along, entities, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { EntityRow } from '../shared/repository';

/** One person at a meeting, as the minutes list them. */
export interface AttendanceRow {
  person: EntityRow;
  role?: string;
  roleText?: string;
  status?: string;
  /** The attendance relationship's own properties (its certainty). */
  rel: Record<string, any>;
  /** The organisation or body the person represented there, where the minutes say. */
  representing: EntityRow | undefined;
}

/** Meetings: the body that met, who attended, what was done. Methods take many ids and answer per id. */
export class MeetingRepository {
  constructor(private readonly loaders: Loaders) {}

  bodyOf(meetingIds: readonly string[]) {
    return followOne(this.loaders, meetingIds, along('Meeting', 'body'));
  }

  /** Each meeting's attendance; whom each represented is one lookup by id, batched with every other. */
  async attendanceOf(meetingIds: readonly string[]): Promise<AttendanceRow[][]> {
    const rows = await follow(this.loaders, meetingIds, along('Meeting', 'attendance'));
    return Promise.all(
      rows.map((attended) =>
        Promise.all(
          attended.map(async (a) => ({
            person: a,
            role: a.rel.role,
            roleText: a.rel.roleText,
            status: a.rel.status,
            rel: a.rel,
            representing: a.rel.representing ? (await entities(this.loaders, [a.rel.representing]))[0] : undefined,
          })),
        ),
      ),
    );
  }

  /** Steps of items taken at each meeting. */
  stepsOf(meetingIds: readonly string[]) {
    return follow(this.loaders, meetingIds, along('Meeting', 'steps'));
  }
}
