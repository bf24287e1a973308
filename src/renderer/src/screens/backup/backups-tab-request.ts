// Lets the overview's backup card open Administration on the Säkerhetskopior
// tab: the card leaves a request here and the admin screen takes it once.
let requested = false;

export function requestBackupsTab(): void {
  requested = true;
}

/** True once after a request (the admin screen's first tab). */
export function takeBackupsTabRequest(): boolean {
  const was = requested;
  requested = false;
  return was;
}
