// "Skriv ut logghuvud" and "Jämför med utskrivet logghuvud": the chain head as
// a short document to print or copy to a file kept outside the machine, and
// the check of the log against such a printout pasted back.
import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPrinter, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AuditVerification } from '../../../../shared/ipc/audit';
import { auditHeadText } from '../../../../shared/audit/head-text';
import { CopyAndPrint } from '../../components/copy-and-print';
import { ErrorAlert } from '../../components/error-alert';
import { localDateTime } from '../../format/dates';
import type { Translate } from '../../i18n/translate';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';

export function AuditHead() {
  const t = useT();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md" maw={760}>
      <Title order={3} size="h4" id={headingId}>
        {t('auditHead.heading')}
      </Title>
      <Text size="sm">{t('auditHead.intro')}</Text>
      <PrintHead />
      <CompareWithHead />
    </Stack>
  );
}

function PrintHead() {
  const t = useT();
  const read = useApiMutation('audit:head');
  const head = read.last?.ok ? read.last.value : null;
  const loading = read.pending;
  const error = read.last && !read.last.ok ? read.last.error : null;
  const loadHead = () => read.run({});
  const text = head ? auditHeadText(head) : null;
  return (
    <Stack gap="sm">
      <div>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden="true" />}
          loading={loading}
          onClick={() => void loadHead()}
        >
          {t('auditHead.show')}
        </Button>
      </div>
      <ErrorAlert error={error} />
      {text && (
        <>
          <Textarea
            label={t('auditHead.label')}
            value={text.replace(/\r\n/g, '\n')}
            readOnly
            autosize
            minRows={8}
            classNames={{ input: 'monospace-input' }}
          />
          <CopyAndPrint
            secret={text}
            copiedLabel={t('auditHead.copied')}
            failedLabel={t('auditHead.copyFailed')}
          />
          {createPortal(
            <pre className="print-sheet" aria-hidden="true">
              {text.replace(/\r\n/g, '\n')}
            </pre>,
            document.body,
          )}
        </>
      )}
    </Stack>
  );
}

function CompareWithHead() {
  const t = useT();
  const message = useMessage();
  const check = useApiMutation('audit:verify');
  const comparing = check.pending;
  const comparison = !comparing && check.last?.ok ? check.last.value : null;
  const error = !comparing && check.last && !check.last.ok ? check.last.error : null;
  const compare = (anchor: string) => check.run({ anchor });
  const [anchor, setAnchor] = useState('');
  const [empty, setEmpty] = useState(false);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (anchor.trim() === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    void compare(anchor);
  }

  // A paste without the head's line is the admin's to fix, so it shows at the field.
  const badPaste = error?.code === 'audit.badAnchor';
  const fieldError = empty ? t('auditHead.empty') : badPaste ? message('audit.badAnchor') : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('auditHead.compareLabel')}
          description={t('auditHead.compareHint')}
          value={anchor}
          onChange={(e) => setAnchor(e.currentTarget.value)}
          error={fieldError}
          autosize
          minRows={3}
          maxLength={4000}
          classNames={{ input: 'monospace-input' }}
        />
        <div>
          <Button
            type="submit"
            variant="default"
            loading={comparing}
            leftSection={<IconShieldCheck size={16} aria-hidden="true" />}
          >
            {t('auditHead.compare')}
          </Button>
        </div>
        <div aria-live="polite">
          {comparing && <Text size="sm">{t('auditHead.comparing')}</Text>}
          {comparison?.anchor && <ComparisonResult verification={comparison} t={t} />}
        </div>
        {!badPaste && <ErrorAlert error={error} />}
      </Stack>
    </form>
  );
}

function ComparisonResult({ verification, t }: { verification: AuditVerification; t: Translate }) {
  const anchor = verification.anchor;
  if (!anchor) return null;
  const time = anchor.given.at ? localDateTime(anchor.given.at) : t('auditHead.unknownTime');
  const chainBad = !verification.ok && verification.problem !== null && (
    <Text size="sm" mt={4}>
      {t('auditHead.chainBad', { id: verification.firstBadId ?? '?' })}
    </Text>
  );
  if (anchor.problem === null) {
    if (!verification.ok) {
      return (
        <Alert
          color="red"
          variant="light"
          icon={<IconShieldX aria-hidden="true" />}
          title={t('audit.verifyBad', { id: verification.firstBadId ?? '?' })}
        >
          {verification.problem && <Text size="sm">{t(`audit.problem.${verification.problem}`)}</Text>}
          <Text size="sm" mt={4}>
            {t('audit.verifyAdvice')}
          </Text>
        </Alert>
      );
    }
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconShieldCheck aria-hidden="true" />}
        title={t('auditHead.okTitle')}
      >
        <Text size="sm">
          {t('auditHead.okText', { id: anchor.given.lastId, time, count: anchor.given.count })}
        </Text>
      </Alert>
    );
  }
  let title: string;
  let text: string;
  if (anchor.problem === 'missing') {
    const from = anchor.fromId ?? anchor.given.lastId;
    const to = anchor.toId ?? anchor.given.lastId;
    const n = to - from + 1;
    title = t('auditHead.missingTitle');
    text =
      n === 1
        ? t('auditHead.missingOne', { from, time })
        : t('auditHead.missingMany', { from, to, count: n, time });
  } else if (anchor.problem === 'rewritten') {
    title = t('auditHead.rewrittenTitle');
    text = t('auditHead.rewrittenText', { id: anchor.given.lastId, time });
  } else {
    title = t('auditHead.deletedTitle');
    text = t('auditHead.deletedText', { id: anchor.given.lastId, count: anchor.given.count });
  }
  return (
    <Alert color="red" variant="light" icon={<IconShieldX aria-hidden="true" />} title={title}>
      <Text size="sm">{text}</Text>
      {chainBad}
      <Text size="sm" mt={4}>
        {t('audit.verifyAdvice')}
      </Text>
    </Alert>
  );
}
