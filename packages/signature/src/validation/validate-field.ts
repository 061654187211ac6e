import type { Locale, Manifesto, SignatoryKind } from '@plateformcoop/model';
import { ABSENT, kind as kindCheck, Problem } from './checks.js';
import { checkCommitments } from './commitments.js';
import { consentsSpec, type Spec, signatorySpecs } from './form-spec.js';
import { localiseIssues, type RawIssue, type ValidationIssue } from './issue.js';
import { collectIssues } from './submission-rules.js';
import { isPlainObject } from './walk.js';

export interface ValidateFieldOptions {
  /** The manifesto being signed; needed to check commitments and the signatory's kind. */
  manifesto?: Manifesto;
  locale?: Locale;
  /**
   * The rest of the form as it stands. With it, the rules that depend on other fields apply
   * too (a commune's INSEE code is required, a département must match the INSEE code...).
   */
  submission?: unknown;
}

export type FieldValidation =
  | { ok: true; value: unknown }
  | { ok: false; issues: ValidationIssue[] };

/** The spec of a dotted path in the form, if the form has that field. */
function specAt(path: string): Spec | undefined {
  const [head, ...rest] = path.split('.');
  let spec: Spec | undefined;
  if (head === 'consents') spec = consentsSpec;
  else if (head === 'signatory' && rest.length > 0) {
    const part = rest.shift()!;
    if (part === 'kind' && rest.length === 0)
      return { type: 'field', required: true, check: kindCheck };
    // `representative` is the same for every kind that has one.
    const kind = (part === 'representative' ? 'collectivity' : part) as SignatoryKind;
    spec = Object.hasOwn(signatorySpecs, kind) ? signatorySpecs[kind].fields[part] : undefined;
  } else return undefined;
  for (const name of rest) {
    if (spec?.type !== 'object' || !Object.hasOwn(spec.fields, name)) return undefined;
    spec = spec.fields[name];
  }
  return spec;
}

/** A copy of `root` with `value` set at `path`, copying only the objects along the way. */
function withValueAt(root: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const base = isPlainObject(root) ? root : {};
  const [head, ...rest] = path as [string, ...string[]];
  const child = Object.hasOwn(base, head) ? base[head] : undefined;
  const copy: Record<string, unknown> = { ...base };
  Object.defineProperty(copy, head, {
    value: withValueAt(child, rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function kindOf(submission: unknown): SignatoryKind | undefined {
  const signatory = (submission as { signatory?: { kind?: unknown } } | undefined)?.signatory;
  const kind = typeof signatory === 'object' && signatory !== null ? signatory.kind : undefined;
  return typeof kind === 'string' ? (kind as SignatoryKind) : undefined;
}

/**
 * Validates one field of the form while the person types, with the same rules and messages as
 * `validateSignature`. `path` is the field's dotted path (`signatory.collectivity.siren`,
 * `signatory.representative.email`, `commitments`, `consents.sign`). Returns the normalised
 * value, or the field's issues. Never throws.
 */
export function validateField(
  path: string,
  value: unknown,
  options: ValidateFieldOptions = {},
): FieldValidation {
  const locale = options.locale ?? 'fr';
  try {
    const issues: RawIssue[] = [];
    let normalised: unknown;
    if (path === 'commitments') {
      if (!options.manifesto)
        return { ok: false, issues: localiseIssues([{ path, code: 'field.unknown' }], locale) };
      normalised = checkCommitments(value, options.manifesto, kindOf(options.submission), issues);
    } else {
      const spec = specAt(path);
      if (spec?.type !== 'field') {
        return { ok: false, issues: localiseIssues([{ path, code: 'field.unknown' }], locale) };
      }
      const result = spec.check(value);
      if (result === ABSENT) {
        if (spec.required) issues.push({ path, code: 'field.required' });
      } else if (result instanceof Problem) {
        issues.push(
          result.params
            ? { path, code: result.code, params: result.params }
            : { path, code: result.code },
        );
      } else {
        normalised = result;
        const manifesto = options.manifesto;
        if (
          path === 'signatory.kind' &&
          manifesto &&
          !manifesto.acceptedKinds.includes(result as SignatoryKind)
        ) {
          issues.push({ path, code: 'kind.not_accepted' });
        }
      }
    }
    // With the rest of the form, the rules across fields speak for this field too.
    if (issues.length === 0 && options.submission !== undefined && options.manifesto) {
      const whole = collectIssues(
        withValueAt(options.submission, path.split('.'), value),
        options.manifesto,
        locale,
      );
      for (const issue of whole.issues) {
        if (issue.path === path || issue.path.startsWith(`${path}.`)) issues.push(issue);
      }
    }
    return issues.length > 0
      ? { ok: false, issues: localiseIssues(issues, locale) }
      : { ok: true, value: normalised };
  } catch {
    return { ok: false, issues: localiseIssues([{ path, code: 'field.invalid' }], locale) };
  }
}
