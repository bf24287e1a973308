// A file's size as Swedish readers write it: `850 byte`, `12 kB`, `1,4 MB`,
// `25 MB` (decimal comma, a space before the unit; 1 kB = 1,024 bytes as
// file managers on Windows show it).
export function fileSize(bytes: number, language: 'sv' | 'en' = 'sv'): string {
  const units = ['kB', 'MB', 'GB'];
  if (bytes < 1024) return language === 'sv' ? `${bytes} byte` : `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  const text = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(value);
  return `${text} ${units[unit]}`;
}
