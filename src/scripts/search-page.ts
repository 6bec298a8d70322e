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
import type { SearchScope } from '../lib/search/scopes';
import { addCounts, loadScopes, scopeInstance, scopeOrder } from './search-scopes';
import { blockSize, keysFor, markWords, matchQuick, quickPaths, type QuickItem, type QuickManifest, type QuickWords } from '../lib/search/quick';
import { bestBetsPath, matchBestBets, queryNumberKey, shardPath, type BestBet } from '../lib/search/best-bets';

interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
type Found = { results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> };
interface Pagefind {
  createInstance(options: Record<string, unknown>): unknown;
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
/**
 * The same pause where the quick index answers first (a large site): its
 * search is a few small files and no worker, so a shorter pause costs little
 * and keeps the first results within 300 ms of the last key (BENCHMARKS.md, "Scale").
 */
const QUICK_TYPING_PAUSE_MS = 60;
/**
 * After the quick index's first results for a query still being typed, how
 * long typing must rest before Pagefind's full text is loaded and searched:
 * a half-typed word then costs the small quick files only.
 */
const FULL_TEXT_PAUSE_MS = 700;
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
  let choices: ChoicesSummary;
  let scopes: SearchScope[];
  let quick: Quick | undefined;
  // Pagefind never settles when its WebAssembly is refused (a Content-Security-Policy
  // without 'wasm-unsafe-eval'), so a load that takes this long counts as failed.
  let pagefindLoad: Promise<Pagefind> | undefined;
  let pagefindReady: Pagefind | undefined;
  const getPagefind = (): Promise<Pagefind> =>
    (pagefindLoad ??= withTimeout(loadPagefind()).then((p) => (pagefindReady = p)));
  try {
    [choices, scopes, quick] = await withTimeout(Promise.all([loadChoices(), loadScopes(), loadQuick()]));
    // With a quick index (a large site) Pagefind loads only once a search needs it; otherwise at once, as it always did.
    if (!quick) await getPagefind();
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
      void getPagefind().then((pagefind) => pagefind.filters()).then(async () => {
        if (!state.query && !hasFilters(state)) return;
        const mine = run;
        const { term, options } = pagefindArgs(state);
        // Counts over every scope searched so far, as the results shown are.
        let sum: Found['filters'] = {};
        for (const i of searched.length ? [...searched] : [0]) {
          const scope = await instance(i);
          await scope.filters();
          const found = await scope.search(term, options);
          if (!found || mine !== run) return;
          sum = addCounts(sum, found.filters);
        }
        updateCounts(filtersBox, sum);
      });
    },
    { once: true },
  );

  let run = 0;
  let busy: Promise<unknown> = Promise.resolve();
  let pending: { id: string; data(): Promise<ResultData> }[] = [];
  let total = 0;
  // On a large site the index is split by date (src/lib/search/scopes.ts): the newest
  // scope is searched first, older ones when it has nothing or the visitor asks.
  const instances: (Pagefind | undefined)[] = [];
  let later: number[] = [];
  let searched: number[] = [];
  let counts: Found['filters'] = {};
  const pagesIn = (list: number[]) => list.reduce((n, i) => n + scopes[i]!.pages, 0);
  const instance = async (i: number): Promise<Pagefind> => {
    const pagefind = await getPagefind();
    return i === 0 ? pagefind : (instances[i] ??= scopeInstance<Pagefind>(pagefind, scopes[i]!, { excerptLength: 26 }));
  };
  // Addresses already drawn: the quick index's first results, which Pagefind's results then skip.
  const shownUrls = new Set<string>();

  /** Searches one scope, one search at a time (see `search`); null when a newer search took over. */
  async function searchScope(mine: number, i: number): Promise<Found | null> {
    await busy;
    if (mine !== run) return null;
    const { term, options } = pagefindArgs(state);
    const searching = instance(i).then((scope) => scope.search(term, options));
    busy = searching.catch(() => null);
    const found = await searching;
    if (mine !== run || !found) return null;
    pending.push(...found.results);
    total += found.results.length;
    searched.push(i);
    counts = addCounts(counts, found.filters);
    return found;
  }

  async function showMore(first: boolean): Promise<void> {
    const mine = run;
    let data: ResultData[] = [];
    // Results the quick index already drew are skipped; a page of ten new ones is drawn when there are ten.
    while (data.length < PAGE_SIZE && pending.length) {
      const batch = pending.splice(0, PAGE_SIZE - data.length);
      const got = await Promise.all(batch.map((r) => r.data()));
      if (mine !== run) return;
      data.push(...got.filter((d) => !shownUrls.has(d.url)));
    }
    // Pagefind's order, refined where it falls short for Vietnamese (exact tones, phrases): see rankResults.
    if (first && state.sort === 'relevance' && state.query) {
      data = rankResults(state.query, data, (d) => ({ title: fromIndexText(d.meta['title'] ?? ''), content: fromIndexText(d.content) }));
    }
    list.append(...data.map(drawResult));
    for (const d of data) shownUrls.add(d.url);
    showStatus();
  }

  function showStatus(): void {
    more.hidden = pending.length === 0 && later.length === 0;
    // The button searches the next older scope only, so it names that scope's pages.
    more.textContent = pending.length ? t.more : t.older(formatNumber(pagesIn(later.slice(0, 1))));
    const shown = list.children.length;
    status.textContent =
      t.found(formatNumber(total), state.query) +
      (later.length ? ` ${t.inNewest(formatNumber(pagesIn(searched)))}` : '') +
      (pending.length ? ` ${t.shown(formatNumber(shown), formatNumber(total))}` : '');
  }

  /** The next older scope's results, appended after those already shown. */
  async function searchOlder(): Promise<void> {
    const mine = run;
    const next = later.shift();
    if (next === undefined) return;
    status.textContent = t.loading;
    try {
      if (!(await searchScope(mine, next))) return;
    } catch {
      status.textContent = t.loadError;
      return;
    }
    updateCounts(filtersBox, counts, countsWanted);
    await showMore(false);
  }

  async function search(typed = false): Promise<void> {
    const mine = ++run;
    void bets.show(state.query);
    list.replaceChildren();
    shownUrls.clear();
    more.hidden = true;
    empty.hidden = true;
    if (!state.query && !hasFilters(state)) {
      status.textContent = t.prompt;
      return;
    }
    status.textContent = t.loading;
    pending = [];
    total = 0;
    later = [];
    searched = [];
    counts = {};
    const order = scopeOrder(state.sort, scopes.length);
    // A plain query on a large site: first results from the titles and summaries of the newest items, without Pagefind.
    let quickCount = 0;
    if (quick && state.query && !hasFilters(state) && state.sort === 'relevance') {
      const first = await quick.search(state.query).catch(() => ({ count: 0, items: [] }));
      if (mine !== run) return;
      quickCount = first.count;
      if (quickCount) {
        list.append(...first.items.map((item) => drawQuick(item, state.query)));
        for (const item of first.items) shownUrls.add(item.url);
        status.textContent = t.quickFound(formatNumber(quickCount), state.query, formatNumber(quick.items));
      }
      // A half-typed word has no quick results of its own either: Pagefind waits until typing rests.
      while (typed && performance.now() - lastInput < FULL_TEXT_PAUSE_MS) {
        await new Promise((done) => setTimeout(done, FULL_TEXT_PAUSE_MS - (performance.now() - lastInput)));
        if (mine !== run) return;
      }
    }
    // One search at a time: on a large site a search of common words keeps Pagefind's
    // worker busy for a while, and queued searches for half-typed words would make the
    // last one wait for all of them. A newer search overtakes every waiting one.
    try {
      if (!(await searchScope(mine, order.shift()!))) return;
    } catch {
      status.textContent = t.loadError;
      return;
    }
    // Nothing among the newest: older items are searched at once rather than leaving the visitor with nothing.
    while (total === 0 && quickCount === 0 && order.length) {
      status.textContent = t.noneInNewest(formatNumber(pagesIn(searched)));
      try {
        if (!(await searchScope(mine, order.shift()!))) return;
      } catch {
        status.textContent = t.loadError;
        return;
      }
    }
    later = order;
    updateCounts(filtersBox, counts, countsWanted);
    if (total === 0 && quickCount === 0) {
      empty.hidden = false;
      status.textContent = t.noResults(state.query);
      return;
    }
    if (quickCount) {
      // The first results are drawn; Pagefind's count and the rest wait behind "more", fetching no excerpt yet.
      total = Math.max(total, list.children.length);
      showStatus();
      return;
    }
    await showMore(true);
  }

  function commit(push: boolean, typed = false): void {
    const query = writeState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search(typed);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  let lastInput = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A submit settles the query; a search still waiting on the typing pause would only repeat it.
    clearTimeout(typing);
    state = { ...state, query: input.value.normalize('NFC').replace(/\s+/g, ' ').trim() };
    commit(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    lastInput = performance.now();
    const ahead = preloadTerm(input.value);
    // Typing does not load Pagefind where the quick index answers first; once loaded, it fetches words ahead.
    if (ahead && pagefindReady) void pagefindReady.preload(ahead, pagefindArgs(state).options);
    // The quick index's files for the finished words, so only the last word's is left to fetch.
    if (ahead) quick?.preload(ahead);
    typing = setTimeout(
      () => {
        state = { ...state, query: input.value.normalize('NFC').replace(/\s+/g, ' ').trim() };
        commit(false, true);
      },
      quick ? QUICK_TYPING_PAUSE_MS : TYPING_PAUSE_MS,
    );
  });
  more.addEventListener('click', () => {
    const next = list.children.length;
    void (pending.length ? showMore(false) : searchOlder()).then(() => (list.children[next]?.querySelector('a') as HTMLElement | null)?.focus());
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

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000))]);
}

