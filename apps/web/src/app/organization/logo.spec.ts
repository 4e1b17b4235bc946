import { logoProblem } from './logo';

describe('logoProblem', () => {
  it('should accept PNG, JPEG and WebP up to 512 KB', () => {
    expect(logoProblem({ type: 'image/png', size: 512 * 1024 })).toBeNull();
    expect(logoProblem({ type: 'image/webp', size: 10 })).toBeNull();
  });

  it('should refuse other types and larger files', () => {
    expect(logoProblem({ type: 'image/svg+xml', size: 10 })).toBe('organization.logo.wrongType');
    expect(logoProblem({ type: 'image/jpeg', size: 512 * 1024 + 1 })).toBe('organization.logo.tooLarge');
  });
});
