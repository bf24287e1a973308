// English UI texts of the payments part of an agreement; same keys as
// payments-sv.ts (enforced by the type).
import type { paymentsSv } from './payments-sv';

export const paymentsEn: Record<keyof typeof paymentsSv, string> = {
  'editor.rounding': 'Rounding of instalments',
  'editor.roundingHint':
    'Also decides when an instalment counts as paid: in whole kronor a payment may be up to 1 kr short; to the öre the whole amount must come in.',
  'editor.roundingWholeKronor':
    "Whole kronor – what is left over goes on the year's first instalments (711 833 kr a year: 177 959 kr + 3 × 177 958 kr)",
  'editor.roundingExactOre': 'Exactly to the öre (711 833 kr a year: 4 × 177 958.25 kr)',

  'economy.rounding.wholeKronor':
    "Instalments are paid in whole kronor; what is left over goes on the year's first instalments. A payment up to 1 kr short of the instalment counts as paid in full.",
  'economy.rounding.exactOre':
    'Instalments are paid exactly to the öre. An instalment counts as paid only when the whole amount has come in.',
  'economy.unpaid': 'Still to pay',
  'economy.unconfirmed': 'Funds not confirmed',

  'calendar.fundsConfirmationFor': 'Confirm that funds were granted for {year}',
  'calendar.fundsConfirmationsOverdue': 'Confirm that funds were granted: {count|# year|# years} missing',
  'calendar.unpaidOf': '{unpaid} unpaid of {amount}',
  'calendar.unpaid': '{amount} unpaid',
  'calendar.unconfirmed': 'funds not confirmed',

  'funds.title': 'Funds granted per year',
  'funds.intro':
    "The agreement applies provided that funds are granted. Record for each year that the funds were granted, at the latest the day before the year starts (the first year at the latest on the start date). Until then the year's instalments are shown as unconfirmed.",
  'funds.unconfirmedYears': 'Years not confirmed: {years}.',
  'funds.allConfirmed': 'The funds are confirmed for every year.',
  'funds.year': 'Year',
  'funds.dueDate': 'Confirm by',
  'funds.state': 'State',
  'funds.state.confirmed': 'Confirmed',
  'funds.state.overdue': 'Not confirmed – late',
  'funds.state.pending': 'Not confirmed',
  'funds.grantedBy': 'Granted by',
  'funds.grantedByHint': 'For example the municipal council or the social welfare board.',
  'funds.grantedOn': 'Date of decision',
  'funds.decisionReference': 'Decision (paragraph or registration number)',
  'funds.note': 'Note',
  'funds.recordedBy': 'Recorded by {name} {date}',
  'funds.actions': 'Actions',
  'funds.remove': 'Remove the confirmation for {year}',
  'funds.removed': 'The confirmation for {year} has been removed.',
  'funds.record': 'Record that funds were granted',
  'funds.yearField': 'Year to confirm',
  'funds.save': 'Save the confirmation',
  'funds.saved': 'The funds for {year} are confirmed.',

  'channel.agreements:recordFundsConfirmation': 'Record that funds were granted',
  'channel.agreements:removeFundsConfirmation': 'Remove a confirmation of granted funds',
};
