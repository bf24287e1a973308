// English texts for the partner exchange (Swedish in exchange-sv.ts).
import type { exchangeSv } from './exchange-sv';

export const exchangeEn: Record<keyof typeof exchangeSv, string> = {
  'exchange.noIdentity': 'This installation has no exchange identity yet. An admin creates it under Administration → Partner exchange.',
  'exchange.identityExists': 'This installation already has an exchange identity. Rotate the keys instead if they need replacing.',
  'exchange.notCard': 'The file is not a valid contact card, or its signature does not match. Nothing was changed.',
  'exchange.ownCard': "This is this installation's own contact card. Import the partner's card.",
  'exchange.cardKnown': 'The contact card is already imported. Nothing was changed.',
  'exchange.fingerprintMismatch':
    'The fingerprint does not match the card. Do not trust the card: call the partner on a known number and compare again.',
  'exchange.partnerNotVerified':
    "The partner's fingerprint has not been compared yet. An admin compares it with the partner by phone before packages can be received or made. Nothing was changed.",
  'exchange.partnerDisabled': 'The partner is disabled. No packages are received from or made for it. Nothing was changed.',
  'exchange.unknownSender':
    "The package comes from a sender that is not in the partner register. Nothing was changed. Ask an admin to import the sender's contact card first.",
  'exchange.badSignature': "The package's signature does not match the sender's key. It may be forged. Nothing was changed.",
  'exchange.notForUs': 'The package is not addressed to this installation and cannot be opened here. Nothing was changed.',
  'exchange.expired': 'The package has expired and cannot be imported. Ask the sender to make a new one. Nothing was changed.',
  'exchange.alreadyImported': 'The package has already been imported. Nothing was changed.',
  'exchange.damaged':
    'The file is damaged, cut short or changed after it was made, and cannot be opened. Ask the sender to send it again. Nothing was changed.',
  'exchange.tooLarge': 'The file is larger than 100 MB and is not opened. Nothing was changed.',
  'exchange.wrongKindForRole':
    'Your role may not import this kind of package. A coordinator imports referrals and consent changes; a caseworker imports registration notices. Nothing was changed.',
  'exchange.unknownProgramme':
    'The referral is for a programme that does not exist here ({programme}). Choose the programme and import again. Nothing was changed.',
  'exchange.referralNeedsConsent':
    'Referral number {number} cannot be made: the consent to share details is missing from whoever must consent. Under LVU, and for a person of 18 who consented themselves, no custodian consent is needed.',
  'exchange.referralNeedsBirthYear': "Referral number {number} cannot be made: the child's birth year is missing.",
  'exchange.fileUnavailable': 'The file could not be read. Check that it exists and try again.',
  'exchange.writeFailed': 'The file could not be saved in the chosen folder. Nothing was changed. Choose another folder.',
  'exchange.unknownSubject': 'The package concerns a child not referred through this partner. Nothing was changed.',
  'exchange.notAnswered': 'The receipt is for a package that was not sent from here to this partner. Nothing was changed.',
  'exchange.notReferredByPartner': 'The child was not referred through this partner.',
};
