import { mapApiError } from '../../core/api/api-error';
import { TranslatableMessage } from '../../core/api/translatable';

/**
 * A refused placement action → the messages to show by the button: field problems (check problems, invalid week, …)
 * and form-level messages together; `statusKeys` say what a bare status means for this action.
 */
export function actionErrors(error: unknown, statusKeys?: Readonly<Record<number, string>>): TranslatableMessage[] {
  const mapped = mapApiError(error, { statusKeys });
  const messages = [...mapped.form, ...Object.values(mapped.fields)];
  return messages.length > 0 ? messages : [{ key: 'errors.unexpected' }];
}
