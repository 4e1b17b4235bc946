import { HttpErrorResponse } from '@angular/common/http';
import { ErrorResponse, PASSWORD_MIN_LENGTH } from '@techzone/contracts';
import { apiErrorText, mapApiError } from './api-error';

function httpError(status: number, body: Partial<ErrorResponse> | null = null): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: body === null ? null : { statusCode: status, error: 'Error', message: 'x', ...body },
  });
}

describe('mapApiError', () => {
  const registerFields = ['name', 'email', 'password', 'companyName', 'kvkNumber', 'companyCity', 'acceptTerms'];

  it('should put each field error next to its field as a translation key', () => {
    const error = httpError(400, {
      details: [
        { field: 'email', code: 'isEmail', message: 'email must be an email' },
        { field: 'password', code: 'commonPassword', message: 'too common' },
        { field: 'kvkNumber', code: 'kvkNumber', message: 'bad kvk' },
      ],
    });

    expect(mapApiError(error, { fields: registerFields })).toEqual({
      form: [],
      fields: {
        email: { key: 'errors.codes.isEmail' },
        password: { key: 'errors.codes.commonPassword' },
        kvkNumber: { key: 'errors.codes.kvkNumber' },
      },
    });
  });

  it('should pass the password length limit as a parameter', () => {
    const error = httpError(400, { details: [{ field: 'password', code: 'minLength', message: 'short' }] });

    expect(mapApiError(error, { fields: registerFields }).fields['password']).toEqual({
      key: 'errors.codes.minLength',
      params: { min: PASSWORD_MIN_LENGTH },
    });
  });

  it('should keep only the first error of a field', () => {
    const error = httpError(400, {
      details: [
        { field: 'name', code: 'isNotEmpty', message: 'empty' },
        { field: 'name', code: 'maxLength', message: 'long' },
      ],
    });

    expect(mapApiError(error, { fields: registerFields }).fields['name']).toEqual({ key: 'errors.codes.isNotEmpty' });
  });

  it('should map a taken email (409) to the email field', () => {
    const error = httpError(409, { details: [{ field: 'email', code: 'emailTaken', message: 'taken' }] });

    expect(mapApiError(error, { fields: registerFields }).fields['email']).toEqual({ key: 'errors.codes.emailTaken' });
  });

  it('should show errors on fields the form does not have at form level, once per message', () => {
    const error = httpError(400, {
      details: [
        { field: 'role', code: 'whitelistValidation', message: 'property role should not exist' },
        { field: 'admin', code: 'whitelistValidation', message: 'property admin should not exist' },
      ],
    });

    expect(mapApiError(error, { fields: registerFields })).toEqual({
      form: [{ key: 'errors.codes.whitelistValidation' }],
      fields: {},
    });
  });

  it('should show a nested field error on the nearest parent field the form shows', () => {
    const error = httpError(400, {
      details: [
        { field: 'skills.2.skillCode', code: 'unknownSkill', message: 'unknown skill' },
        { field: 'homePlaceId', code: 'unknownPlace', message: 'unknown place' },
      ],
    });

    expect(mapApiError(error, { fields: ['skills', 'homePlaceId'] }).fields).toEqual({
      skills: { key: 'errors.codes.unknownSkill' },
      homePlaceId: { key: 'errors.codes.unknownPlace' },
    });
  });

  it('should give the server message of a refusal', () => {
    expect(apiErrorText(httpError(403, { message: 'Company not verified' }))).toBe('Company not verified');
    expect(apiErrorText(new Error('x'))).toBeNull();
  });

  it('should say which school check a placement fails, from the check and its problem code', () => {
    const result = mapApiError(
      httpError(409, {
        details: [
          { field: 'accreditation', code: 'not_accredited', message: 'accreditation' },
          { field: 'period', code: 'outside_cohort', message: 'period' },
        ],
      }),
    );
    expect(result.form).toEqual([
      { key: 'placements.checks.accreditation.not_accredited' },
      { key: 'placements.checks.period.outside_cohort' },
    ]);
  });

  it('should translate the placement codes for weeks, people and dates', () => {
    const result = mapApiError(
      httpError(400, {
        details: [
          { field: 'weekStart', code: 'invalidWeek', message: 'x' },
          { field: 'userId', code: 'notMember', message: 'x' },
          { field: 'endDate', code: 'endBeforeStart', message: 'x' },
        ],
      }),
      { fields: ['weekStart', 'userId', 'endDate'] },
    );
    expect(result.fields).toEqual({
      weekStart: { key: 'errors.codes.invalidWeek' },
      userId: { key: 'errors.codes.notMember' },
      endDate: { key: 'errors.codes.endBeforeStart' },
    });
  });

  it('should translate an unknown code to a generic message', () => {
    const error = httpError(400, { details: [{ field: 'name', code: 'isFancy', message: 'odd' }] });

    expect(mapApiError(error, { fields: registerFields }).fields['name']).toEqual({ key: 'errors.codes.invalid' });
  });

  it('should say "too many attempts" on 429', () => {
    expect(mapApiError(httpError(429)).form).toEqual([{ key: 'errors.tooManyAttempts' }]);
  });

  it('should use the caller key for a status, such as wrong credentials on 401', () => {
    const mapped = mapApiError(httpError(401), { statusKeys: { 401: 'login.invalidCredentials' } });

    expect(mapped.form).toEqual([{ key: 'login.invalidCredentials' }]);
  });

  it('should report a network failure and server errors by status', () => {
    expect(mapApiError(new HttpErrorResponse({ status: 0 })).form).toEqual([{ key: 'errors.network' }]);
    expect(mapApiError(httpError(503)).form).toEqual([{ key: 'errors.server' }]);
    expect(mapApiError(httpError(403)).form).toEqual([{ key: 'errors.forbidden' }]);
  });

  it('should handle something that is not an HTTP error', () => {
    expect(mapApiError(new Error('boom')).form).toEqual([{ key: 'errors.unexpected' }]);
  });
});
