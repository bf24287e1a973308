// The child form's values (plain strings and booleans, as typed) and the
// conversion to and from the contract's input.
import type { Child, ChildInput } from '../../../../shared/ipc/children';
import type {
  EstimatedAgeBand,
  Gender,
  IdentityKind,
  PlacementBasis,
  Representative,
} from '../../../../shared/support-groups/vocabulary';

export interface GuardianValues {
  id?: number;
  name: string;
  phone: string;
  email: string;
  hasCustody: boolean;
  /** '' for a parent; god man or särskilt förordnad vårdnadshavare. */
  representative: Representative | '';
}

export interface AddressValues {
  street: string;
  postalCode: string;
  city: string;
}

export interface ChildFormValues {
  name: string;
  nameIsAlias: boolean;
  identityKind: IdentityKind;
  identityNumber: string;
  birthDate: string;
  birthYear: string;
  /** '' when not chosen; only used when neither a birth date nor a year is known. */
  ageBand: EstimatedAgeBand | '';
  gender: Gender;
  homeMunicipality: string;
  district: string;
  placementBasis: PlacementBasis;
  protectedIdentity: boolean;
  address: AddressValues;
  phone: string;
  email: string;
  fosterHome: { name: string; phone: string; email: string; address: AddressValues };
  guardians: GuardianValues[];
  caseworker: { name: string; unit: string; phone: string; email: string };
}

const emptyAddress = (): AddressValues => ({ street: '', postalCode: '', city: '' });

export const emptyGuardian = (): GuardianValues => ({
  name: '',
  phone: '',
  email: '',
  hasCustody: true,
  representative: '',
});

export function emptyChildValues(): ChildFormValues {
  return {
    name: '',
    nameIsAlias: false,
    identityKind: 'personnummer',
    identityNumber: '',
    birthDate: '',
    birthYear: '',
    ageBand: '',
    gender: 'girl',
    homeMunicipality: '',
    district: '',
    placementBasis: 'SoL',
    protectedIdentity: false,
    address: emptyAddress(),
    phone: '',
    email: '',
    fosterHome: { name: '', phone: '', email: '', address: emptyAddress() },
    guardians: [emptyGuardian()],
    caseworker: { name: '', unit: '', phone: '', email: '' },
  };
}

/**
 * Values for editing a saved child. Protected details come from an explicit
 * reveal; without it the form keeps them out of sight and out of the save.
 */
export function childValues(
  child: Child,
  revealed: ChildFormValues['fosterHome'] | null = null,
): ChildFormValues {
  const details = child.contact.masked ? null : child.contact.details;
  return {
    name: child.name,
    nameIsAlias: child.nameIsAlias,
    identityKind: child.identityKind,
    identityNumber: child.identityNumber ?? '',
    birthDate: child.identityKind === 'none' ? (child.birthDate ?? '') : '',
    birthYear:
      child.identityKind === 'none' && !child.birthDate && child.birthYear ? String(child.birthYear) : '',
    ageBand: child.ageBand ?? '',
    gender: child.gender,
    homeMunicipality: child.homeMunicipality,
    district: child.district,
    placementBasis: child.placementBasis,
    protectedIdentity: child.protectedIdentity,
    address: details ? { ...details.address } : emptyAddress(),
    phone: details?.phone ?? '',
    email: details?.email ?? '',
    fosterHome: details
      ? { ...details.fosterHome, address: { ...details.fosterHome.address } }
      : (revealed ?? { name: '', phone: '', email: '', address: emptyAddress() }),
    guardians: child.guardians.map((g) => ({
      id: g.id,
      name: g.name,
      phone: g.phone,
      email: g.email,
      hasCustody: g.hasCustody,
      representative: g.representative ?? '',
    })),
    caseworker: { ...child.caseworker },
  };
}

export function toChildInput(values: ChildFormValues): ChildInput {
  const year = values.birthYear.trim();
  return {
    name: values.name,
    nameIsAlias: values.nameIsAlias,
    identityKind: values.identityKind,
    identityNumber: values.identityKind === 'none' ? '' : values.identityNumber,
    birthDate:
      values.identityKind === 'none' && values.birthDate.trim() !== '' ? values.birthDate.trim() : null,
    birthYear:
      values.identityKind === 'none' && values.birthDate.trim() === '' && year !== '' ? Number(year) : null,
    ageBand:
      values.identityKind === 'none' && values.birthDate.trim() === '' && year === '' && values.ageBand !== ''
        ? values.ageBand
        : null,
    gender: values.gender,
    homeMunicipality: values.homeMunicipality,
    district: values.district,
    placementBasis: values.placementBasis,
    protectedIdentity: values.protectedIdentity,
    address: values.address,
    phone: values.phone,
    email: values.email,
    fosterHome: values.fosterHome,
    guardians: values.guardians.map((g) => ({
      ...(g.id === undefined ? {} : { id: g.id }),
      name: g.name,
      phone: g.phone,
      email: g.email,
      hasCustody: g.hasCustody,
      representative: g.representative === '' ? null : g.representative,
    })),
    caseworker: values.caseworker,
  };
}

/** What the child form keeps as its draft (issue 11). */
export interface ChildDraft {
  values: ChildFormValues;
  hiddenKept: boolean;
}

/**
 * The form's own values as its draft. While a protected child's details are
 * kept out of sight (not revealed), the draft holds none of them: the
 * contact fields and the foster home go in blank, as the form shows them.
 */
export function childDraft(values: ChildFormValues, hiddenKept: boolean): ChildDraft {
  if (!hiddenKept) return { values, hiddenKept };
  return {
    values: {
      ...values,
      address: emptyAddress(),
      phone: '',
      email: '',
      fosterHome: { name: '', phone: '', email: '', address: emptyAddress() },
    },
    hiddenKept,
  };
}
