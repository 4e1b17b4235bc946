import { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, logIn, logOut, switchBackToDutch, switchToEnglish, test } from './support';

const STUDENT = 'student@demo.techzonematch.nl';
const STUDENT_NAME = 'Sanne Bakker';
const OWNER = 'eigenaar@demo.techzonematch.nl';
const COORDINATOR = 'coordinator@demo.techzonematch.nl';
const HONDSRUG = 'Hondsrug Metaaltechniek B.V.';
/** The demo data's open round of the demo school for the demo student's cohort (see the seed generator). */
const ROUND = 'Stageronde Allround lasser';

/** The student opens the demo round through the navigation. */
async function openRoundAsStudent(page: Page): Promise<void> {
  await logIn(page, STUDENT, DEMO_PASSWORD);
  await expect(page.getByTestId('home-candidate')).toBeVisible();
  await page.getByRole('link', { name: 'Plaatsingsrondes', exact: true }).first().click();
  await expect(page).toHaveURL(/\/rondes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingsrondes' })).toBeVisible();
  await page.getByRole('link', { name: ROUND, exact: true }).click();
  await expect(page).toHaveURL(/\/rondes\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUND);
}

test.describe.serial('placement rounds', () => {
  let hondsrugTitle = '';
  let otherTitle = '';

  test('the student reads the round in English as well as in Dutch', async ({ page }) => {
    await openRoundAsStudent(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Mijn keuzes' })).toBeVisible();
    await expect(page.getByTestId('round-phase')).toHaveText('Kiezen mogelijk');

    await switchToEnglish(page);
    await expect(page.getByRole('heading', { level: 2, name: 'My choices' })).toBeVisible();
    await expect(page.getByTestId('round-phase')).toHaveText('Open for choices');
    await expect(page.getByTestId('round-deadline')).toContainText('Choices until');
    await expect(
      page
        .getByTestId('round-place')
        .first()
        .getByRole('button', { name: /^Choose / }),
    ).toBeVisible();

    await switchBackToDutch(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Mijn keuzes' })).toBeVisible();
  });

  test('the student chooses two places, puts the Hondsrug place first with the keyboard and saves', async ({
    page,
  }) => {
    await openRoundAsStudent(page);
    await expect(page.getByTestId('round-deadline')).toContainText('Kiezen kan tot');
    await expect(page.getByTestId('choice-count')).toHaveText('0 van 5 gekozen');

    const places = page.getByTestId('round-place');
    const hondsrug = places.filter({ hasText: HONDSRUG });
    await expect(hondsrug).toHaveCount(1);
    hondsrugTitle = ((await hondsrug.getByRole('heading', { level: 3 }).textContent()) ?? '').trim();
    expect(hondsrugTitle).not.toBe('');
    await expect(hondsrug.getByTestId('match-score')).toContainText(/\d{1,3}% match/);

    // Another place the student may choose (places with unmet rules say why instead).
    const other = places
      .filter({ hasNotText: HONDSRUG })
      .filter({ hasNot: page.getByTestId('not-eligible') })
      .filter({ hasNot: page.getByRole('heading', { level: 3, name: hondsrugTitle, exact: true }) })
      .first();
    otherTitle = ((await other.getByRole('heading', { level: 3 }).textContent()) ?? '').trim();
    expect(otherTitle).not.toBe('');

    // First the other place, then Hondsrug: Hondsrug is the second choice.
    await other.getByRole('button', { name: `Kies ${otherTitle}`, exact: true }).click();
    await hondsrug.getByRole('button', { name: `Kies ${hondsrugTitle}`, exact: true }).click();
    await expect(hondsrug.getByTestId('chosen-as')).toContainText('Jouw 2e keuze');
    const choices = page.getByTestId('my-choices').getByTestId('choice-title');
    await expect(choices).toHaveText([otherTitle, hondsrugTitle]);
    await expect(page.getByTestId('choice-count')).toHaveText('2 van 5 gekozen');
    await expect(page.getByTestId('ranking-unsaved')).toBeVisible();

    // Move it up with the keyboard: the order changes, the focus stays on the entry and the change is announced.
    const up = page.getByRole('button', { name: `${hondsrugTitle} een plek hoger zetten`, exact: true });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(choices).toHaveText([hondsrugTitle, otherTitle]);
    await expect(
      page.getByRole('button', { name: `${hondsrugTitle} een plek lager zetten`, exact: true }),
    ).toBeFocused();
    await expect(page.locator('.cdk-live-announcer-element')).toHaveText(`${hondsrugTitle} staat nu op plek 1 van 2.`);
    await expect(hondsrug.getByTestId('chosen-as')).toContainText('Jouw 1e keuze');

    await page.getByTestId('save-ranking').click();
    await expect(page.getByText('Je keuzes zijn opgeslagen.')).toBeVisible();
    await expect(page.getByTestId('ranking-unsaved')).toHaveCount(0);

    // Saved: after a reload the order is the same.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUND);
    await expect(page.getByTestId('my-choices').getByTestId('choice-title')).toHaveText([hondsrugTitle, otherTitle]);
  });

  test('the company sees the student among the candidates of its place', async ({ page }) => {
    await logIn(page, OWNER, DEMO_PASSWORD);
    await expect(page.getByTestId('home-company')).toBeVisible();
    await page.getByRole('link', { name: 'Plaatsingsrondes', exact: true }).first().click();
    await expect(page).toHaveURL(/\/bedrijf\/rondes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingsrondes' })).toBeVisible();

    const round = page
      .getByTestId('company-round')
      .filter({ has: page.getByRole('heading', { level: 2, name: ROUND }) });
    const vacancy = round
      .getByTestId('round-vacancy')
      .filter({ has: page.getByRole('heading', { level: 3, name: hondsrugTitle, exact: true }) });
    await expect(vacancy).toHaveCount(1);
    const candidate = vacancy.getByTestId('ranked-item').filter({ hasText: STUDENT_NAME });
    await expect(candidate).toHaveCount(1);
    await expect(candidate.getByTestId('candidate-choice')).toHaveText('1e keuze van de student');
    await expect(candidate.getByTestId('match-score')).toContainText(/\d{1,3}% match/);
    await expect(vacancy.getByRole('radio', { name: 'Rangschikken op matchscore' })).toBeChecked();
  });

  test('the coordinator runs the allocation, compares the outcomes and publishes the stable one', async ({ page }) => {
    await logIn(page, COORDINATOR, DEMO_PASSWORD);
    await expect(page.getByTestId('home-school')).toBeVisible();
    await page.getByRole('link', { name: 'Plaatsingsrondes', exact: true }).first().click();
    await expect(page).toHaveURL(/\/school\/rondes$/);
    await page.getByRole('link', { name: ROUND, exact: true }).click();
    await expect(page.getByTestId('round-name')).toHaveText(ROUND);
    await expect(page.getByTestId('round-phase')).toHaveText('Kiezen mogelijk');

    // The student's two choices are there.
    const student = page.getByTestId('round-students').getByRole('row').filter({ hasText: STUDENT_NAME });
    await expect(student).toContainText('2 van 5');
    await expect(page.getByTestId('no-runs')).toBeVisible();

    await page.getByTestId('round-seed').fill('e2e-ronde-1');
    await page.getByRole('button', { name: 'Verdeling uitvoeren' }).click();
    await expect(page.getByText('De verdeling is uitgevoerd.', { exact: false })).toBeVisible();

    // Both outcomes side by side, with their statistics.
    const stable = page.getByTestId('comparison-1-stable');
    const optimal = page.getByTestId('comparison-1-optimal');
    await expect(stable).toContainText('Stabiel');
    await expect(stable).toContainText('loting e2e-ronde-1');
    await expect(stable.getByTestId('stat-placed')).toHaveText(/\d{1,3}\s?%\s*\(\d+\/\d+\)/);
    await expect(optimal).toContainText('Optimaal');
    await expect(optimal.getByTestId('stat-placed')).toHaveText(/\d{1,3}\s?%/);

    // The run opens: per student both outcomes; the student gets the Hondsrug place in the stable outcome.
    const run = page.getByTestId('run-detail');
    await expect(run.getByRole('heading', { level: 3 })).toHaveText('Verdeling 1 (loting e2e-ronde-1)');
    const studentRow = run.getByTestId('run-students').getByRole('row').filter({ hasText: STUDENT_NAME });
    await expect(studentRow.getByRole('cell').nth(1)).toContainText(hondsrugTitle);
    await expect(studentRow.getByRole('cell').nth(1)).toContainText('1e keuze');
    await expect(run.getByTestId('run-fill')).toContainText(HONDSRUG);
    await expect(run.getByText('Instabiele paren bij optimaal')).toBeVisible();

    await stable.getByRole('button', { name: 'Verdeling 1 publiceren (Stabiel)' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading')).toHaveText('Verdeling 1 (Stabiel) publiceren?');
    await expect(dialog).toContainText('krijgen een aanbod');
    await expect(dialog).toContainText('sluit de ronde');
    await dialog.getByRole('button', { name: 'Publiceren en aanbiedingen versturen' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByTestId('round-phase')).toHaveText('Gepubliceerd');
    await expect(page.getByTestId('round-published')).toContainText('verdeling 1, Stabiel');
    await expect(stable).toContainText('Gepubliceerd');
    await expect(page.getByRole('button', { name: 'Verdeling uitvoeren' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /publiceren/ })).toHaveCount(0);
    await logOut(page);
  });

  test('the student sees the place at Hondsrug, opens the offer and accepts it', async ({ page }) => {
    await openRoundAsStudent(page);
    await expect(page.getByTestId('round-phase')).toHaveText('Gepubliceerd');
    await expect(page.getByTestId('round-result-text')).toHaveText(
      `Je hebt een plek bij ${HONDSRUG}: ${hondsrugTitle}.`,
    );
    // The round is read-only now.
    await expect(page.getByTestId('save-ranking')).toHaveCount(0);
    await expect(page.getByTestId('choose')).toHaveCount(0);

    await page.getByTestId('round-offer-link').click();
    await expect(page).toHaveURL(/\/sollicitaties\/[^/]+$/);
    await expect(page.getByTestId('application-vacancy-title')).toHaveText(hondsrugTitle);
    await expect(page.getByTestId('application-status')).toHaveText('Aanbod');
    await expect(page.getByTestId('placement-round')).toContainText(`Aanbod via plaatsingsronde ${ROUND}`);
    await expect(page.getByTestId('application-timeline')).toContainText('de school');

    await page.getByRole('button', { name: 'Aanbod accepteren' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Aanbod accepteren' }).click();
    await expect(page.getByTestId('application-status')).toHaveText('Aangenomen');
  });
});
