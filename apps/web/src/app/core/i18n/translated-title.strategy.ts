import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, map, of, switchMap } from 'rxjs';

/** Route `title`s are translation keys; the document title follows the route and the active language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly titleKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    this.titleKey
      .pipe(
        switchMap((key) =>
          combineLatest([
            this.transloco.selectTranslate<string>('app.name'),
            key ? this.transloco.selectTranslate<string>(key) : of(null),
          ]),
        ),
        map(([appName, page]) => (page ? `${page} · ${appName}` : appName)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((title) => this.title.setTitle(title));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.titleKey.next(this.buildTitle(snapshot));
  }
}
