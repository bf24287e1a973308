// Choose organisations from the register by searching it in main as the user
// types: the first few matches by name (of the kinds asked for), never the
// whole register (5,000 organisations at ten times a municipality). Answers
// overtaken by a later keystroke are dropped. One organisation (Select) or
// several (MultiSelect).
import { MultiSelect, Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import type { OrganisationKind } from '../../../../shared/organisations/kinds';
import { appErrorOf } from '../../data/api-failure';
import { useApiQuery } from '../../data/use-api-query';
import { searchWaitMs } from '../../components/search-wait';
import { useMessage, useT } from '../../i18n/use-t';

/** How many matches the picker shows. */
const pickLimit = 50;

interface Common {
  label: string;
  /** Only these kinds (default: every kind). */
  kinds?: readonly OrganisationKind[];
  /** Not offered (e.g. the parties already added). */
  exclude?: readonly number[];
  error?: string | undefined;
  required?: boolean;
  w?: number;
}

type Props = Common &
  (
    | {
        multiple?: false;
        value: OrganisationSummary | null;
        onChange(organisation: OrganisationSummary | null): void;
      }
    | { multiple: true; value: OrganisationSummary[]; onChange(organisations: OrganisationSummary[]): void }
  );

const optionLabel = (o: OrganisationSummary) => `${o.name} (${o.orgNumber})`;
/** Main has already searched: its matches are shown as they are. */
const asAnswered: OptionsFilter<string> = ({ options }) => options;

export function OrganisationPicker(props: Props) {
  const { label, kinds, exclude, error, required, w } = props;
  const t = useT();
  const text = useMessage();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, searchWaitMs);
  const chosen = useMemo(
    () => (props.multiple ? props.value : props.value ? [props.value] : []),
    [props.multiple, props.value],
  );
  const kindsKey = (kinds ?? []).join(',');

  // A single choice's label stays in the field: then search by its name.
  const single = !props.multiple ? props.value : null;
  const query = single && debounced === optionLabel(single) ? single.name : debounced;
  const wanted = kindsKey === '' ? [] : (kindsKey.split(',') as OrganisationKind[]);
  const results = useApiQuery(
    'organisations:list',
    { query, limit: pickLimit, kinds: wanted },
    { keepPrevious: true },
  );
  const failure = appErrorOf(results.error);
  const found = useMemo<OrganisationSummary[]>(() => results.data ?? [], [results.data]);

  // The chosen ones stay among the options, so the field can show them.
  const options = useMemo(() => {
    const excluded = new Set(exclude);
    const shown = found.filter((o) => !excluded.has(o.id) && !chosen.some((c) => c.id === o.id));
    return [...chosen, ...shown];
  }, [found, exclude, chosen]);
  const byId = (id: string) => options.find((o) => String(o.id) === id);

  const shared = {
    label,
    description: t('editor.pickHint'),
    data: options.map((o) => ({ value: String(o.id), label: optionLabel(o) })),
    searchable: true,
    searchValue: search,
    onSearchChange: setSearch,
    filter: asAnswered,
    nothingFoundMessage: t('editor.pickNothing'),
    error: error ?? (failure ? text(failure.code) : undefined),
    required,
    w,
  };

  if (props.multiple) {
    const { onChange } = props;
    return (
      <MultiSelect
        {...shared}
        value={chosen.map((o) => String(o.id))}
        onChange={(ids) => onChange(ids.map(byId).filter((o) => o !== undefined))}
      />
    );
  }
  const { onChange } = props;
  return (
    <Select
      {...shared}
      value={single ? String(single.id) : null}
      onChange={(id) => onChange(id === null ? null : (byId(id) ?? null))}
      clearable
    />
  );
}
