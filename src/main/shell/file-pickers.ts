// The operating system's open dialogs for the app's file pickers, titled in
// Swedish by purpose and modal to the window. The renderer only ever gets the
// chosen path back through the router; it can never browse the disk itself.
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { PickPurpose } from '../../shared/ipc/files';
import type { FilePickers } from '../files/file-pickers';

const titles: Record<PickPurpose, string> = {
  backupFolder: 'Välj mapp för säkerhetskopior',
  backupFile: 'Välj säkerhetskopia att återställa',
  documentFolder: 'Välj mapp för dokument',
  exportFolder: 'Välj mapp för export',
  importFile: 'Välj Excel- eller CSV-fil att importera',
  attachmentFile: 'Välj fil att bifoga',
  attachmentFolder: 'Välj mapp att spara kopian i',
  exchangePackage: 'Välj paket att öppna',
  exchangeCard: 'Välj partnerns kontaktkort',
};

/**
 * What the attachment dialog lists first: the kinds main accepts. The content
 * decides in the end, so "Alla filer" is there too (a scan saved without an
 * ending is still a PDF).
 */
const attachmentFilters: OpenDialogOptions['filters'] = [
  { name: 'PDF, bilder, Word och Excel', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'docx', 'xlsx'] },
  { name: 'Alla filer', extensions: ['*'] },
];

export function dialogOptions(kind: 'folder' | 'file', purpose: PickPurpose): OpenDialogOptions {
  return {
    ...(kind === 'file' && purpose === 'attachmentFile' ? { filters: attachmentFilters } : {}),
    title: titles[purpose],
    buttonLabel: kind === 'folder' ? 'Välj mapp' : 'Öppna',
    // Recent-files lists would leak the names of backup and export files.
    properties:
      kind === 'folder'
        ? ['openDirectory', 'createDirectory', 'dontAddToRecent']
        : ['openFile', 'dontAddToRecent'],
  };
}

export function dialogFilePickers(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: () => BrowserWindow | null,
): FilePickers {
  const pick = async (kind: 'folder' | 'file', purpose: PickPurpose) => {
    const options = dialogOptions(kind, purpose);
    const window = parent();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    chooseFolder: (purpose) => pick('folder', purpose),
    chooseFile: (purpose) => pick('file', purpose),
  };
}
