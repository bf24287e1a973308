// Import from Excel and CSV (issue 14). The file is chosen and read in main;
// the renderer gets the column names, a suggested mapping and then the
// checked rows (a protected child's address and contact details masked),
// never the bytes or the path. The commit is one transaction with one audit
// entry holding only the counts.
import { z } from 'zod';
import { importKinds } from '../import/fields';
import { personalDataRoles } from '../roles';
import { channel } from './channel';
import { id } from './common';

const sessionId = z.uuid();
const access = { kind: 'session', roles: personalDataRoles } as const;

/** Field key → column index, or null for a field the file does not have. */
export const columnMapping = z.record(z.string().max(40), z.number().int().min(0).max(1000).nullable());

export const rowProblem = z.object({ field: z.string().nullable(), code: z.string() });

export const previewRow = z.object({
  /** The row's line in the file (1 = the first line), as Excel shows it. */
  line: z.number().int(),
  /** Field key → the cell's text; null where protected identity hides it. */
  cells: z.record(z.string(), z.string().nullable()),
  problems: z.array(rowProblem),
});
export type PreviewRow = z.infer<typeof previewRow>;

export const importProgress = z.object({
  phase: z.enum(['idle', 'reading', 'checking', 'saving']),
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.infer<typeof importProgress>;

export const skippedRow = z.object({ line: z.number().int(), problems: z.array(rowProblem) });

export const importContract = {
  /** Opens the system dialog in main and reads the chosen file; null when the user cancels. */
  'import:open': channel({
    db: 'read',
    input: z.object({ kind: z.enum(importKinds), programmeId: id.nullable().default(null) }).strict(),
    output: z
      .object({
        sessionId,
        fileName: z.string(),
        headers: z.array(z.string()),
        /** The header's line in the file. */
        headerLine: z.number().int(),
        rowCount: z.number().int(),
        suggested: columnMapping,
      })
      .nullable(),
    access,
  }),
  /** Checks every row with the mapping; nothing is saved. */
  'import:preview': channel({
    db: 'read',
    input: z.object({ sessionId, mapping: columnMapping }).strict(),
    output: z.object({ rows: z.array(previewRow), valid: z.number().int(), invalid: z.number().int() }),
    access,
  }),
  'import:progress': channel({
    db: 'read',
    input: z.object({ sessionId }).strict(),
    output: importProgress,
    access,
  }),
  /** Stops a running preview or commit: a commit then saves nothing. */
  'import:cancel': channel({ db: 'read', input: z.object({ sessionId }).strict(), output: z.null(), access }),
  /** Saves every valid row not left out, all or none, and remembers the mapping for the kind. */
  'import:commit': channel({
    input: z.object({ sessionId, leftOut: z.array(z.number().int()).max(100_000) }).strict(),
    output: z.object({ kind: z.enum(importKinds), created: z.number().int(), skipped: z.array(skippedRow) }),
    access,
  }),
  /** Writes the skipped rows (as read, with the reasons) to a CSV in a folder the user chooses. */
  'import:exportSkipped': channel({
    db: 'read',
    input: z.object({ sessionId }).strict(),
    output: z.object({ fileName: z.string().nullable() }),
    access,
  }),
  'import:close': channel({ db: 'read', input: z.object({ sessionId }).strict(), output: z.null(), access }),
};
