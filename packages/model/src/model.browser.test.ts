import { describe, expect, it } from 'vitest';
import {
  exampleSubmissions,
  manifestoContentHash,
  plateformcoop2023,
  safeParseSignatureSubmission,
} from './index.js';

// The model runs where the widgets run: in a real browser, with WebCrypto and no Node built-ins.
describe('in Chromium', () => {
  it('parses Object.values(exampleSubmissions) and hashes the manifesto as Node does', async () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
    for (const s of Object.values(exampleSubmissions))
      expect(safeParseSignatureSubmission(s).success).toBe(true);
    const { contentHash, ...content } = plateformcoop2023;
    expect(await manifestoContentHash(content)).toBe(contentHash);
  });
});
