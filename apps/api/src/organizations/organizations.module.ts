import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminOrganizationsController } from './admin-organizations.controller';
import { AccreditationEntity } from './entities/accreditation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationLocationEntity } from './entities/organization-location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { CompaniesController, OrganizationsController } from './organizations.controller';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity, OrganizationLocationEntity, AccreditationEntity]),
  ],
  controllers: [OrganizationsController, CompaniesController, AdminOrganizationsController],
  providers: [OrganizationsRepository, OrganizationsService],
  exports: [OrganizationsRepository, OrganizationsService],
})
export class OrganizationsModule {}
