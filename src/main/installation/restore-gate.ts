// Setup, sign-in, recovery, lock and restore run one at a time: concurrent
// guesses cannot slip past the back-off, and two setups cannot race. While a
// restore swaps the files, sign-in waits outside.
import { AppFailure } from '../base/app-error';

export class RestoreGate {
  private restoring = false;
  private serial: Promise<unknown> = Promise.resolve();

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.serial.then(work, work);
    this.serial = run.catch(() => undefined);
    return run;
  }

  throwIfRestoring(): void {
    if (this.restoring) throw new AppFailure('backup.restoreInProgress');
  }

  /** Runs `lock` then `swap` in turn with everything else; `after` runs however it ends. */
  async replace(lock: () => Promise<void>, swap: () => void | Promise<void>, after: () => void): Promise<void> {
    this.throwIfRestoring();
    this.restoring = true;
    try {
      await this.exclusive(async () => {
        await lock();
        await swap();
      });
    } finally {
      after();
      this.restoring = false;
    }
  }
}
