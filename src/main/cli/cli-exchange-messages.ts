// The command line's texts for `exchange …` (spread into cli-messages.ts).
import type { PreviewAction } from '../../shared/ipc/exchange';
import type { PackageKind } from '../../shared/exchange/package-kinds';

const kindSv: Record<PackageKind, string> = {
  referral: 'Anmälan',
  receipt: 'Kvittens',
  registrationNotice: 'Besked om inskrivning',
  consentChange: 'Ändrat samtycke',
  handBack: 'Återföring',
  report: 'Rapport',
};
const kindEn: Record<PackageKind, string> = {
  referral: 'Referral',
  receipt: 'Receipt',
  registrationNotice: 'Registration notice',
  consentChange: 'Consent change',
  handBack: 'Hand-back',
  report: 'Report',
};

export const exchangeCliSv = {
  exchangeCardWritten: (path: string, fingerprint: string) =>
    `Kontaktkortet skrevs till ${path}.\nFingeravtryck att läsa upp för partnern: ${fingerprint}`,
  exchangeCardImported: (org: string, installation: string, fingerprint: string) =>
    `Kortet från ${org} (${installation}) är importerat.\nFingeravtryck: ${fingerprint}`,
  exchangeCompareFingerprint:
    'Jämför fingeravtrycket med partnern per telefon och kör sedan kommandot igen med --fingerprint och --compared-with, eller bekräfta i appen. Till dess tas inga paket emot.',
  exchangePartnerVerified: 'Fingeravtrycket stämmer. Partnern är verifierad.',
  exchangePreviewHead: (kind: PackageKind, org: string, id: string, created: string, expires: string) =>
    `${kindSv[kind]} från ${org}\nPaket ${id}, skapat ${created}, giltigt till ${expires}\nUnderskriften är kontrollerad. Import skulle göra följande:`,
  exchangeAction: {
    createChild: 'Nytt barn',
    updateChild: 'Uppdaterat barn',
    createInterest: 'Intresseanmälan',
    recordNotice: 'Socialtjänsten informerad / besked',
    pauseEnrolment: 'Pausas (samtycke återkallat)',
    resumeEnrolment: 'Återupptas (nytt samtycke)',
    recordConsent: 'Samtycke',
    confirmReceipt: 'Bekräftar paket',
    storeHandBack: 'Återförd fil sparas här',
    storeReport: 'Rapporten sparas här',
  } satisfies Record<PreviewAction, string>,
  exchangeUnknownProgramme: (name: string, programmes: { id: number; name: string }[]) =>
    `Insatsen "${name}" finns inte här. Välj med --programme "${name}=ID", där ID är en av: ${programmes.map((p) => `${p.id} ${p.name}`).join('; ')}`,
  exchangeConfirm: 'Skriv ja för att importera (ingenting ändras annars):',
  exchangeNotConfirmed: 'Inte bekräftat. Ingenting har ändrats.',
  exchangeMade: (path: string) => `Paketet skrevs till ${path}. Skicka det till partnern.`,
  exchangeImported: (created: number, updated: number) => `Importerat: ${created} nya, ${updated} uppdaterade.`,
};

export const exchangeCliEn: typeof exchangeCliSv = {
  exchangeCardWritten: (path, fingerprint) => `The contact card was written to ${path}.\nFingerprint to read to the partner: ${fingerprint}`,
  exchangeCardImported: (org, installation, fingerprint) => `The card from ${org} (${installation}) is imported.\nFingerprint: ${fingerprint}`,
  exchangeCompareFingerprint:
    'Compare the fingerprint with the partner by phone, then run the command again with --fingerprint and --compared-with, or confirm in the app. Until then no package is accepted.',
  exchangePartnerVerified: 'The fingerprint matches. The partner is verified.',
  exchangePreviewHead: (kind, org, id, created, expires) =>
    `${kindEn[kind]} from ${org}\nPackage ${id}, made ${created}, valid until ${expires}\nThe signature is checked. Importing would do this:`,
  exchangeAction: {
    createChild: 'New child',
    updateChild: 'Updated child',
    createInterest: 'Expression of interest',
    recordNotice: 'Social services informed / notice',
    pauseEnrolment: 'Paused (consent withdrawn)',
    resumeEnrolment: 'Resumed (new consent)',
    recordConsent: 'Consent',
    confirmReceipt: 'Confirms package',
    storeHandBack: 'Handed-back file kept here',
    storeReport: 'Report kept here',
  },
  exchangeUnknownProgramme: (name, programmes) =>
    `The programme "${name}" does not exist here. Choose with --programme "${name}=ID", ID one of: ${programmes.map((p) => `${p.id} ${p.name}`).join('; ')}`,
  exchangeConfirm: 'Type yes to import (nothing changes otherwise):',
  exchangeNotConfirmed: 'Not confirmed. Nothing was changed.',
  exchangeMade: (path) => `The package was written to ${path}. Send it to the partner.`,
  exchangeImported: (created, updated) => `Imported: ${created} new, ${updated} updated.`,
};
