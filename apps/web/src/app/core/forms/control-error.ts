import { Pipe, PipeTransform } from '@angular/core';
import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { KVK_NUMBER_PATTERN } from '@techzone/contracts';
import { TranslatableMessage } from '../api/translatable';

/** The key under which a server-side message for a field is stored in the control's errors. */
export const SERVER_ERROR = 'server';

function isTranslatableMessage(value: unknown): value is TranslatableMessage {
  return typeof value === 'object' && value !== null && 'key' in value && typeof value.key === 'string';
}

function lengthParam(error: unknown): number | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'requiredLength' in error &&
    typeof error.requiredLength === 'number'
  ) {
    return error.requiredLength;
  }
  return undefined;
}

function limitParam(error: unknown, name: 'min' | 'max'): number | undefined {
  if (typeof error === 'object' && error !== null && name in error) {
    const value: unknown = (error as Record<string, unknown>)[name];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/** The first error of a control as a translatable message (client validators use the same texts as the API codes). */
export function controlErrorMessage(errors: ValidationErrors | null): TranslatableMessage | null {
  if (!errors) {
    return null;
  }
  const server: unknown = errors[SERVER_ERROR];
  if (isTranslatableMessage(server)) {
    return server;
  }
  if (errors['required']) {
    return { key: 'errors.codes.isNotEmpty' };
  }
  if (errors['email']) {
    return { key: 'errors.codes.isEmail' };
  }
  if (errors['minlength']) {
    const min = lengthParam(errors['minlength']);
    return min === undefined ? { key: 'errors.codes.tooShort' } : { key: 'errors.codes.minLength', params: { min } };
  }
  if (errors['maxlength']) {
    const max = lengthParam(errors['maxlength']);
    return max === undefined ? { key: 'errors.codes.tooLong' } : { key: 'errors.codes.maxLength', params: { max } };
  }
  if (errors['kvkNumber']) {
    return { key: 'errors.codes.kvkNumber' };
  }
  if (errors['min']) {
    const min = limitParam(errors['min'], 'min');
    return min === undefined ? { key: 'errors.codes.min' } : { key: 'errors.codes.minValue', params: { min } };
  }
  if (errors['max']) {
    const max = limitParam(errors['max'], 'max');
    return max === undefined ? { key: 'errors.codes.max' } : { key: 'errors.codes.maxValue', params: { max } };
  }
  if (errors['matDatepickerParse']) {
    return { key: 'errors.codes.isDateString' };
  }
  if (errors['matTimepickerParse']) {
    return { key: 'errors.codes.isTime' };
  }
  if (errors['dateOrder']) {
    return { key: 'errors.codes.dateOrder' };
  }
  if (errors['pattern']) {
    return { key: 'errors.codes.invalid' };
  }
  return { key: 'errors.codes.invalid' };
}

@Pipe({ name: 'tzControlError' })
export class ControlErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null): TranslatableMessage | null {
    return controlErrorMessage(errors);
  }
}

/** 8 digits, as the API checks; empty values are left to `Validators.required`. */
export const kvkNumberValidator: ValidatorFn = (control: AbstractControl<string | null>) => {
  const value = control.value?.trim() ?? '';
  return value === '' || KVK_NUMBER_PATTERN.test(value) ? null : { kvkNumber: true };
};

/** A group validator: the end date (control `endKey`) is not before the start date (`startKey`). */
export function dateOrderValidator(startKey: string, endKey: string): ValidatorFn {
  return (group: AbstractControl) => {
    const start: unknown = group.get(startKey)?.value;
    const end: unknown = group.get(endKey)?.value;
    if (start instanceof Date && end instanceof Date && end.getTime() < start.getTime()) {
      return { dateOrder: true };
    }
    return null;
  };
}

/** Puts server field messages on the matching controls (they clear on the next edit). */
export function applyServerErrors(
  controls: Readonly<Record<string, AbstractControl>>,
  fields: Readonly<Record<string, TranslatableMessage>>,
): void {
  for (const [field, message] of Object.entries(fields)) {
    const control = controls[field];
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: message });
      control.markAsTouched();
    }
  }
}
