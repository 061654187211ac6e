import type { AreaWords } from '../catalogue.js';
import type { PAGE_CODES } from '../message-code.js';

/** English words for the registry's pages and badge images. */
export const pageWords: AreaWords<typeof PAGE_CODES> = {
  'page.confirm.title': 'Confirm your signature',
  'page.confirm.intro': 'To confirm your signature of the manifesto, press the button.',
  'page.confirm.button': 'Confirm my signature',
  'page.confirm.done':
    'Thank you, your signature is confirmed. An e-mail with a link to withdraw it was sent to you.',
  'page.withdraw.title': 'Withdraw your signature',
  'page.withdraw.intro':
    'To withdraw your signature of the manifesto, press the button. Your personal data will be erased.',
  'page.withdraw.button': 'Withdraw my signature',
  'page.withdraw.done': 'Your signature is withdrawn and your personal data is erased.',
  'page.noscript': 'This page needs JavaScript to send your choice.',
  'page.docs.title': 'PlateformCoop registry API',
  'page.embed.title': 'PlateformCoop manifesto',
  'page.home.title': 'PlateformCoop signature registry',
  'page.home.intro':
    'This registry receives signatures of the PlateformCoop manifesto, has them confirmed by e-mail, counts them and publishes the list of signatories. The forms, counters, badges and lists shown on other sites read its data.',
  'page.home.manifestos': 'Manifestos',
  'page.home.total': 'Published signatures: {total}',
  'page.home.counter_json': 'the counter as JSON',
  'page.home.embed': 'Show the counter on your site',
  'page.home.embed_intro':
    'Paste these two lines into a page of your site: the counter shows there and updates live.',
  'page.home.developers': 'For developers',
  'page.home.docs': 'The API documentation',
  'page.home.openapi': 'The OpenAPI 3.1 description (JSON)',
  'page.home.moderation': 'Moderation',
  'page.home.console': 'The moderation console (admin token required)',
  'badge.label': 'PlateformCoop',
  'badge.signed': 'signatory',
  'badge.not_signed': 'not a signatory',
};
