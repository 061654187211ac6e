/** Text matched literally inside a regular expression. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A field's accessible name as a form gives it: its words alone. A required field's star is
 * shown beside them but not part of the name (`required` says it to assistive technologies).
 */
export function labelled(words: string): RegExp {
  return new RegExp(`^${literally(words)}$`);
}

/**
 * A section of the form as it is named: where it stands (« Étape 2 sur 5 ») and its title.
 * `step` is the catalogue's `widget.form.step` words, placeholders and all.
 */
export function sectionNamed(step: string, title: string): RegExp {
  const where = literally(step).replace(/\\\{steps?\\\}/g, '\\d+');
  return new RegExp(`^${where} ${literally(title)}$`);
}

/** The role a form's control has, by the type of its field (`FormField['type']`). */
export function roleOfField(type: string): 'textbox' | 'combobox' | 'checkbox' {
  return type === 'select' ? 'combobox' : type === 'checkbox' ? 'checkbox' : 'textbox';
}
