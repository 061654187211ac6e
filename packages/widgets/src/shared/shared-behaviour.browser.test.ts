import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { mount, shadowOf, until } from '../../test/render.js';
import '../define.js';
import { PlateformcoopCounter } from '../counter/counter.element.js';
import { mountDataElements } from './data-mount.js';
import { defineElement } from './define-element.js';

let registry: string;

beforeAll(async () => {
  registry = await commands.registryUrl();
});

describe('what every widget shares', () => {
  it('defines every element, and defining one again never throws', () => {
    for (const name of ['signature-form', 'counter', 'platform-card', 'badge', 'signatories']) {
      expect(customElements.get(`plateformcoop-${name}`), name).toBeDefined();
    }
    // A second copy of the bundle (another agency's snippet), the same or another version.
    class AnotherCopy extends PlateformcoopCounter {
      static override readonly version = '99.0.0';
    }
    expect(() => defineElement('plateformcoop-counter', PlateformcoopCounter)).not.toThrow();
    expect(() => defineElement('plateformcoop-counter', AnotherCopy)).not.toThrow();
    expect(customElements.get('plateformcoop-counter')).toBe(PlateformcoopCounter);
  });

  it('takes its language from its own lang, else the nearest [lang] ancestor, else French', async () => {
    const host = document.createElement('section');
    host.innerHTML = `<div lang="en-GB"><p><plateformcoop-counter id="inherits"></plateformcoop-counter></p>
      <plateformcoop-counter id="own" lang="fr"></plateformcoop-counter></div>
      <div lang="de"><plateformcoop-counter id="unknown"></plateformcoop-counter></div>`;
    document.body.replaceChildren(host);
    document.documentElement.removeAttribute('lang');
    const locale = (id: string) => (host.querySelector(`#${id}`) as PlateformcoopCounter).locale;
    expect(locale('inherits')).toBe('en');
    expect(locale('own')).toBe('fr');
    expect(locale('unknown')).toBe('fr');
    // Across a shadow root: a widget inside another component follows that component's page.
    const outer = document.createElement('div');
    outer.lang = 'en';
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<plateformcoop-counter></plateformcoop-counter>';
    document.body.append(outer);
    expect((shadow.firstElementChild as PlateformcoopCounter).locale).toBe('en');
  });

  it('upgrades a plain <div data-plateformcoop> mount into the element, with its attributes', async () => {
    document.body.innerHTML = `<div class="cms-block" data-plateformcoop="counter" data-registry="${registry}"
      data-manifesto="plateformcoop-2023" data-lang="en" data-goal="50"><a href="#">Signez le manifeste</a></div>`;
    const [element] = mountDataElements(document);
    expect(element?.tagName).toBe('PLATEFORMCOOP-COUNTER');
    expect(element?.getAttribute('registry')).toBe(registry);
    expect(element?.getAttribute('lang')).toBe('en');
    expect(element?.parentElement?.className).toBe('cms-block');
    const counter = element as PlateformcoopCounter;
    await until(() => counter.count !== undefined, 'the mounted counter');
    // Mounting twice does nothing more.
    expect(mountDataElements(document)).toEqual([]);
  });

  it('is sized in em from its host, unmoved by the page’s root size and inherited text styles', async () => {
    const style = document.createElement('style');
    style.textContent = `html { font-size: 10px; } .hostile { letter-spacing: 5px; text-transform: uppercase;
      line-height: 4; color: rgb(255, 0, 0); text-align: center; white-space: pre; }`;
    document.head.append(style);
    try {
      const counter = await mount<PlateformcoopCounter>(
        `<plateformcoop-counter registry="${registry}"></plateformcoop-counter>`,
      );
      counter.parentElement!.className = 'hostile';
      const label = shadowOf(counter).getByText(/^signatures?$/);
      const css = getComputedStyle(label);
      expect(css.fontSize).toBe('16px'); // medium: the reader's default, not the page's 10px root
      expect(css.letterSpacing).toBe('normal');
      expect(css.textTransform).toBe('none');
      expect(css.color).toBe('rgb(27, 27, 27)');
      expect(css.whiteSpace).toBe('normal');
      // Theming through the documented custom properties.
      counter.style.setProperty('--plateformcoop-font-size', '20px');
      counter.style.setProperty('--plateformcoop-color-text', 'rgb(0, 0, 128)');
      expect(getComputedStyle(label).fontSize).toBe('20px');
      expect(getComputedStyle(label).color).toBe('rgb(0, 0, 128)');
      // Styles come from adopted style sheets, never from a <style> or an inline script.
      expect(counter.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
      expect(counter.shadowRoot!.querySelector('style, script')).toBeNull();
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px wide column without horizontal scrolling', async () => {
    const markup = [
      `<plateformcoop-counter registry="${registry}" goal="1000"></plateformcoop-counter>`,
      `<plateformcoop-platform-card registry="${registry}" platform="mobicoop"></plateformcoop-platform-card>`,
      `<plateformcoop-signatories registry="${registry}"></plateformcoop-signatories>`,
      `<plateformcoop-signature-form registry="${registry}" kind="collectivity"></plateformcoop-signature-form>`,
      `<plateformcoop-badge registry="${registry}" platform="mobicoop"></plateformcoop-badge>`,
    ];
    for (const html of markup) {
      const element = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(html);
      element.parentElement!.style.width = '320px';
      await until(() => !element.shadowRoot!.querySelector('[aria-busy="true"]'), element.tagName);
      await element.updateComplete;
      const box = element.shadowRoot!.firstElementChild as HTMLElement;
      expect(element.getBoundingClientRect().width, element.tagName).toBeLessThanOrEqual(320);
      expect(box.scrollWidth, element.tagName).toBeLessThanOrEqual(box.clientWidth);
    }
  });

  it('fires namespaced events that bubble out of the shadow root to the document', async () => {
    const seen: Event[] = [];
    const listener = (event: Event) => seen.push(event);
    document.addEventListener('plateformcoop-load', listener);
    try {
      await mount(`<plateformcoop-counter registry="${registry}"></plateformcoop-counter>`);
      await until(() => seen.length > 0, 'plateformcoop-load');
      expect(seen[0]!.bubbles).toBe(true);
      expect(seen[0]!.composed).toBe(true);
    } finally {
      document.removeEventListener('plateformcoop-load', listener);
    }
  });
});
