import {
  ManifestoDefinitionError,
  readManifestoDefinitions,
} from '../config/manifesto-definitions.js';

/**
 * `manifestos check <dir>`: validates a folder of definitions as the registry would at start,
 * without opening anything. Prints each manifesto found, or every problem (file, field, what);
 * resolves to the exit code.
 */
export async function checkManifestoFolder(
  dir: string,
  print: (line: string) => void,
  printError: (line: string) => void,
): Promise<number> {
  try {
    const defined = await readManifestoDefinitions(dir);
    for (const { file, manifesto } of defined)
      print(`${file}: ${manifesto.id} version ${manifesto.version} (${manifesto.contentHash})`);
    print(`${defined.length} manifesto definition${defined.length === 1 ? '' : 's'} valid`);
    return 0;
  } catch (error) {
    if (!(error instanceof ManifestoDefinitionError)) throw error;
    for (const p of error.problems)
      printError(`${p.file}: ${p.field || '(the file)'}: ${p.message}`);
    printError(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} found`);
    return 1;
  }
}
