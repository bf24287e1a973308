// The preload: exposes exactly `window.api`, one function per contract
// channel and the lock event, and nothing else (never `ipcRenderer` itself).
// Bundled in full into out/preload/index.cjs, since a sandboxed preload can
// only `require('electron')`.
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../shared/ipc/contract';
import { lockedEvent } from '../shared/ipc/events';
import { apiKey, type ApiEvents } from './api-types';
import { buildApi } from './build-api';

const events: ApiEvents = {
  onLocked(callback) {
    if (typeof callback !== 'function') throw new TypeError('onLocked needs a function');
    // The IPC event (which carries `sender`, i.e. ipcRenderer) never reaches the page.
    const listener = () => callback();
    ipcRenderer.on(lockedEvent, listener);
    return () => {
      ipcRenderer.removeListener(lockedEvent, listener);
    };
  },
};

contextBridge.exposeInMainWorld(
  apiKey,
  buildApi(channels, (channel, input) => ipcRenderer.invoke(channel, input), events),
);
