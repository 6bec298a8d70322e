/**
 * The evaluation tool's entry: reads the criteria sets, opens the device
 * store, asks the browser to keep it, registers the service worker that
 * keeps the tool working offline, and draws the screen named by the address
 * (`#/ho-so/<id>`, `#/tham-dinh`, `#/tong-hop`, `#/kiem-dem`).
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Store, ToolDb } from '../../lib/dossier/store';
import { dossierSets, knownSetsOf, type ToolCriteriaFile } from '../../lib/dossier/criteria-data';
import { toolUi } from '../../lib/dossier/ui';
import { Ctx, type ToolContext } from './context';
import { Home } from './home';
import { DossierScreen } from './dossier';
import { DocumentsScreen } from './documents';
import { ReviewList, ReviewScreen } from './review';
import { SummaryScreen } from './summary';
import { TallyScreen } from './tally';
import './tool.css';
import { z } from 'astro/zod';

// zod probes `new Function` to speed up parsing; the site's CSP forbids eval, so it must not even try.
z.config({ jitless: true });

const t = toolUi.app;

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => {
      setHash(location.hash);
      document.getElementById('cong-cu')?.scrollIntoView();
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return hash;
}

function App({ criteria, store }: { criteria: ToolCriteriaFile; store: Store }) {
  const hash = useHash();
  const [tick, setTick] = useState(0);
  const ctx: ToolContext = useMemo(
    () => ({
      store,
      criteria,
      sets: new Map(criteria.sets.map((s) => [s.id, s])),
      known: knownSetsOf(criteria),
      refresh: () => setTick((n) => n + 1),
      go: (h: string) => {
        location.hash = h;
      },
    }),
    [store, criteria],
  );
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  let screen;
  if (parts[0] === 'ho-so' && parts[1] && parts[2] === 'van-ban') screen = <DocumentsScreen id={parts[1]} />;
  else if (parts[0] === 'ho-so' && parts[1]) screen = <DossierScreen key={parts[1]} id={parts[1]} />;
  else if (parts[0] === 'tham-dinh' && parts[1]) screen = <ReviewScreen key={parts[1]} id={parts[1]} />;
  else if (parts[0] === 'tham-dinh') screen = <ReviewList />;
  else if (parts[0] === 'tong-hop') screen = <SummaryScreen />;
  else if (parts[0] === 'kiem-dem') screen = <TallyScreen />;
  else screen = <Home tick={tick} />;
  const current = parts[0] ?? '';
  const nav: [string, string][] = [
    ['#/', t.nav.dossiers],
    ['#/tham-dinh', t.nav.review],
    ['#/tong-hop', t.nav.summary],
    ['#/kiem-dem', t.nav.tally],
  ];
  return (
    <Ctx.Provider value={ctx}>
      <nav class="tool-nav" aria-label={t.navLabel}>
        <ul>
          {nav.map(([href, label]) => {
            const here = href === '#/' ? current === '' || current === 'ho-so' : href === `#/${current}`;
            return (
              <li>
                <a href={href} aria-current={here ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {screen}
    </Ctx.Provider>
  );
}

async function start(): Promise<void> {
  const root = document.getElementById('cong-cu');
  if (!root) return;
  try {
    const criteria = (await (await fetch(root.dataset.criteria!)).json()) as ToolCriteriaFile;
    if (dossierSets(criteria).length === 0) throw new Error('no sets');
    const store = new Store(new ToolDb());
    await store.db.open();
    root.textContent = '';
    render(<App criteria={criteria} store={store} />, root);
  } catch {
    root.textContent = '';
    const p = document.createElement('p');
    p.className = 'note';
    p.textContent = t.startError;
    root.append(p);
  }
  if ('serviceWorker' in navigator && root.dataset.sw) {
    navigator.serviceWorker.register(root.dataset.sw, { scope: '/tu-danh-gia/' }).catch(() => {
      // Offline use is a bonus: the tool works online without it.
    });
  }
}

void start();
