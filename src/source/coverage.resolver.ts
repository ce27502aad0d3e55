import { Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../server/context';
import type { FactCount, SourceCoverage } from '../seed/coverage';

const share = (part: number, all: number): number => (all === 0 ? 0 : part / all);

@ObjectType({ description: 'How many facts (nodes or relationships) cite a source, by certainty.' })
export class CertaintyCount {
  @Field(() => Int, { description: 'Facts the source states in words.' })
  stated!: number;

  @Field(() => Int, { description: 'Facts inferred from the source (read from it or derived by a rule).' })
  inferred!: number;

  @Field(() => Int, { description: 'stated + inferred.' })
  get total(): number {
    return this.stated + this.inferred;
  }

  @Field(() => Float, { description: 'stated / total, from 0 to 1 (0 when there are none); statedShare + inferredShare = 1.' })
  get statedShare(): number {
    return share(this.stated, this.total);
  }

  @Field(() => Float, { description: 'inferred / total, from 0 to 1 (0 when there are none).' })
  get inferredShare(): number {
    return share(this.inferred, this.total);
  }
}

@ObjectType({ description: 'A passage of a source text: a paragraph or a table row.' })
export class SourcePassage {
  @Field(() => Int, { description: 'The line of the source file it starts on (1-based).' })
  line!: number;

  @Field({ description: 'The passage as written.' })
  text!: string;
}

@ObjectType({ description: 'Which passages of a source the facts cite: a passage is cited when a locator quotes from it.' })
export class PassageCoverage {
  @Field(() => Int, { description: 'Passages (paragraphs and table rows of three words or more; headings and the table of contents left out).' })
  total!: number;

  @Field(() => Int, { description: 'Passages some locator quotes from.' })
  cited!: number;

  @Field(() => Float, { description: 'cited / total, from 0 to 1.' })
  get citedShare(): number {
    return share(this.cited, this.total);
  }

  @Field(() => [SourcePassage], { description: 'The passages no fact cites, in the order of the text: what the graph does not yet say.' })
  uncited!: SourcePassage[];
}

@ObjectType({ description: 'The coverage report of one source: its facts by certainty and the passages no fact cites.' })
export class SourceCoverageReport {
  @Field({ description: 'Id of the source (resolve it with node(id:)).' })
  sourceId!: string;

  @Field(() => String, { nullable: true, description: 'File name of the source text.' })
  file!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the source.' })
  title!: string | null;

  @Field(() => CertaintyCount, { description: 'Nodes citing the source, stated and inferred (a node cited by two sources counts under both).' })
  nodes!: CertaintyCount;

  @Field(() => CertaintyCount, { description: 'Relationships citing the source, stated and inferred.' })
  relationships!: CertaintyCount;

  @Field(() => PassageCoverage, {
    nullable: true,
    description: 'Passages of its text and which no fact cites; null when the service cannot read the text (e.g. a Docker image without shared/sources).',
  })
  passages!: PassageCoverage | null;
}

const count = (c: FactCount): CertaintyCount => Object.assign(new CertaintyCount(), c);

function report(c: SourceCoverage): SourceCoverageReport {
  return Object.assign(new SourceCoverageReport(), {
    sourceId: c.source,
    file: c.file,
    title: c.title,
    nodes: count(c.nodes),
    relationships: count(c.relationships),
    passages:
      c.passages && Object.assign(new PassageCoverage(), { ...c.passages, uncited: c.passages.uncited.map((p) => Object.assign(new SourcePassage(), p)) }),
  });
}

@Resolver()
export class CoverageResolver {
  @Query(() => [SourceCoverageReport], {
    description:
      'The coverage report per source: how many nodes and relationships each source states and how many were inferred from it (with shares), and the passages of its text that no fact cites (a passage is cited when a locator quotes from it). Answers from all facts, whatever @statedOnly says.',
  })
  async coverage(@Ctx() ctx: Context): Promise<SourceCoverageReport[]> {
    return (await ctx.repos.coverage.report()).map(report);
  }
}
