import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  apiPath,
  BADGE_JSON_PATH,
  COUNTER_PATH,
  MANIFESTOS_PATH,
  MODERATION_PATHS,
  type PathParameterName,
  withQuery,
} from './api-paths.js';

describe('apiPath', () => {
  it('fills each parameter, escaped', () => {
    expect(apiPath(COUNTER_PATH, { id: 'plateformcoop-2023' })).toBe(
      '/v1/manifestos/plateformcoop-2023/counter',
    );
    expect(apiPath(BADGE_JSON_PATH, { slug: 'a/b?c' })).toBe('/v1/platforms/a%2Fb%3Fc/badge.json');
    expect(apiPath(MANIFESTOS_PATH)).toBe('/v1/manifestos');
  });

  it('adds the query parameters that have a value', () => {
    expect(
      withQuery(MODERATION_PATHS.stats, {
        manifesto: 'm 1',
        limit: 10,
        q: '',
        x: undefined,
      }),
    ).toBe('/v1/admin/stats?manifesto=m+1&limit=10');
  });

  it('names the parameters of a template in its type, so that none is left out or made up', () => {
    expectTypeOf<PathParameterName<typeof BADGE_JSON_PATH>>().toEqualTypeOf<'slug'>();
    expectTypeOf<PathParameterName<typeof MANIFESTOS_PATH>>().toEqualTypeOf<never>();
    // `npm run typecheck` fails if either call compiles.
    // @ts-expect-error: `{id}` needs a value
    const unfilled = () => apiPath(COUNTER_PATH);
    // @ts-expect-error: `/v1/manifestos` has no parameter
    const madeUp = () => apiPath(MANIFESTOS_PATH, { id: 'x' });
    expect([unfilled, madeUp]).toHaveLength(2);
  });
});
