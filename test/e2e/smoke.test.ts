import { expect, test } from '@playwright/test';

test('the Italian home page is served', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
});
