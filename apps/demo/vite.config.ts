import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { plateformcoop2023 } from '@plateformcoop/model';
import { defineConfig, type Plugin } from 'vite';
import { escapeHtml } from './src/site-build/escape-html.ts';
import {
  commitmentsHtml,
  manifestoTextHtml,
  platformCardsHtml,
} from './src/site-build/manifesto-html.ts';

const root = resolve(import.meta.dirname, 'site');

/** Every `index.html` under site/: one page each (a multi-page site, no framework). */
function pages(dir = root): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(found, pages(path));
    else if (name === 'index.html') found[relative(root, dir) || 'home'] = path;
  }
  return found;
}

/**
 * Fills the elements marked `data-from-model="…"` with the model's text at build time: the
 * manifesto's title, subtitle, full text, commitments and the cards of its platforms.
 */
function manifestoFromModel(): Plugin {
  const fill: Record<string, (lang: 'fr' | 'en') => string> = {
    title: (lang) => escapeHtml(textOf(lang).title),
    subtitle: (lang) => escapeHtml(textOf(lang).subtitle ?? ''),
    // The text's call « Signez ici ! » (to platforms) has the form right under it.
    text: (lang) =>
      manifestoTextHtml(plateformcoop2023, lang, 3, {
        section: 'porteurs-de-plateformes',
        paragraph: 0,
        html: `<plateformcoop-signature-form kind="platform" heading-level="4"></plateformcoop-signature-form>`,
      }),
    commitments: (lang) => commitmentsHtml(plateformcoop2023, lang, 3),
    'platform-cards': () => platformCardsHtml(3),
  };
  const marked = /(<(\w+)\b[^>]*\sdata-from-model="([a-z-]+)"[^>]*>)[\s\S]*?(<\/\2>)/g;
  return {
    name: 'plateformcoop-manifesto-from-model',
    transformIndexHtml(html) {
      const lang = /<html[^>]*\blang="en"/.test(html) ? 'en' : 'fr';
      return html.replace(marked, (_whole, open: string, _tag, name: string, close: string) => {
        const content = fill[name];
        if (!content) throw new Error(`data-from-model="${name}": no such part of the manifesto`);
        return `${open}${content(lang)}${close}`;
      });
    },
  };
}

function textOf(lang: 'fr' | 'en') {
  return plateformcoop2023.texts[lang] ?? plateformcoop2023.texts.fr;
}

export default defineConfig({
  root,
  base: '/',
  appType: 'mpa',
  plugins: [manifestoFromModel()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: { input: pages() },
  },
});
