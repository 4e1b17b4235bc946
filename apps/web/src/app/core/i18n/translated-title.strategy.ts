import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, map, of, switchMap } from 'rxjs';
import { PageMeta } from '../seo/page-meta.service';

/**
 * Route `title`s are translation keys; the document title follows the route and the active language, unless the
 * page names itself (a vacancy's title, see PageMeta).
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly titleKey = new BehaviorSubject<string | undefined>(undefined);
  private readonly ownTitle = toObservable(inject(PageMeta).title);

  constructor() {
    super();
    this.titleKey
      .pipe(
        switchMap((key) =>
          combineLatest([
            this.transloco.selectTranslate<string>('app.name'),
            key ? this.transloco.selectTranslate<string>(key) : of(null),
            this.ownTitle,
          ]),
        ),
        map(([appName, page, own]) => ((own ?? page) ? `${own ?? page} · ${appName}` : appName)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((title) => this.title.setTitle(title));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.titleKey.next(this.buildTitle(snapshot));
  }
}
