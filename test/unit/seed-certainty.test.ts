import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, parseSeedFile } from '../../src/seed/files';
import { validateInferred, validateShape } from '../../src/seed/validate';

/** A seed file written to a temporary directory, parsed and checked as `npm run seed:check` does. */
function check(yaml: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'certainty-')), '900-test.yaml');
  writeFileSync(path, yaml);
  const file = parseSeedFile(path).file!;
  const shape = validateShape(file);
  return { path, problems: shape.length ? shape : validateInferred(file) };
}

const SOURCE = `source:
  id: src-900
  file: 900.txt
  title: Test
`;

describe('seed format: certainty', () => {
  test('an inference without certainty: inferred is refused with file and line', () => {
    const { path, problems } = check(`${SOURCE}items:
  - id: item-900-a
    title: A
    locator: "row 'A'"
    inference: "the row names no decider"
`);
    expect(problems.map(formatProblem)).toEqual([
      `${path}:9 at items.0.inference: 'inference' is given but 'certainty: inferred' is not: add 'certainty: inferred' beside it, or remove 'inference' if the source states the fact`,
    ]);
  });

  test('certainty: inferred without an inference is refused, on a sub-entry too (items[].decidedBy[])', () => {
    const { path, problems } = check(`${SOURCE}items:
  - id: item-900-a
    title: A
    locator: "row 'A'"
    decidedBy:
      - by: body-x
        kind: DECIDES
        certainty: inferred
`);
    expect(problems.map(formatProblem)).toEqual([
      `${path}:12 at items.0.decidedBy.0.certainty: 'certainty: inferred' needs 'inference' beside it: the rule or reading, quoting the source wording it rests on`,
    ]);
  });

  test('an inferred mark for a field the entry does not have is refused; marks with their reading pass', () => {
    const { path, problems } = check(`${SOURCE}bodies:
  - id: body-900-a
    name: A
    classification: NETWORK
    locator: "row 'A'"
    inferred:
      area: "read from the heading"
  - id: body-900-b
    name: B
    classification: NETWORK
    area: area-05
    locator: "row 'B'"
    certainty: inferred
    inference: "'B' is read as a body of its own"
    inferred:
      area: "read from the heading"
`);
    expect(problems.map(formatProblem)).toEqual([
      `${path}:11 at bodies.0.inferred.area: marks 'area' as inferred, but the entry has no 'area': remove the mark or add the field`,
    ]);
  });
});
