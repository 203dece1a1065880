import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

/**
 * The accessibility check of a page as it stands: axe-core (WCAG 2.1 A/AA rules) must find no
 * serious or critical violation. The message lists each one with the elements, so a failure says
 * what to fix. Elements can be left out by selector (a third-party widget the app cannot label).
 *
 * @param {import('@playwright/test').Page} page
 * @param {{ exclude?: string[] }} [o]
 */
export async function expectAccessible(page, o = {}) {
  // Colours are measured as drawn at rest. CSS transitions are switched off first: a tag re-rendered
  // after the wait below (a list whose data arrives late) would otherwise be measured mid-fade — CI saw
  // an Element Plus warning tag at 4.33:1 half-way to its final 5.5:1. Then wait until fade-ins and
  // other animations have finished (a spinner that turns for ever is not waited for).
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const sel of o.exclude ?? []) builder = builder.exclude(sel);
  const { violations } = await builder.analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const text = bad
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 6)
          .map(
            (n) =>
              `  ${n.target.join(' ')} — ${n.any[0]?.message ?? n.all[0]?.message ?? n.none[0]?.message ?? ''}`,
          )
          .join('\n')}`,
    )
    .join('\n');
  // Soft: one run reports every page's violations, not only the first page's.
  expect.soft(text, `axe on ${page.url()}`).toBe('');
}
