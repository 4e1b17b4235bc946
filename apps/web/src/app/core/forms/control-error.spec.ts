import { FormControl, Validators } from '@angular/forms';
import { PASSWORD_MIN_LENGTH } from '@techzone/contracts';
import { controlErrorMessage, kvkNumberValidator } from './control-error';

describe('controlErrorMessage', () => {
  it('should use the same translation keys as the API error codes', () => {
    expect(controlErrorMessage(new FormControl('', Validators.required).errors)).toEqual({
      key: 'errors.codes.isNotEmpty',
    });
    expect(controlErrorMessage(new FormControl('nope', Validators.email).errors)).toEqual({
      key: 'errors.codes.isEmail',
    });
    expect(controlErrorMessage(new FormControl('short', Validators.minLength(PASSWORD_MIN_LENGTH)).errors)).toEqual({
      key: 'errors.codes.minLength',
      params: { min: PASSWORD_MIN_LENGTH },
    });
  });

  it('should name the limit of a number field', () => {
    expect(controlErrorMessage(new FormControl(70, Validators.max(60)).errors)).toEqual({
      key: 'errors.codes.maxValue',
      params: { max: 60 },
    });
    expect(controlErrorMessage(new FormControl(2, Validators.min(4)).errors)).toEqual({
      key: 'errors.codes.minValue',
      params: { min: 4 },
    });
  });

  it('should ask for a time as people type it when the timepicker cannot read one', () => {
    expect(controlErrorMessage({ matTimepickerParse: { text: 'half drie' } })).toEqual({ key: 'errors.codes.isTime' });
  });

  it('should prefer a server message', () => {
    expect(controlErrorMessage({ required: true, server: { key: 'errors.codes.emailTaken' } })).toEqual({
      key: 'errors.codes.emailTaken',
    });
  });
});

describe('kvkNumberValidator', () => {
  it('should accept exactly eight digits', () => {
    expect(kvkNumberValidator(new FormControl('12345678'))).toBeNull();
    expect(kvkNumberValidator(new FormControl(''))).toBeNull();
    expect(kvkNumberValidator(new FormControl('1234567'))).toEqual({ kvkNumber: true });
    expect(kvkNumberValidator(new FormControl('1234567a'))).toEqual({ kvkNumber: true });
  });
});
