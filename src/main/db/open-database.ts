// Opens the encrypted SQLite database (SQLCipher 4 compatible, raw 256-bit key)
// and sets the pragmas the app relies on for durability and secrecy.
import { existsSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import { AppFailure } from '../base/app-error';
import type { Database } from './schema/database';

export type RawDatabase = InstanceType<typeof SqliteDatabase>;

export interface OpenedDatabase {
  raw: RawDatabase;
  db: Kysely<Database>;
  close(): Promise<void>;
}

/** Applies the cipher settings and the key; must run before any other statement. */
export function applyKey(raw: RawDatabase, masterKey: Buffer): void {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  raw.pragma(`cipher='sqlcipher'`);
  raw.pragma('legacy=4');
  raw.pragma(`key="x'${masterKey.toString('hex')}'"`);
}

export interface OpenOptions {
  readonly?: boolean;
  /** Refuse to create the file (an installation whose database went missing must not get a new, empty one). */
  mustExist?: boolean;
}

export function openRawDatabase(file: string, masterKey: Buffer, options: OpenOptions = {}): RawDatabase {
  if ((options.mustExist || options.readonly) && !existsSync(file)) throw new AppFailure('database.missing');
  const raw = new SqliteDatabase(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    applyKey(raw, masterKey);
    // Reading the schema proves the key is right; a wrong key fails here.
    raw.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!options.readonly) {
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = FULL');
    }
    raw.pragma('foreign_keys = ON');
    raw.pragma('temp_store = MEMORY');
    // 64 MiB page cache (SQLCipher decrypts every page it reads; the default 2 MiB is far too small at scale).
    raw.pragma('cache_size = -65536');
    raw.pragma('secure_delete = ON');
    raw.pragma('busy_timeout = 5000');
    return raw;
  } catch (error) {
    raw.close();
    if (error instanceof Error && /not a database|file is encrypted/i.test(error.message)) {
      throw new AppFailure('database.cannotOpen');
    }
    throw error;
  }
}

export function openDatabase(file: string, masterKey: Buffer, options: OpenOptions = {}): OpenedDatabase {
  const raw = openRawDatabase(file, masterKey, options);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    raw,
    db,
    // Kysely's destroy closes the underlying better-sqlite3 handle.
    close: () => db.destroy(),
  };
}
