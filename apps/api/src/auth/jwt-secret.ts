import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';

/** The key that signs access tokens: JWT_SECRET, or a random one for this process (development and tests). */
export class JwtSecret {
  readonly value: string;

  constructor(config: AppConfig) {
    this.value = config.JWT_SECRET ?? randomBytes(48).toString('base64url');
  }
}
