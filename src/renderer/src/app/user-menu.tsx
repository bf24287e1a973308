import { Button, Menu, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconChevronDown, IconKey, IconLock, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Language } from '../../../shared/i18n/messages';
import type { Session } from '../../../shared/ipc/installation';
import { useLanguage, useT } from '../i18n/use-t';
import { ChangePasswordModal } from '../screens/lock/change-password-modal';
import { useLanguageStore } from '../stores/language-store';
import { useSessionStore } from '../stores/session-store';

const languages: { value: Language; label: 'userMenu.swedish' | 'userMenu.english' }[] = [
  { value: 'sv', label: 'userMenu.swedish' },
  { value: 'en', label: 'userMenu.english' },
];

export function UserMenu({ session }: { session: Session }) {
  const t = useT();
  const language = useLanguage();
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  const lock = useSessionStore((s) => s.lock);
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal={false} withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="subtle"
            color="dark"
            leftSection={<IconUserCircle size={20} aria-hidden="true" />}
            rightSection={<IconChevronDown size={16} aria-hidden="true" />}
          >
            {session.displayName} · {t(`role.${session.role}`)}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconKey size={16} aria-hidden="true" />}
            onClick={() => setChangingPassword(true)}
          >
            {t('userMenu.changePassword')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLock size={16} aria-hidden="true" />}
            onClick={() => void lock('user')}
          >
            {t('userMenu.lockNow')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('userMenu.language')}</Menu.Label>
          {languages.map((option) => (
            <Menu.Item
              key={option.value}
              lang={option.value}
              leftSection={
                <IconCheck
                  size={16}
                  aria-hidden="true"
                  visibility={language === option.value ? 'visible' : 'hidden'}
                />
              }
              onClick={() => setLanguage(option.value)}
            >
              {t(option.label)}
              {language === option.value && <VisuallyHidden>{t('userMenu.selected')}</VisuallyHidden>}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
