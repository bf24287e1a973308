// "← Tillbaka till …" at the top of a detail page.
import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';

export function BackButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <div>
      <Button
        variant="subtle"
        px={0}
        leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
        onClick={onClick}
      >
        {label}
      </Button>
    </div>
  );
}
