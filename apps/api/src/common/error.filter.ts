import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorResponse } from '@techzone/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { TooManyRequestsException } from '../rate-limit/rate-limit.service';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-errors';
import { RequestValidationException } from './validation';

interface FastifyError {
  statusCode?: number;
  message: string;
  code?: string;
}

function isFastifyClientError(exception: unknown): exception is FastifyError {
  const status = (exception as FastifyError | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Every error leaves as one JSON shape: `{ statusCode, error, message, details?, requestId }`. Unknown errors are
 * logged and answered with a 500 that reveals nothing. (Pages outside /api never get here: see
 * web/web-delivery.ts.)
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();

    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: exception, requestId: request.id }, 'Database unavailable');
      void reply
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
        .header('content-type', 'application/json; charset=utf-8')
        .send({
          statusCode: HttpStatus.SERVICE_UNAVAILABLE,
          error: STATUS_CODES[HttpStatus.SERVICE_UNAVAILABLE] ?? 'Service Unavailable',
          message: 'The service is briefly unavailable. Try again in a moment.',
          requestId: String(request.id),
        } satisfies ErrorResponse);
      return;
    }
    const body = this.toResponse(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    if (exception instanceof TooManyRequestsException) {
      void reply.header('Retry-After', String(exception.retryAfterSeconds));
    }
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toResponse(exception: unknown, request: FastifyRequest): ErrorResponse {
    const requestId = String(request.id);
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? (response as { message: string[] }).message.join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      const details =
        exception instanceof RequestValidationException
          ? exception.details
          : ((response as { details?: ErrorResponse['details'] }).details ?? undefined);
      const allowedNext = (response as { allowedNext?: string[] }).allowedNext;
      return {
        statusCode,
        error: STATUS_CODES[statusCode] ?? 'Error',
        message,
        ...(details ? { details } : {}),
        ...(Array.isArray(allowedNext) ? { allowedNext } : {}),
        requestId,
      };
    }
    if (isFastifyClientError(exception)) {
      const statusCode = exception.statusCode ?? HttpStatus.BAD_REQUEST;
      return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message: exception.message, requestId };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Please try again later.',
      requestId,
    };
  }
}
