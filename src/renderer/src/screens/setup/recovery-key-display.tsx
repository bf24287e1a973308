// The recovery key in large monospace groups, five to a row. The dashes stay
// in the text, so selecting and copying by hand gives the key as it was issued.
export function RecoveryKeyDisplay({ recoveryKey, labelId }: { recoveryKey: string; labelId?: string }) {
  const groups = recoveryKey.split('-');
  return (
    <p className="recovery-key" aria-labelledby={labelId}>
      {groups.map((group, index) => (
        <span key={index} className="recovery-key-group">
          {group}
          {index < groups.length - 1 && <span className="recovery-key-separator">-</span>}
        </span>
      ))}
    </p>
  );
}
