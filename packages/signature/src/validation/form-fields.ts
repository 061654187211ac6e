import type { CollectivityType, SignatoryKind } from '@plateformcoop/model';
import { consentsSpec, type ObjectSpec, signatorySpecs } from './form-spec.js';
import { COMMUNES } from './signatory-rules.js';

/** A field of the signature form, as a form should present it. */
export interface SignatureFormField {
  /** Dotted path, as `validateField` and the issues name it. */
  path: string;
  /** Whether the person must fill it in (for a collectivity, given its type). */
  required: boolean;
  /**
   * The optional part of the form the field belongs to (a platform's `software`): `required`
   * then means required once that part is filled in.
   */
  part?: string;
}

function fieldsOf(spec: ObjectSpec, path: string, out: SignatureFormField[], part?: string): void {
  for (const [name, field] of spec.entries) {
    const at = `${path}.${name}`;
    if (field.type === 'object') {
      fieldsOf(field, at, out, part ?? (field.required ? undefined : at));
    } else {
      out.push(
        part
          ? { path: at, required: field.required, part }
          : { path: at, required: field.required },
      );
    }
  }
}

/**
 * The fields of the signature form for a kind of signatory, in form order, with whether each
 * is required: the same knowledge `validateSignature` applies, for a form to mark its required
 * fields. For a collectivity, the identifier its type requires is marked too (a commune's
 * INSEE code, another collectivity's SIREN). Commitments are listed by the manifesto instead.
 */
export function signatureFormFields(
  kind: SignatoryKind,
  options: { collectivityType?: CollectivityType } = {},
): SignatureFormField[] {
  const out: SignatureFormField[] = [{ path: 'signatory.kind', required: true }];
  fieldsOf(signatorySpecs[kind], 'signatory', out);
  fieldsOf(consentsSpec, 'consents', out);
  const type = options.collectivityType;
  if (kind === 'collectivity' && type) {
    const needed = COMMUNES.has(type)
      ? 'signatory.collectivity.inseeCode'
      : 'signatory.collectivity.siren';
    for (const field of out) if (field.path === needed) field.required = true;
  }
  return out;
}
