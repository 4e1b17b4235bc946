import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The lint rules of apps/api/eslint.config.mjs that keep each module's tables its own, run by the real ESLint
 * with the real configuration on example code: one file that breaks both rules, and the places where the same
 * code is allowed. ESLint runs in a child process because it loads its ES-module configuration with import(),
 * which Jest's module system does not offer. The examples use paths of existing files (type-aware linting only
 * knows the files of the project); their text comes from here.
 */
const API_ROOT = join(__dirname, '..');

interface Finding {
  file: string;
  rule: string | null;
  line: number;
  message: string;
}

function lint(examples: Record<string, string>): Finding[] {
  const script = `
    import { ESLint } from 'eslint';
    const examples = JSON.parse(process.env.EXAMPLES);
    const eslint = new ESLint({ cwd: process.cwd() });
    const findings = [];
    for (const [file, text] of Object.entries(examples)) {
      for (const result of await eslint.lintText(text, { filePath: file })) {
        for (const message of result.messages) {
          findings.push({ file, rule: message.ruleId, line: message.line, message: message.message });
        }
      }
    }
    process.stdout.write(JSON.stringify(findings));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: API_ROOT,
    env: { ...process.env, EXAMPLES: JSON.stringify(examples) },
    encoding: 'utf8',
  });
  return JSON.parse(output) as Finding[];
}

const OTHER_MODULES_ENTITY = "import { Vacancy } from '../vacancies/entities/vacancy.entity';";
const OWN_ENTITY = "import { User } from './entities/user.entity';";
const SQL = `
export async function count(manager: { query(sql: string): Promise<unknown> }): Promise<unknown> {
  return manager.query('SELECT count(*) FROM users');
}
export function users(source: { getRepository(target: unknown): unknown }): unknown {
  return source.getRepository(User);
}
`;

describe('module-owned tables (apps/api/eslint.config.mjs)', () => {
  it("should refuse another module's entities and SQL outside a repository, and allow both where they belong", () => {
    const findings = lint({
      // A service of the users module: neither is allowed.
      'src/users/users.module.ts': `${OTHER_MODULES_ENTITY}\n${OWN_ENTITY}\nvoid Vacancy;\n${SQL}`,
      // The users module's repository: its own entities and SQL are fine.
      'src/users/users.repository.ts': `${OWN_ENTITY}\n${SQL}`,
      // An entity may relate to another module's entity (TypeORM relations).
      'src/users/entities/user.entity.ts': `${OTHER_MODULES_ENTITY}\nexport const relation = Vacancy;\n`,
    });

    const rules = ['no-restricted-imports', 'no-restricted-syntax'];
    const ours = findings.filter((finding) => rules.includes(finding.rule ?? ''));
    expect(ours.map(({ file, rule, line }) => ({ file, rule, line }))).toEqual([
      { file: 'src/users/users.module.ts', rule: 'no-restricted-imports', line: 1 },
      { file: 'src/users/users.module.ts', rule: 'no-restricted-syntax', line: 6 },
      { file: 'src/users/users.module.ts', rule: 'no-restricted-syntax', line: 9 },
    ]);
    expect(ours[0].message).toContain("Another module's entities");
    expect(ours[1].message).toContain('repository');
    // Nothing else went wrong: no parsing errors, no other rule tripped by the examples.
    expect(findings.filter((finding) => !rules.includes(finding.rule ?? ''))).toEqual([]);
  }, 120_000);
});
