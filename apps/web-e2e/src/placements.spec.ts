import { APIRequestContext, Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, logIn, mailedToken, test } from './support';

const STUDENT = 'student@demo.techzonematch.nl';
const OWNER = 'eigenaar@demo.techzonematch.nl';
const MENTOR = 'praktijkopleider@demo.techzonematch.nl';
const COORDINATOR = 'coordinator@demo.techzonematch.nl';
const SUPERVISOR = 'begeleider@demo.techzonematch.nl';
const SUPERVISOR_NAME = 'Rutger Oosting';
const MENTOR_NAME = 'Henk Lubbers';
const GUARDIAN_NAME = 'Marja Bakker';

/** The Monday `weeksAgo` weeks before this week's Monday (negative: after), as a UTC date. */
function monday(weeksAgo: number): Date {
  const today = new Date();
  const day = (today.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - day - 7 * weeksAgo));
}

/** A date as people type it in the Dutch date fields (day first). */
function dayFirst(date: Date): string {
  return `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;
}

async function token(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function getJson<T>(request: APIRequestContext, bearer: string, path: string): Promise<T> {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${bearer}` } });
  expect(response.ok(), `GET ${path}`).toBe(true);
  return (await response.json()) as T;
}

const guardianToken = (email: string): string => mailedToken(email, 'ouder');

/** Runs the steps as one user in a browser of their own. */
async function as(browser: Browser, email: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await logIn(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await steps(page);
  } finally {
    await context.close();
  }
}

async function confirmDialog(page: Page, name: string): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/**
 * The browser test: a 17-year-old student accepts an offer, the school approves, all parties sign (the
 * guardian through the e-mailed link), hours are logged and approved, evaluations written and co-signed, and the
 * school completes the placement. The application and the offer (not the point here) go through the API.
 */
