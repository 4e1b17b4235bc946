import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { IconName } from '../core/icons/icons';

interface Audience {
  key: string;
  icon: IconName;
}

@Component({
  selector: 'tz-landing-page',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslocoPipe],
  templateUrl: './landing-page.html',
  styleUrl: './landing-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LandingPage {
  protected readonly loggedIn = inject(AuthService).isAuthenticated;
  protected readonly offers = ['internships', 'apprenticeships', 'jobs'] as const;
  protected readonly audiences: readonly Audience[] = [
    { key: 'students', icon: 'school' },
    { key: 'professionals', icon: 'engineering' },
    { key: 'companies', icon: 'factory' },
    { key: 'schools', icon: 'apartment' },
  ];
}
