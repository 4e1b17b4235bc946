import { hashPassword, verifyPassword } from './passwords';

describe('verifyPassword', () => {
  it('should accept the right password and refuse a wrong one', async () => {
    const hash = await hashPassword('lasrobot-tulpen-Vlonder-87');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'lasrobot-tulpen-Vlonder-87')).toBe(true);
    expect(await verifyPassword(hash, 'lasrobot-tulpen-Vlonder-88')).toBe(false);
  });

  it('should refuse, without throwing, an unknown account and an account that may not log in', async () => {
    expect(await verifyPassword(null, 'anything-at-all-123')).toBe(false);
    expect(await verifyPassword('!disabled', 'anything-at-all-123')).toBe(false);
  });
});
