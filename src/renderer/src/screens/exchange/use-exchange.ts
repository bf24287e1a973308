// Every server call of the exchange screens, in one place (to move to the
// query layer in one step): the identity, partners, cards and packages.
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { PickPurpose } from '../../../../shared/ipc/files';
import { call } from '../../api/client';

export const exchangeApi = {
  chooseFile: (purpose: PickPurpose) => call((api) => api.files.chooseFile({ purpose })),
  chooseFolder: () => call((api) => api.files.chooseFolder({ purpose: 'exportFolder' })),
  identity: () => call((api) => api.exchange.identity({})),
  createIdentity: (input: ChannelInput<'exchange:createIdentity'>) => call((api) => api.exchange.createIdentity(input)),
  rotateIdentity: () => call((api) => api.exchange.rotateIdentity({ confirmed: true })),
  exportCard: (folder: string) => call((api) => api.exchange.exportCard({ folder })),
  printCard: (folder: string) => call((api) => api.exchange.printCard({ folder })),
  partners: () => call((api) => api.exchange.partners({})),
  previewCard: (path: string) => call((api) => api.exchange.previewCard({ path })),
  importCard: (path: string) => call((api) => api.exchange.importCard({ path })),
  verifyPartner: (input: ChannelInput<'exchange:verifyPartner'>) => call((api) => api.exchange.verifyPartner(input)),
  setPartnerDisabled: (partnerId: number, disabled: boolean) =>
    call((api) => api.exchange.setPartnerDisabled({ partnerId, disabled })),
  packages: () => call((api) => api.exchange.packages({})),
  linkPartner: (input: ChannelInput<'exchange:linkPartner'>) => call((api) => api.exchange.linkPartner(input)),
  organisations: () => call((api) => api.organisations.list({})),
  districts: () => call((api) => api.children.districts({})),
  receivedFiles: () => call((api) => api.exchange.receivedFiles({})),
  childPackages: (childId: number) => call((api) => api.exchange.childPackages({ childId })),
  receivedReports: () => call((api) => api.exchange.receivedReports({})),
  receivedReport: (packageId: string) => call((api) => api.exchange.receivedReport({ packageId })),
  reportAgreements: () => call((api) => api.reports.agreements({})),
  makeReport: (input: ChannelInput<'exchange:makeReport'>) => call((api) => api.exchange.makeReport(input)),
  saveReceivedFile: (packageId: string, name: string, folder: string) =>
    call((api) => api.exchange.saveReceivedFile({ packageId, name, folder })),
  open: (path: string) => call((api) => api.exchange.open({ path })),
  import: (input: ChannelInput<'exchange:import'>) => call((api) => api.exchange.import(input)),
  makeReferral: (input: ChannelInput<'exchange:makeReferral'>) => call((api) => api.exchange.makeReferral(input)),
  makeRegistrationNotice: (partnerId: number, enrolmentId: number, folder: string) =>
    call((api) => api.exchange.makeRegistrationNotice({ partnerId, enrolmentIds: [enrolmentId], folder })),
  makeHandBack: (partnerId: number, groupIds: number[], folder: string) =>
    call((api) => api.exchange.makeHandBack({ partnerId, groupIds, folder })),
  makeConsentChange: (input: ChannelInput<'exchange:makeConsentChange'>) => call((api) => api.exchange.makeConsentChange(input)),
  makeReceipt: (packageId: string, folder: string) => call((api) => api.exchange.makeReceipt({ packageId, folder })),
};
