import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { IconName } from '../core/icons/icons';
import { PlaceAutocomplete, PlaceOption } from '../shared/place-autocomplete';
import { DEFAULT_SEARCH_STATE, searchStateToParams } from '../vacancies/search-state';

/** The radius a search from the landing page starts with when a place is chosen (changeable on the results). */
const LANDING_RADIUS_KM = 20;

interface Audience {
  key: string;
  icon: IconName;
}

@Component({
  selector: 'tz-landing-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    PlaceAutocomplete,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './landing-page.html',
  styleUrl: './landing-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LandingPage {
  private readonly router = inject(Router);
  protected readonly loggedIn = inject(AuthService).isAuthenticated;
  protected readonly offers = ['internships', 'apprenticeships', 'jobs'] as const;
  protected readonly audiences: readonly Audience[] = [
    { key: 'students', icon: 'school' },
    { key: 'professionals', icon: 'engineering' },
    { key: 'companies', icon: 'factory' },
    { key: 'schools', icon: 'apartment' },
  ];
  protected readonly words = new FormControl('', { nonNullable: true });
  protected readonly place = new FormControl<PlaceOption | null>(null);

  /** Straight to the results: the words, and the chosen place with a radius around it. */
  protected search(event: Event): void {
    event.preventDefault();
    const placeId = this.place.value?.id ?? null;
    const params = searchStateToParams({
      ...DEFAULT_SEARCH_STATE,
      q: this.words.value.trim(),
      placeId,
      radiusKm: placeId === null ? null : LANDING_RADIUS_KM,
    });
    const queryParams = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
    void this.router.navigate(['/vacatures'], { queryParams });
  }
}
