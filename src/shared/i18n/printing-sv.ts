// Swedish texts for printing's validation problems (issue 14).
export const printingSv = {
  'printing.pdfOnly': 'Listor skrivs bara ut som PDF. Välj PDF.',
  'printing.sessionNotInGroup': 'Träffen hör inte till gruppen. Välj en av gruppens träffar.',
  'printing.districtNotInGroups': 'Inget barn i de valda grupperna hör till den stadsdelen.',
} as const;
