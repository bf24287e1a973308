// Mantine's Modal with two fixes: its header is a <div> (a <header> inside the
// dialog counts as a second banner landmark), and the close button is named.
import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

interface Props extends Pick<ModalRootProps, 'size'> {
  opened: boolean;
  onClose(): void;
  title: ReactNode;
  children: ReactNode;
}

export function AppModal({ opened, onClose, title, size, children }: Props) {
  const t = useT();
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
