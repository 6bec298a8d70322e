/**
 * The self-check under the law's rule, in the browser: reads the form, asks
 * the rule engine (src/lib/criteria/rule.ts) for the verdict, shows it, keeps
 * the answers in localStorage, prints and saves them as a text file.
 */
import { evaluateLaw, type Answer, type Answers, type LawEvaluation, type LawSet, type SubjectOptions } from '../lib/criteria/rule';
import { describeLaw } from '../lib/criteria/law-view';
import { ui } from '../lib/site/ui';

interface NamedLawSet extends LawSet {
  id: string;
  name: string;
  titleName: string;
  legalSource: string;
}

interface Stored {
  options: string[];
  /** Per input id: its value ('dat', 'khong-dat', a number as text, or 'x' for a ticked box). */
  fields: Record<string, string>;
}

const storageKey = (id: string) => `hoc-tap-suot-doi:tu-kiem-tra-luat:${id}`;

function readStored(id: string): Stored | undefined {
  try {
    const raw = localStorage.getItem(storageKey(id));
    const parsed = raw ? (JSON.parse(raw) as Stored) : undefined;
    return parsed && typeof parsed === 'object' && parsed.fields ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function store(id: string, value: Stored | undefined): boolean {
  try {
    if (value) localStorage.setItem(storageKey(id), JSON.stringify(value));
    else localStorage.removeItem(storageKey(id));
    return true;
  } catch {
    return false;
  }
}

/** An empty field is no answer; anything else goes to the engine as typed, which refuses what cannot be a count. */
const count = (input: HTMLInputElement): number | undefined => (input.value.trim() === '' ? undefined : Number(input.value));

class LawSelfCheck extends HTMLElement {
  private set!: NamedLawSet;
  private inputs: HTMLInputElement[] = [];
  private result!: HTMLElement;

  connectedCallback() {
    this.set = JSON.parse(this.dataset.criteria ?? '{}') as NamedLawSet;
    this.inputs = [...this.querySelectorAll<HTMLInputElement>('input')];
    this.result = this.querySelector<HTMLElement>('[data-result]')!;
    const stored = readStored(this.set.id);
    for (const input of this.inputs) {
      const value = stored?.fields[input.id];
      if (input.type === 'checkbox') input.checked = value === 'x';
      else if (input.type === 'radio') input.checked = value === input.value;
      else if (value !== undefined) input.value = value;
      input.disabled = false;
      input.addEventListener('input', () => this.update());
      input.addEventListener('change', () => this.update());
    }
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-action="save"]')?.addEventListener('click', () => this.save());
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      for (const input of this.inputs) {
        if (input.type === 'checkbox' || input.type === 'radio') input.checked = false;
        else input.value = '';
      }
      store(this.set.id, undefined);
      this.update();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) button.disabled = false;
    this.querySelector('[data-no-script]')?.setAttribute('hidden', '');
    this.update(false);
  }

  options(): SubjectOptions {
    const ticked = this.inputs.filter((i) => i.dataset.option && i.checked);
    return {
      difficultArea: ticked.some((i) => i.dataset.kind === 'vung-kho-khan'),
      unitKinds: ticked.filter((i) => i.dataset.kind === 'don-vi').map((i) => i.dataset.option!),
    };
  }

  answers(): Answers {
    const answers: Answers = {};
    const get = (key: string): Answer => (answers[key] ??= {});
    for (const input of this.inputs) {
      const key = input.dataset.key ?? input.dataset.evidence;
      if (!key) continue;
      const a = get(key);
      if (input.dataset.evidence) a.evidence = input.checked;
      else if (input.type === 'radio' && input.checked) a.met = input.value === 'dat';
      else if (input.dataset.share) {
        // Each share is counted over the whole entered once for its chỉ tiêu (data-over names it).
        const whole = this.inputs.find((i) => i.dataset.key === key && i.dataset.denominator === input.dataset.over);
        (a.shares ??= {})[input.dataset.share] = { numerator: count(input), denominator: whole ? count(whole) : undefined };
      }
    }
    return answers;
  }

  evaluation(): LawEvaluation {
    return evaluateLaw(this.set, this.options(), this.answers());
  }

  update(save = true) {
    const out: HTMLElement[] = [];
    const p = (text: string, cls?: string) => {
      const el = document.createElement('p');
      if (cls) el.className = cls;
      el.textContent = text;
      return el;
    };
    const list = (lines: string[]) => {
      const ul = document.createElement('ul');
      for (const line of lines) {
        const li = document.createElement('li');
        li.textContent = line;
        ul.append(li);
      }
      return ul;
    };
    out.push(p(ui.selfCheck.result, 'result-heading'));
    try {
      const words = describeLaw(this.evaluation());
      out.push(p(words.headline, 'verdict'), list(words.lines));
      if (words.standingHeading && words.standing.length) out.push(p(`${words.standingHeading}:`), list(words.standing));
    } catch (error) {
      out.push(p(`${ui.law.invalid}: ${(error as Error).message}`, 'verdict invalid'));
    }
    if (save && !store(this.set.id, this.snapshot())) out.push(p(ui.selfCheck.storageUnavailable));
    this.result.replaceChildren(...out);
  }

  snapshot(): Stored {
    const fields: Record<string, string> = {};
    for (const input of this.inputs) {
      if (input.type === 'checkbox') {
        if (input.checked) fields[input.id] = 'x';
      } else if (input.type === 'radio') {
        if (input.checked) fields[input.id] = input.value;
      } else if (input.value !== '') fields[input.id] = input.value;
    }
    return { options: this.options().unitKinds?.slice() ?? [], fields };
  }

  save() {
    const made = new Date();
    const stamp = `${String(made.getDate()).padStart(2, '0')}/${made.getMonth() + 1}/${made.getFullYear()}`;
    const lines = [`${ui.selfCheck.heading}: ${this.set.titleName}`, this.set.name, `${ui.criteria.legalSource}: ${this.set.legalSource}`, `${ui.selfCheck.savedAt}: ${stamp}`, location.href.split('#')[0]!, ''];
    for (const input of this.inputs.filter((i) => i.dataset.option && i.checked)) lines.push(`[x] ${input.labels?.[0]?.textContent?.trim() ?? ''}`);
    for (const row of this.querySelectorAll<HTMLElement>('[data-row]')) {
      const text = row.querySelector('.law-row-text')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const values = [...row.querySelectorAll<HTMLInputElement>('input')]
        .map((i) => (i.type === 'radio' ? (i.checked ? i.labels?.[0]?.textContent : '') : i.type === 'checkbox' ? (i.checked ? ui.law.evidence : '') : i.value ? `${i.labels?.[0]?.textContent}: ${i.value}` : ''))
        .filter(Boolean);
      lines.push(`- ${text}`, `  ${values.join('; ') || ui.law.verdict['chua-danh-gia']}`);
    }
    lines.push('', `${ui.selfCheck.result}:`);
    try {
      const words = describeLaw(this.evaluation());
      lines.push(words.headline, ...words.lines);
      if (words.standingHeading && words.standing.length) lines.push(`${words.standingHeading}:`, ...words.standing.map((s) => `- ${s}`));
    } catch (error) {
      lines.push(`${ui.law.invalid}: ${(error as Error).message}`);
    }
    lines.push('', ui.selfCheck.fileNote, '');
    const url = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `tu-kiem-tra-${this.set.id}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

customElements.define('law-self-check', LawSelfCheck);

// A printout says when it was printed; the page itself has no other script to say it.
window.addEventListener('beforeprint', () => {
  const now = new Date();
  for (const el of document.querySelectorAll('[data-print-date]')) el.textContent = `${String(now.getDate()).padStart(2, '0')}/${now.getMonth() + 1}/${now.getFullYear()}`;
});
