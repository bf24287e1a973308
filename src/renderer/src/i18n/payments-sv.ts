// Swedish UI texts of the payments part of an agreement: the payment rule's
// rounding, what is still unpaid, and the yearly confirmation that funds were
// granted (spread into the main catalogue in sv.ts). `{name}` marks a value.
export const paymentsSv = {
  'editor.rounding': 'Avrundning av utbetalningarna',
  'editor.roundingHint':
    'Avgör också när en utbetalning räknas som betald: i hela kronor får betalningen vara högst 1 kr lägre, på öret måste hela beloppet komma in.',
  'editor.roundingWholeKronor':
    'Hela kronor – det som blir över läggs på årets första utbetalningar (711 833 kr per år: 177 959 kr + 3 × 177 958 kr)',
  'editor.roundingExactOre': 'Exakt på öret (711 833 kr per år: 4 × 177 958,25 kr)',

  'economy.rounding.wholeKronor':
    'Utbetalningarna görs i hela kronor; det som blir över läggs på årets första utbetalningar. En betalning som är högst 1 kr lägre än utbetalningen räknas som full betalning.',
  'economy.rounding.exactOre':
    'Utbetalningarna görs exakt på öret. En utbetalning räknas som betald först när hela beloppet har kommit in.',
  'economy.unpaid': 'Kvar att betala',
  'economy.unconfirmed': 'Medel ej bekräftade',

  'calendar.fundsConfirmationFor': 'Bekräfta att medel beviljats för {year}',
  'calendar.fundsConfirmationsOverdue': 'Bekräfta att medel beviljats: {count|# år|# år} saknas',
  'calendar.unpaidOf': '{unpaid} obetalt av {amount}',
  'calendar.unpaid': '{amount} obetalt',
  'calendar.unconfirmed': 'medel ej bekräftade',

  'funds.title': 'Beviljade medel per år',
  'funds.intro':
    'Överenskommelsen gäller under förutsättning att medel beviljas. Registrera för varje år att medlen har beviljats, senast dagen innan året börjar (det första året senast startdagen). Tills dess visas årets utbetalningar som ej bekräftade.',
  'funds.unconfirmedYears': 'Ej bekräftade år: {years}.',
  'funds.allConfirmed': 'Medlen är bekräftade för alla år.',
  'funds.year': 'År',
  'funds.dueDate': 'Bekräftas senast',
  'funds.state': 'Läge',
  'funds.state.confirmed': 'Bekräftad',
  'funds.state.overdue': 'Ej bekräftad – försenad',
  'funds.state.pending': 'Ej bekräftad',
  'funds.grantedBy': 'Beviljat av',
  'funds.grantedByHint': 'Till exempel Kommunfullmäktige eller Socialnämnden.',
  'funds.grantedOn': 'Beslutsdatum',
  'funds.decisionReference': 'Beslut (paragraf eller diarienummer)',
  'funds.note': 'Anteckning',
  'funds.recordedBy': 'Registrerad av {name} {date}',
  'funds.actions': 'Åtgärder',
  'funds.remove': 'Ta bort bekräftelsen för {year}',
  'funds.removed': 'Bekräftelsen för {year} är borttagen.',
  'funds.record': 'Registrera att medel beviljats',
  'funds.yearField': 'År som bekräftas',
  'funds.save': 'Spara bekräftelsen',
  'funds.saved': 'Medlen för {year} är bekräftade.',

  'channel.agreements:recordFundsConfirmation': 'Registrera att medel beviljats',
  'channel.agreements:removeFundsConfirmation': 'Ta bort bekräftelse av beviljade medel',
} as const;
