/**
 * The self-check's behaviour (SelfCheck.astro renders the checklist, which
 * works on paper without this): ticks are scored as the visitor goes and kept
 * in the browser's local storage, never sent anywhere. Bundled by Astro as a
 * module, like the search page's script, so the CSP needs no inline script.
 */
import { evaluate, type Answers } from '../lib/criteria/scoring';
import { describeEvaluation, selfCheckReport, type NamedCriteriaSet } from '../lib/criteria/criteria';
import { ui } from '../lib/site/ui';

const storageKey = (id: string) => `hoc-tap-suot-doi:tu-kiem-tra:${id}`;

/** Local storage can be missing or refused (private modes); the checklist still works without it. */
function readStored(id: string): Answers {
  try {
    const raw = localStorage.getItem(storageKey(id));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Answers) : {};
  } catch {
    return {};
  }
}

function store(id: string, answers: Answers | undefined): boolean {
  try {
    if (answers) localStorage.setItem(storageKey(id), JSON.stringify(answers));
    else localStorage.removeItem(storageKey(id));
    return true;
  } catch {
    return false;
  }
}

class SelfCheck extends HTMLElement {
  connectedCallback() {
    const set = JSON.parse(this.dataset.criteria ?? '{}') as NamedCriteriaSet;
    const inputs = [...this.querySelectorAll<HTMLInputElement>('input[data-indicator]')];
    const result = this.querySelector<HTMLElement>('[data-result]')!;
    const stored = readStored(set.id);

    for (const input of inputs) {
      const value = stored[input.dataset.indicator!];
      if (input.type === 'checkbox') input.checked = value === true;
      else if (typeof value === 'number') input.value = String(value);
      input.disabled = false;
      input.addEventListener('input', () => this.update(set, inputs, result));
      input.addEventListener('change', () => this.update(set, inputs, result));
    }

    this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-action="save"]')?.addEventListener('click', () => {
      const answers = this.answers(inputs);
      const text = selfCheckReport(set, answers, evaluate(set, answers), new Date(), location.href.split('#')[0]!);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `tu-kiem-tra-${set.id}.txt`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      for (const input of inputs) {
        if (input.type === 'checkbox') input.checked = false;
        else input.value = '';
      }
      store(set.id, undefined);
      this.update(set, inputs, result);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) button.disabled = false;
    this.querySelector('[data-no-script]')?.setAttribute('hidden', '');
    this.update(set, inputs, result, false);
  }

  answers(inputs: HTMLInputElement[]): Answers {
    const answers: Answers = {};
    for (const input of inputs) {
      const id = input.dataset.indicator!;
      if (input.type === 'checkbox') {
        if (input.checked) answers[id] = true;
      } else if (input.value !== '') answers[id] = Number(input.value);
    }
    return answers;
  }

  update(set: NamedCriteriaSet, inputs: HTMLInputElement[], result: HTMLElement, save = true) {
    const answers = this.answers(inputs);
    const lines: string[] = [];
    try {
      lines.push(...describeEvaluation(set, evaluate(set, answers)));
    } catch (error) {
      lines.push(`${ui.selfCheck.invalid}: ${(error as Error).message}`);
    }
    if (save && !store(set.id, answers)) lines.push(ui.selfCheck.storageUnavailable);
    const heading = document.createElement('p');
    heading.className = 'result-heading';
    heading.textContent = ui.selfCheck.result;
    const list = document.createElement('ul');
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    result.replaceChildren(heading, list);
  }
}

customElements.define('self-check', SelfCheck);
