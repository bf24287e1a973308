// The editor's values: the agreement's data with every amount as the text the
// user types ("711 833"), so a half-typed amount is never lost. Converted to
// öre on save; an amount that cannot be read is a field error.
import { formatMoney, parseMoney } from '../../../../../shared/agreements/money';
import type {
  AgreementData,
  CustomInstalment,
  Funding,
  PaymentRounding,
  PaymentRule,
} from '../../../../../shared/agreements/model';

type Money = string;

export interface FormFunding extends Omit<Funding, 'amount'> {
  amount: Money;
}
export interface FormYear {
  year: number;
  amount: Money;
  lines: { label: string; amount: Money }[];
  funding: FormFunding[];
}
export interface FormInstalment extends Omit<CustomInstalment, 'amount'> {
  amount: Money;
}
export type FormPaymentRule =
  | Exclude<PaymentRule, { kind: 'custom' }>
  | { kind: 'custom'; instalments: FormInstalment[]; rounding: PaymentRounding };

export interface AgreementFormValues extends Omit<AgreementData, 'economy'> {
  economy: {
    years: FormYear[];
    paymentRule: FormPaymentRule;
    extraIncome: { perChildAmount: Money; description: string };
  };
}

export const moneyText = (ore: number) => formatMoney(ore, { unit: false });

export function toFormValues(data: AgreementData): AgreementFormValues {
  const rule = data.economy.paymentRule;
  return {
    ...structuredClone(data),
    economy: {
      years: data.economy.years.map((y) => ({
        year: y.year,
        amount: moneyText(y.amount),
        lines: y.lines.map((l) => ({ label: l.label, amount: moneyText(l.amount) })),
        funding: y.funding.map((f) => ({ ...f, amount: moneyText(f.amount) })),
      })),
      paymentRule:
        rule.kind === 'custom'
          ? {
              kind: 'custom',
              instalments: rule.instalments.map((i) => ({ ...i, amount: moneyText(i.amount) })),
              rounding: rule.rounding,
            }
          : { ...rule },
      extraIncome: {
        // No fee shows as a blank field, and a blank field means no fee.
        perChildAmount:
          data.economy.extraIncome.perChildAmount === 0
            ? ''
            : moneyText(data.economy.extraIncome.perChildAmount),
        description: data.economy.extraIncome.description,
      },
    },
  };
}

export type Conversion = { ok: true; data: AgreementData } | { ok: false; fields: Record<string, string> };

/** The values as data; each amount that is not a valid sum of money is reported on its field. */
export function toData(values: AgreementFormValues): Conversion {
  const fields: Record<string, string> = {};
  const money = (text: string, path: string): number => {
    const parsed = parseMoney(text);
    if (parsed.ok) return parsed.value;
    fields[path] = parsed.problem;
    return 0;
  };
  const e = values.economy;
  const rule = e.paymentRule;
  const data: AgreementData = {
    ...values,
    economy: {
      years: e.years.map((y, i) => ({
        year: Number(y.year),
        amount: money(y.amount, `economy.years.${i}.amount`),
        lines: y.lines.map((l, j) => ({
          label: l.label,
          amount: money(l.amount, `economy.years.${i}.lines.${j}.amount`),
        })),
        funding: y.funding.map((f, j) => ({
          ...f,
          amount: money(f.amount, `economy.years.${i}.funding.${j}.amount`),
        })),
      })),
      paymentRule:
        rule.kind === 'custom'
          ? {
              kind: 'custom',
              instalments: rule.instalments.map((inst, i) => ({
                ...inst,
                amount: money(inst.amount, `economy.paymentRule.instalments.${i}.amount`),
              })),
              rounding: rule.rounding,
            }
          : rule,
      extraIncome: {
        perChildAmount:
          e.extraIncome.perChildAmount.trim() === ''
            ? 0
            : money(e.extraIncome.perChildAmount, 'economy.extraIncome.perChildAmount'),
        description: e.extraIncome.description,
      },
    },
  };
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, data };
}

/** Sum of amounts typed so far, ignoring those that cannot be read yet. */
export function sumTyped(amounts: readonly string[]): number {
  return amounts.reduce((sum, text) => {
    const parsed = parseMoney(text);
    return parsed.ok ? sum + parsed.value : sum;
  }, 0);
}

/** A key for a new governance body, follow-up or clause, unique among `taken`. */
export function newKey(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const key = `${prefix}-${n}`;
    if (!taken.includes(key)) return key;
  }
}
