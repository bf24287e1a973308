// The sheet `window.print()` prints while a new backup key is shown: only
// this, via print.css (which prints nothing but `.recovery-print` under <body>).
import { createPortal } from 'react-dom';
import { localDate } from '../../format/dates';
import { useT } from '../../i18n/use-t';

export function BackupKeyPrint({
  identity,
  organisationName,
}: {
  identity: string;
  organisationName: string;
}) {
  const t = useT();
  return createPortal(
    <div className="recovery-print" aria-hidden="true">
      <h2>{t('backups.printTitle')}</h2>
      <p>{t('setup.printCreated', { date: localDate(new Date()), organisation: organisationName })}</p>
      <p className="backup-secret-key">{identity}</p>
      <p>{t('backups.printWhat')}</p>
      <p>{t('backups.printKeep')}</p>
    </div>,
    document.body,
  );
}
