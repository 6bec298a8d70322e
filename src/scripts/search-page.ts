/**
 * The search page's one script: reads the state from the URL, asks Pagefind
 * (loaded from this site, only here) and draws filters and results. Strings
 * come from `ui`, text logic from `src/lib`; this file only touches the DOM.
 */
import { ui } from '../lib/site/ui';
import { formatNumber } from '../lib/site/format';
import { searchFilters, type SearchFilter } from '../lib/search/facets';
import { choicesPath, type ChoicesSummary } from '../lib/search/choices';
import { fromIndexText, rankResults } from '../lib/search/text';
import { hasFilters, pagefindArgs, preloadTerm, readState, writeState, type SearchState, type SortOrder } from '../lib/search/state';
import { bestBetsPath, matchBestBets, queryNumberKey, shardPath, type BestBet } from '../lib/search/best-bets';

interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: object): Promise<void>;
  search(
    term: string | null,
    options: object,
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

const PAGE_SIZE = 10;
/**
 * The typing pause before a search runs, part of what a visitor waits for
 * after the last key. Short, because searches never pile up (see `search`)
 * and the chunks of finished words are fetched while typing (`preloadTerm`).
 */
const TYPING_PAUSE_MS = 150;
const t = ui.searchPage;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function part(root: HTMLElement, name: string): HTMLElement {
  const node = root.querySelector<HTMLElement>(`[data-search-${name}]`);
  if (!node) throw new Error(`search page: missing [data-search-${name}]`);
  return node;
}

async function start(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = part(root, 'filters');
  const status = part(root, 'status');
  const list = part(root, 'results') as HTMLOListElement;
  const more = part(root, 'more') as HTMLButtonElement;
  const empty = part(root, 'empty');

  let state = readState(new URLSearchParams(location.search));
  input.value = state.query;
  // Best bets do not wait for Pagefind: the small index comes first and answers at once.
  const bets = bestBets(part(root, 'best-bets'));
  void bets.show(state.query);

  // With JavaScript on, the filters and results regions come into view (the status says what happens next).
  root.classList.add('search--ready');
  status.textContent = t.loading;
  let pagefind: Pagefind;
  let choices: ChoicesSummary;
  try {
    // Pagefind never settles when its WebAssembly is refused (a Content-Security-Policy
    // without 'wasm-unsafe-eval'), so a load that takes this long counts as failed.
    [pagefind, choices] = await Promise.race([
      Promise.all([loadPagefind(), loadChoices()]),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000)),
    ]);
  } catch {
    filtersBox.hidden = true;
    status.textContent = t.loadError;
    return;
  }

  // Open on wide screens; on a phone the results come first and the filters fold away.
  if (window.matchMedia('(min-width: 60rem)').matches || hasFilters(state) || state.sort !== 'relevance') {
    (filtersBox as HTMLDetailsElement).open = true;
  }
  const sortSelect = drawFilters(filtersBox, choices, state, () => {
    state = { ...state, filters: readChecked(filtersBox), sort: sortSelect.value as SortOrder };
    commit(false);
  });

  // Counts per filter value for the current results need Pagefind's filter
  // lists, which name every page: fetched only once a visitor turns to the filters.
  let countsWanted = false;
  filtersBox.addEventListener(
    'focusin',
    () => {
      countsWanted = true;
      void pagefind.filters().then(async () => {
        if (!state.query && !hasFilters(state)) return;
        const mine = run;
        const { term, options } = pagefindArgs(state);
        const found = await pagefind.search(term, options);
        if (found && mine === run) updateCounts(filtersBox, found.filters);
      });
    },
    { once: true },
  );

  let run = 0;
  let busy: Promise<unknown> = Promise.resolve();
  let pending: { id: string; data(): Promise<ResultData> }[] = [];
  let total = 0;

  async function showMore(first: boolean): Promise<void> {
    const batch = pending.splice(0, PAGE_SIZE);
    const mine = run;
    let data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    // Pagefind's order, refined where it falls short for Vietnamese (exact tones, phrases): see rankResults.
    if (first && state.sort === 'relevance' && state.query) {
      data = rankResults(state.query, data, (d) => ({ title: fromIndexText(d.meta['title'] ?? ''), content: fromIndexText(d.content) }));
    }
    list.append(...data.map(drawResult));
    more.hidden = pending.length === 0;
    const shown = list.children.length;
    status.textContent =
      t.found(formatNumber(total), state.query) + (pending.length ? ` ${t.shown(formatNumber(shown), formatNumber(total))}` : '');
  }

  async function search(): Promise<void> {
    const mine = ++run;
    void bets.show(state.query);
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    if (!state.query && !hasFilters(state)) {
      status.textContent = t.prompt;
      return;
    }
    status.textContent = t.loading;
    // One search at a time: on a large site a search of common words keeps Pagefind's
    // worker busy for a while, and queued searches for half-typed words would make the
    // last one wait for all of them. A newer search overtakes every waiting one.
    await busy;
    if (mine !== run) return;
    const { term, options } = pagefindArgs(state);
    const searching = pagefind.search(term, options);
    busy = searching.catch(() => null);
    const found = await searching;
    if (mine !== run || !found) return;
    pending = [...found.results];
    total = pending.length;
    updateCounts(filtersBox, found.filters, countsWanted);
    if (total === 0) {
      empty.hidden = false;
      status.textContent = t.noResults(state.query);
      return;
    }
    await showMore(true);
  }

  function commit(push: boolean): void {
    const query = writeState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A submit settles the query; a search still waiting on the typing pause would only repeat it.
    clearTimeout(typing);
    state = { ...state, query: input.value.normalize('NFC').replace(/\s+/g, ' ').trim() };
    commit(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const ahead = preloadTerm(input.value);
    if (ahead) void pagefind.preload(ahead, pagefindArgs(state).options);
    typing = setTimeout(() => {
      state = { ...state, query: input.value.normalize('NFC').replace(/\s+/g, ' ').trim() };
      commit(false);
    }, TYPING_PAUSE_MS);
  });
  more.addEventListener('click', () => {
    const next = list.children.length;
    void showMore(false).then(() => (list.children[next]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  part(root, 'clear').addEventListener('click', () => {
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    state = { ...state, filters: readChecked(filtersBox) };
    commit(false);
  });
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    input.value = state.query;
    setChecked(filtersBox, state);
    sortSelect.value = state.sort;
    void search();
  });

  await search();
}

async function loadPagefind(): Promise<Pagefind> {
  // A URL built at run time, so the bundler leaves Pagefind's own file to load from /pagefind/.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 26 });
  await pagefind.init();
  // An empty search settles only once the WebAssembly runs, and fetches nothing more,
  // so a refused WebAssembly shows here as a load that never ends.
  await pagefind.search('', {});
  return pagefind;
}

async function loadChoices(): Promise<ChoicesSummary> {
  const response = await fetch(`/${choicesPath.summary}`);
  if (!response.ok) throw new Error(`search choices: ${response.status}`);
  return (await response.json()) as ChoicesSummary;
}

function drawFilters(box: HTMLElement, choices: ChoicesSummary, state: SearchState, onChange: () => void): HTMLSelectElement {
  const groups = part(box, 'filter-groups');
  for (const name of searchFilters) {
    const { total, values } = choices[name] ?? { total: 0 };
    if (!total) continue;
    const fieldset = el('fieldset', { className: 'search-filter' }, el('legend', {}, t.filters[name]));
    const options = el('div', { className: 'search-filter__options' });
    const add = (value: string, count: number | undefined, checked: boolean) => {
      const id = `loc-${name}-${options.children.length}`;
      const box = el('input', { type: 'checkbox', id, name, value, checked });
      box.addEventListener('change', onChange);
      const countText = count === undefined ? '' : ` (${formatNumber(count)})`;
      options.append(el('div', { className: 'search-filter__option' }, box, el('label', { htmlFor: id }, value, el('span', { className: 'search-filter__count' }, countText))));
    };
    if (values) {
      for (const c of values) add(c.value, c.count, state.filters[name].includes(c.value));
      fieldset.append(options);
    } else {
      // Thousands of places do not fit as checkboxes: the visitor types, the browser suggests, a chosen name becomes a checkbox.
      for (const value of state.filters[name]) add(value, undefined, true);
      fieldset.append(options, drawPicker(name, total, (value) => {
        const known = [...options.querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === value);
        if (known) known.checked = true;
        else add(value, undefined, true);
        onChange();
      }));
    }
    groups.append(fieldset);
  }
  const select = part(box, 'sort') as HTMLSelectElement;
  select.value = state.sort;
  select.addEventListener('change', onChange);
  return select;
}

/** A text field that suggests the filter's values (fetched on first use) and hands back a value it knows. */
function drawPicker(name: SearchFilter, total: number, onPick: (value: string) => void): HTMLElement {
  const id = `pick-${name}`;
  const list = el('datalist', { id: `${id}-list` });
  const input = el('input', { type: 'text', id, autocomplete: 'off', className: 'search-filter__pick' });
  input.setAttribute('list', list.id);
  let known: Promise<Set<string>> | undefined;
  const load = () =>
    (known ??= fetch(`/${choicesPath.list(name)}`)
      .then((r) => r.json() as Promise<string[]>)
      .then((names) => {
        list.append(...names.map((value) => el('option', { value })));
        return new Set(names);
      }));
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('change', async () => {
    const value = input.value.normalize('NFC').trim();
    if (!value) return;
    if ((await load()).has(value)) {
      input.value = '';
      input.setCustomValidity('');
      onPick(value);
    } else {
      input.setCustomValidity(t.pickUnknown(value));
      input.reportValidity();
    }
  });
  input.addEventListener('input', () => input.setCustomValidity(''));
  return el('div', { className: 'search-filter__picker' }, el('label', { htmlFor: id }, t.pick(formatNumber(total))), input, list);
}

function readChecked(box: HTMLElement): Record<SearchFilter, string[]> {
  const filters = { type: [], locality: [], year: [], title: [] } as Record<SearchFilter, string[]>;
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) filters[input.name as SearchFilter].push(input.value);
  return filters;
}

