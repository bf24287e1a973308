// Frozen in time: never edit after release; add a new migration instead.
// The integrity alarms are audit entries of a few internal channels, read at
// every unlock and by the alarm banner every 30 seconds and on each screen:
// without an index each read scans the whole log, which grows with every
// call for years. (channel, id) serves "the newest of a channel" and "those
// after an id" alike.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX audit_log_channel ON audit_log (channel, id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX audit_log_channel`.execute(db);
}
