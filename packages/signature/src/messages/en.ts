import type { Catalogue } from './catalogue.js';
import { consoleWords } from './en/console.js';
import { identifierWords } from './en/identifiers.js';
import { mailWords } from './en/mail.js';
import { pageWords } from './en/page.js';
import { registryWords } from './en/registry.js';
import { validationWords } from './en/validation.js';
import { widgetBadgeWords } from './en/widget-badge.js';
import { widgetCounterWords } from './en/widget-counter.js';
import { widgetFormWords } from './en/widget-form.js';
import { widgetMapWords } from './en/widget-map.js';
import { widgetPlatformCardWords } from './en/widget-platform-card.js';
import { widgetSharedWords } from './en/widget-shared.js';
import { widgetSignatoriesWords } from './en/widget-signatories.js';

/** English, every area. */
export const en: Catalogue = {
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
