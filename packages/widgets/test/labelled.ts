/** A field's accessible name as a form shows it: its words, with a star when it is required. */
export function labelled(words: string): RegExp {
  return new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\*)?$`);
}
