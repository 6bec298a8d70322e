/** Form fields that check what is typed before it is kept, and say why in Vietnamese. */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

let counter = 0;
export const useId = (prefix: string): string => useState(() => `${prefix}-${++counter}`)[0];

interface TextProps {
  label: string;
  value: string;
  /** Returns an error to show, or null once the value is kept. */
  onCommit: (value: string) => string | null;
  multiline?: boolean;
  type?: 'text' | 'date' | 'url' | 'number';
  hint?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text';
}

export function TextField(p: TextProps) {
  const id = useId('f');
  const [text, setText] = useState(p.value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(p.value), [p.value]);
  const onInput = (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value;
    setText(v);
    setError(p.onCommit(v));
  };
  const describedBy = [p.hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, value: text, onInput, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, required: p.required };
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      {p.hint && <p class="field__hint" id={`${id}-hint`}>{p.hint}</p>}
      {p.multiline ? <textarea rows={3} {...common} /> : <input type={(p.type ?? 'text') as 'text'} inputMode={p.inputMode} {...common} />}
      {error && <p class="field__error" id={`${id}-err`} role="alert">{error}</p>}
    </div>
  );
}

export function Section(p: { title: string; id?: string; children: ComponentChildren; level?: 2 | 3 }) {
  const H = p.level === 3 ? 'h3' : 'h2';
  return (
    <section class="tool-section" aria-labelledby={p.id}>
      <H id={p.id}>{p.title}</H>
      {p.children}
    </section>
  );
}

/** A message in a live region, so a screen reader hears what just happened. */
export function Status(p: { message: string | null; kind?: 'ok' | 'error' }) {
  return (
    <p class={`tool-status${p.kind === 'error' ? ' tool-status--error' : ''}`} role={p.kind === 'error' ? 'alert' : 'status'}>
      {p.message ?? ''}
    </p>
  );
}
