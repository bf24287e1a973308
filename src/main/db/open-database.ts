// Opens the encrypted SQLite database (SQLCipher 4 compatible, raw 256-bit key)
// and sets the pragmas the app relies on for durability and secrecy.
import { existsSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import {
  CompiledQuery,
  Kysely,
  sql,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import { AppFailure } from '../base/app-error';
import { secretBuffer } from '../keyring/secret-buffer';
import type { ReadDb } from './handles';
import type { Database } from './schema/database';

export type RawDatabase = InstanceType<typeof SqliteDatabase>;

export interface OpenedDatabase {
  raw: RawDatabase;
  db: Kysely<Database>;
  close(): Promise<void>;
}

const hexDigits = Buffer.from('0123456789abcdef', 'latin1');

/**
 * SQLCipher's raw-key form `x'<64 hex digits>'`, built byte by byte in a
 * Buffer the caller zeroes: never a JS string (strings are immutable and stay
 * in the heap until collected, and their memory is not cleared even then).
 */
export function rawKeyMaterial(masterKey: Buffer): Buffer {
  const out = secretBuffer(masterKey.length * 2 + 3);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < masterKey.length; i++) {
    const byte = masterKey[i]!;
    out[2 + 2 * i] = hexDigits[byte >> 4]!;
    out[3 + 2 * i] = hexDigits[byte & 15]!;
  }
  out[out.length - 1] = 0x27;
  return out;
}

/** Applies the cipher settings and the key; must run before any other statement. */
export function applyKey(raw: RawDatabase, masterKey: Buffer): void {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  raw.pragma(`cipher='sqlcipher'`);
  raw.pragma('legacy=4');
  // sqlite3_key with the raw-key form: no key in SQL text, no hex string.
  const material = rawKeyMaterial(masterKey);
  try {
    raw.key(material);
  } finally {
    material.fill(0);
  }
}

/**
 * Transactions begin IMMEDIATE: the write lock is taken at BEGIN, where
 * busy_timeout applies. A deferred transaction that reads first and then
 * writes fails at once with SQLITE_BUSY when another process (a backup
 * command beside the app) committed in between, whatever the timeout.
 * Read-only transactions use readTransaction().
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.config);
  }
}

/**
 * Runs `work` in a read transaction (BEGIN DEFERRED: one consistent snapshot,
 * no write lock), for commands that read beside the app.
 */
export function readTransaction<T>(db: Kysely<Database>, work: (db: ReadDb) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin deferred`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`rollback`.execute(connection);
    }
  });
}

export interface OpenOptions {
  readonly?: boolean;
  /** Refuse to create the file (an installation whose database went missing must not get a new, empty one). */
  mustExist?: boolean;
}

export function openRawDatabase(file: string, masterKey: Buffer, options: OpenOptions = {}): RawDatabase {
  if ((options.mustExist || options.readonly) && !existsSync(file)) throw new AppFailure('database.missing');
  const raw = new SqliteDatabase(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
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
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  return {
    raw,
    db,
    // Kysely's destroy closes the underlying better-sqlite3 handle.
    close: () => db.destroy(),
  };
}
