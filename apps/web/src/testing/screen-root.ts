// What the component specs share: a React root in the document per test, and a way to wait for
// mocked answers to render. Imported by specs only.
import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface ScreenRoot {
  container: HTMLDivElement;
  root: Root;
}

/** A fresh root for each test of the calling file, unmounted and removed after it. */
export function rootPerTest(): ScreenRoot {
  const screen = {} as ScreenRoot;
  beforeEach(() => {
    screen.container = document.createElement('div');
    document.body.append(screen.container);
    screen.root = createRoot(screen.container);
  });
  afterEach(() => {
    act(() => screen.root.unmount());
    screen.container.remove();
  });
  return screen;
}

/** Lets mocked answers arrive and React render them until `shown` holds; fails naming what never appeared. */
export async function until(screen: ScreenRoot, shown: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (shown()) return;
    await act(() => new Promise((done) => setTimeout(done, 20)));
  }
  throw new Error(`never shown: ${what}\n${screen.container.textContent}`);
}

/** The form control a label names (by `for`, or nested in the label). */
export function fieldLabelled<Field extends HTMLElement = HTMLInputElement>(screen: ScreenRoot, label: string): Field {
  const found = [...screen.container.querySelectorAll('label')].find((entry) => entry.textContent?.startsWith(label));
  const target = found?.htmlFor
    ? document.getElementById(found.htmlFor)
    : found?.querySelector('input, select, textarea');
  if (!target) throw new Error(`no field labelled ${label}`);
  return target as Field;
}
