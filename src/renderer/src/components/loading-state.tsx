import { Group, Loader, Text } from '@mantine/core';

/** A spinner with a text, announced politely ("Hämtar uppgifter…"). */
export function LoadingState({ label }: { label: string }) {
  return (
    <Group role="status" gap="sm" py="md">
      <Loader size="sm" aria-hidden="true" />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
