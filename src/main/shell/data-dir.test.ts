import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirError, dataDirArgument, resolveDataDir } from './data-dir';

const base = { env: {}, cwd: resolve('/home/anna'), userData: resolve('/home/anna/.config/IOP Desk') };

describe('resolveDataDir', () => {
  it('uses Electron userData when nothing overrides it', () => {
    expect(resolveDataDir({ ...base, argv: ['/opt/iop-desk/iop-desk'] })).toEqual({
      dataDir: base.userData,
      source: 'default',
    });
  });

  it('takes --data-dir in both spellings, relative to the working directory', () => {
    expect(resolveDataDir({ ...base, argv: ['electron', '.', '--data-dir', 'data'] })).toEqual({
      dataDir: join(base.cwd, 'data'),
      source: 'argument',
    });
    expect(
      resolveDataDir({ ...base, argv: ['iop-desk', `--data-dir=${resolve('/mnt/usb/iop')}`] }).dataDir,
    ).toBe(resolve('/mnt/usb/iop'));
  });

  it('prefers the argument over IOP_DESK_DATA_DIR, and the environment over the default', () => {
    const env = { IOP_DESK_DATA_DIR: resolve('/srv/iop') };
    expect(resolveDataDir({ ...base, env, argv: ['iop-desk', '--data-dir=/tmp/x'] }).source).toBe('argument');
    expect(resolveDataDir({ ...base, env, argv: ['iop-desk'] })).toEqual({
      dataDir: resolve('/srv/iop'),
      source: 'environment',
    });
    expect(resolveDataDir({ ...base, env: { IOP_DESK_DATA_DIR: '  ' }, argv: ['iop-desk'] }).source).toBe(
      'default',
    );
  });

  it('uses the last --data-dir and ignores anything after --', () => {
    expect(dataDirArgument(['x', '--data-dir=a', '--data-dir', 'b'])).toBe('b');
    expect(dataDirArgument(['x', '--', '--data-dir=a'])).toBeNull();
    expect(dataDirArgument(['x', '--data-directory=a'])).toBeNull();
  });

  it('refuses a --data-dir without a folder, in Swedish and English', () => {
    for (const argv of [
      ['x', '--data-dir'],
      ['x', '--data-dir='],
      ['x', '--data-dir', '--inspect'],
      ['x', '--data-dir', ' '],
    ]) {
      expect(() => dataDirArgument(argv), argv.join(' ')).toThrow(DataDirError);
    }
    expect(() => dataDirArgument(['x', '--data-dir'])).toThrow(/saknar en mapp.*needs a folder/);
  });
});
