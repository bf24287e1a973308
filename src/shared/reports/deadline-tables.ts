// The report's deadlines: one agreement's list of dates, or across all
// agreements their counts per kind and state.
import type { ReportTable } from '../ipc/reports';
import type { ReportFacts } from './facts';
import { deadlineStateLabels } from './labels';
import { count, plainTable, row, text } from './report-cells';

export function deadlineTable(facts: ReportFacts): ReportTable {
  const deadlineTitle =
    facts.kind === 'steeringGroupStatus' ? 'Kommande och försenade tidpunkter' : 'Tidpunkter under perioden';
  return facts.scope.kind === 'all'
    ? deadlineCounts(facts, deadlineTitle)
    : deadlineList(facts, deadlineTitle);
}

/** One agreement: every deadline with its date and state. */
function deadlineList(facts: ReportFacts, title: string): ReportTable {
  return plainTable(
    'deadlines',
    title,
    'Uppföljningar, möten, utbetalningar och datum för överenskommelsen.',
    'Datum',
    ['Vad', 'Status'],
    facts.deadlines.map((d) => row(d.date, [text(d.what), text(deadlineStateLabels[d.state])])),
  );
}

/** Across agreements a list would run to thousands of rows: count them per kind and state instead. */
function deadlineCounts(facts: ReportFacts, title: string): ReportTable {
  const states = ['overdue', 'due', 'later', 'done', 'past'] as const;
  const categories = [...new Set(facts.deadlines.map((d) => d.category))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  const tally = new Map<string, number>();
  for (const d of facts.deadlines)
    tally.set(`${d.category}|${d.state}`, (tally.get(`${d.category}|${d.state}`) ?? 0) + 1);
  const rows = categories.map((c) =>
    row(c, [
      ...states.map((s) => count(tally.get(`${c}|${s}`) ?? 0)),
      count(facts.deadlines.filter((d) => d.category === c).length),
    ]),
  );
  rows.push(
    row(
      'Totalt',
      [
        ...states.map((s) => count(facts.deadlines.filter((d) => d.state === s).length)),
        count(facts.deadlines.length),
      ],
      true,
    ),
  );
  return plainTable(
    'deadlines',
    title,
    'Antal tidpunkter i alla överenskommelser, per slag och status. Varje överenskommelses egen rapport listar dem.',
    'Slag',
    [...states.map((s) => deadlineStateLabels[s]), 'Totalt'],
    rows,
  );
}
