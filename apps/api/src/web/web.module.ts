import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { SeoController } from './seo.controller';

/** What the platform says to search engines; the pages themselves are served in web-delivery.ts. */
@Module({
  imports: [OrganizationsModule, VacanciesModule],
  controllers: [SeoController],
})
export class WebModule {}
