// Writes docs/resources.md from the handler registry (test/plan/resource-table.test.ts fails when it is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseResourceList, renderResourceTable } from '../src/plan/resources/resource-table.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIn = new Set(parseResourceList(readFileSync(join(root, 'data/chef-18-resources.txt'), 'utf8')));
writeFileSync(join(root, 'docs/resources.md'), renderResourceTable(builtIn));
