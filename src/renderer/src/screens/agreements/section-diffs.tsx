// The agreement before and after, section by section: changed lines marked
// with − and + as well as colour (and words for screen readers). Used by the
// versions tab and by each amendment in the amendments tab.
import { Stack, Title } from '@mantine/core';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { useT } from '../../i18n/use-t';

type SectionDiff = ChannelOutput<'agreements:diff'>[number];

export function SectionDiffs({ sections, level = 3 }: { sections: readonly SectionDiff[]; level?: 3 | 4 }) {
  const t = useT();
  return sections.map((section) => (
    <Stack key={section.key} gap={4}>
      <Title order={level} size="h5">
        {section.title} ({t(`versions.sectionStatus.${section.status as 'changed' | 'added' | 'removed'}`)})
      </Title>
      <pre className="agr-diff">
        {section.lines.map((line, i) => (
          <div
            key={i}
            className={
              line.op === 'added' ? 'agr-diff-added' : line.op === 'removed' ? 'agr-diff-removed' : undefined
            }
          >
            {line.op === 'added' ? '+ ' : line.op === 'removed' ? '− ' : '  '}
            {line.op === 'added' ? <span className="sr-prefix">{t('versions.added')} </span> : null}
            {line.op === 'removed' ? <span className="sr-prefix">{t('versions.removed')} </span> : null}
            {line.text}
          </div>
        ))}
      </pre>
    </Stack>
  ));
}
