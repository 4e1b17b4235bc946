import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AgreementsService } from './agreements.service';
import { PlacementProgressService } from './placement-progress.service';
import { PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [OrganizationsModule],
  controllers: [PlacementsController],
  providers: [PlacementsService, AgreementsService, PlacementProgressService, ReportsService],
  exports: [PlacementsService],
})
export class PlacementsModule {}
