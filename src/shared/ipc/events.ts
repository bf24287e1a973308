// Events main sends to the renderer, outside the request/response contract.
// Shared by the shell (which sends) and the preload (which listens).

/** Main → renderer: the app locked (OS lock screen, suspend, idle). The only event. */
export const lockedEvent = 'app:locked';
