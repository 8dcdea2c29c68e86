/** Markup that is safe to embed as is: built by `html` (which escapes) or a trusted constant. */
export class SafeHtml {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

const UNSAFE = /[&<>"'`]/;

export function escapeHtml(text: string): string {
  // Most values have nothing to escape; testing is much cheaper than a replace with a callback.
  return UNSAFE.test(text) ? text.replace(/[&<>"'`]/g, (character) => ENTITIES[character]) : text;
}

/**
 * A template tag that escapes every interpolated value unless it is SafeHtml. Arrays are
 * joined; null, undefined and false render nothing, so `${condition && html`…`}` works.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let markup = strings[0];
  values.forEach((value, index) => {
    markup += render(value) + strings[index + 1];
  });
  return new SafeHtml(markup);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}
