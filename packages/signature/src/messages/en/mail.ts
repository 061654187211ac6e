import type { AreaWords } from '../catalogue.js';
import type { MAIL_CODES } from '../message-code.js';

/** English words for the registry's mails. */
export const mailWords: AreaWords<typeof MAIL_CODES> = {
  'mail.greeting': 'Hello,',
  'mail.button.fallback': 'If the button does not work, copy this address into your browser:',
  'mail.back': 'Back to the page where you signed',
  'mail.signature': '— The {campaign} manifesto registry',
  'mail.contact': 'A question about the campaign? Write to {contact}.',
  'mail.confirm.subject': 'Confirm your signature of the {campaign} manifesto',
  'mail.confirm.preview': 'One last step: confirm your signature.',
  'mail.confirm.intro.individual': 'You signed the {campaign} manifesto. Thank you!',
  'mail.confirm.intro.representative':
    'You signed the {campaign} manifesto on behalf of {signatory}. Thank you!',
  'mail.confirm.action':
    'To confirm your signature, press this button. It stays valid for {hours} hours.',
  'mail.confirm.button': 'Confirm my signature',
  'mail.confirm.next.published': 'As soon as you confirm it, your signature is published.',
  'mail.confirm.next.moderated':
    'Once confirmed, your signature is checked by the campaign team before it is published. You will get an e-mail then.',
  'mail.confirm.ignore':
    'If you did not sign, ignore this message: nothing will be published and this data will be erased within {days} days.',
  'mail.already_signed.subject': 'The {campaign} manifesto has already been signed',
  'mail.already_signed.preview': 'Your signature already exists: there is nothing to do.',
  'mail.already_signed.body.individual':
    'A new signature of the {campaign} manifesto was sent with this address. Your signature already exists: it was not recorded twice, and there is nothing for you to do.',
  'mail.already_signed.body.representative':
    'A new signature of the {campaign} manifesto was sent with this address, on behalf of {signatory}. {signatory} has already signed: this signature was not recorded twice, and there is nothing for you to do.',
  'mail.already_signed.ignore': 'If you did not send it, ignore this message.',
  'mail.confirmed.subject': 'Your signature of the {campaign} manifesto is confirmed',
  'mail.confirmed.preview': 'Thank you! Your signature is confirmed.',
  'mail.confirmed.published':
    'Thank you! Your signature of the {campaign} manifesto is confirmed and published.',
  'mail.confirmed.moderated':
    'Thank you! Your signature of the {campaign} manifesto is confirmed. The campaign team checks it before publishing it: you will get an e-mail then.',
  'mail.certificate.action':
    'The signature’s certificate, to print or to attach to a file, is online: it always tells where the signature stands.',
  'mail.certificate.button': 'See the certificate',
  'mail.withdraw.action':
    'You may withdraw your signature at any time with this button. Keep this message.',
  'mail.withdraw.button': 'Withdraw my signature',
  'mail.published.subject': 'Your signature of the {campaign} manifesto is published',
  'mail.published.preview': 'It is in the list of signatories.',
  'mail.published.body.individual':
    'The campaign team checked your signature of the {campaign} manifesto: it is published. Thank you!',
  'mail.published.body.representative':
    'The campaign team checked the signature of the {campaign} manifesto on behalf of {signatory}: it is published in the list of signatories. Thank you!',
  'mail.rejected.subject': 'Your signature of the {campaign} manifesto was not published',
  'mail.rejected.preview': 'The campaign team did not publish it.',
  'mail.rejected.body.individual':
    'The campaign team examined your signature of the {campaign} manifesto. It did not publish it.',
  'mail.rejected.body.representative':
    'The campaign team examined the signature of the {campaign} manifesto sent on behalf of {signatory}. It did not publish it.',
  'mail.rejected.reason': 'Reason: {reason}',
  'mail.rejected.after':
    'Your personal data has been erased. If you think this is a mistake, you may sign again.',
  'mail.withdrawn.subject': 'Your signature of the {campaign} manifesto is withdrawn',
  'mail.withdrawn.preview': 'Done, as you asked.',
  'mail.withdrawn.body.individual':
    'Your signature of the {campaign} manifesto is withdrawn, as you asked.',
  'mail.withdrawn.body.representative':
    'The signature of the {campaign} manifesto on behalf of {signatory} is withdrawn, as you asked.',
  'mail.withdrawn.after':
    'Your personal data is erased: this is the last message you will get about it. You may sign again at any time.',
  'mail.badge.subject': 'Show the signatory badge of “{platform}”',
  'mail.badge.preview': 'Four ways to show on your website that you signed.',
  'mail.badge.body':
    'The signature of “{platform}” is published. Its signatory badge can be shown on your website in one of these ways:',
  'mail.badge.script': 'With a script:',
  'mail.badge.mount': 'In an editor that strips unknown tags (WordPress, Drupal…):',
  'mail.badge.image': 'As an image, without a script:',
  'mail.badge.shields': 'With shields.io:',
};
