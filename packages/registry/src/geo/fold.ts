/** Lowercase, accents removed, punctuation as spaces: how names are compared and searched. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}
