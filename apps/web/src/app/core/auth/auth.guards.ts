import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { Permission } from '@techzone/contracts';
import { decideAccess } from './access';
import { AuthService } from './auth.service';

function guard(url: string, required?: Permission): true | UrlTree {
  const router = inject(Router);
  switch (decideAccess(inject(AuthService).user(), required)) {
    case 'allow':
      return true;
    case 'login':
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: url } });
    case 'forbidden':
      return router.createUrlTree(['/home']);
  }
}

/** Needs a session; anonymous users go to /login?returnUrl=… */
export const authGuard: CanActivateFn = (_route, state) => guard(state.url);

/** Needs a session and a permission from the role map; users without it go to their home page. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return (_route, state) => guard(state.url, permission);
}

/** Needs a session and at least one of these permissions (e.g. a page for both schools and the program office). */
export function anyPermissionGuard(...permissions: Permission[]): CanActivateFn {
  return (_route, state) => {
    const user = inject(AuthService).user();
    const granted = permissions.find((permission) => user?.permissions.includes(permission));
    return guard(state.url, granted ?? permissions[0]);
  };
}

/** For login and register: a logged-in user goes home instead. */
export const guestGuard: CanActivateFn = () =>
  inject(AuthService).isAuthenticated() ? inject(Router).createUrlTree(['/home']) : true;
