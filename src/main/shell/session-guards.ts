// Guards a session: every permission is denied, and every request that is
// not the app's own protocol is cancelled before it leaves the process, so
// nothing is fetched from a network even if a page tried.
import type { Session } from 'electron';
import type { UrlPolicy } from './url-policy';

const guarded = new WeakSet<object>();

export function guardSession(session: Session, policy: UrlPolicy): void {
  if (guarded.has(session)) return;
  guarded.add(session);

  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Older or stripped-down builds lack it; screen capture is denied by the permission handler anyway.
  if (typeof session.setDisplayMediaRequestHandler === 'function') {
    session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  }
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !policy.mayRequest(details.url) }),
  );
}
