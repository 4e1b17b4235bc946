import type { ReportResponse } from '@techzone/contracts';
import type { ReportEntity } from './entities/report.entity';

export const toReportResponse = (report: ReportEntity): ReportResponse => ({
  id: report.id,
  kind: report.kind,
  category: report.category,
  description: report.description,
  placementId: report.placementId,
  company: { id: report.companyId, name: report.company?.name ?? '' },
  reporter: { id: report.reporterId, name: report.reporter?.name ?? '' },
  createdAt: report.createdAt.toISOString(),
});
