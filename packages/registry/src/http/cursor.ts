/** An opaque pagination cursor from the sort keys of the last item of a page. */
export function encodeCursor(keys: [string, string]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(keys) &&
      keys.length === 2 &&
      keys.every((k) => typeof k === 'string' && k.length <= 100)
    ) {
      return keys as [string, string];
    }
  } catch {
    // not one of ours
  }
  return undefined;
}
