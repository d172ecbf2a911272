/**
 * Every page type of the site, in both languages and both themes, on a 320 px phone and a 1280 px
 * desktop: zero axe-core violations (WCAG 2.0–2.2 A and AA), a clean console, no CSP violation,
 * and at 320 px no element wider than the screen (nothing to swipe sideways).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, recordPageErrors, useTheme } from './support/checks.ts';

const EVENT = 'disk-space-running-low';

/** One page of each type, Italian path; the English one is under `/en`. */
const PAGE_TYPES = {
  home: '/',
  guide: '/proactive-support/',
  event: `/proactive-support/events/${EVENT}/`,
  table: '/proactive-support/events/',
  simulator: '/proactive-support/simulator/',
  integration: '/proactive-support/integration/',
  changelog: '/proactive-support/changelog/',
} as const;

const WIDTHS = [320, 1280] as const;

/** Elements that stick out of the viewport sideways, as `tag.class (width px)`. */
async function elementsWiderThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Visually hidden text (1 px, clipped) and elements inside a scroller clipped by it are not seen.
      if (rect.right > limit + 1 || rect.left < -1) {
        const style = getComputedStyle(element);
        if (style.position === 'absolute' && rect.width <= 1) continue;
        found.push(
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(rect.left)}–${Math.round(rect.right)} px)`,
        );
      }
    }
    if (document.documentElement.scrollWidth > limit)
      found.push(`page scrolls to ${document.documentElement.scrollWidth} px`);
    return found;
  });
}

for (const width of WIDTHS) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      for (const locale of ['it', 'en'] as const) {
        for (const theme of ['light', 'dark'] as const) {
          test(`${type} page, ${locale}, ${theme} theme`, async ({ page }) => {
            // axe over a whole page takes seconds; on a loaded 2-core machine, many.
            test.setTimeout(120_000);
            const errors = recordPageErrors(page);
            await useTheme(page, theme);
            await page.goto(locale === 'en' ? `/en${path}` : path);
            await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
            await page.waitForLoadState('networkidle');
            await expectNoA11yViolations(page);
            if (width === 320) expect(await elementsWiderThanViewport(page)).toEqual([]);
            expect(errors).toEqual([]);
          });
        }
      }
    }
  });
}
