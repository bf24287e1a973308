// A small Swedish application menu: editing and zoom shortcuts (zoom matters
// for users who need larger text), nothing that opens remote content (no
// help links, no "learn more"). Developer items only when not packaged.
import type { MenuItemConstructorOptions } from 'electron';

export function appMenuTemplate(
  platform: NodeJS.Platform,
  options: { development: boolean },
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const menu: MenuItemConstructorOptions[] = [];
  if (mac) {
    menu.push({
      label: 'IOP Desk',
      submenu: [
        { role: 'about', label: 'Om IOP Desk' },
        { type: 'separator' },
        { role: 'hide', label: 'Dölj IOP Desk' },
        { role: 'hideOthers', label: 'Dölj övriga' },
        { role: 'unhide', label: 'Visa alla' },
        { type: 'separator' },
        { role: 'quit', label: 'Avsluta IOP Desk' },
      ],
    });
  } else {
    menu.push({ label: 'Arkiv', submenu: [{ role: 'quit', label: 'Avsluta' }] });
  }
  menu.push(
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra' },
        { role: 'redo', label: 'Gör om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'selectAll', label: 'Markera allt' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        { role: 'zoomIn', label: 'Zooma in' },
        // Ctrl+= is where most keyboards have plus without Shift.
        { role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
        { role: 'zoomOut', label: 'Zooma ut' },
        { role: 'resetZoom', label: 'Återställ zoom' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Helskärm' },
        ...(options.development
          ? ([
              { type: 'separator' },
              { role: 'reload', label: 'Läs in igen (utveckling)' },
              { role: 'toggleDevTools', label: 'Utvecklarverktyg' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: 'Fönster',
      submenu: [
        { role: 'minimize', label: 'Minimera' },
        ...(mac ? ([{ role: 'zoom', label: 'Zooma fönster' }] satisfies MenuItemConstructorOptions[]) : []),
        { role: 'close', label: 'Stäng fönstret' },
      ],
    },
  );
  return menu;
}
