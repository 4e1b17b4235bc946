import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no usable stored hash (unknown account, or one that may not log in) it still spends
 * the same time on a dummy hash, so that response times do not tell which accounts exist.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  // No hash, or a marker that is not an argon2 hash (an account that cannot log in): same time, same answer.
  if (!storedHash?.startsWith('$argon2')) {
    dummyHash ??= hash('not-a-real-password-of-anyone');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password);
}
