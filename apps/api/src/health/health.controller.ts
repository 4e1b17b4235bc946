import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type HealthResponse } from '@techzone/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';
import { AppConfig } from '../config/app-config';

@ApiTags('health')
@Controller(API_ROUTES.health)
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** 200 when the database answers, 503 when it does not. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const up = await this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    void reply.status(up ? 200 : 503);
    return { status: up ? 'ok' : 'error', database: up ? 'up' : 'down', embedded: this.config.embedded };
  }
}
