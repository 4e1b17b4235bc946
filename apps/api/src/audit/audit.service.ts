import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRecord, AuditRepository } from './audit.repository';

export type { AuditRecord } from './audit.repository';

/** Leaves a trace of every write that matters. Pass the transaction's manager to record inside it. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    return this.audit.insert(record, manager);
  }
}
