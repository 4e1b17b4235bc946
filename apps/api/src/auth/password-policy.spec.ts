import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it('should refuse passwords shorter than 12 characters', () => {
    expect(checkPassword('Kort!1')).toBe('minLength');
  });

  it.each([
    'password1234',
    'wachtwoord123',
    'qwertyuiop12',
    '123456789012',
    'welkomwelkom',
    'Hardenberg2024',
    'Techzone12345',
  ])('should refuse the common or guessable password %s', (password) => {
    expect(checkPassword(password)).toBe('commonPassword');
  });

  it('should refuse a password built from the person own name', () => {
    expect(checkPassword('jannekedevries', ['Janneke de Vries', 'janneke@example.nl'])).toBe('commonPassword');
  });

  it('should accept a long passphrase', () => {
    expect(checkPassword('lasrobot-tulpen-Vlonder-87')).toBeNull();
  });
});
