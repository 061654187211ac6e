/**
 * Whether a page's host name belongs to the website an attestation names: the same host, or a
 * subdomain of it, with a leading `www.` ignored on both sides (`www.mobicoop.fr` and
 * `mobicoop.fr` are one site; `mobicoop.fr.evil.example` is not).
 */
export function pageMatchesWebsite(pageHostname: string, website: string | undefined): boolean {
  if (!website) return false;
  let attested: string;
  try {
    attested = new URL(website).hostname;
  } catch {
    return false;
  }
  const bare = (host: string) =>
    host
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
  const page = bare(pageHostname);
  const site = bare(attested);
  return page !== '' && site !== '' && (page === site || page.endsWith(`.${site}`));
}
