import { describe, expect, it } from 'vitest';
import { HistoryEntries } from './history-entries';

const entry = (key: string, path: string) => ({ key, path });

describe('the history the app has seen', () => {
  it('knows the page right behind after clicks, and after steps back and forward', () => {
    const history = new HistoryEntries();
    history.shown('POP', entry('a', '/'));
    expect(history.pathBehind()).toBeNull();
    history.shown('PUSH', entry('b', '/children'));
    history.shown('PUSH', entry('c', '/children/5'));
    expect(history.pathBehind()).toBe('/children');
    history.shown('POP', entry('b', '/children'));
    expect(history.pathBehind()).toBe('/');
    history.shown('POP', entry('c', '/children/5'));
    expect(history.pathBehind()).toBe('/children');
  });

  it('a replaced entry (a tab, a created record) takes the place of the one shown', () => {
    const history = new HistoryEntries();
    history.shown('POP', entry('a', '/agreements'));
    history.shown('PUSH', entry('b', '/agreements/7'));
    history.shown('REPLACE', entry('c', '/agreements/7/economy'));
    history.shown('PUSH', entry('d', '/groups/3'));
    expect(history.pathBehind()).toBe('/agreements/7/economy');
    history.shown('POP', entry('c', '/agreements/7/economy'));
    expect(history.pathBehind()).toBe('/agreements');
  });

  it('a new page after a step back drops the pages ahead, as the browser does', () => {
    const history = new HistoryEntries();
    history.shown('POP', entry('a', '/'));
    history.shown('PUSH', entry('b', '/children'));
    history.shown('PUSH', entry('c', '/children/5'));
    history.shown('POP', entry('b', '/children'));
    history.shown('PUSH', entry('d', '/children/6'));
    expect(history.pathBehind()).toBe('/children');
    // c is gone: a POP to it is an entry the app no longer knows, and starts again.
    history.shown('POP', entry('c', '/children/5'));
    expect(history.pathBehind()).toBeNull();
  });

  it('the shell shown again after an unlock is the same entry, not a new one', () => {
    const history = new HistoryEntries();
    history.shown('POP', entry('a', '/children'));
    history.shown('PUSH', entry('b', '/children/5'));
    history.shown('PUSH', entry('b', '/children/5'));
    expect(history.pathBehind()).toBe('/children');
  });
});
