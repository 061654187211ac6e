import type { Locale, Manifesto } from '@plateformcoop/model';
import type { AdminApi } from './admin-api.js';
import type { DeferredActions } from './deferred-actions.js';

/** What the console's views receive from the shell. */
export interface ConsoleContext {
  api: AdminApi;
  locale: Locale;
  moderator: string;
  manifesto: Manifesto | undefined;
  actions: DeferredActions;
  /** Announces a sentence to screen readers (and shows it). */
  announce: (message: string) => void;
  /** The token stopped working: back to sign-in. */
  signOut: (message?: string) => void;
}
