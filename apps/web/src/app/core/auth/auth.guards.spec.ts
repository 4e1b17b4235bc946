import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { MeResponse } from '@techzone/contracts';
import { newAdmin, newCompanyOwner, newUser } from '../../testing/factories';
import { authGuard, guestGuard, permissionGuard } from './auth.guards';
import { AuthService } from './auth.service';

describe('route guards', () => {
  const user = signal<MeResponse | null>(null);

  beforeEach(() => {
    user.set(null);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: { user, isAuthenticated: () => user() !== null } },
      ],
    });
  });

  function run(guard: typeof authGuard, url: string): ReturnType<typeof authGuard> {
    return TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot));
  }

  function serialize(result: ReturnType<typeof authGuard>): string {
    expect(result).toBeInstanceOf(UrlTree);
    return TestBed.inject(Router).serializeUrl(result as UrlTree);
  }

  it('should send an anonymous visitor to login with the page to return to', () => {
    expect(serialize(run(authGuard, '/home'))).toBe('/login?returnUrl=%2Fhome');
    expect(serialize(run(permissionGuard('organization.verify'), '/admin/organizations'))).toBe(
      '/login?returnUrl=%2Fadmin%2Forganizations',
    );
  });

  it('should let a logged-in user into /home', () => {
    user.set(newUser());

    expect(run(authGuard, '/home')).toBe(true);
  });

  it('should open the verification queue to the admin', () => {
    user.set(newAdmin());

    expect(run(permissionGuard('organization.verify'), '/admin/organizations')).toBe(true);
  });

  it('should send a company member who opens the verification queue to their home', () => {
    user.set(newCompanyOwner());

    expect(serialize(run(permissionGuard('organization.verify'), '/admin/organizations'))).toBe('/home');
  });

  it('should send a candidate who opens the organisation page to their home', () => {
    user.set(newUser({ roles: ['professional'], candidateKind: 'professional' }));

    expect(serialize(run(permissionGuard('organization.readOwn'), '/organization'))).toBe('/home');
  });

  it('should send a logged-in user away from login and register', () => {
    expect(run(guestGuard, '/login')).toBe(true);

    user.set(newUser());

    expect(serialize(run(guestGuard, '/login'))).toBe('/home');
  });
});
