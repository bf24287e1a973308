// How long a search field waits after the last keystroke before asking main.
// Main answers a search in 30–120 ms at ten times a municipality's data, and
// the result must paint within 100 ms of the pause, so the wait is short; an
// answer overtaken by a later keystroke is dropped by the stores.
export const searchWaitMs = 40;
