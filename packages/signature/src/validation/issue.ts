import type { Locale } from '@plateformcoop/model';
import type { MessageParams } from '../messages/fill-placeholders.js';
import type { MessageCode, ValidationMessageCode } from '../messages/message-code.js';
import { validationMessageFor } from '../messages/validation-message.js';

/** One problem with the input, for a person (`message`) and for a program (`code`). */
export interface ValidationIssue {
  /** Dotted path of the field (`signatory.collectivity.siren`, `commitments.2`); `''` for the whole input. */
  path: string;
  /** Stable machine code, a key of the message catalogue. */
  code: MessageCode;
  /** The code's message, in the requested language. */
  message: string;
  /** Values the message was filled with (`{max}`), to render it again in another language. */
  params?: MessageParams;
}

/** An issue before it is put into words. */
export interface RawIssue {
  path: string;
  code: ValidationMessageCode;
  params?: MessageParams;
}

/** Puts raw issues into words, from the validator's areas of the catalogue alone. */
export function localiseIssues(issues: readonly RawIssue[], locale: Locale): ValidationIssue[] {
  return issues.map(({ path, code, params }) =>
    params
      ? { path, code, message: validationMessageFor(code, locale, params), params }
      : { path, code, message: validationMessageFor(code, locale) },
  );
}
