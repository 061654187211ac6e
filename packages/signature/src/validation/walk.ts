import { ABSENT, Problem } from './checks.js';
import type { Spec } from './form-spec.js';
import type { RawIssue } from './issue.js';

/** An object that holds fields: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property of an object; inherited and prototype keys (`__proto__`) never count. */
export function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

function problemIssue(path: string, problem: Problem): RawIssue {
  return problem.params
    ? { path, code: problem.code, params: problem.params }
    : { path, code: problem.code };
}

export interface WalkOptions {
  /** Report fields the spec does not have (`field.unknown`) instead of dropping them. */
  rejectUnknown: boolean;
  /** Keys handled by the caller at this level (the signatory's `kind`). */
  alsoKnown?: readonly string[];
}

/** Pushes `field.unknown` for every own key of `value` that is not a field of the form. */
export function reportUnknownKeys(
  value: Record<string, unknown>,
  fields: Readonly<Record<string, unknown>>,
  path: string,
  issues: RawIssue[],
  alsoKnown: readonly string[] = [],
): void {
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key) && !alsoKnown.includes(key)) {
      issues.push({ path: path ? `${path}.${key}` : key, code: 'field.unknown' });
    }
  }
}

/**
 * Validates and normalises `value` against a spec, pushing issues. Returns the normalised value
 * (a fresh object holding only the spec's fields, so unknown and prototype keys are dropped), or
 * `undefined` when the value is absent or refused. Follows the spec only, so the depth of the
 * input never matters.
 */
export function walk(
  spec: Spec,
  value: unknown,
  path: string,
  issues: RawIssue[],
  options: WalkOptions,
): unknown {
  if (spec.type === 'field') {
    const result = spec.check(value);
    if (result === ABSENT) {
      if (spec.required) issues.push({ path, code: 'field.required' });
      return undefined;
    }
    if (result instanceof Problem) {
      issues.push(problemIssue(path, result));
      return undefined;
    }
    return result;
  }
  if (value === undefined || value === null) {
    if (spec.required) issues.push({ path, code: 'field.required' });
    return undefined;
  }
  if (!isPlainObject(value)) {
    issues.push({ path, code: 'field.invalid' });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  // `alsoKnown` is for this level only.
  const nested: WalkOptions = options.alsoKnown
    ? { rejectUnknown: options.rejectUnknown }
    : options;
  const prefix = path ? `${path}.` : '';
  for (const [name, field] of spec.entries) {
    const child = Object.hasOwn(value, name) ? value[name] : undefined;
    // Paths are only built where an issue may need one: a field check is called inline.
    if (field.type === 'field') {
      const result = field.check(child);
      if (result === ABSENT) {
        if (field.required) issues.push({ path: prefix + name, code: 'field.required' });
      } else if (result instanceof Problem) {
        issues.push(problemIssue(prefix + name, result));
      } else {
        out[name] = result;
      }
    } else {
      const normalised = walk(field, child, prefix + name, issues, nested);
      if (normalised !== undefined) out[name] = normalised;
    }
  }
  if (options.rejectUnknown) reportUnknownKeys(value, spec.fields, path, issues, options.alsoKnown);
  return out;
}
