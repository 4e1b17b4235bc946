import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeResponse } from '@techzone/contracts';

@Component({
  selector: 'tz-admin-home',
  imports: [MatButtonModule, RouterLink, TranslocoPipe],
  template: `
    <div class="tz-container tz-page" data-testid="home-admin">
      <h1 data-testid="home-title">{{ 'home.admin.title' | transloco: { name: user().name } }}</h1>
      <p>{{ 'home.admin.intro' | transloco }}</p>
      <p class="links">
        <a mat-flat-button routerLink="/admin/organizations">{{ 'home.admin.queueLink' | transloco }}</a>
        <a mat-stroked-button routerLink="/admin/evenementen">{{ 'home.admin.eventsLink' | transloco }}</a>
        <a mat-stroked-button routerLink="/admin/taxonomie">{{ 'home.admin.taxonomyLink' | transloco }}</a>
        <a mat-stroked-button routerLink="/meldingen">{{ 'home.admin.reportsLink' | transloco }}</a>
      </p>
    </div>
  `,
  styles: `
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminHome {
  readonly user = input.required<MeResponse>();
}
