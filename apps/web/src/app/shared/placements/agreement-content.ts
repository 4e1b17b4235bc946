import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AgreementContent } from '@techzone/contracts';
import { LanguageService } from '../../core/i18n/language.service';

/** What a placement agreement says, as a list of plain terms (shared by the placement page and the guardian page). */
@Component({
  selector: 'tz-agreement-content',
  imports: [DatePipe, TranslocoPipe],
  template: `
    @let c = content();
    <dl class="terms" data-testid="agreement-content">
      <div>
        <dt>{{ 'placements.agreement.content.student' | transloco }}</dt>
        <dd>
          {{ c.student.name }}
          @if (c.student.dateOfBirth) {
            <br />{{
              'placements.agreement.content.born'
                | transloco: { date: (c.student.dateOfBirth | date: 'longDate' : undefined : lang()) }
            }}
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'placements.agreement.content.company' | transloco }}</dt>
        <dd>
          {{ c.company.name }}
          @if (c.company.city) {
            · {{ c.company.city }}
          }
          @if (c.company.kvkNumber) {
            <br />{{ 'placements.agreement.content.kvk' | transloco: { number: c.company.kvkNumber } }}
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'placements.agreement.content.school' | transloco }}</dt>
        <dd>
          {{ c.school.name }}
          @if (c.school.city) {
            · {{ c.school.city }}
          }
        </dd>
      </div>
      @if (c.qualification; as q) {
        <div>
          <dt>{{ 'placements.agreement.content.qualification' | transloco }}</dt>
          <dd>
            {{ q.name }} ({{ 'placements.agreement.content.crebo' | transloco: { crebo: q.crebo, level: q.level } }})
            @if (c.route) {
              · {{ c.route }}
            }
          </dd>
        </div>
      }
      @if (c.vacancyTitle) {
        <div>
          <dt>{{ 'placements.agreement.content.vacancy' | transloco }}</dt>
          <dd>{{ c.vacancyTitle }}</dd>
        </div>
      }
      <div>
        <dt>{{ 'placements.agreement.content.period' | transloco }}</dt>
        <dd>
          {{
            'placements.period'
              | transloco
                : {
                    start: (c.startDate | date: 'longDate' : undefined : lang()),
                    end: (c.endDate | date: 'longDate' : undefined : lang()),
                  }
          }}
        </dd>
      </div>
      <div>
        <dt>{{ 'placements.agreement.content.hours' | transloco }}</dt>
        <dd>{{ 'placements.hoursPerWeekValue' | transloco: { hours: c.hoursPerWeek } }}</dd>
      </div>
      <div>
        <dt>{{ 'placements.agreement.content.mentor' | transloco }}</dt>
        <dd>{{ c.mentor.name }} · {{ c.mentor.email }}</dd>
      </div>
      <div>
        <dt>{{ 'placements.agreement.content.supervisor' | transloco }}</dt>
        <dd>{{ c.supervisor.name }} · {{ c.supervisor.email }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .terms {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 8px;
      margin: 0;
    }
    .terms > div {
      display: grid;
      grid-template-columns: minmax(120px, 1fr) minmax(0, 2fr);
      gap: 4px 16px;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    @media (max-width: 599.98px) {
      .terms > div {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgreementContentView {
  protected readonly lang = inject(LanguageService).lang;
  readonly content = input.required<AgreementContent>();
}
