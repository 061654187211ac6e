// Adds up every workspace's Vitest JSON report into the one closing line of `npm test`.
// Turbo restores cached reports, so a fully cached run still counts every test it stands for.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const perWorkspace = [];
for (const group of ['packages', 'apps']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const report = join(dir, name, 'reports', 'vitest.json');
    if (!existsSync(report)) continue;
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    perWorkspace.push(`${group}/${name}: ${r.numPassedTests}`);
  }
}
console.log(`\n${perWorkspace.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
// In CI a skipped test is a failure: the PostgreSQL suites must run, not skip.
const skipsFail = process.env.CI === 'true' && skipped > 0;
if (skipsFail) console.log('CI: skipped tests count as failures.');
if (failed > 0 || passed === 0 || skipsFail) process.exit(1);
