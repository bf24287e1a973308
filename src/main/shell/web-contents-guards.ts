// Guards every web contents (the window, and anything Chromium might create):
// no navigation away from the app, no new windows, no webviews.
import type { WebContents } from 'electron';
import type { UrlPolicy } from './url-policy';

export function guardWebContents(contents: WebContents, policy: UrlPolicy): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!policy.mayNavigate(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  // Links never open a browser either: shell.openExternal is not used anywhere.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
