import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Manifesto,
  ManifestoDefinition,
  manifestoContentHash,
  manifestos as referenceManifestos,
} from '@plateformcoop/model';
import { en } from 'zod/locales';

// zod/mini carries no words of its own: an operator reading a definition's problems gets English.
const { localeError } = en();

/** One problem of one definition file: the file, the field (dotted path) and what is wrong. */
export interface DefinitionProblem {
  file: string;
  field: string;
  message: string;
}

/** Definition files that do not validate: the registry does not start on them. */
export class ManifestoDefinitionError extends Error {
  constructor(readonly problems: readonly DefinitionProblem[]) {
    super(
      `invalid manifesto definition:\n${problems
        .map((p) => `  ${p.file}: ${p.field || '(the file)'}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'ManifestoDefinitionError';
  }
}

/** A manifesto read from a file, with the file's name. */
export interface DefinedManifesto {
  file: string;
  manifesto: Manifesto;
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The rules a schema cannot say: references inside the definition, and its dates' order. */
function crossChecks(definition: ManifestoDefinition): Omit<DefinitionProblem, 'file'>[] {
  const problems: Omit<DefinitionProblem, 'file'>[] = [];
  const groups = new Set(definition.commitmentGroups.map((g) => g.id));
  const seen = new Set<string>();
  definition.commitments.forEach((commitment, index) => {
    if (!groups.has(commitment.group))
      problems.push({
        field: `commitments.${index}.group`,
        message: `no commitment group "${commitment.group}" in commitmentGroups`,
      });
    if (seen.has(commitment.id))
      problems.push({
        field: `commitments.${index}.id`,
        message: `commitment "${commitment.id}" appears twice`,
      });
    seen.add(commitment.id);
  });
  if (definition.originalLocale === 'en' && !definition.texts.en)
    problems.push({ field: 'texts.en', message: 'the original language (en) has no text' });
  if (definition.opensOn && definition.closesOn && definition.opensOn > definition.closesOn)
    problems.push({ field: 'closesOn', message: 'comes before opensOn' });
  for (const [index, kind] of (definition.moderatedKinds ?? []).entries())
    if (!definition.acceptedKinds.includes(kind))
      problems.push({
        field: `moderatedKinds.${index}`,
        message: `"${kind}" is not one of acceptedKinds`,
      });
  return problems;
}

/**
 * Reads one definition: JSON in the model's `ManifestoDefinition` shape; its `contentHash`
 * computed when left out, and refused when it does not match the content.
 */
export async function readManifestoDefinition(
  file: string,
  text: string,
): Promise<{ manifesto?: Manifesto; problems: DefinitionProblem[] }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, field: '', message: `not JSON (${(error as Error).message})` }] };
  }
  const parsed = ManifestoDefinition.safeParse(json, { error: localeError });
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        field:
          issue.code === 'unrecognized_keys'
            ? [...issue.path, ...issue.keys].map(String).join('.')
            : pathOf(issue.path),
        message: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
      })),
    };
  const { $schema: _, contentHash: given, ...definition } = parsed.data;
  const problems = crossChecks(parsed.data).map((p) => ({ file, ...p }));
  const computed = await manifestoContentHash(definition);
  if (given !== undefined && given !== computed)
    problems.push({
      file,
      field: 'contentHash',
      message: `does not match the content (it is ${computed}; leave the field out to have it computed)`,
    });
  if (problems.length) return { problems };
  return { manifesto: { ...definition, contentHash: computed }, problems };
}

/**
 * Reads every `*.json` file of a folder as a manifesto definition. Throws a
 * `ManifestoDefinitionError` naming every file and field at fault (and ids defined twice).
 */
export async function readManifestoDefinitions(dir: string): Promise<DefinedManifesto[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new ManifestoDefinitionError([
      { file: dir, field: '', message: `cannot read the folder (${(error as Error).message})` },
    ]);
  }
  const problems: DefinitionProblem[] = [];
  const defined: DefinedManifesto[] = [];
  const files = new Map<string, string>();
  for (const name of names) {
    const read = await readManifestoDefinition(name, await readFile(join(dir, name), 'utf8'));
    problems.push(...read.problems);
    if (!read.manifesto) continue;
    const other = files.get(read.manifesto.id);
    if (other)
      problems.push({
        file: name,
        field: 'id',
        message: `"${read.manifesto.id}" is defined by ${other} too`,
      });
    files.set(read.manifesto.id, name);
    defined.push({ file: name, manifesto: read.manifesto });
  }
  if (problems.length) throw new ManifestoDefinitionError(problems);
  return defined;
}

/**
 * The manifestos a registry serves: the model's reference manifestos, then those of
 * `MANIFESTOS_DIR`; a file with a reference manifesto's id replaces it, in its place.
 */
export async function servedManifestos(dir: string | undefined): Promise<Manifesto[]> {
  const served = new Map(referenceManifestos.map((m) => [m.id, m]));
  if (dir)
    for (const { manifesto } of await readManifestoDefinitions(dir))
      served.set(manifesto.id, manifesto);
  return [...served.values()];
}
