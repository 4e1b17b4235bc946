import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type EventAttendeeResponse, type EventResponse } from '@techzone/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { Authenticated, CurrentUser, Public } from '../auth/decorators';
import { OptionalUser } from '../auth/optional-user';
import { EventDto, EventListQueryDto, EventUpdateDto, RejectEventDto } from './dto/event.dto';
import { EventsService } from './events.service';

const EVENT = `${API_ROUTES.events}/:id`;

@ApiTags('events')
@Controller()
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly optionalUser: OptionalUser,
  ) {}

  @Public()
  @Get(API_ROUTES.events)
  async upcoming(@Req() request: FastifyRequest, @Query() query: EventListQueryDto): Promise<EventResponse[]> {
    return this.events.upcoming(await this.optionalUser.from(request), query);
  }

  @Authenticated({ permission: 'application.create' })
  @Get(API_ROUTES.me.events)
  mine(@CurrentUser() user: AuthUser): Promise<EventResponse[]> {
    return this.events.mine(user);
  }

  @Authenticated()
  @Get(`${API_ROUTES.events}/managed`)
  managed(@CurrentUser() user: AuthUser): Promise<EventResponse[]> {
    return this.events.managed(user);
  }

  /** Public once published; the organiser and the program office also see it before. */
  @Public()
  @Get(EVENT)
  async get(@Req() request: FastifyRequest, @Param('id', ParseUUIDPipe) id: string): Promise<EventResponse> {
    return this.events.get(await this.optionalUser.from(request), id);
  }

  @Authenticated()
  @Post(API_ROUTES.events)
  create(@CurrentUser() user: AuthUser, @Body() dto: EventDto): Promise<EventResponse> {
    return this.events.create(user, dto);
  }

  @Authenticated()
  @Patch(EVENT)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EventUpdateDto,
  ): Promise<EventResponse> {
    return this.events.update(user, id, dto);
  }

  @Authenticated()
  @Post(`${EVENT}/cancel`)
  @HttpCode(HttpStatus.OK)
  cancel(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventResponse> {
    return this.events.cancel(user, id);
  }

  @Authenticated()
  @Get(`${EVENT}/attendees`)
  attendees(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventAttendeeResponse[]> {
    return this.events.attendees(user, id);
  }

  @Authenticated({ permission: 'application.create' })
  @Post(`${EVENT}/signup`)
  @HttpCode(HttpStatus.OK)
  signUp(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventResponse> {
    return this.events.signUp(user, id);
  }

  @Authenticated({ permission: 'application.create' })
  @Delete(`${EVENT}/signup`)
  cancelSignup(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventResponse> {
    return this.events.cancelSignup(user, id);
  }

  @Authenticated({ permission: 'organization.verify' })
  @Post(`${API_ROUTES.admin.events}/:id/approve`)
  @HttpCode(HttpStatus.OK)
  approve(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventResponse> {
    return this.events.review(user, id, true);
  }

  @Authenticated({ permission: 'organization.verify' })
  @Post(`${API_ROUTES.admin.events}/:id/reject`)
  @HttpCode(HttpStatus.OK)
  reject(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectEventDto,
  ): Promise<EventResponse> {
    return this.events.review(user, id, false, dto.note || null);
  }
}