function setChecked(box: HTMLElement, state: SearchState): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    input.checked = state.filters[input.name as SearchFilter]?.includes(input.value) ?? false;
  }
}

/**
 * How many results each filter value would leave, shown beside it. Pagefind
 * counts only the filters whose lists it has fetched; until the visitor turns
 * to the filters (`known` false) the others stay blank rather than show 0.
 */
function updateCounts(box: HTMLElement, counts: Record<string, Record<string, number>>, known = true): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (!known && !Object.keys(counts[input.name] ?? {}).length) {
      const label = input.nextElementSibling?.querySelector('.search-filter__count');
      if (label) label.textContent = '';
      continue;
    }
    const raw = Object.keys(counts[input.name] ?? {}).find((k) => fromIndexText(k) === input.value);
    const n = raw === undefined ? 0 : (counts[input.name]?.[raw] ?? 0);
    const label = input.nextElementSibling?.querySelector('.search-filter__count');
    if (label) label.textContent = ` (${formatNumber(n)})`;
  }
}

/** Pagefind's excerpt is HTML with <mark> around matches; keep the marks, treat everything else as text. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${fromIndexText(html)}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) =>
    node.nodeName === 'MARK' ? el('mark', {}, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

function drawResult(data: ResultData): HTMLLIElement {
  const title = fromIndexText(data.meta['title'] ?? data.url);
  const meta = [data.meta['type'], data.meta['date']].filter(Boolean).map((s) => fromIndexText(s!));
  const item = el('li', { className: 'search-result' }, el('h2', { className: 'search-result__title' }, el('a', { href: data.url }, title)));
  if (meta.length) item.append(el('p', { className: 'search-result__meta' }, meta.join(' · ')));
  if (data.meta['summary']) item.append(el('p', { className: 'search-result__summary' }, fromIndexText(data.meta['summary'])));
  item.append(el('p', { className: 'search-result__excerpt' }, ...excerptNodes(data.excerpt)));
  return item;
}

/** The best-bets box above the results: the pages the query most likely wants (src/lib/search/best-bets.ts). */
function bestBets(box: HTMLElement): { show(query: string): Promise<void> } {
  const list = box.querySelector('ul')!;
  const fetchBets = (path: string): Promise<BestBet[]> =>
    fetch(`/${path}`)
      .then((r) => (r.ok ? (r.json() as Promise<BestBet[]>) : []))
      .catch(() => []);
  const index = fetchBets(bestBetsPath);
  const numbers = new Map<string, Promise<BestBet[]>>();
  let latest = 0;
  return {
    async show(query) {
      const mine = ++latest;
      const key = queryNumberKey(query);
      if (key && !numbers.has(key)) numbers.set(key, fetchBets(shardPath(key)));
      const [all, plans] = await Promise.all([index, key ? numbers.get(key)! : []]);
      if (mine !== latest) return;
      const found = query ? matchBestBets(query, [...plans, ...all]) : [];
      // The same bets again (the search that follows the first match) leave the list as it is, without a flicker.
      const shown = found.map((b) => b.url).join(' ');
      if (shown === list.dataset.shown) return;
      list.dataset.shown = shown;
      list.replaceChildren(
        ...found.map((b) =>
          el('li', { className: 'best-bet' }, el('a', { href: b.url }, b.title), el('span', { className: 'best-bet__kind' }, ` · ${b.kind}`)),
        ),
      );
      box.hidden = found.length === 0;
    },
  };
}
