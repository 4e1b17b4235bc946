import { expect, Page } from '@playwright/test';

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
