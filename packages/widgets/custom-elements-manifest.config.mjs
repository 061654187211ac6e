/**
 * Internal reactive state (`static properties = { x: { state: true } }`, declared `private`)
 * is no attribute of the element; the analyzer does not know `state: true` in a static
 * `properties` block, so this drops every attribute and member that the source marks private.
 */
const dropPrivateState = {
  name: 'plateformcoop-drop-private-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const hidden = new Set(
          (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
        );
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter(
            (a) => !hidden.has(a.fieldName ?? a.name),
          );
        }
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (m) => !m.privacy?.match(/private|protected/) && !m.name.startsWith('#'),
          );
        }
      }
    }
  },
};

/** custom-elements.json, generated from the elements' JSDoc; it feeds Storybook's docs pages. */
export default {
  globs: ['src/**/*.element.ts', 'src/shared/plateformcoop-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropPrivateState],
};
