// The three built-in templates and the check that the chosen organisations
// fit their slots.
import type { TemplateKey } from '../model';
import type { Problems } from '../lifecycle';
import { coFinancedTemplate } from './co-financed';
import { supportGroupsTemplate } from './support-groups';
import type { AgreementTemplate, TemplateArgs } from './template';
import { umbrellaTemplate } from './umbrella';

export type { AgreementTemplate, TemplateArgs, TemplateOrganisation } from './template';
export { standardProposal } from './template';

export const templates: Readonly<Record<TemplateKey, AgreementTemplate>> = {
  supportGroups: supportGroupsTemplate,
  coFinanced: coFinancedTemplate,
  umbrella: umbrellaTemplate,
};

/** Every slot filled with organisations of a fitting kind, none twice. */
export function templateSlotProblems(template: AgreementTemplate, args: TemplateArgs): Problems {
  const problems: Problems = {};
  const seen = new Set<number>();
  for (const slot of template.slots) {
    const orgs = args.slots[slot.key] ?? [];
    if (orgs.length === 0 || (!slot.multiple && orgs.length > 1))
      problems[`slots.${slot.key}`] = 'agreements.templateSlotMissing';
    for (const org of orgs) {
      if (!slot.kinds.includes(org.kind)) problems[`slots.${slot.key}`] = 'agreements.templateSlotKind';
      if (seen.has(org.id)) problems[`slots.${slot.key}`] = 'agreements.duplicateParty';
      seen.add(org.id);
    }
  }
  return problems;
}
