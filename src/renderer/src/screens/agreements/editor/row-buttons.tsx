// Add and remove buttons for the editor's lists, named for screen readers.
import { ActionIcon, Button } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

export function AddButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <div>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} aria-hidden="true" />}
        onClick={onClick}
      >
        {label}
      </Button>
    </div>
  );
}

export function RemoveButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} title={label} onClick={onClick} mt={24}>
      <IconTrash size={16} aria-hidden="true" />
    </ActionIcon>
  );
}
