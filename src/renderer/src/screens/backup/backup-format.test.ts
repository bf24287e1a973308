import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { fileNameOf, folderOf, formatSize, percentOf, progressText, stepOf } from './backup-format';

const nbsp = '\u00a0';
const t = translator('sv');

describe('formatSize', () => {
  it('gives MB with one Swedish decimal', () => {
    expect(formatSize(538_422, 'sv')).toBe(`0,5${nbsp}MB`);
    expect(formatSize(12_345_678, 'sv')).toBe(`11,8${nbsp}MB`);
    expect(formatSize(2 * 1024 ** 3, 'sv')).toBe(`2${nbsp}048,0${nbsp}MB`);
  });

  it('uses a decimal point in English', () => {
    expect(formatSize(12_345_678, 'en')).toBe(`11.8${nbsp}MB`);
  });

  it('never calls a small, non-empty file 0,0 MB', () => {
    expect(formatSize(1_000, 'sv')).toBe(`< 0,1${nbsp}MB`);
    expect(formatSize(0, 'sv')).toBe(`0,0${nbsp}MB`);
  });
});

describe('job progress', () => {
  it('is a whole percent within the phase, or unknown', () => {
    expect(percentOf({ done: 45, total: 100 })).toBe(45);
    expect(percentOf({ done: 2, total: 3 })).toBe(66);
    expect(percentOf({ done: 5, total: 4 })).toBe(100);
    expect(percentOf({ done: 0, total: 0 })).toBeNull();
  });

  it('numbers the steps of each kind of job', () => {
    expect(stepOf({ kind: 'create', phase: 'snapshot' })).toEqual({ step: 1, steps: 2 });
    expect(stepOf({ kind: 'restore', phase: 'safetyBackup' })).toEqual({ step: 4, steps: 5 });
    expect(stepOf({ kind: 'freshRestore', phase: 'swapping' })).toEqual({ step: 4, steps: 4 });
    expect(stepOf({ kind: 'verify', phase: 'queued' })).toBeNull();
  });

  it('reads as a step, a phase and a percent', () => {
    expect(progressText({ kind: 'create', phase: 'writing', done: 45, total: 100 }, t)).toBe(
      `Steg 2 av 2: Krypterar … 45${nbsp}%`,
    );
    expect(progressText({ kind: 'verify', phase: 'preparing', done: 0, total: 0 }, t)).toBe(
      'Steg 1 av 3: Tar fram nyckeln …',
    );
    expect(progressText({ kind: 'create', phase: 'queued', done: 0, total: 0 }, t)).toBe('Startar …');
  });
});

describe('paths', () => {
  it('splits Windows and POSIX paths', () => {
    expect(folderOf('E:\\Säkerhetskopior\\iop-desk-backup-20260302T090000Z.age')).toBe('E:\\Säkerhetskopior');
    expect(fileNameOf('E:\\Säkerhetskopior\\iop-desk-backup-20260302T090000Z.age')).toBe(
      'iop-desk-backup-20260302T090000Z.age',
    );
    expect(folderOf('/media/usb/backup.age')).toBe('/media/usb');
    expect(fileNameOf('/media/usb/backup.age')).toBe('backup.age');
  });
});
