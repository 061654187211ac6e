import {
  ADMIN_NAME,
  ENV_ADMIN_NAME,
  hashAdminToken,
  newAdminToken,
} from '../admin/admin-identity.js';
import { checkAdminToken } from '../config/config.js';
import { isoNow } from '../signatures/signature-row.js';
import type { Store } from '../store/store.js';

export const ADMINS_USAGE = 'admins add <name> | admins revoke <name> | admins list';

/**
 * `admins add|revoke|list`: named moderators' tokens. `add` prints the token once (only its
 * hash is stored); `revoke` closes a name at once (the audit log keeps it).
 */
export async function runAdminsCommand(
  store: Store,
  args: readonly string[],
  print: (line: string) => void,
  now = new Date(),
): Promise<void> {
  const [action = 'list', name] = args;
  if (action === 'list') {
    const rows = await store.adminTokens.list();
    if (rows.length === 0) print('no named admin tokens (ADMIN_TOKEN, if set, is named "admin")');
    for (const row of rows)
      print(
        `${row.name}  added ${row.created_at}${row.revoked_at ? `  revoked ${row.revoked_at}` : ''}`,
      );
    return;
  }
  if (action !== 'add' && action !== 'revoke') throw new Error(`usage: ${ADMINS_USAGE}`);
  if (!name || !ADMIN_NAME.test(name))
    throw new Error(
      'a name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit',
    );
  if (action === 'add') {
    if (name === ENV_ADMIN_NAME)
      throw new Error(`"${ENV_ADMIN_NAME}" is the name of ADMIN_TOKEN; choose another name`);
    const token = newAdminToken();
    checkAdminToken(token, `the token of "${name}"`);
    if (!(await store.adminTokens.add(name, hashAdminToken(token), isoNow(now))))
      throw new Error(`"${name}" already has a token; revoke it first`);
    print(token);
    process.stderr.write(
      `token of "${name}" printed above: it is shown only this once; give it to them privately\n`,
    );
    return;
  }
  if (!(await store.adminTokens.revoke(name, isoNow(now))))
    throw new Error(`"${name}" has no active token`);
  print(`token of "${name}" revoked`);
}
