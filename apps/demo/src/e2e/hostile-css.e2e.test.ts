import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  againstReference,
  COMPARED_WIDGETS,
  openSettled,
  widgetShot,
} from './screenshots/reference-shots.js';
import { type Stack, startStack } from './stack.js';

/**
 * The widgets inside a page whose theme does its worst (`* { all: revert }`, a 10 px root font
 * size, uppercase and letter-spacing inherited, `!important` rules on button, input and div)
 * must look as on a page without any style: the same committed references, a small tolerance.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

test.each(COMPARED_WIDGETS)('%s under a hostile theme looks like its reference', async (tag) => {
  const shot = await widgetShot(await openSettled(stack, '/robustesse/'), tag);
  expect(againstReference(tag, 'hostile', shot)).toBe('same as the reference');
});
