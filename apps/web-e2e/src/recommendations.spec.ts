import { DEMO_PASSWORD, expect, logIn, test } from './support';

const OWNER = 'eigenaar@demo.techzonematch.nl';
const STUDENT = 'student@demo.techzonematch.nl';

test.describe('recommendations', () => {
  test('the demo student sees vacancies that fit, each with a score and the reasons in plain words', async ({
    page,
  }) => {
    // The demo student has a profile with home Emmen and welding skills.
    await logIn(page, STUDENT, DEMO_PASSWORD);
    await expect(page.getByTestId('home-candidate')).toBeVisible();
    await page.getByRole('link', { name: 'Voor jou', exact: true }).first().click();
    await expect(page).toHaveURL(/\/voor-jou$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Voor jou' })).toBeVisible();
    await expect(page.getByTestId('complete-profile')).toHaveCount(0);

    const first = page.getByTestId('recommendation').first();
    await expect(first).toBeVisible();
    await expect(first.getByTestId('vacancy-card').getByRole('heading', { level: 3 })).toBeVisible();
    await expect(first.getByTestId('match-score')).toContainText(/\d{1,3}% match/);

    const reasons = first.getByRole('list', { name: 'Waarom dit past' }).getByRole('listitem');
    await expect(reasons.first()).toBeVisible();
    await expect(reasons.first()).toHaveText(/\w{3,}/);
    // Reasons are sentences, never translation keys or raw codes.
    await expect(first.getByRole('list', { name: 'Waarom dit past' })).not.toContainText('matching.');
    await expect(first.getByRole('list', { name: 'Waarom dit past' })).not.toContainText(
      /\b(nice_skills|related_skill|skill_level_below|qualification_fits|level_fits|wanted_type|hours_fit|hours_outside|period_fits|period_partial)\b/,
    );
  });

  test('the demo owner sees findable candidates for a published vacancy and invites one to apply', async ({ page }) => {
    await logIn(page, OWNER, DEMO_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();
    await page.getByRole('link', { name: 'Mijn vacatures' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn vacatures' })).toBeVisible();

    // The "Kandidaten" link of the first published row (only published rows have one).
    const published = page
      .getByRole('row')
      .filter({ has: page.getByText('Gepubliceerd', { exact: true }) })
      .first();
    await published.getByRole('link', { name: /^Kandidaten:/ }).click();
    await expect(page).toHaveURL(/\/bedrijf\/vacatures\/[^/]+\/kandidaten$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kandidaten');
    await expect(page.getByTestId('candidates-explanation')).toContainText(
      'alleen kandidaten die zelf hebben gekozen om vindbaar te zijn',
    );

    // About 40% of the demo candidates opted in to be found, so the list is not empty.
    const matches = page.getByTestId('candidate-match');
    await expect(matches.first()).toBeVisible();
    await expect(matches.first().getByTestId('match-score')).toContainText(/\d{1,3}% match/);

    // Invite the first candidate who can still be invited (an earlier run may have invited the very first).
    const invitable = matches
      .filter({ has: page.getByRole('button', { name: /^Uitnodigen om te solliciteren/ }) })
      .first();
    await expect(invitable).toBeVisible();
    const name = ((await invitable.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
    expect(name).not.toBe('');
    const card = matches.filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) }).first();

    await card.getByRole('button', { name: `Uitnodigen om te solliciteren: ${name}` }).click();
    await expect(card.getByRole('button', { name: 'Uitgenodigd' })).toBeDisabled();
    await expect(page.getByText(`${name} is uitgenodigd om te solliciteren.`)).toBeVisible();

    // The invitation is kept: after a reload the button still says "Uitgenodigd".
    await page.reload();
    await expect(page.getByTestId('candidates-explanation')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Uitgenodigd' })).toBeDisabled();
  });
});
