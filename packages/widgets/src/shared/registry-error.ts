/** One problem with one field, as the registry reports it (the validator's issue). */
export interface RegistryIssue {
  path: string;
  code: string;
  message: string;
}

/**
 * A failed call to the registry. `code` is stable: the registry's own error code, or
 * `network.unavailable` when it could not be reached, or `registry.invalid-response` when it
 * answered something that is not its API. `status` is 0 when no answer came.
 */
export interface RegistryError extends Error {
  code: string;
  status: number;
  issues: RegistryIssue[];
}

export const NETWORK_UNAVAILABLE = 'network.unavailable';
export const INVALID_RESPONSE = 'registry.invalid-response';

// A plain Error with fields rather than a subclass: smaller in every bundle.
export function registryError(
  code: string,
  status = 0,
  issues: RegistryIssue[] = [],
  message?: string,
): RegistryError {
  // `message`: the registry's own words for the code, in the language the widget asked for.
  return Object.assign(new Error(message), { name: 'RegistryError', code, status, issues });
}

export function isRegistryError(value: unknown): value is RegistryError {
  return value instanceof Error && value.name === 'RegistryError';
}

/** True when trying again later may work (nothing reached the registry, or it was busy). */
export function isRetryable(error: unknown): boolean {
  return (
    isRegistryError(error) && (error.status === 0 || error.status === 429 || error.status >= 500)
  );
}
