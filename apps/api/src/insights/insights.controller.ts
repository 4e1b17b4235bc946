import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type InternalInsightsResponse, type RegionInsightsResponse } from '@techzone/contracts';
import type { FastifyReply } from 'fastify';
import { Authenticated, Public } from '../auth/decorators';
import { InsightsCsvQueryDto, InsightsQueryDto } from './dto/insights.dto';
import { InsightsService } from './insights.service';

@ApiTags('insights')
@Controller()
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Public()
  @Get(API_ROUTES.insights)
  region(@Query() query: InsightsQueryDto): Promise<RegionInsightsResponse> {
    return this.insights.region(query);
  }

  @Public()
  @Get(`${API_ROUTES.insights}.csv`)
  async csv(@Query() query: InsightsCsvQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { figure, ...filters } = query;
    const csv = await this.insights.csv(figure, filters);
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="techzone-${figure}.csv"`)
      .send(csv);
  }

  @Authenticated({ permission: 'insights.internal' })
  @Get(API_ROUTES.admin.insights)
  internal(): Promise<InternalInsightsResponse> {
    return this.insights.internal();
  }
}
