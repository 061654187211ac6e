import type { AreaWords } from '../catalogue.js';
import type { PAGE_CODES } from '../message-code.js';

/** English words for the registry's pages and badge images. */
export const pageWords: AreaWords<typeof PAGE_CODES> = {
  'page.confirm.title': 'Confirm your signature',
  'page.confirm.intro': 'To confirm your signature of the {campaign} manifesto, press the button.',
  'page.confirm.button': 'Confirm my signature',
  'page.confirm.done.published': 'Thank you! Your signature is confirmed and published.',
  'page.confirm.done.moderated':
    'Thank you! Your signature is confirmed. The campaign team checks it before publishing it.',
  'page.confirm.mailed': 'An e-mail was sent to you, with a link to withdraw it if you wish.',
  'page.withdraw.title': 'Withdraw your signature',
  'page.withdraw.intro':
    'To withdraw your signature of the {campaign} manifesto, press the button. Your personal data will be erased.',
  'page.withdraw.button': 'Withdraw my signature',
  'page.withdraw.done': 'Your signature is withdrawn and your personal data is erased.',
  'page.withdraw.mailed': 'A last e-mail confirms it.',
  'page.link.title': 'This link no longer works',
  'page.link.invalid':
    'This link is not valid: it may have been cut. Copy the whole address from the e-mail, or open it again.',
  'page.link.expired': 'This link has expired. Ask for a new e-mail: it will hold a valid link.',
  'page.link.sign-again':
    'If you cannot find the e-mail, sign again from the manifesto’s page: a new link will be sent to you.',
  'page.resend.button': 'Send the e-mail again',
  'page.resend.done':
    'Done. If your signature is still waiting for its confirmation, a new e-mail is on its way: look in your spam folder too.',
  'page.back': 'Back to the page where you signed',
  'page.sending': 'Sending…',
  'page.failed': 'The registry is not answering. Try again in a moment.',
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
  'page.home.campaign': 'Campaign: {name}',
  'page.home.version': 'Version {version} of {date}',
  'page.home.open': 'Open for signing',
  'page.home.closed': 'Campaign closed: signing ended on {date}',
  'page.home.opens': 'Signing opens on {date}',
  'page.home.goal': 'Goal: {goal} signatures',
  'page.home.previous': 'Previous versions of the text',
};
