import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { pickPurposes } from '../../shared/ipc/files';
import { dialogFilePickers, dialogOptions } from './file-pickers';

// Loading the real package outside Electron would try to download the binary.
vi.mock('electron', () => ({}));

const window = { id: 1 } as unknown as BrowserWindow;

function fakeDialog(result: { canceled: boolean; filePaths: string[] }) {
  const showOpenDialog = vi.fn(async () => result);
  return { dialog: { showOpenDialog } as unknown as Dialog, showOpenDialog };
}

describe('dialogFilePickers', () => {
  it('returns the chosen folder, asked modally with a Swedish title', async () => {
    const { dialog, showOpenDialog } = fakeDialog({ canceled: false, filePaths: ['D:\\Säkerhetskopior'] });
    const pickers = dialogFilePickers(dialog, () => window);
    expect(await pickers.chooseFolder('backupFolder')).toBe('D:\\Säkerhetskopior');
    expect(showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ title: 'Välj mapp för säkerhetskopior' }),
    );
    const options = showOpenDialog.mock.calls[0] as unknown as [BrowserWindow, { properties: string[] }];
    expect(options[1].properties).toContain('openDirectory');
  });

  it('returns null when the user cancels', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePaths: [] });
    expect(await dialogFilePickers(dialog, () => window).chooseFile('backupFile')).toBeNull();
  });

  it('still asks when there is no window (e.g. during start-up)', async () => {
    const { dialog, showOpenDialog } = fakeDialog({ canceled: false, filePaths: ['/home/anna/backup.iop'] });
    expect(await dialogFilePickers(dialog, () => null).chooseFile('backupFile')).toBe(
      '/home/anna/backup.iop',
    );
    expect(showOpenDialog.mock.calls[0]).toHaveLength(1);
  });
});

describe('dialogOptions', () => {
  it('has a Swedish title for every purpose and keeps picks out of recent-file lists', () => {
    for (const purpose of pickPurposes) {
      for (const kind of ['folder', 'file'] as const) {
        const options = dialogOptions(kind, purpose);
        expect(options.title, purpose).toMatch(/^Välj /);
        expect(options.properties, purpose).toContain('dontAddToRecent');
        expect(options.properties, purpose).toContain(kind === 'folder' ? 'openDirectory' : 'openFile');
      }
    }
  });
});

describe('the attachment dialog', () => {
  it('lists the accepted kinds first, and all files too (the content decides)', () => {
    expect(dialogOptions('file', 'attachmentFile').filters).toEqual([
      { name: 'PDF, bilder, Word och Excel', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'docx', 'xlsx'] },
      { name: 'Alla filer', extensions: ['*'] },
    ]);
    expect(dialogOptions('file', 'backupFile').filters).toBeUndefined();
  });
});
