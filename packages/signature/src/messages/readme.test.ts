import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withMessageTable } from '../../scripts/readme-messages.js';

describe('the package README', () => {
  it('documents every message code, in French and English, as the catalogue has them', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    // Run `npm run docs:messages` when this fails.
    expect(readme).toBe(withMessageTable(readme));
  });
});
