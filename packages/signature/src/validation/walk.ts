import { ABSENT, Problem } from './checks.js';
import type { Spec } from './form-spec.js';
import type { RawIssue } from './issue.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property of an object; inherited and prototype keys (`__proto__`) never count. */
export function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Validates and normalises `value` against a spec, pushing issues. Returns the normalised value
 * (a fresh object holding only the spec's fields, so unknown and prototype keys are dropped), or
 * `undefined` when the value is absent or refused. Follows the spec only, so the depth of the
 * input never matters.
 */
export function walk(spec: Spec, value: unknown, path: string, issues: RawIssue[]): unknown {
  if (spec.type === 'field') {
    const result = spec.check(value);
    if (result === ABSENT) {
      if (spec.required) issues.push({ path, code: 'field.required' });
      return undefined;
    }
    if (result instanceof Problem) {
      issues.push(
        result.params
          ? { path, code: result.code, params: result.params }
          : { path, code: result.code },
      );
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
  for (const name in spec.fields) {
    const normalised = walk(
      spec.fields[name]!,
      own(value, name),
      path ? `${path}.${name}` : name,
      issues,
    );
    if (normalised !== undefined) out[name] = normalised;
  }
  return out;
}
