import type { FastifyInstance } from 'fastify';
import { brotliDecompressSync } from 'node:zlib';
import {
  bearer,
  newVacancy,
  organizationOf,
  placeId,
  publishedVacancy,
  register,
  startTestApp,
  TestApp,
  verifiedCompany,
  type Session,
} from '../testing/test-app';
import { requireWebBuild, WEB_DIST } from '../testing/web-build';

/** The JSON-LD JobPosting of a rendered page, or null. */
function jobPostingOf(html: string): Record<string, unknown> | null {
  const script = /<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  return script ? (JSON.parse(script[1]) as Record<string, unknown>) : null;
}

/** The API serving the built web app: public pages rendered on the server, the rest left to the browser. */
describe('web pages (HTTP, server-rendered)', () => {
  let t: TestApp;
  let fastify: FastifyInstance;
  let company: Session;
  let vacancyId: string;

  beforeAll(async () => {
    requireWebBuild();
    t = await startTestApp({ WEB_DIST, PUBLIC_URL: 'https://match.example.nl' });
    fastify = t.app.getHttpAdapter().getInstance() as FastifyInstance;
    company = await verifiedCompany(t, { companyName: 'Smederij Pagina B.V.' });
    vacancyId = await publishedVacancy(t, company, await placeId(t, 'Emmen'), {
      title: 'Leerbaan constructiebankwerker <Emmen>',
    });
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('should render a vacancy page with its title and company in the first response', async () => {
    const page = await t.http.get(`/vacatures/${vacancyId}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    // Rendered by Angular on the server (hydration data), escaped like any text.
    expect(page.text).toContain('ngh=');
    expect(page.text).toContain('Leerbaan constructiebankwerker &lt;Emmen&gt;');
    expect(page.text).not.toContain('Leerbaan constructiebankwerker <Emmen>');
    expect(page.text).toContain('Smederij Pagina B.V.');
    expect(page.text).toMatch(/<html lang="nl"/);
    expect(page.text).toContain('Terug naar zoeken');
  });

  it('should describe a published vacancy for search engines and link previews, with its JobPosting', async () => {
    const page = await t.http.get(`/vacatures/${vacancyId}`).expect(200);
    expect(page.text).toContain(
      '<title>Leerbaan constructiebankwerker &lt;Emmen&gt; · Smederij Pagina B.V. · TechZone Match</title>',
    );
    expect(page.text).toContain(`<link rel="canonical" href="https://match.example.nl/vacatures/${vacancyId}">`);
    expect(page.text).toMatch(
      /<meta property="og:title" content="Leerbaan constructiebankwerker &lt;Emmen&gt; · Smederij/,
    );
    expect(page.text).toMatch(/<meta name="description" content="Smederij Pagina B.V., Emmen\. Je leert lassen/);
    const jsonLd = jobPostingOf(page.text);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Leerbaan constructiebankwerker <Emmen>',
      employmentType: 'INTERN',
      hiringOrganization: { '@type': 'Organization', name: 'Smederij Pagina B.V.' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Emmen', addressCountry: 'NL' } },
      url: `https://match.example.nl/vacatures/${vacancyId}`,
    });
    expect(typeof jsonLd?.['datePosted']).toBe('string');
    expect(typeof jsonLd?.['validThrough']).toBe('string');
    // The title's "<" cannot end the script element.
    expect(page.text).toContain('\\u003cEmmen>');
  });

  it('should carry no JobPosting for a filled vacancy, and answer a closed one with a 404 that is not indexed', async () => {
    const place = await placeId(t, 'Emmen');
    const filled = await publishedVacancy(t, company, place, { title: 'Vervulde plaats monteur' });
    // Filled when its last place is taken by an accepted offer (as the applications flow does).
    await t.dataSource.query(`UPDATE vacancies SET status = 'filled', closed_at = now() WHERE id = $1`, [filled]);
    const closed = await publishedVacancy(t, company, place, { title: 'Gesloten plaats monteur' });
    await t.http.post(`/api/vacancies/${closed}/close`).set('Authorization', bearer(company)).expect(200);

    const filledPage = await t.http.get(`/vacatures/${filled}`).expect(200);
    expect(filledPage.text).toContain('Vervulde plaats monteur');
    expect(jobPostingOf(filledPage.text)).toBeNull();
    const closedPage = await t.http.get(`/vacatures/${closed}`).expect(404);
    expect(closedPage.text).not.toContain('Gesloten plaats monteur');
    expect(closedPage.text).toContain('<meta name="robots" content="noindex">');
    expect(jobPostingOf(closedPage.text)).toBeNull();
  });

  it('should list published vacancies and verified companies in /sitemap.xml, not drafts', async () => {
    const draft = await t.http
      .post('/api/vacancies')
      .set('Authorization', bearer(company))
      .send(newVacancy(organizationOf(company), await placeId(t, 'Emmen'), { title: 'Concept' }))
      .expect(201);
    const sitemap = await t.http.get('/sitemap.xml').expect(200);
    expect(sitemap.headers['content-type']).toMatch(/^application\/xml/);
    expect(sitemap.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(sitemap.text).toContain(`<loc>https://match.example.nl/vacatures/${vacancyId}</loc>`);
    expect(sitemap.text).toContain(`<loc>https://match.example.nl/bedrijven/${organizationOf(company)}</loc>`);
    expect(sitemap.text).toContain('<loc>https://match.example.nl/</loc>');
    expect(sitemap.text).not.toContain(draft.body.id as string);

    const robots = await t.http.get('/robots.txt').expect(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.text).toContain('Disallow: /api/');
    expect(robots.text).toContain('Sitemap: https://match.example.nl/sitemap.xml');
  });

  it('should render the page in English for a visitor who chose English', async () => {
    const page = await t.http.get(`/vacatures/${vacancyId}`).set('Cookie', 'tz_lang=en').expect(200);
    expect(page.text).toMatch(/<html lang="en"/);
    expect(page.text).toContain('Back to search');
    expect(page.text).not.toContain('Terug naar zoeken');
    expect(page.text).toContain('Leerbaan constructiebankwerker');
  });

  it('should render the search results on the server', async () => {
    const page = await t.http.get('/vacatures?q=constructiebankwerker').expect(200);
    expect(page.text).toContain('Leerbaan constructiebankwerker');
  });

  it('should compress a rendered page for a client that accepts brotli', async () => {
    const page = await fastify.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(page.rawPayload).toString('utf8')).toContain('ngh=');
  });

  it('should render no visitor data: a logged-in visitor gets the same public page as anyone', async () => {
    const student = await register(t.http, { kind: 'student', name: 'Geheime Naam' });
    const anonymous = await t.http.get(`/vacatures/${vacancyId}`).expect(200);
    const withSession = await t.http
      .get(`/vacatures/${vacancyId}`)
      .set('Authorization', bearer(student))
      .set('Cookie', `${student.cookie}; tz_session=1`)
      .expect(200);
    expect(withSession.text).not.toContain('Geheime Naam');
    expect(withSession.text).not.toContain(student.email);
    // The same page, but for the per-render counters (style scopes, the screen-reader announcer).
    const normalize = (html: string): string => html.replace(/ng-c\d+|cdk-live-announcer-\d+/g, '');
    expect(normalize(withSession.text)).toBe(normalize(anonymous.text));
  });

  it('should leave pages behind a login to the browser: the shell, with no server rendering', async () => {
    for (const path of ['/home', '/bedrijf/vacatures', '/evenementen/mijn', '/admin/organizations']) {
      const page = await t.http.get(path).expect(200);
      expect(page.text).toContain('<tz-root></tz-root>');
      expect(page.text).not.toContain('ngh=');
    }
  });

  it('should answer a missing file and an unknown API address with a 404, not a page', async () => {
    const file = await t.http.get('/chunk-NOTTHERE.js').expect(404);
    expect(file.headers['content-type']).toMatch(/application\/json/);
    const api = await t.http.get('/api/not-a-route').expect(404);
    expect(api.body).toMatchObject({ statusCode: 404 });
  });
});