test.describe.serial('school placements: from offer to completed internship', () => {
  let applicationId = '';
  let vacancyId = '';
  let placementId = '';
  const guardianEmail = `ouder.${Date.now()}@example.nl`;

  test.beforeAll(async ({ request }) => {
    const owner = await token(request, OWNER);
    const student = await token(request, STUDENT);
    const me = await getJson<{ memberships: { organizationId: string }[] }>(request, owner, '/api/auth/me');
    const companyId = me.memberships[0].organizationId;
    const vacancies = await getJson<{ id: string; type: string; status: string }[]>(
      request,
      owner,
      `/api/companies/${companyId}/vacancies`,
    );
    // Other specs use the demo student too: take an internship they have not applied to and that is not a place of
    // the demo placement round (rounds.spec.ts gives the student that one).
    const mine = await getJson<{ vacancy: { id: string } }[]>(request, student, '/api/me/applications');
    const rounds = await getJson<{ vacancies: { vacancy: { id: string } }[] }[]>(request, student, '/api/me/rounds');
    const taken = new Set([
      ...mine.map((application) => application.vacancy.id),
      ...rounds.flatMap((round) => round.vacancies.map((place) => place.vacancy.id)),
    ]);
    const vacancy = vacancies.find((v) => v.type === 'bol_internship' && v.status === 'published' && !taken.has(v.id));
    expect(vacancy, 'a published BOL internship at Hondsrug outside the round, not applied to').toBeDefined();
    vacancyId = vacancy?.id ?? '';
    const applied201 = await request.post(`/api/vacancies/${vacancyId}/applications`, {
      headers: { Authorization: `Bearer ${student}` },
      data: { motivation: 'Ik wil graag bij jullie leren lassen in de werkplaats, MIG/MAG en TIG.' },
    });
    expect(applied201.status()).toBe(201);
    applicationId = ((await applied201.json()) as { id: string }).id;
    const offered = await request.patch(`/api/applications/${applicationId}`, {
      headers: { Authorization: `Bearer ${owner}` },
      data: { to: 'offered' },
    });
    expect(offered.ok()).toBe(true);
  });

  test('the student accepts the offer and finds the placement under Stages', async ({ browser, request }) => {
    await as(browser, STUDENT, async (page) => {
      await page.goto(`/sollicitaties/${applicationId}`);
      await page.getByRole('button', { name: 'Aanbod accepteren' }).click();
      await confirmDialog(page, 'Aanbod accepteren');
      await expect(page.getByTestId('application-status').first()).toHaveText('Aangenomen');

      const placements = await getJson<{ id: string; vacancy: { id: string } | null }[]>(
        request,
        await token(request, STUDENT),
        '/api/me/placements',
      );
      placementId = placements.find((p) => p.vacancy?.id === vacancyId)?.id ?? '';
      expect(placementId).not.toBe('');

      await page.getByRole('link', { name: 'Stages', exact: true }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn stages' })).toBeVisible();
      const card = page.locator(`[data-testid="placement-card"][data-id="${placementId}"]`);
      await expect(card.getByTestId('placement-status')).toHaveText('Wacht op school');
      await card.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/stages/${placementId}$`));
      await expect(page.getByTestId('placement-checks')).toBeVisible();
    });
  });

  test('the coordinator sets the period, approves and assigns the supervisor', async ({ browser }) => {
    await as(browser, COORDINATOR, async (page) => {
      await page.getByRole('link', { name: 'Stages', exact: true }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Stage-overzicht' })).toBeVisible();
      await expect(page.getByTestId('state-chips')).toContainText('Wacht op goedkeuring');
      // Rows come fifty at a time; the search finds any student by name, without accents too.
      const rows = page.getByTestId('overview-row');
      const total = Number((await page.getByText(/^\d+ student\(en\)$/).innerText()).split(' ')[0]);
      expect(total).toBeGreaterThan(50); // the demo school has a few hundred students
      await expect(rows).toHaveCount(50);
      await page.getByTestId('show-more').click();
      await expect(rows).toHaveCount(Math.min(total, 100));
      await page.getByRole('searchbox', { name: 'Zoek een student' }).fill('sanne bakker');
      await expect(rows.filter({ hasText: 'Sanne Bakker' })).toHaveCount(1);
      await expect(page.getByText(/^\d+ student\(en\)$/)).not.toHaveText(`${total} student(en)`);
      // The table shows one placement per student (the demo student may have more from other specs): go by its id.
      await page.goto(`/stages/${placementId}`);

      // Started three weeks ago, so the student can log hours for weeks that have passed.
      const start = monday(3);
      const end = new Date(monday(-12).getTime() + 4 * 86_400_000);
      const edit = page.getByTestId('placement-edit');
      await edit.getByRole('textbox', { name: 'Begindatum' }).fill(dayFirst(start));
      await edit.getByRole('textbox', { name: 'Einddatum' }).fill(dayFirst(end));
      await edit.getByRole('spinbutton', { name: 'Uren per week' }).fill('32');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expect(page.getByTestId('placement-period')).toContainText(String(start.getUTCFullYear()));
      await expect(page.locator('[data-check] mat-icon[data-mat-icon-name="error"]')).toHaveCount(0);
      await expect(page.locator('[data-check] mat-icon[data-mat-icon-name="check_circle"]').first()).toBeVisible();

      await page.getByTestId('approve').click();
      await confirmDialog(page, 'Stage goedkeuren');
      await expect(page.getByTestId('placement-status')).toHaveText('Goedgekeurd');

      const picker = page.getByTestId('supervisor-picker');
      await picker.getByRole('combobox', { name: 'Kies de stagebegeleider' }).click();
      await page.getByRole('option', { name: new RegExp(`^${SUPERVISOR_NAME}`) }).click();
      await picker.getByRole('button', { name: 'Toewijzen' }).click();
      await expect(page.getByTestId('placement-supervisor')).toHaveText(SUPERVISOR_NAME);
    });
  });

  test('the company owner assigns the mentor', async ({ browser }) => {
    await as(browser, OWNER, async (page) => {
      await page.getByRole('link', { name: 'Stages', exact: true }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Stages' })).toBeVisible();
      await page.locator(`[data-testid="placement-card"][data-id="${placementId}"]`).getByRole('link').click();
      const picker = page.getByTestId('mentor-picker');
      await picker.getByRole('combobox', { name: 'Kies de praktijkopleider' }).click();
      await page.getByRole('option', { name: new RegExp(`^${MENTOR_NAME}`) }).click();
      await picker.getByRole('button', { name: 'Toewijzen' }).click();
      await expect(page.getByTestId('placement-mentor')).toHaveText(MENTOR_NAME);
    });
  });

  test('the coordinator draws up the agreement and signs for the school', async ({ browser }) => {
    await as(browser, COORDINATOR, async (page) => {
      await page.goto(`/stages/${placementId}`);
      await page.getByTestId('draw-agreement').click();
      await expect(page.getByTestId('agreement-status')).toContainText('Versie 1');
      await expect(page.getByTestId('agreement-content')).toContainText(MENTOR_NAME);
      await expect(page.getByTestId('agreement-signatures').locator('[data-party="guardian"]')).toBeVisible();

      // The PDF comes with the bearer token, in Dutch or English.
      const pdf = page.waitForResponse((r) => r.url().includes('/agreement.pdf?lang=en'));
      await page.getByTestId('agreement-pdf-en').click();
      expect((await pdf).headers()['content-type']).toContain('application/pdf');

      await page.getByTestId('sign-agreement').click();
      await confirmDialog(page, 'Overeenkomst tekenen');
      await expect(page.getByTestId('agreement-signatures').locator('[data-party="school"]')).toContainText(
        'getekend door',
      );
    });
  });

  test('the company signs', async ({ browser }) => {
    await as(browser, OWNER, async (page) => {
      await page.goto(`/stages/${placementId}`);
      await page.getByTestId('sign-agreement').click();
      await confirmDialog(page, 'Overeenkomst tekenen');
      await expect(page.getByTestId('agreement-signatures').locator('[data-party="company"]')).toContainText(
        'getekend door',
      );
    });
  });

  test('the student signs and sends the guardian the link', async ({ browser }) => {
    await as(browser, STUDENT, async (page) => {
      await page.goto(`/stages/${placementId}`);
      await page.getByTestId('sign-agreement').click();
      await confirmDialog(page, 'Overeenkomst tekenen');
      await expect(page.getByTestId('agreement-signatures').locator('[data-party="student"]')).toContainText(
        'getekend door',
      );
      await page.getByRole('textbox', { name: 'Naam van de ouder of voogd' }).fill(GUARDIAN_NAME);
      await page.getByRole('textbox', { name: 'E-mailadres van de ouder of voogd' }).fill(guardianEmail);
      await page.getByTestId('invite-guardian').click();
      await expect(page.getByTestId('guardian-invitation')).toContainText(guardianEmail);
    });
  });

  test('the guardian signs through the e-mailed link, without an account', async ({ page }) => {
    await expect.poll(() => guardianToken(guardianEmail), { timeout: 15_000 }).not.toBe('');
    const link = guardianToken(guardianEmail);

    await page.goto(`/ouder/${link}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Praktijkovereenkomst tekenen' })).toBeVisible();
    await expect(page.getByText(`Beste ${GUARDIAN_NAME},`)).toBeVisible();
    await page.getByRole('button', { name: 'Tekenen', exact: true }).click();
    await expect(page.getByText('Vink aan dat u akkoord gaat.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Uw volledige naam' }).fill(GUARDIAN_NAME);
    await page.getByRole('checkbox', { name: /Ik ga akkoord/ }).check();
    await page.getByRole('button', { name: 'Tekenen', exact: true }).click();
    await expect(page.getByTestId('guardian-signed')).toBeVisible();

    // The link works once.
    await page.goto(`/ouder/${link}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeVisible();
  });

  test('the placement is active and the student logs the hours of a past week', async ({ browser }) => {
    await as(browser, STUDENT, async (page) => {
      await page.goto(`/stages/${placementId}`);
      await expect(page.getByTestId('placement-status')).toHaveText('Loopt');
      await expect(page.getByTestId('agreement-status')).toContainText('door iedereen getekend');

      const form = page.getByTestId('log-hours');
      await form.getByRole('combobox', { name: 'Week' }).click();
      // Newest first: this week, then last week.
      await page.getByRole('option').nth(1).click();
      await form.getByRole('spinbutton', { name: 'Uren' }).fill('32');
      await form.getByRole('button', { name: 'Uren doorgeven' }).click();
      await expect(page.getByTestId('hours-entry').first().getByTestId('hours-status')).toHaveText(
        'Wacht op goedkeuring',
      );
    });
  });

  test('the mentor approves the hours and writes the midterm and final evaluations', async ({ browser }) => {
    await as(browser, MENTOR, async (page) => {
      await page.getByRole('link', { name: 'Stages', exact: true }).first().click();
      // A mentor's list holds the placements they guide, and says so.
      await expect(page.getByText('De stages die jij begeleidt, als stagebegeleider')).toBeVisible();
      await page.locator(`[data-testid="placement-card"][data-id="${placementId}"]`).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/stages/${placementId}$`));

      await page.getByRole('button', { name: /^Uren van .* goedkeuren$/ }).click();
      await expect(page.getByTestId('hours-entry').first().getByTestId('hours-status')).toHaveText('Goedgekeurd');
      await expect(page.getByTestId('hours-progress')).toContainText('32 van');

      for (const [kind, summary] of [
        ['midterm', 'Goede start; blijft oefenen op dikke plaat.'],
        ['final', 'Stage met goed resultaat afgerond.'],
      ] as const) {
        const section = page.getByTestId(`evaluation-${kind}`);
        await section.getByRole('button', { name: 'Beoordeling schrijven' }).click();
        const form = page.getByTestId(`evaluation-form-${kind}`);
        await form.getByRole('textbox', { name: 'Werkproces 1' }).fill('Bereidt laswerkzaamheden voor');
        await form.getByRole('combobox', { name: 'Beoordeling 1' }).click();
        await page.getByRole('option', { name: '3 · goed' }).click();
        await form.getByRole('textbox', { name: 'Samenvatting' }).fill(summary);
        await form.getByRole('button', { name: 'Beoordeling opslaan' }).click();
        await expect(section).toContainText(summary);
        await expect(section.getByTestId('evaluation-cosign')).toHaveText(/Nog niet medeondertekend/);
      }
    });
  });

  test('the supervisor finds the student under "Mijn begeleiding" and co-signs both evaluations', async ({
    browser,
  }) => {
    await as(browser, SUPERVISOR, async (page) => {
      await page.getByRole('link', { name: 'Mijn begeleiding', exact: true }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn begeleiding' })).toBeVisible();
      await page.locator(`[data-testid="placement-card"][data-id="${placementId}"]`).getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/stages/${placementId}$`));
      for (const kind of ['midterm', 'final']) {
        const section = page.getByTestId(`evaluation-${kind}`);
        await section.getByRole('button', { name: 'Medeondertekenen' }).click();
        await expect(section.getByTestId('evaluation-cosign')).toContainText(`Medeondertekend door ${SUPERVISOR_NAME}`);
      }
    });
  });

  test('the coordinator completes the placement', async ({ browser }) => {
    await as(browser, COORDINATOR, async (page) => {
      await page.goto(`/stages/${placementId}`);
      await page.getByTestId('complete').click();
      await confirmDialog(page, 'Stage afronden');
      await expect(page.getByTestId('placement-status')).toHaveText('Afgerond');
      await expect(page.getByTestId('placement-timeline')).toContainText('Stage afgerond');
    });
  });
});

test.describe.serial('misconduct reports', () => {
  test('a student reports a company in two clicks; the school sees it, told that the company never does', async ({
    browser,
    request,
  }) => {
    const owner = await token(request, OWNER);
    const me = await getJson<{ memberships: { organizationId: string }[] }>(request, owner, '/api/auth/me');
    const companyId = me.memberships[0].organizationId;
    const description = `Opmerkingen over mijn afkomst tijdens het gesprek (${Date.now()}).`;

    await as(browser, STUDENT, async (page) => {
      await page.goto(`/bedrijven/${companyId}`);
      await page.getByTestId('report-company').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByText(/nooit naar het bedrijf/)).toBeVisible();
      await dialog.getByRole('radio', { name: 'Discriminatie' }).check();
      await dialog.getByRole('textbox', { name: /Wat is er gebeurd/ }).fill(description);
      await dialog.getByRole('button', { name: 'Melding versturen' }).click();
      await expect(dialog.getByTestId('report-sent')).toContainText('het bedrijf krijgt hem niet te zien');
    });

    await as(browser, COORDINATOR, async (page) => {
      await page.getByRole('link', { name: 'Meldingen', exact: true }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
      const report = page.getByTestId('report').filter({ hasText: description });
      await expect(report).toContainText('Discriminatie');
      await expect(report).toContainText('Hondsrug Metaaltechniek B.V.');
    });
  });
});
