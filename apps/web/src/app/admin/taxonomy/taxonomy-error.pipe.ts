import { Pipe, PipeTransform } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslatableMessage } from '../../core/api/translatable';
import { taxonomyControlError } from './taxonomy-editor';

/** `control.errors | tzTaxonomyError: 'code'`: the first error of a taxonomy field, naming its format when wrong. */
@Pipe({ name: 'tzTaxonomyError' })
export class TaxonomyErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null, field: string): TranslatableMessage | null {
    return taxonomyControlError(field, errors);
  }
}
