// The report's economy: budget against outcome per budget line, and the fee
// income from children of other municipalities.
import type { ReportCell, ReportRow, ReportTable } from '../ipc/reports';
import { money, plainTable, row, type ReportContext } from './report-cells';

/** Fees paid for children from other municipalities; hidden when it would reveal a hidden count. */
export function feeIncomeCell({ facts, unless }: ReportContext): ReportCell {
  const fee = facts.participations.reduce((n, p) => n + p.feeOre, 0);
  return unless('feeIncome', money(fee));
}

export function budgetTable({ facts, labelOf }: ReportContext): ReportTable {
  const many = facts.agreements.length > 1;
  const budgetRows: ReportRow[] = [];
  let budgetSum = 0;
  let actualSum = 0;
  for (const b of facts.budget) {
    const prefix = `${b.year}${many ? ` · ${labelOf(b.agreementId)}` : ''}`;
    for (const l of b.lines) {
      budgetSum += l.budget;
      actualSum += l.actual ?? 0;
      budgetRows.push(
        row(`${prefix} · ${l.label}`, [
          money(l.budget),
          l.actual === null ? { kind: 'empty' } : money(l.actual),
          l.actual === null ? { kind: 'empty' } : money(l.actual - l.budget),
        ]),
      );
    }
  }
  budgetRows.push(row('Totalt', [money(budgetSum), money(actualSum), money(actualSum - budgetSum)], true));
  return plainTable(
    'budget',
    'Budget och utfall',
    'Per budgetpost. Utfall enligt den ekonomiska redovisningen; tom ruta = inget utfall registrerat.',
    'Budgetpost',
    ['Budget', 'Utfall', 'Avvikelse'],
    budgetRows,
  );
}

export function incomeTable(ctx: ReportContext): ReportTable {
  const incomeTable = plainTable(
    'income',
    'Avgiftsintäkter',
    'Fria platser för barn från andra kommuner.',
    'Intäkt',
    ['Belopp'],
    [row('Avgifter för barn från andra kommuner', [feeIncomeCell(ctx)])],
  );
  incomeTable.protected = true;
  return incomeTable;
}
