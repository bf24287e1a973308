// Mantine theme: system fonts only (nothing fetched), and colours chosen for
// WCAG 2.1 AA contrast on white (Mantine's defaults for dimmed text, errors
// and the primary blue are too light for small text).
import { createTheme, InputWrapper, Select, type CSSVariablesResolver } from '@mantine/core';

const systemFont =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';
const systemMonospace =
  'ui-monospace, "Cascadia Mono", "Segoe UI Mono", Consolas, "Liberation Mono", Menlo, monospace';

export const theme = createTheme({
  primaryColor: 'blue',
  // blue-8 (#1971c2) on white is 5.1:1; the default shade 6 is only 3.6:1.
  primaryShade: 8,
  fontFamily: systemFont,
  fontFamilyMonospace: systemMonospace,
  headings: { fontFamily: systemFont },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Required inputs keep `required` (announced by screen readers) but get no
    // visual asterisk: it would become part of the label's text.
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
    // Clicking the chosen option again never clears it (issue 11: an appendix
    // lost its party). An optional choice is cleared with `clearable`; the
    // renderer's ESLint rules forbid turning deselecting back on.
    Select: Select.extend({ defaultProps: { allowDeselect: false } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    // gray-7 #495057 is 8:1 on white; the default gray-6 is 3.3:1.
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // red-9 #c92a2a is 5.7:1; the default red-6 is 3.3:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Text on the pale "light" backgrounds (alerts, badges): shade 9 of green
    // and orange is under 4.5:1 there, so darker tones are used.
    '--mantine-color-green-light-color': '#1f6b30',
    '--mantine-color-orange-light-color': '#a33c0a',
    '--mantine-color-red-light-color': '#a51d1d',
    // Also readable on the hover tone (blue-2) of the active menu item.
    '--mantine-color-blue-light-color': '#124a80',
  },
  dark: {},
});
