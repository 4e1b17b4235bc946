import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { membershipRole, MembershipSummary, permissionsFor, Role } from '@techzone/contracts';
import { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { UserEntity } from './entities/user.entity';

/** The password hash of an erased account: it can never log in, and its tokens stop working. */
export const ERASED = '!deleted';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function rolesOf(user: UserEntity, memberships: MembershipSummary[]): Role[] {
  switch (user.accountType) {
    case 'candidate':
      return user.candidateKind ? [user.candidateKind] : [];
    case 'admin':
      return ['admin'];
    case 'member':
      return [...new Set(memberships.map((membership) => membershipRole(membership.kind, membership.role)))];
  }
}

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email: normalizeEmail(email) } });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  /** The user with memberships and organisations, in one query. */
  async findAuthUser(id: string): Promise<AuthUser | null> {
    const user = await this.users.findOne({
      where: { id },
      relations: { memberships: { organization: true } },
      order: { memberships: { createdAt: 'ASC' } },
    });
    if (!user || user.passwordHash === ERASED) {
      return null;
    }
    const memberships: MembershipSummary[] = (user.memberships ?? []).flatMap((membership) =>
      membership.organization
        ? [
            {
              organizationId: membership.organizationId,
              organizationName: membership.organization.name,
              kind: membership.organization.kind,
              role: membership.role,
              verified: membership.organization.verificationStatus === 'verified',
            },
          ]
        : [],
    );
    const roles = rolesOf(user, memberships);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      accountType: user.accountType,
      candidateKind: user.candidateKind,
      roles,
      permissions: permissionsFor(roles),
      memberships,
      emailVerified: user.emailVerifiedAt !== null,
    };
  }

  insert(manager: EntityManager, user: Partial<UserEntity>): Promise<UserEntity> {
    return manager.getRepository(UserEntity).save(manager.getRepository(UserEntity).create(user));
  }

  async update(id: string, changes: Partial<Pick<UserEntity, 'name' | 'locale' | 'lastLoginAt'>>): Promise<void> {
    await this.users.update({ id }, changes);
  }
}
