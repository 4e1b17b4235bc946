import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from './applications/applications.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { InsightsModule } from './insights/insights.module';
import { InvitationsModule } from './invitations/invitations.module';
import { JobsModule } from './jobs/jobs.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PlacementsModule } from './placements/placements.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ProfilesModule } from './profiles/profiles.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RoundsModule } from './rounds/rounds.module';
import { SchoolsModule } from './schools/schools.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { UsersModule } from './users/users.module';
import { VacanciesModule } from './vacancies/vacancies.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  /** `databaseUrl` is DATABASE_URL, or the embedded database's socket when that is unset. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { embedded: config.embedded })),
        AuditModule,
        RateLimitModule,
        UsersModule,
        AuthModule,
        OrganizationsModule,
        InvitationsModule,
        TaxonomyModule,
        VacanciesModule,
        WebModule,
        ProfilesModule,
        SchoolsModule,
        NotificationsModule,
        ApplicationsModule,
        JobsModule,
        MatchingModule,
        RoundsModule,
        PlacementsModule,
        InsightsModule,
        EventsModule,
        PrivacyModule,
        HealthModule,
      ],
    };
  }
}
