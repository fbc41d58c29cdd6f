import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { FindResponse } from '@wangge/geodata';
import { getJson, isAbort } from '../api/client.ts';
import { useT } from '../i18n/lang.ts';
import { searchOptions, type SearchOption } from '../search/find-hits.ts';
import { searchGrids } from '../search/grid-search.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';

/** A combobox over the grids (code, name, unit), people in post and places; choosing one flies there and opens its panel. */
export function SearchBox() {
  const t = useT();
  const listId = useId();
  const grids = useData((s) => s.grids);
  const select = useView((s) => s.select);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const props = useMemo(() => grids?.features.map((f) => f.properties) ?? [], [grids]);
  const gridHits = useMemo(() => searchGrids(props, query), [props, query]);
  const [found, setFound] = useState<FindResponse | null>(null);
  useEffect(() => {
    setFound(null);
    if (query.trim().length < 2) return;
    const asking = new AbortController();
    // a pause in typing before asking the server for people and places
    const timer = setTimeout(() => {
      getJson<FindResponse>(`/api/find?${new URLSearchParams({ q: query.trim() })}`, asking.signal).then(setFound, (err: unknown) => {
        if (!isAbort(err)) setFound(null);
      });
    }, 250);
    return () => {
      clearTimeout(timer);
      asking.abort();
    };
  }, [query]);
  const hits = useMemo(() => searchOptions(gridHits, found), [gridHits, found]);
  const showList = open && query.trim() !== '';

  const choose = (option: SearchOption) => {
    if (option.kind === 'grid') select({ grid: option.hit.id, at: null }, { fly: true });
    else if (option.kind === 'person') select({ grid: option.person.gridId, at: null }, { fly: true });
    else select({ grid: null, at: option.place.center }, { fly: true });
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <span className="search-icon" aria-hidden="true" />
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label={t('search.label')}>
          {hits.length === 0 && <li className="search-empty">{t('search.none')}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list before a click lands
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {hit.kind === 'grid' && (
                <>
                  <span className="hit-name">{hit.hit.name}</span>
                  <span className="hit-code">{hit.hit.code}</span>
                  <span className="hit-meta">{hit.hit.matchedUnit ? t('search.byUnit', { unit: hit.hit.matchedUnit }) : hit.hit.communityName}</span>
                </>
              )}
              {hit.kind === 'person' && (
                <>
                  <span className="hit-name">{hit.person.name}</span>
                  <span className="hit-code">{hit.person.phone}</span>
                  <span className="hit-meta">{t(hit.person.role === 'manager' ? 'search.personManager' : 'search.personSupervisor', { grid: hit.person.gridName })}</span>
                </>
              )}
              {hit.kind === 'place' && (
                <>
                  <span className="hit-name">{hit.place.name}</span>
                  <span className="hit-meta">{t('search.place')}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
