import { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/passwords';
import { MembershipEntity } from '../../organizations/entities/membership.entity';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

export async function hasDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(UserEntity).exists({ where: { email: DEMO_USERS[0].email } });
}

/** Loads the demo organisations and users in one transaction. Does nothing when they are already there. */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  if (await hasDemoData(dataSource)) {
    return false;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const organizationIds = new Map<string, string>();
    for (const { key, verified, ...organization } of DEMO_ORGANIZATIONS) {
      const saved = await manager.getRepository(OrganizationEntity).save(
        manager.getRepository(OrganizationEntity).create({
          ...organization,
          kvkNumber: organization.kvkNumber ?? null,
          brinCode: organization.brinCode ?? null,
          verificationStatus: verified ? 'verified' : 'pending',
          verifiedAt: verified ? new Date() : null,
        }),
      );
      organizationIds.set(key, saved.id);
    }
    for (const user of DEMO_USERS) {
      const saved = await manager.getRepository(UserEntity).save(
        manager.getRepository(UserEntity).create({
          email: user.email,
          name: user.name,
          passwordHash,
          locale: 'nl',
          accountType: user.accountType,
          candidateKind: user.candidateKind ?? null,
        }),
      );
      if (user.membership) {
        await manager.getRepository(MembershipEntity).insert({
          userId: saved.id,
          organizationId: organizationIds.get(user.membership.organization),
          role: user.membership.role,
        });
      }
    }
  });
  return true;
}
