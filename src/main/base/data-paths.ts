import { join } from 'node:path';

/** Where one installation keeps its files. */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    database: join(dataDir, 'iop-desk.db'),
    keyring: join(dataDir, 'keyring.json'),
    authState: join(dataDir, 'auth-state.json'),
    backups: join(dataDir, 'backups'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;
