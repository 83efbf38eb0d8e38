#!/usr/bin/env node
/**
 * Group the findings saved in a folder (bench/fuzz/findings by default),
 * across runs: a long run done in pieces (--start) reads as one list.
 *
 *   node bench/fuzz/regroup.mjs [findings-folder]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseName, groupFindings, pickCaught } from './group-findings.mjs';

const dir = process.argv[2] ?? join(import.meta.dirname, 'findings');
const results = readdirSync(dir)
  .filter((d) => existsSync(join(dir, d, 'finding.json')))
  .map((d) => JSON.parse(readFileSync(join(dir, d, 'finding.json'), 'utf8')));
for (const g of groupFindings(results)) {
  const ex = g.example;
  const stage = ex.stages?.find((s) => s.kind === ex.kind);
  const err = stage ? stage.thrown ?? pickCaught(stage) : undefined;
  const frames = err ? [...new Set(err.stack.filter((l) => l.includes('src/')).map((l) => l.replace(/^at /, '')))].slice(0, 4) : [];
  process.stdout.write(`${String(g.count).padStart(4)}  ${g.key}\n      cases: ${g.cases.join(', ')}\n      e.g. ${caseName(ex.task)}: ${ex.fixture}; ${(ex.steps ?? []).join('; ')}\n`);
  if (frames.length) process.stdout.write(`      stack: ${frames.join(' <- ')}\n`);
}
