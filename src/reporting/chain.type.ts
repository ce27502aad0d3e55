import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../shared/types';
import { ReportingLine } from './reporting-line.type';

@ObjectType({ description: 'An entity in a reporting chain, with how many lines away from the start it is.' })
export class ChainNode {
  @Field(() => Node, { description: 'The body or organisation.' })
  node!: Node;

  @Field(() => Int, { description: 'Fewest reporting lines between the start and this entity.' })
  depth!: number;
}

@ObjectType({ description: 'A reporting chain: the entities and lines reachable from a start, as a graph (a body may have several parents).' })
export class ReportingChain {
  @Field(() => Node, { description: 'Where the chain starts.' })
  start!: Node;

  @Field(() => [ChainNode], { description: 'Every entity reached, nearest first (the start is not included).' })
  nodes!: ChainNode[];

  @Field(() => [ReportingLine], { description: 'Every line followed, with kind, dates and sources.' })
  lines!: ReportingLine[];

  @Field({ description: 'True when lines go on beyond the depth asked for.' })
  truncated!: boolean;
}

@ObjectType({ description: 'One way two entities are connected: the lines in order from one to the other (each line keeps its own direction).' })
export class ReportingPath {
  @Field(() => Int, { description: 'Number of lines.' })
  length!: number;

  @Field(() => [ReportingLine], { description: 'The lines, in order from `from` to `to`.' })
  lines!: ReportingLine[];
}
