import { Module } from '@nestjs/common';
import { AgreementsService } from './agreements.service';
import { PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';

@Module({
  controllers: [PlacementsController],
  providers: [PlacementsService, AgreementsService],
})
export class PlacementsModule {}
