import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  againstReference,
  COMPARED_WIDGETS,
  openSettled,
  UPDATE_REFERENCES,
  updateReference,
  widgetShot,
} from './screenshots/reference-shots.js';
import { acceptToSign, sentRecap, signatureForm, submit } from './signature-form.js';
import { type Stack, startStack } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

test.each(COMPARED_WIDGETS)(
  '%s on a plain page looks like its committed reference',
  async (tag) => {
    const shot = await widgetShot(await openSettled(stack, '/robustesse/temoin/'), tag);
    if (UPDATE_REFERENCES) updateReference(tag, shot);
    expect(againstReference(tag, 'plain', shot)).toBe('same as the reference');
  },
);

/**
 * The widgets inside a page whose theme does its worst (`* { all: revert }`, a 10 px root font
 * size, uppercase and letter-spacing inherited, `!important` rules on button, input and div)
 * must look as on a page without any style: the same committed references, a small tolerance.
 */
test.each(COMPARED_WIDGETS)('%s under a hostile theme looks like its reference', async (tag) => {
  const shot = await widgetShot(await openSettled(stack, '/robustesse/'), tag);
  expect(againstReference(tag, 'hostile', shot)).toBe('same as the reference');
});

test('the form still works under a hostile theme', async () => {
  const page = await openSettled(stack, '/robustesse/');
  const form = signatureForm(page);
  await form.getByLabel(/^Prénom/).fill('Sam');
  await form.getByLabel(/^Nom( \*)?$/).fill('Hostile');
  await form.getByLabel(/^Adresse e-mail/).fill('hostile.e2e@example.org');
  await acceptToSign(form);
  await submit(form);
  await sentRecap(form);
});
