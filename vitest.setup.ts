// Test setup shared by node and jsdom tests. Component tests opt in to jsdom with
// `// @vitest-environment jsdom` at the top of the file.
import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';

if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // findBy*/waitFor give up after 1 s by default. Lazy-loaded antd steps under jsdom on a busy 2-core machine
  // (CI runs the whole suite at once) can take longer; this is a ceiling, passing tests do not wait for it.
  configure({ asyncUtilTimeout: 5000 });
  // antd's grid (Steps, Table…) reads window.matchMedia, which jsdom lacks.
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: vi.fn().mockImplementation((query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: vi.fn(),
        removeListener: vi.fn(),
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
        dispatchEvent: vi.fn(),
      })),
    });
  }
  // antd measures scrollbars with getComputedStyle(el, pseudo); jsdom only prints noise for the 2nd argument.
  const original = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => original(element);
}
