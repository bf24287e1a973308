// The agreement before and after, section by section: changed lines marked
// with − and + as well as colour (and words for screen readers). Used by the
// versions tab and by each amendment in the amendments tab, which folds long
// runs of unchanged lines (a budget of many years) around the changes.
import { Stack, Title } from '@mantine/core';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { useT } from '../../i18n/use-t';
import { foldUnchanged } from './diff-fold';

type SectionDiff = ChannelOutput<'agreements:diff'>[number];
interface Props {
  sections: readonly SectionDiff[];
  level?: 3 | 4;
  /** Fold unchanged lines further than this from a change (all shown when absent). */
  context?: number;
}

export function SectionDiffs({ sections, level = 3, context }: Props) {
  const t = useT();
  return sections.map((section) => (
    <Stack key={section.key} gap={4}>
      <Title order={level} size="h5">
        {section.title} ({t(`versions.sectionStatus.${section.status as 'changed' | 'added' | 'removed'}`)})
      </Title>
      <pre className="agr-diff">
        {(context === undefined ? section.lines : foldUnchanged(section.lines, context)).map((line, i) =>
          line.op === 'folded' ? (
            <div key={i} className="agr-diff-folded">
              {'  '}
              {line.count === 1 ? t('diff.foldedOne') : t('diff.folded', { count: line.count })}
            </div>
          ) : (
            <div
              key={i}
              className={
                line.op === 'added'
                  ? 'agr-diff-added'
                  : line.op === 'removed'
                    ? 'agr-diff-removed'
                    : undefined
              }
            >
              {line.op === 'added' ? '+ ' : line.op === 'removed' ? '− ' : '  '}
              {line.op === 'added' ? <span className="sr-prefix">{t('versions.added')} </span> : null}
              {line.op === 'removed' ? <span className="sr-prefix">{t('versions.removed')} </span> : null}
              {line.text}
            </div>
          ),
        )}
      </pre>
    </Stack>
  ));
}
