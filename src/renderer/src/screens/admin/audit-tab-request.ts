// Lets the alarm banner open Administration on the Loggkontroll tab: it leaves
// a request that the admin screen takes when it mounts, or, when the admin
// screen is already open, switches its tab directly.
import { useEffect } from 'react';

let requested = false;
let openTab: (() => void) | null = null;

export function requestAuditTab(): void {
  if (openTab) openTab();
  else requested = true;
}

/** True once after a request (the admin screen's first tab). */
export function takeAuditTabRequest(): boolean {
  const was = requested;
  requested = false;
  return was;
}

/** While the admin screen is open, a request switches its tab with `open`. */
export function useAuditTabRequest(open: () => void): void {
  useEffect(() => {
    openTab = open;
    return () => {
      if (openTab === open) openTab = null;
    };
  }, [open]);
}
