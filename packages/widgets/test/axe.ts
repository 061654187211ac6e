/**
 * axe-core in the page, over the widgets' open shadow roots: the WCAG 2.1 A and AA rules.
 * Returns the violations as readable lines, so a failing test says what is wrong where.
 */
import axe from 'axe-core';

export async function axeViolations(context: Element): Promise<string[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}`),
  );
}
