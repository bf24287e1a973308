import type { printingSv } from './printing-sv';

export const printingEn: Record<keyof typeof printingSv, string> = {
  'printing.pdfOnly': 'Lists are printed as PDF only. Choose PDF.',
  'printing.sessionNotInGroup': 'The session is not one of the group’s. Choose one of its sessions.',
  'printing.districtNotInGroups': 'No child in the chosen groups belongs to that district.',
};
