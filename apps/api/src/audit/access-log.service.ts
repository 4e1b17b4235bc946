import { Injectable } from '@nestjs/common';
import type { AccessLogAction, AccessLogEntryResponse } from '@techzone/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';

/** Entries a candidate sees at most (the newest). */
const SHOWN = 500;

export interface AccessContext {
  /** The organisation the viewer acted for. */
  organizationId: string | null;
  vacancyId?: string | null;
}

/**
 * The candidate's access log: who at which company or school looked at or acted on their data, kept in
 * audit_events (entity type `candidate`, action `candidate.<AccessLogAction>`) and shown to the candidate
 * (`GET /api/me/access-log`, and in the data export). Views by the candidates themselves are not logged.
 */
@Injectable()
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  /** Logs that `actor` saw or acted on the data of each candidate in one statement (lists log every row). */
  async record(
    actor: AuthUser,
    candidateIds: readonly string[],
    action: AccessLogAction,
    context: AccessContext,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const others = [...new Set(candidateIds)].filter((id) => id !== actor.id);
    if (!others.length) {
      return;
    }
    const organizationName =
      actor.memberships.find((membership) => membership.organizationId === context.organizationId)?.organizationName ??
      null;
    await manager.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, data)
       SELECT $1, $2, 'candidate', candidate_id, $4::jsonb FROM unnest($3::text[]) AS candidate_id`,
      [
        actor.id,
        `candidate.${action}`,
        others,
        JSON.stringify({
          organizationId: context.organizationId,
          organizationName,
          vacancyId: context.vacancyId ?? null,
        }),
      ],
    );
  }

  /** The candidate's log, newest first; the vacancy's current title where it still exists. */
  async of(candidateId: string): Promise<AccessLogEntryResponse[]> {
    const rows = (await this.dataSource.query(
      `SELECT e.created_at, e.action, u.name AS actor_name,
              coalesce(o.name, e.data->>'organizationName') AS organization_name, v.title AS vacancy_title
       FROM audit_events e
       LEFT JOIN users u ON u.id = e.actor_id
       LEFT JOIN organizations o ON o.id::text = e.data->>'organizationId'
       LEFT JOIN vacancies v ON v.id::text = e.data->>'vacancyId'
       WHERE e.entity_type = 'candidate' AND e.entity_id = $1 AND e.action LIKE 'candidate.%'
       ORDER BY e.created_at DESC, e.id DESC LIMIT ${SHOWN}`,
      [candidateId],
    )) as {
      created_at: Date;
      action: string;
      actor_name: string | null;
      organization_name: string | null;
      vacancy_title: string | null;
    }[];
    return rows.map((row) => ({
      at: new Date(row.created_at).toISOString(),
      action: row.action.replace(/^candidate\./, '') as AccessLogAction,
      actorName: row.actor_name,
      organizationName: row.organization_name,
      vacancyTitle: row.vacancy_title,
    }));
  }
}
