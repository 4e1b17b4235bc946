import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

export function createPino(level: string): Logger {
  return pino({
    level,
    base: { service: 'techzone-api' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'password'],
  });
}

/** Nest's own log lines go to the same structured pino stream as the requests. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace', message: unknown, context?: string): void {
    if (message !== null && typeof message === 'object') {
      this.pino[level]({ context, ...(message as object) });
    } else {
      this.pino[level]({ context }, String(message));
    }
  }
}
