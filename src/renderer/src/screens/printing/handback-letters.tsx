// After the hand-back packages are made: a cover letter per district to go
// with its package (the groups, the number of children, the file and its
// checksum, the passphrase handled apart).
import type { HandBackPackage } from '../../../../shared/ipc/erasure';
import { useT } from '../../i18n/use-t';
import { PrintPanel } from './print-panel';

export function HandBackLetters({ groupIds, packages }: { groupIds: number[]; packages: HandBackPackage[] }) {
  const t = useT();
  const districts = [...new Set(packages.map((p) => p.district))];
  if (groupIds.length === 0 || districts.length === 0) return null;
  return (
    <PrintPanel
      id="handback-prints"
      title={t('printing.coverLetters')}
      items={districts.map((district) => ({
        key: `letter-${district}`,
        label: t('printing.coverLetter', { district }),
        target: { document: 'handBackLetter', groupIds, district },
        formats: ['pdf', 'docx'],
      }))}
    />
  );
}
