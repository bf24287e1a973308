// A short confirmation in the corner (Mantine notifications are announced as
// alerts). They can name people, so a lock removes them with the data.
import { notifications } from '@mantine/notifications';
import { translate } from '../i18n/translate';
import { registerDataStore } from '../stores/data-stores';
import { useLanguageStore } from '../stores/language-store';

registerDataStore(() => notifications.clean());

export function notifySuccess(message: string, autoClose = 5000): void {
  const language = useLanguageStore.getState().language;
  notifications.show({
    color: 'green',
    message,
    autoClose,
    closeButtonProps: { 'aria-label': translate(language, 'common.close') },
  });
}
