// The sheet that `window.print()` prints: only this, via print.css. It lives
// directly under <body> so the print rules can hide everything else.
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/use-t';
import { localDate } from '../../format/dates';
import { RecoveryKeyDisplay } from './recovery-key-display';

export function RecoveryKeyPrint({
  recoveryKey,
  organisationName,
}: {
  recoveryKey: string;
  organisationName: string;
}) {
  const t = useT();
  const date = localDate(new Date());
  return createPortal(
    <div className="recovery-print" aria-hidden="true">
      <h2>{t('setup.printTitle')}</h2>
      <p>{t('setup.printCreated', { date, organisation: organisationName })}</p>
      <RecoveryKeyDisplay recoveryKey={recoveryKey} />
      <p>{t('setup.recoveryWhat')}</p>
      <p>{t('setup.printKeep')}</p>
    </div>,
    document.body,
  );
}
