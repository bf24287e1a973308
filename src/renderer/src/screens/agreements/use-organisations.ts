// The organisation register for choosing parties (writers always may read it).
import { useEffect } from 'react';
import { useOrganisationsStore } from '../../stores/organisations-store';

export function useRegister() {
  const items = useOrganisationsStore((s) => s.items);
  const loadedQuery = useOrganisationsStore((s) => s.loadedQuery);
  const load = useOrganisationsStore((s) => s.load);
  const error = useOrganisationsStore((s) => s.listError);
  useEffect(() => {
    // The register screen may have left a search behind; parties are chosen from all.
    if (loadedQuery !== '') void load('');
  }, [loadedQuery, load]);
  return { organisations: loadedQuery === '' ? items : [], error };
}
