// Child process for the kill tests: restores a backup over the installation
// in DATA_DIR and kills itself (SIGKILL, like a power cut) at KILL_AT.
import { createApp } from '../../../src/main/app/create-app';
import { testKdf } from '../../../src/main/keyring/kdf';

const [dataDir, file, password, passphrase, killAt] = process.argv.slice(2) as [string, string, string, string, string];
const app = createApp({
  dataDir,
  isTrustedSender: () => false,
  kdfCost: testKdf,
  backups: {
    scryptLogN: 10,
    onRestoreStep: (step) => {
      if (step === killAt) process.kill(process.pid, 'SIGKILL');
    },
  },
});
const runtime = app.backup;
await app.installation.unlock('admin', password);
process.stdout.write('unlocked\n');
const job = await runtime.wait(runtime.startRestore(file, { kind: 'passphrase', passphrase }, 'over'));
process.stdout.write(`${job.state}\n`);
await app.close();
