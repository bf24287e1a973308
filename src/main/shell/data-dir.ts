// Where this installation keeps its files: `--data-dir <dir>` or
// `--data-dir=<dir>` on the command line, else IOP_DESK_DATA_DIR, else
// Electron's per-user folder. The override serves tests and portable use.
import { isAbsolute, resolve } from 'node:path';

export const dataDirFlag = '--data-dir';
export const dataDirEnv = 'IOP_DESK_DATA_DIR';

/** Subfolder of the data folder for Chromium's session files. */
export const chromiumDirName = 'chromium';

export type DataDirSource = 'argument' | 'environment' | 'default';

export interface DataDirInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Electron's `app.getPath('userData')`. */
  userData: string;
}

export class DataDirError extends Error {
  constructor() {
    super(
      `Argumentet ${dataDirFlag} saknar en mapp, t.ex. ${dataDirFlag}=D:\\IOP-data. / ` +
        `The ${dataDirFlag} argument needs a folder, e.g. ${dataDirFlag}=D:\\IOP-data.`,
    );
    this.name = 'DataDirError';
  }
}

/** The value of the last `--data-dir` argument, null when there is none. */
export function dataDirArgument(argv: readonly string[]): string | null {
  let value: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === dataDirFlag) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new DataDirError();
      value = next;
      i++;
    } else if (arg.startsWith(`${dataDirFlag}=`)) {
      value = arg.slice(dataDirFlag.length + 1);
    }
    if (value !== null && value.trim() === '') throw new DataDirError();
  }
  return value;
}

export function resolveDataDir(inputs: DataDirInputs): { dataDir: string; source: DataDirSource } {
  const absolute = (dir: string) => (isAbsolute(dir) ? dir : resolve(inputs.cwd, dir));
  const argument = dataDirArgument(inputs.argv);
  if (argument !== null) return { dataDir: absolute(argument), source: 'argument' };
  const fromEnv = inputs.env[dataDirEnv]?.trim();
  if (fromEnv) return { dataDir: absolute(fromEnv), source: 'environment' };
  return { dataDir: inputs.userData, source: 'default' };
}
