import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacementStatus } from '@techzone/contracts';

/** The status of a placement as a coloured chip with its translated label. */
@Component({
  selector: 'tz-placement-status-chip',
  imports: [TranslocoPipe],
  template: `<span [class]="'tz-status tz-placement-' + status()" data-testid="placement-status">{{
    'placements.statuses.' + status() | transloco
  }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementStatusChip {
  readonly status = input.required<PlacementStatus>();
}
