import { HttpErrorResponse } from '@angular/common/http';
import {
  EMAIL_MAX_LENGTH,
  ErrorResponse,
  FieldError,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PLACEMENT_CHECKS,
  ROUTE_PROBLEMS,
} from '@techzone/contracts';
import { TranslatableMessage } from './translatable';

/** Field error codes the API sends that have their own translation under `errors.codes.*`. */
export const KNOWN_ERROR_CODES = [
  'isEmail',
  'isNotEmpty',
  'minLength',
  'maxLength',
  'commonPassword',
  'kvkNumber',
  'acceptTerms',
  'emailTaken',
  'whitelistValidation',
  'min',
  'max',
  'isInt',
  'isIn',
  'isEnum',
  'isDateString',
  'isUrl',
  'arrayMaxSize',
  'arrayMinSize',
  'unknownSkill',
  'unknownPlace',
  'unknownQualification',
  'unknownSector',
  'dateOrder',
  'tooYoung',
  'past',
  'notOpen',
  'duplicate',
  'ineligible',
  'notInRound',
  'notCandidate',
  'notMember',
  'invalidWeek',
  'endBeforeStart',
  'required',
  'invalidToken',
  'unknownParent',
  'cycle',
  'levelMismatch',
  'emailUnverified',
  ...ROUTE_PROBLEMS,
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

export interface MappedApiError {
  /** Messages for the form as a whole (shown in a role="alert" element). */
  form: TranslatableMessage[];
  /** Messages per form field, keyed by the API's field name. */
  fields: Record<string, TranslatableMessage>;
}

export interface MapApiErrorOptions {
  /** The field names the form shows; errors on other fields go to the form-level messages. */
  fields?: readonly string[];
  /** Form-level translation keys that replace the default one for a status, e.g. `{ 401: 'login.invalidCredentials' }`. */
  statusKeys?: Readonly<Record<number, string>>;
}

const MIN_LENGTHS: Readonly<Record<string, number>> = { password: PASSWORD_MIN_LENGTH };
const MAX_LENGTHS: Readonly<Record<string, number>> = {
  password: PASSWORD_MAX_LENGTH,
  name: NAME_MAX_LENGTH,
  email: EMAIL_MAX_LENGTH,
};

function isKnownCode(code: string): code is KnownErrorCode {
  return (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  return typeof body === 'object' && body !== null && 'statusCode' in body && 'message' in body;
}

/** Why a placement does not pass a school check (`details[].field` is the check, `code` the problem). */
export const PLACEMENT_CHECK_PROBLEMS = [
  'no_qualification',
  'not_accredited',
  'not_for_period',
  'unknown',
  'end_before_start',
  'outside_cohort',
  'out_of_range',
] as const;

function isCheckProblem(detail: FieldError): boolean {
  return (
    (PLACEMENT_CHECKS as readonly string[]).includes(detail.field) &&
    (PLACEMENT_CHECK_PROBLEMS as readonly string[]).includes(detail.code)
  );
}

/** One API field error → a translation key (with the limit as parameter where the message needs it). */
export function fieldErrorMessage(detail: FieldError): TranslatableMessage {
  if (isCheckProblem(detail)) {
    return { key: `placements.checks.${detail.field}.${detail.code}` };
  }
  if (!isKnownCode(detail.code)) {
    return { key: 'errors.codes.invalid' };
  }
  if (detail.code === 'minLength') {
    const min = MIN_LENGTHS[detail.field];
    return min === undefined ? { key: 'errors.codes.tooShort' } : { key: 'errors.codes.minLength', params: { min } };
  }
  if (detail.code === 'maxLength') {
    const max = MAX_LENGTHS[detail.field];
    return max === undefined ? { key: 'errors.codes.tooLong' } : { key: 'errors.codes.maxLength', params: { max } };
  }
  return { key: `errors.codes.${detail.code}` };
}

function statusMessage(status: number): TranslatableMessage {
  switch (status) {
    case 0:
      return { key: 'errors.network' };
    case 400:
      return { key: 'errors.badRequest' };
    case 401:
      return { key: 'errors.unauthorized' };
    case 403:
      return { key: 'errors.forbidden' };
    case 404:
      return { key: 'errors.notFound' };
    case 409:
      return { key: 'errors.conflict' };
    case 429:
      return { key: 'errors.tooManyAttempts' };
    default:
      return { key: status >= 500 ? 'errors.server' : 'errors.unexpected' };
  }
}

/**
 * The field of the form that shows an API field error: the field itself, else its nearest parent the form shows
 * (`skills.2.skillCode` → `skills.2` → `skills`).
 */
function shownField(field: string, shownFields: readonly string[]): string | null {
  const parts = field.split('.');
  while (parts.length > 0) {
    const candidate = parts.join('.');
    if (shownFields.includes(candidate)) {
      return candidate;
    }
    parts.pop();
  }
  return null;
}

/** The API's own message of a refusal (e.g. why publishing is not allowed yet), when it sent one. */
export function apiErrorText(error: unknown): string | null {
  if (error instanceof HttpErrorResponse && isErrorResponse(error.error)) {
    return error.error.message || null;
  }
  return null;
}

/** The `details` of a failed call's ErrorResponse (empty for anything else). */
export function apiErrorDetails(error: unknown): FieldError[] {
  return error instanceof HttpErrorResponse && isErrorResponse(error.error) ? (error.error.details ?? []) : [];
}

/** The HTTP status of a failed call (0 for a network failure), or null for anything else. */
export function apiErrorStatus(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

/**
 * Turns a failed API call into translatable messages: `details[]` of an ErrorResponse become per-field messages
 * (or form-level ones for fields the form does not show); anything else becomes one form-level message by status.
 */
export function mapApiError(error: unknown, options: MapApiErrorOptions = {}): MappedApiError {
  const result: MappedApiError = { form: [], fields: {} };
  if (!(error instanceof HttpErrorResponse)) {
    result.form.push({ key: 'errors.unexpected' });
    return result;
  }
  const override = options.statusKeys?.[error.status];
  if (override !== undefined) {
    result.form.push({ key: override });
    return result;
  }
  const details = isErrorResponse(error.error) ? (error.error.details ?? []) : [];
  if (error.status === 429 || error.status === 0 || details.length === 0) {
    result.form.push(statusMessage(error.status));
    return result;
  }
  const shownFields = options.fields ?? [];
  for (const detail of details) {
    const message = fieldErrorMessage(detail);
    const shown = shownField(detail.field, shownFields);
    if (shown !== null) {
      result.fields[shown] ??= message;
    } else if (!result.form.some((existing) => existing.key === message.key)) {
      result.form.push(message);
    }
  }
  return result;
}