interface Quick {
  items: number;
  /** Matching items' count and the first page of them, ranked (src/lib/search/quick.ts). */
  search(query: string): Promise<{ count: number; items: QuickItem[] }>;
  /** Fetches the word files of a query's finished words ahead of its search. */
  preload(query: string): void;
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The quick index of a large site, or undefined where it is empty (a site indexed in one piece). */
async function loadQuick(): Promise<Quick | undefined> {
  let manifest: QuickManifest;
  try {
    manifest = await fetchJson<QuickManifest>(quickPaths.manifest);
  } catch {
    return undefined;
  }
  if (!manifest.items) return undefined;
  // Files fetched once per page view: a query typed word by word reuses the words it already has.
  const words = new Map<string, Promise<QuickWords>>();
  const blocks = new Map<number, Promise<QuickItem[]>>();
  const word = (key: string) => (words.get(key) ?? words.set(key, fetchJson<QuickWords>(quickPaths.words(key))).get(key))!;
  const block = (n: number) => (blocks.get(n) ?? blocks.set(n, fetchJson<QuickItem[]>(quickPaths.block(n))).get(n))!;
  return {
    items: manifest.items,
    preload(query) {
      for (const key of keysFor(query, manifest) ?? []) void word(key).catch(() => undefined);
    },
    async search(query) {
      const keys = keysFor(query, manifest);
      if (!keys) return { count: 0, items: [] };
      const files = new Map(await Promise.all(keys.map(async (k) => [k, await word(k)] as const)));
      const found = matchQuick(query, files);
      const top = found.slice(0, PAGE_SIZE);
      const size = manifest.blockSize || blockSize;
      const items = await Promise.all(top.map(async (n) => (await block(Math.floor(n / size)))[n % size]!));
      // Exact tones and phrases first, as for Pagefind's first page (rankResults).
      return { count: found.length, items: rankResults(query, items, (i) => ({ title: i.title, content: i.summary })) };
    },
  };
}

function drawQuick(item: QuickItem, query: string): HTMLLIElement {
  const meta = [item.type, item.date].filter(Boolean) as string[];
  const li = el('li', { className: 'search-result' }, el('h2', { className: 'search-result__title' }, el('a', { href: item.url }, item.title)));
  if (meta.length) li.append(el('p', { className: 'search-result__meta' }, meta.join(' · ')));
  if (item.summary) li.append(el('p', { className: 'search-result__summary' }, ...markedNodes(item.summary, query)));
  return li;
}

function markedNodes(text: string, query: string): Node[] {
  return markWords(text, query).map((part) => (part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text)));
}

async function loadPagefind(): Promise<Pagefind> {
  // A URL built at run time, so the bundler leaves Pagefind's own file to load from /pagefind/.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // The first scope searches on the page itself: it is small enough (src/lib/search/scopes.ts) to answer
  // in milliseconds, and Pagefind's worker script is 12 KB more to fetch before the first results.
  // Older, larger scopes run in the worker (see `instance`), fetched only when they are searched.
  await pagefind.options({ excerptLength: 26, noWorker: true });
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
