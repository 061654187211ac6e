/**
 * The registry a widget talks to when its `registry` attribute is absent. The browser bundles
 * that the registry serves itself (under `/widgets/`) set it to their own origin, so
 * `<script src="https://signer.example.org/widgets/plateformcoop.js">` needs no attribute.
 */
export let defaultRegistry: string | undefined; // a live binding: importers read the value set

export function setDefaultRegistry(url: string | undefined): void {
  defaultRegistry = url;
}

/**
 * The registry that serves a bundle at `<registry>/widgets/<file>.js`, if that is the case (a
 * package CDN's `/widgets/dist/cdn/<file>.js` is not).
 */
export function registryServingBundle(bundleUrl: string): string | undefined {
  const url = new URL(bundleUrl);
  const match = /^(.*)\/widgets\/[^/]+\.js$/.exec(url.pathname);
  return match ? `${url.origin}${match[1]}/` : undefined;
}
