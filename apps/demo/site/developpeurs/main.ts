/**
 * The developer page: a submission pasted as JSON is checked by `@plateformcoop/signature`, the
 * same core the widgets and the registry run, and its issues are listed with their stable codes
 * and messages in the chosen language.
 */
import { plateformcoop2023 } from '@plateformcoop/model';
import { validateSignature } from '@plateformcoop/signature';
import { invalidExample, validExample } from './examples.ts';

const form = document.querySelector<HTMLFormElement>('#validation')!;
const input = document.querySelector<HTMLTextAreaElement>('#submission')!;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const result = document.querySelector<HTMLElement>('#result')!;

const words = {
  fr: {
    json: (message: string) => `Ce n'est pas du JSON valide : ${message}`,
    valid: 'La soumission est valide. Valeur normalisée :',
    issues: (n: number) => (n > 1 ? `${n} problèmes :` : '1 problème :'),
    whole: '(la soumission entière)',
  },
  en: {
    json: (message: string) => `This is not valid JSON: ${message}`,
    valid: 'The submission is valid. Normalised value:',
    issues: (n: number) => (n > 1 ? `${n} issues:` : '1 issue:'),
    whole: '(the whole submission)',
  },
} as const;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function validate(): void {
  const locale = language.value === 'en' ? 'en' : 'fr';
  const t = words[locale];
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.value);
  } catch (error) {
    result.replaceChildren(element('p', t.json((error as Error).message), 'issue'));
    return;
  }
  const validation = validateSignature(parsed, { manifesto: plateformcoop2023, locale });
  if (validation.ok) {
    result.replaceChildren(
      element('p', t.valid, 'valid'),
      element('pre', JSON.stringify(validation.value, null, 2)),
    );
    return;
  }
  const list = element('ul', undefined, 'issues');
  for (const issue of validation.issues) {
    const item = element('li');
    item.append(
      element('code', issue.path || t.whole),
      ' ',
      element('code', issue.code, 'code'),
      element('span', ` ${issue.message}`),
    );
    list.append(item);
  }
  result.replaceChildren(element('p', t.issues(validation.issues.length), 'issue'), list);
}

function show(example: unknown): void {
  input.value = JSON.stringify(example, null, 2);
  validate();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  validate();
});
language.addEventListener('change', validate);
document.querySelector('#example-valid')!.addEventListener('click', () => show(validExample));
document.querySelector('#example-invalid')!.addEventListener('click', () => show(invalidExample));
input.value = JSON.stringify(invalidExample, null, 2);
