import { join } from 'node:path';
import { validateCollectives } from './collective';
import { listSeedFiles, parseSeedFile, type SeedFile, type SeedProblem } from './files';
import { referenceSeed } from './reference';
import { validateInferred, validateReferences, validateShape, type Declaration } from './validate';

/** All seed files of a directory, parsed and validated together, ready to load. */
export interface SeedSet {
  files: SeedFile[];
  declared: Map<string, Declaration>;
}

/**
 * Reads and validates every seed file. Returns problems instead of a set when any file
 * is wrong, so that nothing is ever loaded from a partly valid seed.
 */
export function readSeedSet(dir: string): { set?: SeedSet; problems: SeedProblem[] } {
  const files: SeedFile[] = [referenceSeed(join(dir, 'reference', 'scb-municipalities.csv'))];
  const problems: SeedProblem[] = [];
  for (const path of listSeedFiles(dir)) {
    const parsed = parseSeedFile(path);
    problems.push(...parsed.problems);
    if (parsed.file) {
      const shape = validateShape(parsed.file);
      if (shape.length === 0) shape.push(...validateInferred(parsed.file));
      problems.push(...shape);
      if (shape.length === 0) files.push(parsed.file);
    }
  }
  if (problems.length > 0) return { problems };
  const refs = validateReferences(files);
  if (refs.problems.length > 0) return { problems: refs.problems };
  const collectives = validateCollectives(files);
  if (collectives.length > 0) return { problems: collectives };
  return { set: { files, declared: refs.declared }, problems: [] };
}
