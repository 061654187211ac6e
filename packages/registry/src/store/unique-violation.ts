/**
 * Whether a database error is a unique constraint's (SQLite's `SQLITE_CONSTRAINT_UNIQUE`,
 * PostgreSQL's SQLSTATE `23505`): a concurrent request took the place first.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
