import { DEMO_PASSWORD, expect, logIn, test } from './support';

test.describe('candidate profile', () => {
  test('the demo student fills skills, home place and travel distance, turns on findability, saves and keeps it after a reload', async ({
    page,
  }) => {
    await logIn(page, 'student@demo.techzonematch.nl', DEMO_PASSWORD);
    await expect(page.getByTestId('home-candidate')).toBeVisible();
    await page.getByRole('link', { name: 'Mijn profiel' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeVisible();

    const skillBox = page.getByRole('combobox', { name: 'Vaardigheid toevoegen' });
    await skillBox.fill('frezen');
    const option = page.getByRole('option', { name: /frezen/i }).first();
    const skillName = (await option.innerText()).trim();
    await option.click();
    await expect(page.getByTestId('picked-skill').filter({ hasText: skillName })).toHaveCount(1);

    const home = page.getByRole('combobox', { name: 'Woonplaats' });
    await home.fill('Coevorden');
    await page
      .getByRole('option', { name: /^Coevorden ·/ })
      .first()
      .click();
    await expect(home).toHaveValue(/^Coevorden/);

    await page.getByRole('spinbutton', { name: 'Maximale reisafstand' }).fill('35');

    // Material's switch updates aria-checked on the next render, so click and then wait for it (not check()).
    const findable = page.getByRole('switch', { name: /Vindbaar/ });
    // The demo student may or may not be findable already: make sure the switch ends up on.
    // eslint-disable-next-line playwright/no-conditional-in-test
    if (!(await findable.isChecked())) {
      await findable.click();
    }
    await expect(findable).toBeChecked();

    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(page.getByText('Je profiel is opgeslagen.')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeVisible();
    await expect(page.getByRole('switch', { name: /Vindbaar/ })).toBeChecked();
    await expect(page.getByRole('spinbutton', { name: 'Maximale reisafstand' })).toHaveValue('35');
    await expect(page.getByRole('combobox', { name: 'Woonplaats' })).toHaveValue(/^Coevorden/);
    await expect(page.getByTestId('picked-skill').filter({ hasText: skillName })).toHaveCount(1);
  });
});
