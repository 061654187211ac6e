import type { AreaWords } from '../catalogue.js';
import type { MAIL_CODES } from '../message-code.js';

/** English words for the registry's mails. */
export const mailWords: AreaWords<typeof MAIL_CODES> = {
  'mail.confirm.subject': 'Confirm your signature of the “{manifesto}” manifesto',
  'mail.confirm.body':
    'Hello,\n\nyou signed the “{manifesto}” manifesto on behalf of: {signatory}.\n\nTo confirm your signature, open this link and press the “Confirm” button (it is valid for {hours} hours):\n{link}\n\nIf you did not sign, ignore this message: nothing will be published and this data will be erased within {days} days.',
  'mail.already_signed.subject': 'The “{manifesto}” manifesto has already been signed',
  'mail.already_signed.body':
    'Hello,\n\na new signature of the “{manifesto}” manifesto was sent with this address, on behalf of: {signatory}. A signature already exists: it was not recorded twice and there is nothing for you to do.\n\nIf you did not send it, ignore this message.',
  'mail.confirmed.subject': 'Your signature of the “{manifesto}” manifesto is confirmed',
  'mail.confirmed.published': 'Thank you! Your signature is confirmed and published.',
  'mail.confirmed.moderated':
    'Thank you! Your signature is confirmed. It will be published once the campaign team has checked it.',
  'mail.confirmed.withdraw':
    'You may withdraw your signature at any time with this link (keep this message):\n{link}',
  'mail.rejected.subject': 'Your signature of the “{manifesto}” manifesto was not published',
  'mail.rejected.body':
    'Hello,\n\nthe campaign team examined the signature of the “{manifesto}” manifesto sent on behalf of: {signatory}. It did not publish it.',
  'mail.rejected.reason': 'Reason: {reason}',
  'mail.rejected.after':
    'Your personal data has been erased. If you think this is a mistake, you may sign again.',
  'mail.badge.subject': 'Show the signatory badge of “{platform}”',
  'mail.badge.body':
    'Hello,\n\nthe signature of “{platform}” is published. Its signatory badge can be shown on your website in one of these ways:',
  'mail.badge.script': 'With a script:',
  'mail.badge.mount': 'In an editor that strips unknown tags (WordPress, Drupal…):',
  'mail.badge.image': 'As an image, without a script:',
  'mail.badge.shields': 'With shields.io:',
  'mail.signature': '— The PlateformCoop manifesto registry',
};
