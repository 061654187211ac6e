/**
 * The demo's pages are built once, then served against whatever registry runs (the one of
 * `npm start`, or one started by a test on a free port). So the HTML names its origins with
 * these reserved (`.invalid`) placeholders, and the demo server puts the real ones in.
 */
export const ORIGIN_PLACEHOLDERS = {
  /** The registry: `<script src="…/widgets/plateformcoop.js">`, iframes, links to its pages. */
  registry: 'https://registry.plateformcoop.invalid',
  /** The demo site itself, under its plain address (127.0.0.1). */
  site: 'https://site.demo.invalid',
  /** The demo site under the fictional platform's own host name (a `*.localhost` name). */
  platformSite: 'https://platform.demo.invalid',
} as const;

export type DemoOrigins = Record<keyof typeof ORIGIN_PLACEHOLDERS, string>;

/** Replaces every placeholder origin in a page by the real one. */
export function fillOrigins(html: string, origins: DemoOrigins): string {
  let out = html;
  for (const [name, placeholder] of Object.entries(ORIGIN_PLACEHOLDERS)) {
    out = out.split(placeholder).join(origins[name as keyof DemoOrigins].replace(/\/+$/, ''));
  }
  return out;
}

/** The host name under which the fictional platform's pages are its own website. */
export const PLATFORM_HOST = 'coursiers-deule.localhost';
