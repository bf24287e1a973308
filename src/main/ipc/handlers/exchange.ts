// Handlers of the partner exchange. Audit entries hold the package id and
// kind, or the partner's id: never a child's details.
import { handler } from '../handler-def';
import { makeConsentChange, makeReceipt, makeRegistrationNotice } from '../../exchange/answer-kinds';
import { createIdentity, exportCard, identityView, rotateIdentity } from '../../exchange/identity-service';
import { importPackage, openPackage } from '../../exchange/open-service';
import { listChildPackages, listPackages } from '../../exchange/package-list';
import {
  importCard,
  linkPartner,
  listPartners,
  previewCard,
  setPartnerDisabled,
  verifyPartner,
} from '../../exchange/partner-service';
import { makeReferral } from '../../exchange/referral-make';
import { listReceivedReports, makeReport, receivedReport } from '../../exchange/report-kind';
import { printCard } from '../../exchange/card-print';
import { listReceivedFiles, makeHandBack, saveReceivedFile } from '../../exchange/handback-kind';

const packageEntity = (kind: string) => (_: unknown, out: { packageId: string } | undefined) =>
  out ? `${kind}:${out.packageId}` : null;
const partnerEntity = (input: { partnerId: number }) => input.partnerId;

export const exchangeHandlers = {
  'exchange:identity': handler('exchange:identity', { run: (ctx) => identityView(ctx.db), audit: null }),
  'exchange:createIdentity': handler('exchange:createIdentity', {
    run: (ctx, input) => createIdentity(ctx.service, input),
    audit: { entityType: 'exchangeIdentity' },
  }),
  'exchange:rotateIdentity': handler('exchange:rotateIdentity', {
    run: (ctx) => rotateIdentity(ctx.service),
    audit: { entityType: 'exchangeIdentity' },
  }),
  'exchange:exportCard': handler('exchange:exportCard', {
    run: (ctx, input) => exportCard(ctx.service, input.folder),
    audit: { entityType: 'exchangeIdentity' },
  }),
  'exchange:printCard': handler('exchange:printCard', {
    run: (ctx, input) => printCard(ctx.service, input.folder),
    audit: { entityType: 'exchangeIdentity' },
  }),
  'exchange:previewCard': handler('exchange:previewCard', {
    run: (ctx, input) => previewCard(ctx.service, input.path),
    audit: null,
  }),
  'exchange:importCard': handler('exchange:importCard', {
    run: (ctx, input) => importCard(ctx.service, input.path),
    audit: { entityType: 'exchangePartner', entityId: (_, out) => out?.id },
  }),
  'exchange:partners': handler('exchange:partners', { run: (ctx) => listPartners(ctx.db), audit: null }),
  'exchange:verifyPartner': handler('exchange:verifyPartner', {
    run: (ctx, input) => verifyPartner(ctx.service, input),
    audit: { entityType: 'exchangePartner', entityId: partnerEntity },
  }),
  'exchange:setPartnerDisabled': handler('exchange:setPartnerDisabled', {
    run: (ctx, input) => setPartnerDisabled(ctx.service, input),
    audit: { entityType: 'exchangePartner', entityId: partnerEntity },
  }),
  'exchange:linkPartner': handler('exchange:linkPartner', {
    run: (ctx, input) => linkPartner(ctx.service, input),
    audit: { entityType: 'exchangePartner', entityId: partnerEntity },
  }),
  'exchange:open': handler('exchange:open', {
    run: (ctx, input) => openPackage(ctx.service, input.path),
    audit: { entityType: 'exchangePackage', entityId: (_, out) => (out ? `${out.kind}:${out.packageId}` : null) },
  }),
  'exchange:import': handler('exchange:import', {
    run: (ctx, input) => importPackage(ctx.service, input),
    audit: { entityType: 'exchangePackage', entityId: (_, out) => (out ? `${out.kind}:${out.packageId}` : null) },
  }),
  'exchange:packages': handler('exchange:packages', {
    run: (ctx, input) => listPackages(ctx.db, input.limit),
    audit: null,
  }),
  'exchange:makeReferral': handler('exchange:makeReferral', {
    run: (ctx, input) => makeReferral(ctx.service, input),
    audit: { entityType: 'exchangePackage', entityId: packageEntity('referral') },
  }),
  'exchange:makeReceipt': handler('exchange:makeReceipt', {
    run: (ctx, input) => makeReceipt(ctx.service, input),
    audit: { entityType: 'exchangePackage', entityId: packageEntity('receipt') },
  }),
  'exchange:makeRegistrationNotice': handler('exchange:makeRegistrationNotice', {
    run: (ctx, input) => makeRegistrationNotice(ctx.service, input),
    audit: { entityType: 'exchangePackage', entityId: packageEntity('registrationNotice') },
  }),
  'exchange:makeHandBack': handler('exchange:makeHandBack', {
    run: (ctx, input) => makeHandBack(ctx.service, input),
    audit: { entityType: 'exchangePackage', entityId: packageEntity('handBack') },
  }),
  'exchange:makeReport': handler('exchange:makeReport', {
    run: (ctx, input) => makeReport(ctx.service, input),
    audit: { entityType: 'exchangePackage', entityId: packageEntity('report') },
  }),
  'exchange:receivedFiles': handler('exchange:receivedFiles', {
    run: (ctx) => listReceivedFiles(ctx.db),
    audit: null,
  }),
  'exchange:childPackages': handler('exchange:childPackages', {
    run: (ctx, input) => listChildPackages(ctx.db, input.childId),
    audit: { entityType: 'child', entityId: (input) => input.childId },
  }),
  'exchange:receivedReports': handler('exchange:receivedReports', {
    run: (ctx) => listReceivedReports(ctx.db),
    audit: null,
  }),
  'exchange:receivedReport': handler('exchange:receivedReport', {
    run: (ctx, input) => receivedReport(ctx.db, input.packageId),
    audit: { entityType: 'exchangePackage', entityId: (input) => `report:${input.packageId}` },
  }),
  'exchange:saveReceivedFile': handler('exchange:saveReceivedFile', {
    run: (ctx, input) => saveReceivedFile(ctx.service, input),
    audit: { entityType: 'exchangePackage', entityId: (input) => `handBack:${input.packageId}` },
  }),
  'exchange:makeConsentChange': handler('exchange:makeConsentChange', {
    run: (ctx, input) => makeConsentChange(ctx.service, input),
    audit: { entityType: 'exchangePackage', entityId: packageEntity('consentChange') },
  }),
};
