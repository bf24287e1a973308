// Every server call of the exchange screens, in one place (to move to the
// query layer in one step): the identity, partners, cards and packages.
import { ok, type Envelope } from '../../../../shared/envelope';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { Partner } from '../../../../shared/ipc/exchange';
import type { PickPurpose } from '../../../../shared/ipc/files';
import { runApi } from '../../data/use-api-mutation';

export const exchangeApi = {
  chooseFile: (purpose: PickPurpose) => runApi('files:chooseFile', { purpose }),
  chooseFolder: () => runApi('files:chooseFolder', { purpose: 'exportFolder' }),
  identity: () => runApi('exchange:identity', {}),
  createIdentity: (input: ChannelInput<'exchange:createIdentity'>) =>
    runApi('exchange:createIdentity', input),
  rotateIdentity: () => runApi('exchange:rotateIdentity', { confirmed: true }),
  exportCard: (folder: string) => runApi('exchange:exportCard', { folder }),
  printCard: (folder: string) => runApi('exchange:printCard', { folder }),
  partners: () => runApi('exchange:partners', {}),
  previewCard: (path: string) => runApi('exchange:previewCard', { path }),
  importCard: (path: string) => runApi('exchange:importCard', { path }),
  verifyPartner: (input: ChannelInput<'exchange:verifyPartner'>) => runApi('exchange:verifyPartner', input),
  setPartnerDisabled: (partnerId: number, disabled: boolean) =>
    runApi('exchange:setPartnerDisabled', { partnerId, disabled }),
  packages: () => runApi('exchange:packages', {}),
  linkPartner: (input: ChannelInput<'exchange:linkPartner'>) => runApi('exchange:linkPartner', input),
  organisations: () => runApi('organisations:list', {}),
  districts: () => runApi('children:districts', {}),
  receivedFiles: () => runApi('exchange:receivedFiles', {}),
  childPackages: (childId: number) => runApi('exchange:childPackages', { childId }),
  receivedReports: () => runApi('exchange:receivedReports', {}),
  receivedReport: (packageId: string) => runApi('exchange:receivedReport', { packageId }),
  reportAgreements: () => runApi('reports:agreements', {}),
  makeReport: (input: ChannelInput<'exchange:makeReport'>) => runApi('exchange:makeReport', input),
  saveReceivedFile: (packageId: string, name: string, folder: string) =>
    runApi('exchange:saveReceivedFile', { packageId, name, folder }),
  open: (path: string) => runApi('exchange:open', { path }),
  import: (input: ChannelInput<'exchange:import'>) => runApi('exchange:import', input),
  makeReferral: (input: ChannelInput<'exchange:makeReferral'>) => runApi('exchange:makeReferral', input),
  makeRegistrationNotice: (partnerId: number, enrolmentId: number, folder: string) =>
    runApi('exchange:makeRegistrationNotice', { partnerId, enrolmentIds: [enrolmentId], folder }),
  makeHandBack: (partnerId: number, groupIds: number[], folder: string) =>
    runApi('exchange:makeHandBack', { partnerId, groupIds, folder }),
  makeConsentChange: (input: ChannelInput<'exchange:makeConsentChange'>) =>
    runApi('exchange:makeConsentChange', input),
  makeReceipt: (packageId: string, folder: string) => runApi('exchange:makeReceipt', { packageId, folder }),
};

/** The partners a package can be made for: verified and not disabled. */
export async function usablePartners(): Promise<Envelope<Partner[]>> {
  const list = await exchangeApi.partners();
  return list.ok ? ok(list.value.filter((p) => p.verified && !p.disabled)) : list;
}

/** Asks where to save, then makes the package there; `null` when the user cancelled the dialog. */
export async function makeInChosenFolder<T>(
  make: (folder: string) => Promise<Envelope<T>>,
): Promise<Envelope<T | null>> {
  const folder = await exchangeApi.chooseFolder();
  if (!folder.ok) return folder;
  return folder.value.path === null ? ok(null) : make(folder.value.path);
}
