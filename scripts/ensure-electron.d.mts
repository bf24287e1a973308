// Types for ensure-electron.mjs (plain JavaScript so `npm start` needs no build step).
export declare const failureMessage: string;
export declare const skippedMessage: string;
export declare function installedElectron(electronDir: string, env?: NodeJS.ProcessEnv): string | null;
export declare function ensureElectron(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  runInstall: (installScript: string) => number;
  log?: (message: string) => void;
  error?: (message: string) => void;
}): 0 | 1;
