import type { Locale } from '@plateformcoop/model';
import {
  CollectivitySignatory,
  IndividualSignatory,
  OrganizationSignatory,
  PlatformSignatory,
  SignatureSubmission,
} from '@plateformcoop/model';
import { messageFor, type ValidationIssue, validateField } from '@plateformcoop/signature';

// `validateSignature` drops fields it does not know; the API must refuse them instead (a client
// sending `shoeSize` has a bug worth hearing about). Which fields exist is the model's (shapes)
// and the signature core's (`validateField` answers `field.unknown`): nothing is listed here.
// Asked of the core: report `field.unknown` from `validateSignature` itself.

const SIGNATORY_PARTS: Record<string, readonly string[]> = {
  collectivity: Object.keys(CollectivitySignatory.shape),
  platform: Object.keys(PlatformSignatory.shape),
  organization: Object.keys(OrganizationSignatory.shape),
  individual: Object.keys(IndividualSignatory.shape),
};
const TOP_LEVEL: readonly string[] = Object.keys(SignatureSubmission.shape);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Issues for every field of the body that the signature form does not have. */
export function unknownFieldIssues(
  input: Record<string, unknown>,
  locale: Locale,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const unknown = (path: string) =>
    issues.push({ path, code: 'field.unknown', message: messageFor('field.unknown', locale) });
  const visit = (value: unknown, path: string) => {
    if (isPlainObject(value)) {
      for (const key of Object.keys(value)) visit(value[key], `${path}.${key}`);
      return;
    }
    const check = validateField(path, value);
    if (!check.ok && check.issues.some((i) => i.code === 'field.unknown')) unknown(path);
  };
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL.includes(key)) unknown(key);
  }
  const signatory = input.signatory;
  if (
    isPlainObject(signatory) &&
    typeof signatory.kind === 'string' &&
    Object.hasOwn(SIGNATORY_PARTS, signatory.kind)
  ) {
    const parts = SIGNATORY_PARTS[signatory.kind]!;
    for (const key of Object.keys(signatory)) {
      if (key === 'kind') continue;
      if (!parts.includes(key)) unknown(`signatory.${key}`);
      else visit(signatory[key], `signatory.${key}`);
    }
  }
  if (isPlainObject(input.consents)) visit(input.consents, 'consents');
  return issues;
}
