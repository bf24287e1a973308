// "← Tillbaka till …" at the top of a detail page. A form with unsaved
// changes on the page is asked about first (leave-guard-store). Going to the
// page right behind in history is a step back, which brings it back as the
// user left it (navigation/navigate.ts asStepBack).
import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { asStepBack } from '../navigation/navigate';
import { leaveThen } from '../stores/leave-guard-store';

export function BackButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <div>
      <Button
        variant="subtle"
        px={0}
        leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
        onClick={() => leaveThen(() => asStepBack(onClick))}
      >
        {label}
      </Button>
    </div>
  );
}
