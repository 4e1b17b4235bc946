import { AuditEventEntity } from '../audit/entities/audit-event.entity';
import { RefreshTokenEntity } from '../auth/entities/refresh-token.entity';
import { MembershipEntity } from '../organizations/entities/membership.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { RateLimitCounterEntity } from '../rate-limit/entities/rate-limit-counter.entity';
import { UserEntity } from '../users/entities/user.entity';

/** Every entity, listed explicitly: glob paths and the webpack bundle do not mix. */
export const ENTITIES = [
  UserEntity,
  OrganizationEntity,
  MembershipEntity,
  RefreshTokenEntity,
  RateLimitCounterEntity,
  AuditEventEntity,
];
