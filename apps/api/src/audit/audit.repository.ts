import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/** One row of a candidate's access log, with the names as they are now (or as logged, for a gone organisation). */
export interface CandidateAccessRow {
  created_at: Date;
  action: string;
  actor_name: string | null;
  organization_name: string | null;
  vacancy_title: string | null;
}

/** audit_events: the audit trail and, as entity type `candidate`, the candidates' access logs. */
@Injectable()
export class AuditRepository {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly dataSource: DataSource,
  ) {}

  async insert(record: AuditRecord, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repository.save(repository.create({ ...record, data: record.data ?? null }), { reload: false });
  }

  /** One `candidate.<action>` row per candidate, in one statement. */
  async insertCandidateAccess(
    manager: EntityManager,
    entry: { actorId: string; action: string; candidateIds: readonly string[]; data: Record<string, unknown> },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, data)
       SELECT $1, $2, 'candidate', candidate_id, $4::jsonb FROM unnest($3::text[]) AS candidate_id`,
      [entry.actorId, entry.action, entry.candidateIds, JSON.stringify(entry.data)],
    );
  }

  /** The candidate's access log, newest first, at most `limit` rows; the vacancy's current title where it exists. */
  findCandidateAccess(candidateId: string, limit: number): Promise<CandidateAccessRow[]> {
    return this.dataSource.query(
      `SELECT e.created_at, e.action, u.name AS actor_name,
              coalesce(o.name, e.data->>'organizationName') AS organization_name, v.title AS vacancy_title
       FROM audit_events e
       LEFT JOIN users u ON u.id = e.actor_id
       LEFT JOIN organizations o ON o.id::text = e.data->>'organizationId'
       LEFT JOIN vacancies v ON v.id::text = e.data->>'vacancyId'
       WHERE e.entity_type = 'candidate' AND e.entity_id = $1 AND e.action LIKE 'candidate.%'
       ORDER BY e.created_at DESC, e.id DESC LIMIT $2`,
      [candidateId, limit],
    );
  }
}
