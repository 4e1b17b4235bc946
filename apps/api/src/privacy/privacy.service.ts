import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../audit/access-log.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { verifyPassword } from '../auth/passwords';
import { ERASED } from '../users/users.repository';

/** What stays of a deleted candidate's words in the history others rely on. */
const REMOVED = '[verwijderd / deleted]';

/**
 * The AVG (GDPR) rights of a person over their own data: a copy of everything (export) and erasure. Erasure
 * removes the personal data and keeps, anonymised, what others rely on: a company's applications stay, from a
 * "deleted candidate".
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly accessLog: AccessLogService,
  ) {}

  async export(user: AuthUser): Promise<Record<string, unknown>> {
    const one = async (sql: string): Promise<unknown> => (await this.dataSource.query(sql, [user.id]))[0] ?? null;
    const all = (sql: string): Promise<unknown[]> => this.dataSource.query(sql, [user.id]);
    const [
      account,
      profile,
      skills,
      memberships,
      applications,
      messages,
      saved,
      notifications,
      audit,
      rounds,
      placements,
      reports,
      accessLog,
    ] = await Promise.all([
      one(
        `SELECT id, email, name, locale, account_type, candidate_kind, created_at, last_login_at FROM users WHERE id = $1`,
      ),
      one(`SELECT * FROM candidate_profiles WHERE user_id = $1`),
      all(`SELECT skill_code, level FROM candidate_skills WHERE user_id = $1 ORDER BY skill_code`),
      all(
        `SELECT o.name AS organization, m.role, m.created_at FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = $1`,
      ),
      all(`SELECT a.id, v.title AS vacancy, a.status, a.motivation, a.created_at, a.updated_at,
                  (SELECT json_agg(json_build_object('from', e.from_status, 'to', e.to_status, 'at', e.created_at) ORDER BY e.created_at)
                     FROM application_events e WHERE e.application_id = a.id) AS history
           FROM applications a JOIN vacancies v ON v.id = a.vacancy_id WHERE a.candidate_id = $1 ORDER BY a.created_at`),
      all(`SELECT m.application_id, m.sender_kind, m.body, m.interview_at, m.interview_place, m.created_at
           FROM application_messages m JOIN applications a ON a.id = m.application_id WHERE a.candidate_id = $1 OR m.sender_id = $1
           ORDER BY m.created_at`),
      all(`SELECT vacancy_id, created_at FROM saved_vacancies WHERE user_id = $1`),
      all(`SELECT type, data, read_at, created_at FROM notifications WHERE user_id = $1 ORDER BY created_at`),
      all(
        `SELECT action, entity_type, entity_id, created_at FROM audit_events WHERE actor_id = $1 ORDER BY created_at`,
      ),
      all(`SELECT r.name AS round, rr.vacancy_ids AS choices, rr.updated_at
           FROM placement_round_rankings rr JOIN placement_rounds r ON r.id = rr.round_id WHERE rr.student_id = $1`),
      all(`SELECT p.id, o.name AS company, p.status, p.start_date, p.end_date, p.hours_per_week, p.created_at,
                  (SELECT json_agg(json_build_object('week', h.week_start, 'hours', h.hours, 'status', h.status) ORDER BY h.week_start)
                     FROM hours_entries h WHERE h.placement_id = p.id) AS hours,
                  (SELECT json_agg(json_build_object('kind', e.kind, 'ratings', e.ratings, 'summary', e.summary))
                     FROM evaluations e WHERE e.placement_id = p.id) AS evaluations
           FROM placements p JOIN organizations o ON o.id = p.company_id WHERE p.student_id = $1 ORDER BY p.created_at`),
      all(`SELECT r.kind, r.category, r.description, o.name AS company, r.created_at
           FROM reports r JOIN organizations o ON o.id = r.company_id WHERE r.reporter_id = $1 ORDER BY r.created_at`),
      this.accessLog.of(user.id),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      account,
      profile,
      skills,
      memberships,
      applications,
      messages,
      saved,
      notifications,
      audit,
      placementRoundChoices: rounds,
      placements,
      reports,
      accessLog,
    };
  }

  /** Erases the account after checking the password. */
  async erase(user: AuthUser, password: string): Promise<void> {
    const [row] = (await this.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id])) as {
      password_hash: string;
    }[];
    if (!row || !(await verifyPassword(row.password_hash, password))) {
      throw new UnauthorizedException('That password is not right.');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.handOver(manager, user.id);
      await this.eraseAccount(manager, user.id, 'user.erased');
    });
  }

  /**
   * An organisation must not be left to people who cannot run it. The last owner of a company (or last coordinator
   * of a school) with colleagues left must first invite one of them as owner (coordinator): refused with 409,
   * `lastOwner`, naming the organisations. The last member of all closes it: its published vacancies close, as
   * nobody would answer the applicants.
   */
  private async handOver(manager: EntityManager, userId: string): Promise<void> {
    const led = (await manager.query(
      `SELECT o.id, o.name,
              EXISTS (SELECT 1 FROM memberships c WHERE c.organization_id = o.id AND c.user_id <> $1 AND c.role = m.role) AS other_lead,
              EXISTS (SELECT 1 FROM memberships c WHERE c.organization_id = o.id AND c.user_id <> $1) AS others
       FROM memberships m JOIN organizations o ON o.id = m.organization_id
       WHERE m.user_id = $1 AND m.role IN ('owner', 'coordinator')
       ORDER BY o.name
       FOR UPDATE OF o`,
      [userId],
    )) as { id: string; name: string; other_lead: boolean; others: boolean }[];
    const stuck = led.filter((row) => !row.other_lead && row.others);
    if (stuck.length) {
      throw new ConflictException({
        message: `You are the only owner or coordinator of ${stuck.map((row) => row.name).join(', ')}. Invite a colleague in that role first, then delete your account.`,
        details: stuck.map((row) => ({ field: 'organizations', code: 'lastOwner', message: row.name })),
      });
    }
    const alone = led.filter((row) => !row.others).map((row) => row.id);
    if (alone.length) {
      await manager.query(
        `UPDATE vacancies SET status = 'closed', closed_at = now() WHERE organization_id = ANY($1::uuid[]) AND status = 'published'`,
        [alone],
      );
    }
  }

  /**
   * Removes or anonymises a person's data while keeping what others rely on: applications a company saw stay, as
   * from a deleted user, without motivation or messages.
   */
  async eraseAccount(manager: EntityManager, id: string, action: string): Promise<void> {
    await manager.query(`UPDATE applications SET motivation = $2 WHERE candidate_id = $1`, [id, REMOVED]);
    await manager.query(`UPDATE application_messages SET body = $2 WHERE sender_id = $1`, [id, REMOVED]);
    await manager.query(`DELETE FROM placement_round_rankings WHERE student_id = $1`, [id]);
    await manager.query(`DELETE FROM event_signups WHERE user_id = $1`, [id]);
    // The log of who saw their data was theirs to read; it goes with them.
    await manager.query(
      `DELETE FROM audit_events WHERE entity_type = 'candidate' AND entity_id = $1 AND action LIKE 'candidate.%'`,
      [id],
    );
    for (const table of ['candidate_profiles', 'saved_vacancies', 'notifications', 'refresh_tokens', 'memberships']) {
      await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [id]);
    }
    await manager.query(
      `UPDATE users SET email = $2, name = 'Verwijderde gebruiker', password_hash = $3, last_login_at = NULL WHERE id = $1`,
      [id, `deleted-${id}@deleted.invalid`, ERASED],
    );
    await this.audit.record({ actorId: null, action, entityType: 'user', entityId: id }, manager);
  }

  /**
   * Retention: candidates who have not logged in for `days` days (and have no placement under way) are erased.
   * Returns how many.
   */
  async eraseInactiveCandidates(days: number, lockKey: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // One replica at a time: a transaction-scoped advisory lock.
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [lockKey])) as {
        locked: boolean;
      }[];
      if (!locked) {
        return 0;
      }
      const rows = (await manager.query(
        `SELECT u.id FROM users u
         WHERE u.account_type = 'candidate' AND u.email NOT LIKE '%.invalid'
           AND coalesce(u.last_login_at, u.created_at) < now() - make_interval(days => $1::int)
           AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.student_id = u.id
                           AND p.status IN ('proposed', 'approved', 'agreement_signed', 'active'))
         ORDER BY u.id LIMIT 1000 FOR UPDATE OF u SKIP LOCKED`,
        [days],
      )) as { id: string }[];
      for (const row of rows) {
        await this.eraseAccount(manager, row.id, 'user.erased_inactive');
      }
      return rows.length;
    });
  }
}
