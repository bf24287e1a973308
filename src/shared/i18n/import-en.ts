// English texts for import from Excel and CSV.
import type { importSv } from './import-sv';

export const importEn: Record<keyof typeof importSv, string> = {
  'import.notSpreadsheet':
    'The file is not a spreadsheet. Choose an Excel file (.xlsx) or a CSV file. An old .xls file can be saved as .xlsx in Excel.',
  'import.empty': 'The file is empty. Nothing was imported.',
  'import.tooLarge': 'The file is larger than 50 MB and cannot be imported. Split it into several files.',
  'import.tooManyRows':
    'The file has more than 50,000 rows. Split it into several files and import them one at a time.',
  'import.macroWorkbook':
    'The file is a macro workbook (.xlsm) and is not opened. Save it as a plain Excel workbook (.xlsx) and try again.',
  'import.noHeader':
    'No header row in the first 20 rows. The first row with data must name the columns, e.g. Name, Identity number, Home municipality.',
  'import.fileUnreadable':
    'The file could not be read. Check that it exists and is not open in another program.',
  'import.cancelled': 'The import was cancelled. Nothing was saved.',
  'import.sessionGone': 'The file is no longer open for import. Choose it again.',
  'import.programmeRequired': 'Choose the programme the waiting list is for.',
  'import.mappingIncomplete': 'Choose a column for every required field.',
  'import.previewFirst': 'Review the rows before they are saved.',
  'import.nothingToSave':
    'There are no rows to save: every row has problems or was left out. Nothing was saved.',
  'import.rowRefused':
    'Row {line} could not be saved: {reason} No row was saved. Correct the row and review the file again.',
  'import.nothingSkipped': 'Every row was imported. There are no skipped rows to save.',
  'import.folderUnavailable': 'The folder cannot be written to. Choose another folder on this computer.',
  'import.fieldNotMapped': 'Choose the column for this field.',
  'import.yesNo': 'Write yes or no (ja or nej).',
  'import.placementBasis': 'Write SoL, LVU or none (ingen).',
  'import.organisationKind': 'Write municipality, region, state agency or non-profit.',
  'import.gender': 'Write girl, boy, other or leave it empty.',
  'import.twoAccounts': 'Give either a bankgiro or a plusgiro number, not both.',
  'import.duplicateInFile': 'The same number is on an earlier row of the file.',
  'import.formulaNoValue':
    'The cell has a formula with no stored value. Open the file in Excel, save it and import again.',
  'import.childNotFound': 'No child in the register has that number. Add the child first.',
  'import.leftOut': 'Left out by you in the review.',
};
