import { createHash, randomBytes } from 'node:crypto';

/** Hex SHA-256: how one-time tokens are stored, so that a database leak reveals no usable link. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** A fresh unguessable token for a link (256 bits, URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');
