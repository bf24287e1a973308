// The window's history as the app has seen it: which entry (react-router's
// location key) is shown, and the entries behind and ahead of it. Pure
// bookkeeping over the router's own events (PUSH, REPLACE, POP), so
// "Tillbaka" can step back when the page it returns to is the entry right
// behind (and the place on that page comes back, see scroll-memory.ts).
export type NavigationKind = 'PUSH' | 'REPLACE' | 'POP';

interface Entry {
  key: string;
  path: string;
}

export class HistoryEntries {
  private entries: Entry[] = [];
  private at = -1;

  /** The router shows `entry` after a move of `kind`. */
  shown(kind: NavigationKind, entry: Entry): void {
    const current = this.entries[this.at];
    if (current?.key === entry.key) {
      // The same entry again (the shell shown again after an unlock): nothing moved.
      this.entries[this.at] = entry;
      return;
    }
    if (kind === 'POP') {
      const index = this.entries.findIndex((e) => e.key === entry.key);
      if (index >= 0) {
        this.at = index;
        return;
      }
      // An entry from before the app started (a reload): start again from it.
      this.entries = [entry];
      this.at = 0;
      return;
    }
    if (kind === 'REPLACE' && current) {
      this.entries[this.at] = entry;
      return;
    }
    // A new entry drops those ahead, as the browser does.
    this.entries = [...this.entries.slice(0, this.at + 1), entry];
    this.at = this.entries.length - 1;
  }

  /** The path of the entry right behind the one shown, if the app has seen it. */
  pathBehind(): string | null {
    return this.entries[this.at - 1]?.path ?? null;
  }
}

/** The one history of the window. */
export const windowHistory = new HistoryEntries();
