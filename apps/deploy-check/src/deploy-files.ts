import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's `deploy/` folder: what an operator copies onto a server. */
export const DEPLOY_DIR = fileURLToPath(new URL('../../../deploy/', import.meta.url));

export const deployFile = (path: string) => `${DEPLOY_DIR}${path}`;

export const readDeployFile = (path: string) => readFileSync(deployFile(path), 'utf8');

/**
 * The variables an `EnvironmentFile=` sets, read as systemd reads the simple form we ship:
 * `KEY=value` lines, `#` comments and blank lines ignored, one pair of surrounding quotes removed.
 */
export function parseEnvironmentFile(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`not a KEY=value line: ${line}`);
    let value = match[2]!.trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0])
      value = value.slice(1, -1);
    variables[match[1]!] = value;
  }
  return variables;
}

/**
 * `text` with each key of `replacements` replaced by its value, failing when one is absent: a
 * test that adapts a shipped file must notice when that file changed under it.
 */
export function substitute(text: string, replacements: Record<string, string>, what: string) {
  let result = text;
  for (const [from, to] of Object.entries(replacements)) {
    if (!result.includes(from))
      throw new Error(`${what} no longer contains "${from}": update the test with the file`);
    result = result.split(from).join(to);
  }
  return result;
}
