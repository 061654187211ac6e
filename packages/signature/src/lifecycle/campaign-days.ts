import type { Manifesto } from '@plateformcoop/model';

/** Where a campaign stands on a day: before its `opensOn`, within its days, or past `closesOn`. */
export type CampaignStanding = 'not-yet-open' | 'open' | 'closed';

let parisDays: Intl.DateTimeFormat | undefined;

/**
 * The calendar day in Paris (`YYYY-MM-DD`, the `en-CA` form): a campaign opens and closes on
 * French days. The formatter is made once, on first use (making one costs a fifth of a
 * millisecond).
 */
export function parisDay(at: Date): string {
  parisDays ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return parisDays.format(at);
}

/** Whether a manifesto may be signed at `at`: from `opensOn` to `closesOn`, both included. */
export function campaignStanding(
  manifesto: Pick<Manifesto, 'opensOn' | 'closesOn'>,
  at: Date,
): CampaignStanding {
  const day = parisDay(at);
  if (manifesto.opensOn && day < manifesto.opensOn) return 'not-yet-open';
  if (manifesto.closesOn && day > manifesto.closesOn) return 'closed';
  return 'open';
}
