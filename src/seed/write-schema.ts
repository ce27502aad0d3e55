import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../config';
import { seedSchemaText } from './schema';

/** `npm run seed:schema`: writes seed/seed.schema.json from the model. */
const path = join(ROOT, 'seed', 'seed.schema.json');
writeFileSync(path, seedSchemaText());
console.log(`wrote ${path}`);
