// Renders the widgets' custom-elements manifest (custom-elements.json, generated from the
// elements' JSDoc by `cem analyze` at build time) as one HTML reference page: per element its
// tag, description, attributes, properties, events, slots, CSS parts and custom properties.

const escapeHtml = (text = '') =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

function table(title, rows, columns) {
  if (!rows || rows.length === 0) return '';
  const head = columns.map(([label]) => `<th>${escapeHtml(label)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map(([, cell]) => `<td>${cell(row)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<h3>${escapeHtml(title)}</h3>\n<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Description text: escaped, with Markdown's `inline code` kept as code. */
const prose = (text) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '');
const typeOf = (item) => code(item.type?.text);

/** Every element the manifest declares, sorted by tag name. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((d) => ({ ...d, module: module.path })))
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

export function customElementsPage(manifest, { title, version }) {
  const elements = elementsOf(manifest);
  const sections = elements.map((element) => {
    const publicFields = (element.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
    );
    return `<section id="${escapeHtml(element.tagName)}">
<h2><code>&lt;${escapeHtml(element.tagName)}&gt;</code> <small>${escapeHtml(element.name)}</small></h2>
<p>${prose(element.description).replace(/\n\n/g, '</p><p>')}</p>
${table('Attributes', element.attributes, [
  ['attribute', (a) => code(a.name)],
  ['property', (a) => code(a.fieldName)],
  ['type', typeOf],
  ['default', (a) => code(a.default)],
  ['description', (a) => prose(a.description)],
])}
${table('Properties', publicFields, [
  ['property', (m) => code(m.name)],
  ['type', typeOf],
  ['description', (m) => prose(m.description)],
])}
${table('Events', element.events, [
  ['event', (e) => code(e.name)],
  ['type', typeOf],
  ['description', (e) => prose(e.description)],
])}
${table('Slots', element.slots, [
  ['slot', (s) => code(s.name || '(default)')],
  ['description', (s) => prose(s.description)],
])}
${table('CSS parts', element.cssParts, [
  ['part', (p) => code(p.name)],
  ['description', (p) => prose(p.description)],
])}
${table('CSS custom properties', element.cssProperties, [
  ['property', (p) => code(p.name)],
  ['description', (p) => prose(p.description)],
])}
</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} ${escapeHtml(version)}: elements</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
code { font-size: .9em; }
section { border-top: 2px solid #1b1b1b; margin-top: 2rem; }
small { font-weight: normal; color: #555; }
</style>
</head>
<body>
<h1>${escapeHtml(title)} ${escapeHtml(version)}: elements</h1>
<p>Generated from <code>custom-elements.json</code>. The classes and helpers are in the <a href="./index.html">TypeScript API reference</a>.</p>
<ul>${elements.map((e) => `<li><a href="#${escapeHtml(e.tagName)}"><code>&lt;${escapeHtml(e.tagName)}&gt;</code></a></li>`).join('')}</ul>
${sections.join('\n')}
</body>
</html>
`;
}
