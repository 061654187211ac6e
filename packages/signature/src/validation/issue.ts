import type { Locale } from '@plateformcoop/model';
import type { MessageCode } from '../messages/message-code.js';
import { type MessageParams, messageFor } from '../messages/message-for.js';

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
  code: MessageCode;
  params?: MessageParams;
}

/** Puts raw issues into words. */
export function localiseIssues(issues: readonly RawIssue[], locale: Locale): ValidationIssue[] {
  return issues.map(({ path, code, params }) =>
    params
      ? { path, code, message: messageFor(code, locale, params), params }
      : { path, code, message: messageFor(code, locale) },
  );
}
