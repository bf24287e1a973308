// The report's commitments and deficiencies. For one agreement: each
// commitment per party with its target, period, what was achieved and its
// status, and (to the steering group) each open deficiency with its stage.
// Across all agreements, counts per status and per stage instead of
// thousands of rows. A count of children is published only when the child
// tables publish the children total and it is not under the threshold.
import type { ReportCell, ReportTable } from '../ipc/reports';
import type { CommitmentStatus } from '../agreements/commitments/status';
import type { DeficiencyStage } from '../agreements/deficiency-process';
import { count, plainTable, row, text, type ReportContext } from './report-cells';

export const commitmentStatusLabels: Record<CommitmentStatus, string> = {
  met: 'Uppfyllt',
  onTrack: 'I fas',
  atRisk: 'Risk',
  notMet: 'Inte uppfyllt',
  unstructured: 'Saknar mål',
};

export const deficiencyStageLabels: Record<DeficiencyStage, string> = {
  found: 'Upptäckt – dialog ska hållas',
  dialogue: 'Dialog hållen',
  actionPlanRequired: 'Väntar på åtgärdsplan',
  actionPlanReceived: 'Åtgärdsplan mottagen – ska följas upp',
  followUp: 'Uppföljd',
  newPlan: 'Ny åtgärdsplan ska krävas',
  closed: 'Avslutad',
};

const statuses = Object.keys(commitmentStatusLabels) as CommitmentStatus[];

export function commitmentTable(ctx: ReportContext): ReportTable {
  const { facts } = ctx;
  const title = facts.kind === 'steeringGroupStatus' ? 'Åtaganden per part, perioden i dag' : 'Åtaganden per part';
  if (facts.scope.kind === 'all') {
    const tally = (s: CommitmentStatus) => facts.commitments.filter((c) => c.status === s).length;
    return plainTable(
      'commitments',
      title,
      'Antal åtaganden i alla överenskommelser per status. Varje överenskommelses egen rapport listar dem.',
      'Status',
      ['Antal'],
      [
        ...statuses.map((s) => row(commitmentStatusLabels[s], [count(tally(s))])),
        row('Totalt', [count(facts.commitments.length)], true),
      ],
    );
  }
  const childrenPublished = ctx.childrenCell.kind === 'count';
  const achieved = (c: (typeof facts.commitments)[number]): ReportCell =>
    c.countsChildren && (!childrenPublished || (c.achieved > 0 && c.achieved < facts.threshold))
      ? { kind: 'suppressed', reason: 'primary' }
      : count(c.achieved);
  return plainTable(
    'commitments',
    title,
    'Varje åtagande med mål, period, utfall och status. I fas: minst den del av målet som den del av perioden som gått motsvarar.',
    'Part och åtagande',
    ['Mål', 'Period', 'Utfall', 'Krävs', 'Status'],
    facts.commitments.map((c) =>
      row(`${c.party}: ${c.text}`, [
        text(c.target),
        text(c.period),
        c.status === 'unstructured' ? text('–') : achieved(c),
        c.status === 'unstructured' ? text('–') : count(c.required),
        text(commitmentStatusLabels[c.status]),
      ]),
    ),
  );
}

export function deficiencyTable(ctx: ReportContext): ReportTable {
  const { facts } = ctx;
  if (facts.scope.kind === 'all') {
    const stages = Object.keys(deficiencyStageLabels).filter((s) => s !== 'closed') as DeficiencyStage[];
    return plainTable(
      'deficiencies',
      'Öppna brister',
      'Antal öppna brister i alla överenskommelser per steg.',
      'Steg',
      ['Antal'],
      [
        ...stages.map((s) => row(deficiencyStageLabels[s], [count(facts.deficiencies.filter((d) => d.stage === s).length)])),
        row('Totalt', [count(facts.deficiencies.length)], true),
      ],
    );
  }
  return plainTable(
    'deficiencies',
    'Öppna brister',
    'Brister som inte är avslutade, med steget i processen: dialog, åtgärdsplan, uppföljning, utfall.',
    'Part och vad bristen gäller',
    ['Upptäckt', 'Steg', 'Nästa tidpunkt'],
    facts.deficiencies.map((d) =>
      row(`${d.party}: ${d.concerns}`, [
        text(d.foundOn),
        text(deficiencyStageLabels[d.stage]),
        text(d.nextDeadline ?? '–'),
      ]),
    ),
  );
}
