import { test as base, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * Public pages arrive rendered from the server and come alive when Angular has hydrated them (it then drops the
 * `ngh` marker of the root). Until then links, typing and buttons are recorded and replayed, but not everything
 * (a Material select opened in that moment stays shut), so the tests act on a page once it is hydrated, as a
 * person does who waits for the page to settle. Pages rendered in the browser have no marker at all.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('tz-root[ngh]'));
}

/** Playwright's `test`, whose `page.goto` and `page.reload` wait for hydration (see waitForHydration). */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await waitForHydration(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await waitForHydration(page);
      return response;
    };
    await use(page);
  },
});
export { expect };

export const DEMO_PASSWORD = 'TechZone-demo-2026!';
export const TEST_PASSWORD = 'Lasrobot-Tulpen-Vlonder-87';

let sequence = 0;
export function uniqueEmail(prefix: string): string {
  sequence += 1;
  return `${prefix}.${Date.now()}.${sequence}@example.nl`;
}

/** Opens a page with Dutch as the starting language (a fresh browser context has nothing stored). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('h1').first()).toBeVisible();
}

export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** Back to Dutch for a logged-in user: the choice is kept on the account, so this waits until it is saved. */
export async function switchBackToDutch(page: Page): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/auth/me') &&
      response.request().method() === 'PATCH' &&
      (response.request().postDataJSON() as { locale?: string } | null)?.locale === 'nl',
  );
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await saved;
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/E-mailadres|Email address/).fill(email);
  await page.getByLabel(/Wachtwoord|Password/).fill(password);
  await page.getByRole('button', { name: /^(Inloggen|Log in)$/ }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('account-menu').click();
  await page.getByRole('menuitem', { name: /Uitloggen|Log out/ }).click();
}

/**
 * The token of the last one-time link (`/<path>/<token>`) the API e-mailed to this address, or '' while none has come
 * (the e2e server writes each mail to E2E_MAIL_FILE; poll with expect.poll).
 */
export function mailedToken(email: string, path: string): string {
  const file = process.env['E2E_MAIL_FILE'];
  if (!file) {
    throw new Error('E2E_MAIL_FILE is not set (see playwright.config.mts)');
  }
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return '';
  }
  const mails = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { to: string[]; raw: string })
    .filter((mail) => mail.to.includes(email));
  const body = (mails.at(-1)?.raw ?? '').replace(/=\r?\n/g, '');
  return new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(body)?.[1] ?? '';
}
