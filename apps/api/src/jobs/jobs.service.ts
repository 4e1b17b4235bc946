import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NO_GHOSTING_WORKING_DAYS } from '@techzone/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { PrivacyService } from '../privacy/privacy.service';

/** Any 64-bit constant unique to the job: the PostgreSQL advisory lock that lets one replica run it at a time. */
const OVERDUE_LOCK = 7_310_201;
const ACTIVATE_LOCK = 7_310_202;
const RETENTION_LOCK = 7_310_203;
const HOUR = 3600 * 1000;

/**
 * Background jobs, run in-process every hour. Each takes a transaction-scoped PostgreSQL advisory lock, so that
 * with several API replicas a job runs once.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly privacy: PrivacyService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') {
      return;
    }
    this.timer = setInterval(() => {
      this.flagOverdueApplications().catch((error: unknown) => this.logger.warn({ err: error }, 'Overdue job failed'));
      this.activatePlacements().catch((error: unknown) => this.logger.warn({ err: error }, 'Activation job failed'));
      this.applyRetention().catch((error: unknown) => this.logger.warn({ err: error }, 'Retention job failed'));
    }, HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Erases candidates inactive for longer than CANDIDATE_RETENTION_DAYS; one replica at a time. */
  applyRetention(): Promise<number> {
    return this.privacy.eraseInactiveCandidates(this.config.CANDIDATE_RETENTION_DAYS, RETENTION_LOCK);
  }

  /** Placements with a signed agreement become active on their start date. Returns how many it started. */
  async activatePlacements(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [ACTIVATE_LOCK])) as {
        locked: boolean;
      }[];
      if (!locked) {
        return 0;
      }
      const started = (await manager.query(
        `UPDATE placements SET status = 'active', updated_at = now()
         WHERE status = 'agreement_signed' AND start_date <= current_date RETURNING id`,
      )) as [{ id: string }[], number];
      const ids = started[0].map((row) => row.id);
      if (ids.length) {
        await manager.query(
          `INSERT INTO placement_events (placement_id, action, from_status, to_status)
           SELECT id, 'started', 'agreement_signed', 'active' FROM unnest($1::uuid[]) AS id`,
          [ids],
        );
      }
      return ids.length;
    });
  }

  /**
   * No ghosting: tells a company's owners and recruiters once about applications left untouched for 10 working
   * days (one notification per vacancy). Returns how many notifications it wrote; 0 when another replica holds the lock.
   */
  async flagOverdueApplications(): Promise<number> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [OVERDUE_LOCK])) as {
        locked: boolean;
      }[];
      if (!locked) {
        return [];
      }
      const rows = (await manager.query(
        `WITH overdue AS (
           SELECT a.id, a.vacancy_id FROM applications a
           WHERE a.status IN ('submitted', 'in_review', 'interview')
             AND (a.overdue_notified_at IS NULL OR a.overdue_notified_at < a.last_company_activity_at)
             AND (SELECT count(*) FROM generate_series(a.last_company_activity_at::date + 1, now()::date, interval '1 day') AS d
                  WHERE extract(isodow FROM d) < 6) >= $1
         ),
         marked AS (
           UPDATE applications SET overdue_notified_at = now() WHERE id IN (SELECT id FROM overdue) RETURNING vacancy_id
         )
         SELECT v.id AS vacancy_id, v.title, count(*)::int AS count, array_agg(DISTINCT m.user_id) AS recipients
         FROM marked JOIN vacancies v ON v.id = marked.vacancy_id
         JOIN memberships m ON m.organization_id = v.organization_id AND m.role IN ('owner', 'recruiter')
         GROUP BY v.id, v.title`,
        [NO_GHOSTING_WORKING_DAYS],
      )) as { vacancy_id: string; title: string; count: number; recipients: string[] }[];
      return this.notifications.notify(
        manager,
        rows.flatMap((row) =>
          row.recipients.map((userId) => ({
            userId,
            type: 'application.overdue',
            data: { vacancyTitle: row.title, count: String(row.count), vacancyId: row.vacancy_id },
            path: `/bedrijf/vacatures/${row.vacancy_id}/sollicitaties`,
          })),
        ),
      );
    });
    await this.notifications.deliver(mail);
    return mail.length;
  }
}
