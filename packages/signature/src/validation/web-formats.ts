import { TEXT_LIMITS } from '@plateformcoop/model';

/*
 * The model's web formats (`Email`, `HttpsUrl`, `Phone`, `PlatformSoftware.license`) as plain
 * predicates, so that the form's browser bundle needs no zod to check four fields. The model
 * stays the source of truth: `web-formats.test.ts` proves each predicate accepts exactly what
 * its schema accepts.
 */

/** zod's e-mail pattern (`z.regexes.email`), behind the model's `Email`. */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
/** zod's domain pattern (`z.regexes.domain`), the host names the model's `HttpsUrl` accepts. */
const DOMAIN = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
/** The model's `Phone` pattern. */
const PHONE = /^\+?[\d\s().-]{6,}$/;
/** The model's `PlatformSoftware.license` pattern: an SPDX expression. */
const SPDX = /^[A-Za-z0-9.+-]+(?: (?:OR|AND|WITH) [A-Za-z0-9.+-]+)*$/;

/** What the model's `Email` accepts. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value) && value.length <= TEXT_LIMITS.email;
}

/** What the model's `HttpsUrl` accepts: an https URL on a domain name, within the length limit. */
export function isHttpsUrl(value: string): boolean {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    DOMAIN.test(url.hostname) &&
    trimmed.replace(/[\t\n\r]/g, '').length <= TEXT_LIMITS.url
  );
}

/** What the model's `Phone` accepts. */
export function isPhone(value: string): boolean {
  return PHONE.test(value) && value.length <= TEXT_LIMITS.phone;
}

/** What the model's `PlatformSoftware.license` accepts. */
export function isSpdxLicense(value: string): boolean {
  return SPDX.test(value);
}
