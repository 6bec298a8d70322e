/**
 * The search page's one script: reads the state from the URL, asks Pagefind
 * (loaded from this site, only here) and draws filters and results. Strings
 * come from `ui`, text logic from `src/lib`; this file only touches the DOM.
 */
import { ui } from '../lib/ui';
import { formatNumber } from '../lib/format';
import { searchFilters, type SearchFilter } from '../lib/search-facets';
import { fromIndexText, rankResults } from '../lib/search-text';
import { hasFilters, pagefindArgs, readState, writeState, type SearchState, type SortOrder } from '../lib/search-state';

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
  search(
    term: string | null,
    options: object,
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

const PAGE_SIZE = 10;
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

  // With JavaScript on, the filters and results regions come into view (the status says what happens next).
  root.classList.add('search--ready');
  status.textContent = t.loading;
  let pagefind: Pagefind;
  let allFilters: Record<string, Record<string, number>>;
  try {
    // Pagefind never settles when its WebAssembly is refused (a Content-Security-Policy
    // without 'wasm-unsafe-eval'), so a load that takes this long counts as failed.
    [pagefind, allFilters] = await Promise.race([
      loadPagefind(),
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
  const sortSelect = drawFilters(filtersBox, allFilters, state, () => {
    state = { ...state, filters: readChecked(filtersBox), sort: sortSelect.value as SortOrder };
    commit(false);
  });

  let run = 0;
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
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    if (!state.query && !hasFilters(state)) {
      status.textContent = t.prompt;
      return;
    }
    status.textContent = t.loading;
    const { term, options } = pagefindArgs(state);
    const found = await pagefind.search(term, options);
    if (mine !== run || !found) return;
    pending = [...found.results];
    total = pending.length;
    updateCounts(filtersBox, found.filters);
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
    typing = setTimeout(() => {
      state = { ...state, query: input.value.normalize('NFC').replace(/\s+/g, ' ').trim() };
      commit(false);
    }, 350);
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

async function loadPagefind(): Promise<[Pagefind, Record<string, Record<string, number>>]> {
  // A URL built at run time, so the bundler leaves Pagefind's own file to load from /pagefind/.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 26 });
  await pagefind.init();
  return [pagefind, await pagefind.filters()];
}

function drawFilters(box: HTMLElement, all: Record<string, Record<string, number>>, state: SearchState, onChange: () => void): HTMLSelectElement {
  const groups = part(box, 'filter-groups');
  for (const name of searchFilters) {
    const values = Object.keys(all[name] ?? {}).map((raw) => fromIndexText(raw));
    if (!values.length) continue;
    values.sort((a, b) => (name === 'year' ? Number(b) - Number(a) : a.localeCompare(b, 'vi')));
    const fieldset = el('fieldset', { className: 'search-filter' }, el('legend', {}, t.filters[name]));
    values.forEach((value, i) => {
      const id = `loc-${name}-${i}`;
      const box = el('input', { type: 'checkbox', id, name, value, checked: state.filters[name].includes(value) });
      box.addEventListener('change', onChange);
      fieldset.append(el('div', { className: 'search-filter__option' }, box, el('label', { htmlFor: id }, value, el('span', { className: 'search-filter__count' }))));
    });
    groups.append(fieldset);
  }
  const select = part(box, 'sort') as HTMLSelectElement;
  select.value = state.sort;
  select.addEventListener('change', onChange);
  return select;
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

/** How many results each filter value would leave, shown beside it. */
function updateCounts(box: HTMLElement, counts: Record<string, Record<string, number>>): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
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
