import type { Collectivity, Manifesto, SignatoryKind } from '@plateformcoop/model';
import { validateField, validateSignature } from '@plateformcoop/signature';
import {
  COLLECTIVITY_PATH,
  CONSENT_FIELDS,
  FIELDS_BY_KIND,
  type FormField,
  setPath,
} from './form-fields.js';

/** What the form state reads from its element at each use. */
export interface FormContext {
  /** The manifesto's id, as the element's `manifesto` attribute names it. */
  manifestoId: string;
  /** The manifesto, once loaded. */
  manifesto?: Manifesto;
  locale: 'fr' | 'en';
  kind: SignatoryKind;
}

/** A problem with one field: the core's issue, or the registry's. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * The signature form without its rendering: what was typed, which fields were left once, the
 * errors shown on them and in the summary, and which field an issue of the core or the registry
 * belongs to. Framework-free: the element renders it, and calls `onChange` re-renders it.
 */
export class SignatureFormState {
  /** What was typed or ticked, by field path. */
  values: Record<string, string | boolean> = {};
  /** The collectivity chosen from the official list. */
  collectivity?: Collectivity;
  /** The commitments ticked, by id. */
  readonly commitments = new Set<string>();
  /** The message shown on each field in error, by field path. */
  errors: Record<string, string> = {};
  /** The issues listed above the form after a failed submit, in form order. */
  summary: FieldIssue[] = [];
  /** Fields left at least once: validated live from then on. */
  readonly #touched = new Set<string>();
  readonly #context: () => FormContext;
  readonly #onChange: () => void;

  constructor(context: () => FormContext, onChange: () => void = () => {}) {
    this.#context = context;
    this.#onChange = onChange;
  }

  /** The inputs of the chosen kind, then the consents. */
  get fields(): readonly FormField[] {
    return [...FIELDS_BY_KIND[this.#context().kind], ...CONSENT_FIELDS];
  }

  /** The submission as it stands, built from the fields of the chosen kind. */
  submission(): Record<string, unknown> {
    const { manifestoId, manifesto, locale, kind } = this.#context();
    const submission: Record<string, unknown> = {
      manifestoId,
      locale,
      commitments: [...this.commitments],
      consents: { sign: false, publicDisplay: false, contact: false },
    };
    if (manifesto) submission.manifestoHash = manifesto.contentHash;
    setPath(submission, 'signatory.kind', kind);
    if (kind === 'collectivity' && this.collectivity)
      setPath(submission, COLLECTIVITY_PATH, this.collectivity);
    for (const field of this.fields) {
      const value = this.values[field.path];
      if (field.type === 'checkbox') setPath(submission, field.path, value === true);
      else if (typeof value === 'string' && value.trim() !== '')
        setPath(submission, field.path, value);
      // An empty part still exists, so that the core reports each missing field by name.
      else setPath(submission, field.path, undefined);
    }
    return submission;
  }

  /**
   * A field's new value. It is validated once the field was left a first time, never on first
   * paint or while it is typed the first time; a box or a list choice is validated at once.
   */
  input(field: FormField, value: string | boolean): void {
    this.values = { ...this.values, [field.path]: value };
    if (this.#touched.has(field.path) || field.type === 'checkbox' || field.type === 'select') {
      this.#touched.add(field.path);
      this.#validate(field.path);
    }
    this.#onChange();
  }

  /** The person left a field: it is validated, now and live from then on. */
  blur(field: FormField): void {
    this.#touched.add(field.path);
    this.#validate(field.path);
    this.#onChange();
  }

  /** A collectivity chosen from the official list, or none while the person types again. */
  chooseCollectivity(collectivity: Collectivity | undefined): void {
    this.collectivity = collectivity;
    if (collectivity) this.#setError(COLLECTIVITY_PATH, undefined);
    this.#onChange();
  }

  setCommitment(id: string, chosen: boolean): void {
    if (chosen) this.commitments.add(id);
    else this.commitments.delete(id);
    this.#onChange();
  }

  /** Another kind of signatory: its fields start without errors. */
  kindChanged(): void {
    this.errors = {};
    this.summary = [];
    this.#onChange();
  }

  /**
   * The whole form checked by the core before it is sent: the submission when it passes, else
   * `undefined`, with the issues on their fields and in the summary.
   */
  check(): Record<string, unknown> | undefined {
    const { manifesto, locale } = this.#context();
    const submission = this.submission();
    if (!manifesto) return undefined;
    const result = validateSignature(submission, { manifesto, locale });
    if (result.ok) {
      this.summary = [];
      this.#onChange();
      return submission;
    }
    this.showIssues(result.issues);
    return undefined;
  }

  /** Puts issues (the core's or the registry's) on their fields and lists them in the summary. */
  showIssues(issues: readonly FieldIssue[]): void {
    const errors: Record<string, string> = {};
    for (const issue of issues) {
      const path = this.fieldPathOf(issue.path);
      errors[path] ??= issue.message;
      this.#touched.add(path);
    }
    this.errors = errors;
    this.summary = Object.entries(errors).map(([path, message]) => ({ path, message }));
    this.#onChange();
  }

  /** The field an issue belongs to: a collectivity's go to its chooser, a whole part's to its first field. */
  fieldPathOf(path: string): string {
    if (path === COLLECTIVITY_PATH || path.startsWith(`${COLLECTIVITY_PATH}.`))
      return COLLECTIVITY_PATH;
    if (path.startsWith('commitments')) return 'commitments';
    const fields = this.fields;
    if (fields.some((f) => f.path === path)) return path;
    return fields.find((f) => f.path.startsWith(`${path}.`))?.path ?? path;
  }

  /** Whether the form shows a field for this path (issues about the whole input have none). */
  hasField(path: string): boolean {
    if (path === 'commitments') return true;
    if (path === COLLECTIVITY_PATH) return this.#context().kind === 'collectivity';
    return this.fields.some((field) => field.path === path);
  }

  #validate(path: string): void {
    const { manifesto, locale } = this.#context();
    const submission = this.submission();
    const value = path
      .split('.')
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        submission,
      );
    const result = validateField(path, value, { manifesto, locale, submission });
    this.#setError(path, result.ok ? undefined : result.issues[0]!.message);
  }

  #setError(path: string, message: string | undefined): void {
    const errors = { ...this.errors };
    if (message === undefined) delete errors[path];
    else errors[path] = message;
    this.errors = errors;
  }
}
