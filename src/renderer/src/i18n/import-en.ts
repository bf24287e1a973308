// English UI texts for import from Excel and CSV.
import type { importSv } from './import-sv';

export const importEn: Record<keyof typeof importSv, string> = {
  'import.button': 'Import from Excel or CSV',
  'import.title.organisations': 'Import organisations',
  'import.title.children': 'Import children with guardians',
  'import.title.waitingList': 'Import waiting list',
  'import.back.organisations': 'Back to organisations',
  'import.back.children': 'Back to children',
  'import.back.waitingList': 'Back to the waiting list',
  'import.intro':
    'Choose an Excel file (.xlsx) or a CSV file. Nothing is saved until you have reviewed the rows and chosen Import.',
  'import.programme': 'Programme',
  'import.programmeHint': 'The children are put on the waiting list of this programme.',
  'import.programmeChoose': 'Choose programme',
  'import.chooseFile': 'Choose file…',
  'import.chooseOther': 'Choose another file…',
  'import.reading': 'Reading the file…',
  'import.file': 'File: {name}. The header is row {line}; {count|# row|# rows} of data.',
  'import.mappingTitle': 'Columns',
  'import.mappingIntro':
    'Choose which column of the file belongs to each field. Suggestions come from the column names and the last import. Fields marked * are required.',
  'import.noColumn': '(not in the file)',
  'import.check': 'Review rows',
  'import.checking': 'Reviewing the rows…',
  'import.previewTitle': 'Review',
  'import.previewSummary':
    '{valid|# row can|# rows can} be imported. {invalid|# row has|# rows have} problems and will be skipped.',
  'import.onlyProblems': 'Show only rows with problems',
  'import.line': 'Row',
  'import.include': 'Include',
  'import.includeLine': 'Include row {line}',
  'import.problems': 'Problems',
  'import.masked': 'Protected',
  'import.noProblems': 'No problems',
  'import.commit': 'Import {count|# row|# rows}',
  'import.saving': 'Saving…',
  'import.cancel': 'Cancel',
  'import.progress': '{done} of {total}',
  'import.doneTitle': 'The import is done',
  'import.done.organisations':
    '{created|# organisation was|# organisations were} added. {skipped|# row was|# rows were} skipped.',
  'import.done.children':
    '{created|# child was|# children were} added. {skipped|# row was|# rows were} skipped.',
  'import.done.waitingList':
    '{created|# child was|# children were} put on the waiting list. {skipped|# row was|# rows were} skipped.',
  'import.skippedTitle': 'Skipped rows',
  'import.exportSkipped': 'Save skipped rows as CSV…',
  'import.exported': 'Saved as {name}. Correct the rows in the file and import it again.',
  'import.another': 'Import another file',
  'import.pageLabel': 'Pages of the review',
  'import.whole': 'whole row',
};
