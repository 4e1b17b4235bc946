import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { APPLICATION_LIMITS, ApplicationActor, ApplicationResponse, MessageResponse } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { mapApiError } from '../../core/api/api-error';
import { TranslatableMessage } from '../../core/api/translatable';
import { applyServerErrors, ControlErrorPipe } from '../../core/forms/control-error';
import { LanguageService } from '../../core/i18n/language.service';
import { refusalText } from './application-status';

/** The messages between candidate and company, interview proposals highlighted, with a box to write a new one. */
@Component({
  selector: 'tz-message-thread',
  imports: [
    ControlErrorPipe,
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    @if (messages().length === 0) {
      <p class="muted">{{ 'applications.thread.empty' | transloco }}</p>
    } @else {
      <ol class="thread" data-testid="message-thread">
        @for (message of messages(); track message.id) {
          <li class="message" [class.mine]="message.from === viewer()" data-testid="message">
            <p class="meta">
              <strong>
                @if (message.from === viewer()) {
                  {{ 'applications.thread.you' | transloco }}
                } @else if (message.senderName) {
                  {{ message.senderName }}
                } @else {
                  {{
                    (message.from === 'company'
                      ? 'applications.timeline.by.company'
                      : 'applications.anonymousCandidate'
                    ) | transloco
                  }}
                }
              </strong>
              <time [attr.datetime]="message.at">{{ message.at | date: 'medium' : undefined : lang() }}</time>
            </p>
            @if (message.interview; as interview) {
              <div class="interview" data-testid="interview-proposal">
                <mat-icon aria-hidden="true" svgIcon="event" />
                <div>
                  <p class="interview-title">{{ 'applications.interview.proposal' | transloco }}</p>
                  <p>
                    {{
                      'applications.interview.when'
                        | transloco
                          : {
                              date: (interview.startsAt | date: 'fullDate' : undefined : lang()),
                              time: (interview.startsAt | date: 'shortTime' : undefined : lang()),
                            }
                    }}
                  </p>
                  <p>{{ 'applications.interview.where' | transloco: { place: interview.place } }}</p>
                </div>
              </div>
            }
            <p class="text">{{ message.body }}</p>
          </li>
        }
      </ol>
    }

    <form class="compose" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field>
        <mat-label>{{ 'applications.thread.label' | transloco }}</mat-label>
        <textarea matInput [formControl]="body" rows="3" [maxlength]="limits.messageMax"></textarea>
        <mat-hint align="end">{{ body.value.length }} / {{ limits.messageMax }}</mat-hint>
        @if (body.errors | tzControlError; as error) {
          <mat-error>{{ error.key | transloco: error.params }}</mat-error>
        }
      </mat-form-field>
      @if (error(); as error) {
        <p class="tz-form-error" role="alert">
          {{ error.text ?? (error.message.key | transloco: error.message.params) }}
        </p>
      }
      <div>
        <button type="submit" mat-flat-button [disabled]="sending()" [attr.aria-busy]="sending()">
          <mat-icon aria-hidden="true" svgIcon="send" />
          {{ 'applications.thread.send' | transloco }}
        </button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .thread {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .message {
      max-width: 90%;
      padding: 10px 14px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .message.mine {
      align-self: flex-end;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    p {
      margin: 0 0 4px;
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      font: var(--mat-sys-body-small);
    }
    .text {
      white-space: pre-line;
    }
    .interview {
      display: flex;
      gap: 8px;
      margin: 6px 0 8px;
      padding: 10px 12px;
      border-radius: 8px;
      border-left: 6px solid var(--tz-accent);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .interview-title {
      font-weight: 700;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .compose mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageThread {
  protected readonly lang = inject(LanguageService).lang;
  protected readonly limits = APPLICATION_LIMITS;

  readonly messages = input.required<readonly MessageResponse[]>();
  readonly viewer = input.required<ApplicationActor>();
  /** Sends a message; the thread clears the box when it succeeds. */
  readonly send = input.required<(body: string) => Observable<ApplicationResponse>>();
  /** The application after the message was added. */
  readonly sent = output<ApplicationResponse>();

  protected readonly body = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(APPLICATION_LIMITS.messageMax)],
  });
  /** Binds the <form> so that Angular handles its submit (no native page submit). */
  protected readonly form = new FormGroup({ body: this.body });
  protected readonly sending = signal(false);
  protected readonly error = signal<{ text: string | null; message: TranslatableMessage } | null>(null);

  protected submit(): void {
    const text = this.body.value.trim();
    if (!text) {
      this.body.setErrors({ required: true });
      this.body.markAsTouched();
      return;
    }
    if (this.body.invalid || this.sending()) {
      this.body.markAsTouched();
      return;
    }
    this.sending.set(true);
    this.error.set(null);
    this.send()(text).subscribe({
      next: (application) => {
        this.sending.set(false);
        this.body.reset('');
        this.sent.emit(application);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        const mapped = mapApiError(error, { fields: ['body'] });
        applyServerErrors({ body: this.body }, mapped.fields);
        const message = mapped.form[0] ?? (mapped.fields['body'] ? null : { key: 'errors.unexpected' });
        this.error.set(message ? { text: refusalText(error), message } : null);
      },
    });
  }
}
