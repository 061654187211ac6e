/**
 * Whether an `If-None-Match` header names `etag`, by the weak comparison RFC 9110 (13.1.2)
 * prescribes for it: `W/"x"` matches `"x"`, and `*` matches any. A proxy that compresses an
 * answer (nginx's gzip) hands it on with its ETag made weak, and clients revalidate with that.
 */
export function ifNoneMatchNames(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header === etag) return true;
  return header.split(',').some((part) => {
    const tag = part.trim();
    return tag === '*' || (tag.startsWith('W/') ? tag.slice(2) : tag) === etag;
  });
}
