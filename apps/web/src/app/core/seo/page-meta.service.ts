import { DOCUMENT } from '@angular/common';
import {
  DestroyRef,
  EnvironmentProviders,
  inject,
  Injectable,
  Injector,
  provideEnvironmentInitializer,
  RESPONSE_INIT,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Meta } from '@angular/platform-browser';
import { ActivatedRouteSnapshot, NavigationEnd, NavigationStart, Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { scriptJson } from './job-posting';

/** What a page says about itself to search engines and link previews (WhatsApp, LinkedIn, ...). */
export interface PageDescription {
  /** The page's own title (the app name is added), e.g. a vacancy's title and company. */
  title?: string;
  description?: string;
  /** Open Graph type: `website` (default) or `article` for a single vacancy, company or event. */
  type?: 'website' | 'article';
  /** schema.org data, written as JSON-LD. */
  structuredData?: Record<string, unknown> | null;
  /** Keep the page out of search results (a vacancy that is gone). */
  noIndex?: boolean;
}

const JSON_LD_ID = 'tz-structured-data';

/**
 * The document head per page: description, canonical URL, Open Graph tags, robots and JSON-LD. Routes give a
 * default description (`data.description`, a translation key); a page that loads what it shows (a vacancy, a
 * company) sets its own with `describe()`. Works the same when rendering on the server, so a shared link or a
 * crawler sees them without JavaScript.
 */
@Injectable({ providedIn: 'root' })
export class PageMeta {
  private readonly document = inject(DOCUMENT);
  private readonly meta = inject(Meta);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly transloco = inject(TranslocoService);
  /** The server's response for the page being rendered (null in the browser). */
  private readonly response = inject(RESPONSE_INIT, { optional: true });
  /** Set by `start()`: the router needs the title strategy, which reads this service. */
  private router: Router | null = null;

  /** The page's own title, read by TranslatedTitleStrategy; null: the route's title. */
  readonly title = signal<string | null>(null);
  private own: PageDescription = {};
  private descriptionKey: string | null = null;

  /** Follows the router (see providePageMeta). */
  start(): void {
    const router = this.injector.get(Router);
    this.router = router;
    const destroyed = takeUntilDestroyed(this.destroyRef);
    router.events
      .pipe(
        filter((event) => event instanceof NavigationStart),
        destroyed,
      )
      .subscribe(() => {
        this.own = {};
        this.title.set(null);
      });
    router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        destroyed,
      )
      .subscribe(() => {
        const key: unknown = deepest(router.routerState.snapshot.root).data['description'];
        this.descriptionKey = typeof key === 'string' ? key : 'meta.default';
        this.apply();
      });
    this.transloco.langChanges$.pipe(destroyed).subscribe(() => this.apply());
  }

  /** Called by a page once it knows what it shows (again when that changes). */
  describe(page: PageDescription): void {
    this.own = page;
    this.title.set(page.title ?? null);
    this.apply();
  }

  /** What the page shows does not exist (any more): a 404 from the server, and no search listing. */
  notFound(): void {
    if (this.response) {
      this.response.status = 404;
    }
    this.describe({ noIndex: true });
  }

  /** The absolute URL of a path on this site (the public origin when rendering on the server). */
  absoluteUrl(path: string): string {
    return new URL(path, this.document.location.origin).toString();
  }

  private apply(): void {
    const description: string =
      this.own.description ?? (this.descriptionKey ? this.transloco.translate<string>(this.descriptionKey) : '');
    const siteName = this.transloco.translate<string>('app.name');
    const title = this.own.title ?? (this.document.title || siteName);
    const url = this.canonicalUrl();
    this.meta.updateTag({ name: 'description', content: description });
    this.meta.updateTag({ property: 'og:title', content: title });
    this.meta.updateTag({ property: 'og:description', content: description });
    this.meta.updateTag({ property: 'og:type', content: this.own.type ?? 'website' });
    this.meta.updateTag({ property: 'og:url', content: url });
    this.meta.updateTag({ property: 'og:site_name', content: siteName });
    this.meta.updateTag({
      property: 'og:locale',
      content: this.transloco.getActiveLang() === 'en' ? 'en_GB' : 'nl_NL',
    });
    this.meta.updateTag({ name: 'twitter:card', content: 'summary' });
    if (this.own.noIndex) {
      this.meta.updateTag({ name: 'robots', content: 'noindex' });
    } else {
      this.meta.removeTag('name="robots"');
    }
    this.setCanonical(url);
    this.setStructuredData(this.own.structuredData ?? null);
  }

  /** The page's address without tracking noise: the path, and for the search page its query (it is the content). */
  private canonicalUrl(): string {
    const router = this.router;
    if (!router) {
      return this.absoluteUrl('/');
    }
    const tree = router.parseUrl(router.url);
    tree.fragment = null;
    const path = router.serializeUrl(tree);
    const keepQuery = path.startsWith('/vacatures?');
    return this.absoluteUrl(keepQuery ? path : path.split('?')[0]);
  }

  private setCanonical(url: string): void {
    let link = this.document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (!link) {
      link = this.document.createElement('link');
      link.rel = 'canonical';
      this.document.head.appendChild(link);
    }
    link.href = url;
  }

  private setStructuredData(data: Record<string, unknown> | null): void {
    const existing = this.document.getElementById(JSON_LD_ID);
    if (!data) {
      existing?.remove();
      return;
    }
    const script = existing ?? this.document.createElement('script');
    script.id = JSON_LD_ID;
    script.setAttribute('type', 'application/ld+json');
    script.textContent = scriptJson(data);
    if (!existing) {
      this.document.head.appendChild(script);
    }
  }
}

export function providePageMeta(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(PageMeta).start());
}

/** A description of at most `max` characters, cut at a word. */
export function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) {
    return flat;
  }
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function deepest(route: ActivatedRouteSnapshot): ActivatedRouteSnapshot {
  return route.firstChild ? deepest(route.firstChild) : route;
}
