import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import { NgTemplateOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  contentChild,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  TemplateRef,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { moveBy, moveItem } from './ranking';

/** An entry of a ranked list: its id and the name the buttons and announcements use. */
export interface RankedItem {
  id: string;
  name: string;
}

type Direction = 'up' | 'down';

/**
 * An ordered list (1st, 2nd, ...) that is reordered by drag and drop and, for keyboard and screen reader users, by
 * "up"/"down" (and optionally "remove") buttons on every entry. Each change is announced in a live region and the
 * focus stays on the moved entry. The entry's content comes from the `<ng-template let-item>` inside.
 */
@Component({
  selector: 'tz-ranked-list',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDragPlaceholder,
    CdkDropList,
    MatButtonModule,
    MatIconModule,
    NgTemplateOutlet,
    TranslocoPipe,
  ],
  template: `
    <ol
      class="list"
      cdkDropList
      [cdkDropListDisabled]="!editable()"
      [attr.aria-label]="label()"
      [attr.data-testid]="testId()"
      (cdkDropListDropped)="dropped($event)"
    >
      @for (item of items(); track item.id; let index = $index, first = $first, last = $last) {
        <li class="item" cdkDrag [cdkDragData]="item" data-testid="ranked-item" [attr.data-id]="item.id">
          <div class="placeholder" *cdkDragPlaceholder></div>
          <span class="position" aria-hidden="true">{{ index + 1 }}</span>
          @if (editable()) {
            <span class="handle" cdkDragHandle [attr.title]="'rankedList.dragHint' | transloco">
              <mat-icon aria-hidden="true" svgIcon="drag_indicator" />
            </span>
          }
          <div class="content">
            <ng-container *ngTemplateOutlet="template() ?? null; context: { $implicit: item, index: index }" />
          </div>
          @if (editable()) {
            <div class="buttons">
              <button
                type="button"
                mat-icon-button
                disabledInteractive
                [disabled]="first"
                data-move="up"
                [attr.aria-label]="'rankedList.moveUp' | transloco: { name: item.name }"
                (click)="move(item, 'up')"
              >
                <mat-icon aria-hidden="true" svgIcon="arrow_upward" />
              </button>
              <button
                type="button"
                mat-icon-button
                disabledInteractive
                [disabled]="last"
                data-move="down"
                [attr.aria-label]="'rankedList.moveDown' | transloco: { name: item.name }"
                (click)="move(item, 'down')"
              >
                <mat-icon aria-hidden="true" svgIcon="arrow_downward" />
              </button>
              @if (removable()) {
                <button
                  type="button"
                  mat-icon-button
                  data-move="remove"
                  [attr.aria-label]="'rankedList.remove' | transloco: { name: item.name }"
                  (click)="remove(item, index)"
                >
                  <mat-icon aria-hidden="true" svgIcon="close" />
                </button>
              }
            </div>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
      container-type: inline-size;
    }
    .list {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: grid;
      grid-template-columns: auto auto minmax(0, 1fr);
      align-items: center;
      gap: 4px 8px;
      padding: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
      color: var(--mat-sys-on-surface);
    }
    .position {
      display: grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font: var(--mat-sys-label-large);
      font-weight: 700;
    }
    .handle {
      display: inline-flex;
      color: var(--mat-sys-on-surface-variant);
      cursor: grab;
    }
    .content {
      grid-column: 3;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .buttons {
      grid-column: 1 / -1;
      display: flex;
      justify-content: flex-end;
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding-top: 4px;
    }
    /* Wide enough: the buttons sit beside the entry instead of below it. */
    @container (min-width: 520px) {
      .item {
        grid-template-columns: auto auto minmax(0, 1fr) auto;
      }
      .buttons {
        grid-column: 4;
        border-top: 0;
        padding-top: 0;
      }
    }
    .placeholder {
      min-height: 56px;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 12px;
    }
    .cdk-drag-preview {
      box-shadow: var(--mat-sys-level3);
    }
    .cdk-drag-animating,
    .list.cdk-drop-list-dragging .item:not(.cdk-drag-placeholder) {
      transition: transform 200ms cubic-bezier(0, 0, 0.2, 1);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RankedList {
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly items = input.required<readonly RankedItem[]>();
  /** The list's accessible name (already translated). */
  readonly label = input.required<string>();
  readonly editable = input(true);
  readonly removable = input(false);
  readonly testId = input('ranked-list');

  /** The new order, first first. */
  readonly reordered = output<string[]>();
  readonly removed = output<string>();

  protected readonly template = contentChild(TemplateRef);

  protected dropped(event: CdkDragDrop<unknown, unknown, RankedItem>): void {
    if (event.previousIndex === event.currentIndex) {
      return;
    }
    const ids = moveItem(
      this.items().map((item) => item.id),
      event.previousIndex,
      event.currentIndex,
    );
    this.reordered.emit(ids);
    this.announceMove(event.item.data, ids);
  }

  protected move(item: RankedItem, direction: Direction): void {
    const before = this.items().map((entry) => entry.id);
    const ids = moveBy(before, item.id, direction === 'up' ? -1 : 1);
    if (ids.every((id, index) => id === before[index])) {
      return;
    }
    this.reordered.emit(ids);
    this.announceMove(item, ids);
    // The entry's buttons move with it in the DOM: keep the focus on it (on the other arrow at either end).
    afterNextRender(
      () => {
        const position = ids.indexOf(item.id);
        const atEnd = direction === 'up' ? position === 0 : position === ids.length - 1;
        this.focus(item.id, atEnd ? (direction === 'up' ? 'down' : 'up') : direction);
      },
      { injector: this.injector },
    );
  }

  protected remove(item: RankedItem, index: number): void {
    this.removed.emit(item.id);
    void this.announcer.announce(this.transloco.translate('rankedList.removed', { name: item.name }), 'polite');
    const next = this.items()[index + 1] ?? this.items()[index - 1];
    afterNextRender(
      () => {
        if (next) {
          this.focus(next.id, 'remove');
        }
      },
      { injector: this.injector },
    );
  }

  private announceMove(item: RankedItem, ids: readonly string[]): void {
    const text = this.transloco.translate('rankedList.moved', {
      name: item.name,
      position: ids.indexOf(item.id) + 1,
      total: ids.length,
    });
    void this.announcer.announce(text, 'polite');
  }

  private focus(id: string, button: Direction | 'remove'): void {
    const entries: HTMLElement[] = Array.from(
      this.host.nativeElement.querySelectorAll<HTMLElement>('[data-testid="ranked-item"]'),
    );
    const entry = entries.find((element) => element.dataset['id'] === id);
    entry?.querySelector<HTMLElement>(`[data-move="${button}"]`)?.focus();
  }
}
