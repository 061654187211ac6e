import { describe, expect, it } from 'vitest';
import { manifestoContentHash, plateformcoop2023, safeParseSignatureSubmission } from './index.js';
import { submissions } from './test-support/examples.js';

// The model runs where the widgets run: in a real browser, with WebCrypto and no Node built-ins.
describe('in Chromium', () => {
  it('parses submissions and hashes the manifesto as Node does', async () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
    for (const s of submissions) expect(safeParseSignatureSubmission(s).success).toBe(true);
    const { contentHash, ...content } = plateformcoop2023;
    expect(await manifestoContentHash(content)).toBe(contentHash);
  });
});
