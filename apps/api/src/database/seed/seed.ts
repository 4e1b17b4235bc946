import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/passwords';
import { UserEntity } from '../../users/entities/user.entity';
import { VacancyEntity } from '../../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../../vacancies/vacancies.repository';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { DEFAULT_DEMO_OPTIONS, generateDemoData, type DemoDataOptions } from './generator';
import { loadDemoData } from './loader';

export async function hasDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(UserEntity).exists({ where: { email: DEMO_USERS[0].email } });
}

/**
 * A password hash nobody can log in with: the argon2 hash of 32 random bytes that are thrown away. (A marker such
 * as "!disabled" would be clearer, but argon2's verify throws on it instead of returning false.)
 */
async function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString('base64url'));
}

/**
 * Loads the demo data in one transaction: the demo logins (DEMO_USERS, password DEMO_PASSWORD) with their
 * organisations, and the generated region (companies, schools, vacancies, candidates) from a fixed seed. Does
 * nothing when the demo data is already there.
 */
export async function seedDemoData(dataSource: DataSource, options: Partial<DemoDataOptions> = {}): Promise<boolean> {
  if (await hasDemoData(dataSource)) {
    return false;
  }
  const data = generateDemoData({ ...DEFAULT_DEMO_OPTIONS, now: new Date(), ...options });
  const [demo, unusable] = await Promise.all([hashPassword(DEMO_PASSWORD), unusablePasswordHash()]);
  const vacancies = new VacanciesRepository(dataSource.getRepository(VacancyEntity), dataSource);
  await dataSource.transaction(async (manager) => {
    await loadDemoData(manager, data, { demo, unusable });
    await vacancies.refreshSearchText(
      manager,
      data.vacancies.map((vacancy) => vacancy.id),
    );
  });
  return true;
}
