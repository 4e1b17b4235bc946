import { Injectable } from '@nestjs/common';
import type { AccessLogAction, AccessLogEntryResponse } from '@techzone/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditRepository } from './audit.repository';

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

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
    await this.audit.insertCandidateAccess(manager, {
      actorId: actor.id,
      action: `candidate.${action}`,
      candidateIds: others,
      data: { organizationId: context.organizationId, organizationName, vacancyId: context.vacancyId ?? null },
    });
  }

  /** The candidate's log, newest first; the vacancy's current title where it still exists. */
  async of(candidateId: string): Promise<AccessLogEntryResponse[]> {
    const rows = await this.audit.findCandidateAccess(candidateId, SHOWN);
    return rows.map((row) => ({
      at: new Date(row.created_at).toISOString(),
      action: row.action.replace(/^candidate\./, '') as AccessLogAction,
      actorName: row.actor_name,
      organizationName: row.organization_name,
      vacancyTitle: row.vacancy_title,
    }));
  }
}
