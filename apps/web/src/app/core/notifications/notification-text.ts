import {
  APPLICATION_STATUSES,
  ApplicationStatus,
  NotificationResponse,
  REPORT_CATEGORIES,
  ReportCategory,
} from '@techzone/contracts';
import { safeReturnUrl } from '../auth/access';

/** How to say a notification: a translation key, its parameters, and (when it has one) the status to put in. */
export interface NotificationText {
  key: string;
  params: Record<string, string>;
  /** The key of the status as used in a sentence; the caller translates it into `params.status`. */
  statusKey: string | null;
}

const KNOWN_TYPES = [
  'application.submitted',
  'application.status',
  'application.candidate_action',
  'application.message',
  'vacancy.filled',
  'vacancy.invitation',
  'round.offer',
  'round.unplaced',
  'round.published',
  'placement.approved',
  'placement.rejected',
  'agreement.signed',
  'placement.completed',
  'placement.terminated',
  'placement.problem',
  'report.misconduct',
  'event.cancelled',
  'event.approved',
  'event.rejected',
] as const;
type KnownType = (typeof KNOWN_TYPES)[number];

function isKnownType(type: string): type is KnownType {
  return (KNOWN_TYPES as readonly string[]).includes(type);
}

function isStatus(value: string | undefined): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly (string | undefined)[]).includes(value);
}

function typeKey(type: KnownType, data: Record<string, string>): string {
  switch (type) {
    case 'application.submitted':
      return 'notifications.types.submitted';
    case 'application.status':
      return 'notifications.types.status';
    case 'application.candidate_action':
      return 'notifications.types.candidateAction';
    case 'application.message':
      return data['interviewAt'] ? 'notifications.types.interview' : 'notifications.types.message';
    case 'vacancy.filled':
      return 'notifications.types.filled';
    case 'vacancy.invitation':
      return 'notifications.types.invitation';
    case 'round.offer':
      return 'notifications.types.roundOffer';
    case 'round.unplaced':
      return 'notifications.types.roundUnplaced';
    case 'round.published':
      return 'notifications.types.roundPublished';
    case 'placement.approved':
      return 'notifications.types.placementApproved';
    case 'placement.rejected':
      return 'notifications.types.placementRejected';
    case 'agreement.signed':
      return 'notifications.types.agreementSigned';
    case 'placement.completed':
      return 'notifications.types.placementCompleted';
    case 'placement.terminated':
      return 'notifications.types.placementTerminated';
    case 'placement.problem':
      return 'notifications.types.placementProblem';
    case 'report.misconduct':
      return 'notifications.types.misconduct';
    case 'event.cancelled':
      return 'notifications.types.eventCancelled';
    case 'event.approved':
      return 'notifications.types.eventApproved';
    case 'event.rejected':
      return 'notifications.types.eventRejected';
  }
}

function isRoundType(type: KnownType): boolean {
  return type === 'round.offer' || type === 'round.unplaced' || type === 'round.published';
}

function isPlacementType(type: KnownType): boolean {
  return type.startsWith('placement.') || type === 'agreement.signed' || type === 'report.misconduct';
}

function isReportCategory(value: string | undefined): value is ReportCategory {
  return (REPORT_CATEGORIES as readonly (string | undefined)[]).includes(value);
}

/** A notification from the API → the text to show, built from its type and data (never from server prose). */
export function notificationText(notification: Pick<NotificationResponse, 'type' | 'data'>): NotificationText {
  const data = notification.data ?? {};
  const params: Record<string, string> = {
    vacancyTitle: data['vacancyTitle'] ?? '',
    companyName: data['companyName'] ?? '',
    candidateName: data['candidateName'] ?? '',
  };
  const status = data['status'];
  const statusKey = isStatus(status) ? `applications.statusInSentence.${status}` : null;
  if (!isKnownType(notification.type)) {
    return { key: 'notifications.types.other', params, statusKey: null };
  }
  if (
    (notification.type === 'application.status' || notification.type === 'application.candidate_action') &&
    !statusKey
  ) {
    return { key: 'notifications.types.other', params, statusKey: null };
  }
  if (isRoundType(notification.type)) {
    // A school's placement round: the round's name, and for a company how many students it got.
    Object.assign(params, {
      roundName: data['roundName'] ?? '',
      schoolName: data['schoolName'] ?? '',
      placed: data['placed'] ?? '0',
    });
  }
  if (notification.type.startsWith('event.')) {
    // A regional event: cancelled (for those who signed up), approved or not (for the organising company).
    return {
      key: typeKey(notification.type, data),
      params: { ...params, eventTitle: data['eventTitle'] ?? '' },
      statusKey: null,
    };
  }
  if (isPlacementType(notification.type)) {
    // A placement (stage) and its parties; a misconduct report's category is put in by the caller like a status.
    Object.assign(params, {
      studentName: data['studentName'] ?? '',
      schoolName: data['schoolName'] ?? '',
      reason: data['reason'] ?? '',
      reporterName: data['reporterName'] ?? '',
    });
    const category = data['category'];
    const categoryKey = isReportCategory(category) ? `reports.categories.${category}` : null;
    return { key: typeKey(notification.type, data), params, statusKey: categoryKey };
  }
  return { key: typeKey(notification.type, data), params, statusKey };
}

/** Where a notification leads: its internal `data.path`, else the home page (never an outside address). */
export function notificationPath(notification: Pick<NotificationResponse, 'data'>): string {
  return safeReturnUrl(notification.data?.['path'], '/home');
}
