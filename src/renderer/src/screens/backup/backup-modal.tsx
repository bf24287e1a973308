// The app's modal (see components/app-modal.tsx) with one addition: while
// `closable` is false it cannot be dismissed (no close button, no Escape, no
// click outside), e.g. while a secret key is shown that must be saved first.
import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

interface Props extends Pick<ModalRootProps, 'size'> {
  opened: boolean;
  onClose(): void;
  title: ReactNode;
  closable?: boolean;
  children: ReactNode;
}

export function BackupModal({ opened, onClose, title, size = 'lg', closable = true, children }: Props) {
  const t = useT();
  return (
    <Modal.Root
      opened={opened}
      onClose={() => closable && onClose()}
      size={size}
      closeOnEscape={closable}
      closeOnClickOutside={closable}
    >
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          {closable && <Modal.CloseButton aria-label={t('common.close')} />}
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
