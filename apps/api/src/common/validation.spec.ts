import { ValidationError } from 'class-validator';
import { toFieldErrors } from './validation';

describe('toFieldErrors', () => {
  it('should flatten nested errors into dotted field paths with the failed rule as code', () => {
    const nested = Object.assign(new ValidationError(), {
      property: 'level',
      constraints: { max: 'level must not be greater than 4' },
      children: [],
    });
    const item = Object.assign(new ValidationError(), { property: '0', constraints: {}, children: [nested] });
    const skills = Object.assign(new ValidationError(), { property: 'skills', constraints: {}, children: [item] });
    const unknown = Object.assign(new ValidationError(), {
      property: 'isAdmin',
      constraints: { whitelistValidation: 'property isAdmin should not exist' },
      children: [],
    });

    expect(toFieldErrors([skills, unknown])).toEqual([
      { field: 'skills.0.level', code: 'max', message: 'level must not be greater than 4' },
      { field: 'isAdmin', code: 'whitelistValidation', message: 'property isAdmin should not exist' },
    ]);
  });
});
