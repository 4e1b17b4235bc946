import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@techzone/contracts';

/** Flattens class-validator's tree into per-field problems with dotted paths (`skills.0.level`). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export class RequestValidationException extends BadRequestException {
  constructor(readonly details: FieldError[]) {
    super(`Invalid request: ${details.map((detail) => detail.message).join('; ')}`);
  }
}

/** Deeper than any request DTO nests (a profile's `skills.0.skillCode` is three levels). */
export const MAX_REQUEST_DEPTH = 32;

/**
 * What no request value (body, query or path parameter) may hold, whatever its DTO: text with the NUL character,
 * which PostgreSQL cannot store (the query would fail with a 500), and nesting deeper than MAX_REQUEST_DEPTH, on
 * which the recursive transformation and validation would exhaust the stack (a 500 again, and for a few kilobytes
 * of brackets). Walks without recursion, so that the check itself cannot overflow.
 */
export function unsafeRequestFields(value: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  const stack: [unknown, string, number][] = [[value, root, 0]];
  const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
  while (stack.length) {
    const [current, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof current === 'string') {
      if (current.includes('\u0000')) {
        problems.push({
          field: path,
          code: 'noNulCharacter',
          message: `${path || 'the value'} must not contain NUL (\\u0000)`,
        });
      }
      continue;
    }
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) {
      continue;
    }
    if (depth >= MAX_REQUEST_DEPTH) {
      problems.push({
        field: path,
        code: 'maxDepth',
        message: `${path || 'the request'} is nested more than ${MAX_REQUEST_DEPTH} levels deep`,
      });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? [...current.entries()]
      : Object.entries(current);
    for (const [key, item] of entries) {
      if (typeof key === 'string' && key.includes('\u0000')) {
        problems.push({
          field: join(path, key),
          code: 'noNulCharacter',
          message: 'a field name must not contain NUL (\\u0000)',
        });
      }
      stack.push([item, join(path, key), depth + 1]);
    }
  }
  return problems.sort((a, b) => a.field.localeCompare(b.field));
}

/** The global pipe: refuses what no request may hold (see unsafeRequestFields), then validates the DTOs. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = unsafeRequestFields(value, metadata.data ?? '');
      if (problems.length) {
        // The first few are enough to act on; a body of 10 000 bad items need not echo 10 000 problems.
        throw new RequestValidationException(problems.slice(0, 20));
      }
    }
    return super.transform(value, metadata);
  }
}

/** Strips nothing silently: unknown fields are an error that names them. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationException(toFieldErrors(errors)),
  });
}
