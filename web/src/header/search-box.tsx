import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/lang.ts';
import { searchGrids, type SearchHit } from '../search/grid-search.ts';
import { useData } from '../state/data.store.ts';
import { useView } from '../state/view.store.ts';

/** A combobox over the grids (code, name, unit); choosing one flies there and opens its panel. */
export function SearchBox() {
  const t = useT();
  const listId = useId();
  const grids = useData((s) => s.grids);
  const select = useView((s) => s.select);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const props = useMemo(() => grids?.features.map((f) => f.properties) ?? [], [grids]);
  const hits = useMemo(() => searchGrids(props, query), [props, query]);
  const showList = open && query.trim() !== '';

  const choose = (hit: SearchHit) => {
    select({ grid: hit.id, at: null }, { fly: true });
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
              key={hit.id}
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
              <span className="hit-name">{hit.name}</span>
              <span className="hit-code">{hit.code}</span>
              <span className="hit-meta">{hit.matchedUnit ? t('search.byUnit', { unit: hit.matchedUnit }) : hit.communityName}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
