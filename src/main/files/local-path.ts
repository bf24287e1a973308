// Paths that come back from the renderer (chosen in the OS dialog) are checked
// again in main: absolute, no NUL, and on this machine — a network path
// (\\server\share or //server/share) would make the OS contact another host
// (and on Windows offer the user's credentials to it).
import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';

export function isLocalAbsolutePath(path: string): boolean {
  return isAbsolute(path) && !path.includes('\0') && !/^[\\/]{2}/.test(path);
}

/** An existing local folder, writable when asked. */
export function isUsableLocalFolder(path: string, options: { writable?: boolean } = {}): boolean {
  if (!isLocalAbsolutePath(path)) return false;
  try {
    if (!statSync(path).isDirectory()) return false;
    if (options.writable) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
