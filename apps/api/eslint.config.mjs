import { readdirSync } from 'node:fs';
import baseConfig from '../../eslint.config.mjs';

/**
 * Each API module owns its tables (docs/architecture.md, "Modules and their tables"): only the module's own files
 * import its entities, and SQL runs only in repositories (`*.repository.ts`) and query services (`*.queries.ts`).
 * Other modules call the owner's service. Exempt: entity files themselves (TypeORM relations between tables),
 * `database/` (the entity list, migrations, seed), `testing/` and tests. Violations that predate the rule are
 * listed in eslint-suppressions.json, per file and rule; that list only shrinks (`eslint --prune-suppressions`).
 */
const SHARED = new Set(['database', 'testing']);
const MODULES = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !SHARED.has(entry.name))
  .map((entry) => entry.name);
const TESTS = ['**/*.spec.ts', '**/*.int-spec.ts'];

/** The rule that keeps a module's files away from other modules' entities. */
export function ownEntitiesOnly(module) {
  return {
    files: [`src/${module}/**/*.ts`],
    ignores: [`src/${module}/entities/**`, ...TESTS],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(?!${module}/)[a-z-]+/entities(/|$)`,
              message:
                "Another module's entities: call that module's service (pass an EntityManager to share a transaction).",
            },
          ],
        },
      ],
    },
  };
}

export const sqlInRepositoriesOnly = {
  files: ['src/**/*.ts'],
  ignores: ['src/**/*.repository.ts', 'src/**/*.queries.ts', 'src/database/**', 'src/testing/**', ...TESTS],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "CallExpression[callee.property.name='query']",
        message: 'SQL belongs in the repository of the module that owns the table (a *.repository.ts file).',
      },
      {
        selector: "CallExpression[callee.property.name='getRepository']",
        message: "Tables are reached through their module's repository, not getRepository().",
      },
    ],
  },
};

export default [...baseConfig, ...MODULES.map(ownEntitiesOnly), sqlInRepositoriesOnly];
