import { describe, expect, it } from 'vitest';
import { campaignStanding, parisDay } from './campaign-days.js';

describe('a campaign’s days', () => {
  const campaign = { opensOn: '2026-03-01', closesOn: '2026-03-31' };

  it('are Paris’s calendar days, whatever the clock’s zone', () => {
    // 23:30 UTC on 28 February is already 1 March in Paris (UTC+1 in winter).
    expect(parisDay(new Date('2026-02-28T23:30:00Z'))).toBe('2026-03-01');
    // 22:30 UTC on 31 March is 00:30 on 1 April in Paris (UTC+2 in summer).
    expect(parisDay(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
  });

  it('include the first and the last day', () => {
    expect(campaignStanding(campaign, new Date('2026-02-28T22:59:00Z'))).toBe('not-yet-open');
    expect(campaignStanding(campaign, new Date('2026-02-28T23:00:00Z'))).toBe('open');
    expect(campaignStanding(campaign, new Date('2026-03-31T21:59:00Z'))).toBe('open');
    expect(campaignStanding(campaign, new Date('2026-03-31T22:00:00Z'))).toBe('closed');
  });

  it('are open for ever without dates', () => {
    expect(campaignStanding({}, new Date('1999-01-01T00:00:00Z'))).toBe('open');
  });
});
