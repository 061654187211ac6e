import * as z from 'zod/mini';
import { TEXT_LIMITS } from './text-limits.js';

/** An https URL, the only kind a public website may have. */
export const HttpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain })
  .check(z.maxLength(TEXT_LIMITS.url));
/** An http(s) URL: never javascript:, data: or anything else a browser would run. */
export const HttpUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(TEXT_LIMITS.url));
/** An e-mail address, private wherever it appears. */
export const Email = z.email().check(z.maxLength(TEXT_LIMITS.email));
/** A phone number as typed, private wherever it appears. */
export const Phone = z
  .string()
  .check(z.regex(/^\+?[\d\s().-]{6,}$/), z.maxLength(TEXT_LIMITS.phone));
/** A UTC instant on the wire. */
export const Timestamp = z.iso.datetime({ offset: false });
/** A calendar date. */
export const IsoDate = z.iso.date();
/** A lowercase, dash-separated identifier. */
export const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
