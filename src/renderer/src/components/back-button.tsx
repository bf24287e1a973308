// "← Tillbaka till …" at the top of a detail page. A form with unsaved
// changes on the page is asked about first (leave-guard-store).
import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { leaveThen } from '../stores/leave-guard-store';

export function BackButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <div>
      <Button
        variant="subtle"
        px={0}
        leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
        onClick={() => leaveThen(onClick)}
      >
        {label}
      </Button>
    </div>
  );
}
