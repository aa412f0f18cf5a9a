// Writes a run's Markdown block into README.md's "Performance" section, between the markers.
// main.ts calls it with `--update-readme`; run alone (`node dist-bench/bench/update-readme.js`)
// it takes the block from bench/results.json, so a finished run can be published afterwards.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { README_END, README_START, spliceReadme } from './markdown.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** updateReadme replaces the generated block of README.md; it says so, or why it could not. */
export function updateReadme(block: string, log: (line: string) => void, file = resolve(ROOT, 'README.md')): boolean {
  const next = spliceReadme(readFileSync(file, 'utf8'), block);
  if (next === undefined) {
    log(`${file} has no "${README_START}" … "${README_END}" block; paste the Markdown above into its Performance section`);
    return false;
  }
  writeFileSync(file, next);
  log(`updated the Performance figures in ${file}`);
  return true;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = JSON.parse(readFileSync(resolve(ROOT, 'bench/results.json'), 'utf8')) as { markdown?: unknown };
  if (typeof results.markdown !== 'string') {
    process.stderr.write('bench/results.json has no markdown block: run `npm run bench` first\n');
    process.exit(1);
  }
  if (!updateReadme(results.markdown, (line) => void process.stderr.write(`${line}\n`))) process.exit(1);
}
