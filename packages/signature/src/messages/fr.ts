import type { Catalogue } from './catalogue.js';
import { consoleWords } from './fr/console.js';
import { identifierWords } from './fr/identifiers.js';
import { mailWords } from './fr/mail.js';
import { pageWords } from './fr/page.js';
import { registryWords } from './fr/registry.js';
import { validationWords } from './fr/validation.js';
import { widgetBadgeWords } from './fr/widget-badge.js';
import { widgetCounterWords } from './fr/widget-counter.js';
import { widgetFormWords } from './fr/widget-form.js';
import { widgetMapWords } from './fr/widget-map.js';
import { widgetPlatformCardWords } from './fr/widget-platform-card.js';
import { widgetSharedWords } from './fr/widget-shared.js';
import { widgetSignatoriesWords } from './fr/widget-signatories.js';

/** French: the reference language of the software and of the manifesto, every area. */
export const fr: Catalogue = {
  ...validationWords,
  ...identifierWords,
  ...registryWords,
  ...mailWords,
  ...pageWords,
  ...widgetSharedWords,
  ...widgetCounterWords,
  ...widgetBadgeWords,
  ...widgetPlatformCardWords,
  ...widgetSignatoriesWords,
  ...widgetMapWords,
  ...widgetFormWords,
  ...consoleWords,
};
