import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * Lit keeps `css` and `html` template literals as written; esbuild does not minify inside them.
 * For this package's own sources only: styles modules (`*.styles.ts`, nothing but CSS in their
 * templates) lose comments and needless white space; in element modules, a line break with its
 * indentation inside any template literal becomes one space (what HTML renders it as anyway).
 */
export const minifyLitTemplates: Plugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.(styles|element)\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = path.endsWith('.styles.ts')
        ? source.replace(
            /css`([^`]*)`/g,
            (_whole: string, body: string) => `css\`${minifyCss(body)}\``,
          )
        : collapseTemplateLineBreaks(source);
      return { contents, loader: 'ts' };
    });
  },
};

export function minifyCss(cssText: string): string {
  return cssText
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2')
    .trim();
}

/**
 * Walks TypeScript source, knowing when it is inside a template literal (and inside `${ }`
 * within one, to any depth), and collapses line breaks with their indentation in template text.
 * Strings and comments in code are skipped; the element modules hold no regular expression
 * literal with a backtick or a quote.
 */
export function collapseTemplateLineBreaks(source: string): string {
  let out = '';
  // Each entry: 'template', or the brace depth of a `${ }` being read as code.
  const stack: Array<'template' | number> = [];
  let i = 0;
  const inTemplate = () => stack.at(-1) === 'template';
  while (i < source.length) {
    const ch = source[i]!;
    if (inTemplate()) {
      if (ch === '\\') {
        out += source.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        stack.pop();
        out += ch;
        i++;
      } else if (ch === '$' && source[i + 1] === '{') {
        stack.push(0);
        out += '${';
        i += 2;
      } else if (/\s/.test(ch) && /^\s*\n/.test(source.slice(i, i + 200))) {
        const run = /^\s+/.exec(source.slice(i))![0];
        out += ' ';
        i += run.length;
      } else {
        out += ch;
        i++;
      }
      continue;
    }
    // code
    if (ch === '`') {
      stack.push('template');
      out += ch;
      i++;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== ch) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else {
      const top = stack.at(-1);
      if (typeof top === 'number') {
        if (ch === '{') stack[stack.length - 1] = top + 1;
        else if (ch === '}') {
          if (top === 0) stack.pop();
          else stack[stack.length - 1] = top - 1;
        }
      }
      out += ch;
      i++;
    }
  }
  return out;
}
