// Choose an organisation from the register by searching it in main as the
// user types: the first few matches by name, never the whole register (5,000
// organisations at ten times a municipality). Answers overtaken by a later
// keystroke are dropped.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import { call } from '../../api/client';
import { searchWaitMs } from '../../components/search-wait';
import { useMessage, useT } from '../../i18n/use-t';

/** How many matches the picker shows. */
const pickLimit = 50;

interface Props {
  label: string;
  value: OrganisationSummary | null;
  onChange(organisation: OrganisationSummary | null): void;
  /** Not offered (e.g. the parties already added). */
  exclude?: readonly number[];
  w?: number;
}

const optionLabel = (o: OrganisationSummary) => `${o.name} (${o.orgNumber})`;

export function OrganisationPicker({ label, value, onChange, exclude = [], w }: Props) {
  const t = useT();
  const text = useMessage();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, searchWaitMs);
  const [found, setFound] = useState<OrganisationSummary[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const request = useRef(0);

  // The chosen one's label is in the field; search with it as typed otherwise.
  const query = value && debounced === optionLabel(value) ? value.name : debounced;
  useEffect(() => {
    const mine = ++request.current;
    void call((api) => api.organisations.list({ query, limit: pickLimit })).then((result) => {
      if (mine !== request.current) return;
      if (result.ok) {
        setFound(result.value);
        setError(null);
      } else setError(result.error);
    });
  }, [query]);

  const options = useMemo(() => {
    const excluded = new Set(exclude);
    const shown = found.filter((o) => !excluded.has(o.id));
    if (value && !shown.some((o) => o.id === value.id)) shown.unshift(value);
    return shown;
  }, [found, exclude, value]);

  return (
    <Select
      label={label}
      description={t('editor.pickHint')}
      data={options.map((o) => ({ value: String(o.id), label: optionLabel(o) }))}
      value={value ? String(value.id) : null}
      onChange={(id) => onChange(options.find((o) => String(o.id) === id) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // Main has already searched; show its matches as they are.
      filter={({ options: all }) => all}
      nothingFoundMessage={t('editor.pickNothing')}
      error={error ? text(error.code) : undefined}
      clearable
      w={w}
    />
  );
}
