import { ValidationError } from 'class-validator';
import { MAX_REQUEST_DEPTH, toFieldErrors, unsafeRequestFields } from './validation';

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

describe('unsafeRequestFields', () => {
  it('should name every field whose text holds the NUL character, however deep', () => {
    const body = {
      name: 'Sanne\u0000',
      skills: [{ skillCode: 'weld.mig' }, { skillCode: 'x\u0000' }],
      ['bad\u0000key']: 1,
      ok: 'Sanne',
      count: 3,
    };
    expect(unsafeRequestFields(body).map((problem) => [problem.field, problem.code])).toEqual([
      ['bad\u0000key', 'noNulCharacter'],
      ['name', 'noNulCharacter'],
      ['skills.1.skillCode', 'noNulCharacter'],
    ]);
    expect(unsafeRequestFields('a\u0000b', 'token')).toEqual([expect.objectContaining({ field: 'token' })]);
    expect(unsafeRequestFields({ name: 'Sanne', logo: Buffer.from([0]) })).toEqual([]);
  });

  it('should refuse nesting deeper than any DTO, without exhausting the stack itself', () => {
    let deep: unknown = 'end';
    for (let i = 0; i < 100_000; i++) {
      deep = [deep];
    }
    expect(unsafeRequestFields({ skills: deep })).toEqual([
      expect.objectContaining({ field: `skills${'.0'.repeat(MAX_REQUEST_DEPTH - 1)}`, code: 'maxDepth' }),
    ]);
    expect(unsafeRequestFields({ skills: [{ skillCode: 'weld.mig', level: 2 }] })).toEqual([]);
  });
});
