import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { AppConfig, publicUrl } from '../config/app-config';
import { OrganizationsService } from '../organizations/organizations.service';
import { VacanciesService } from '../vacancies/vacancies.service';

/** A sitemap file holds at most 50,000 addresses (sitemaps.org); the newest vacancies come first. */
const SITEMAP_MAX = 50_000;
const COMPANIES_MAX = 5_000;

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};
const escapeXml = (text: string): string => text.replace(/[<>&'"]/g, (char) => XML_ESCAPES[char] ?? char);

/** For search engines, at the site's root (outside /api): `/robots.txt` and `/sitemap.xml`. */
@ApiExcludeController()
@Controller()
export class SeoController {
  constructor(
    private readonly config: AppConfig,
    private readonly vacancies: VacanciesService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Public()
  @Get('robots.txt')
  @Header('content-type', 'text/plain; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  robots(): string {
    return [
      'User-agent: *',
      'Disallow: /api/',
      'Allow: /',
      '',
      `Sitemap: ${publicUrl(this.config)}/sitemap.xml`,
      '',
    ].join('\n');
  }

  /** The public pages: the landing page, search, events, figures, every open vacancy and every verified company. */
  @Public()
  @Get('sitemap.xml')
  @Header('content-type', 'application/xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=600')
  async sitemap(): Promise<string> {
    const origin = publicUrl(this.config);
    const companies = await this.organizations.publicCompanies(COMPANIES_MAX);
    const vacancies = await this.vacancies.listed(SITEMAP_MAX - 4 - companies.length);
    const entry = (path: string, lastModified?: Date): string =>
      `<url><loc>${escapeXml(origin + path)}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''}</url>`;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...['/', '/vacatures', '/evenementen', '/regio'].map((path) => entry(path)),
      ...vacancies.map((vacancy) => entry(`/vacatures/${vacancy.id}`, vacancy.updatedAt)),
      ...companies.map((company) => entry(`/bedrijven/${company.id}`, company.updatedAt)),
      '</urlset>',
      '',
    ].join('\n');
  }
}
