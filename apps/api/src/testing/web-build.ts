import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The built web app (`npm test` builds it before the integration tests; alone: `npx nx run web:build`). */
export const WEB_DIST = resolve('dist/apps/web/browser');

/** Fails a test file that serves the web app with a message that says what to do, instead of a 404 later. */
export function requireWebBuild(): void {
  if (!existsSync(WEB_DIST)) {
    throw new Error(`No web build in ${WEB_DIST}: run \`npx nx run web:build\` before these tests.`);
  }
}
