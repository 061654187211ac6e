/** Providers whose addresses ignore dots in the local part, with their canonical domain. */
const DOTLESS: Readonly<Record<string, string>> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
};

/**
 * The canonical form of an e-mail address, for deduplication only (never to write to):
 * lowercased; any `+tag` (sub-addressing) dropped from the local part; and for Gmail, whose
 * addresses ignore dots, dots dropped and `googlemail.com` read as `gmail.com`. So
 * `Jean.Dupont+manifeste@GoogleMail.com` and `jeandupont@gmail.com` are one person.
 */
export function canonicalEmail(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  const dotless = DOTLESS[domain];
  if (dotless) {
    local = local.replaceAll('.', '');
    domain = dotless;
  }
  return `${local}@${domain}`;
}
