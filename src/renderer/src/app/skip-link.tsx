import { useT } from '../i18n/use-t';

/** First in the tab order: jumps past the header and menu to the screen's content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const t = useT();
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        // Move focus without changing the URL (there is no routing by hash).
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
