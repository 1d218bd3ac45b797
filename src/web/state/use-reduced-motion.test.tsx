// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { theme } from 'antd';
import { Providers } from './providers';
import { usePrefersReducedMotion } from './use-reduced-motion';

/** A matchMedia whose answer to prefers-reduced-motion the test sets, and changes, itself. */
function mockReducedMotion(initially: boolean) {
  const listeners = new Set<() => void>();
  const state = { reduce: initially };
  const original = Object.getOwnPropertyDescriptor(window, 'matchMedia');
  window.matchMedia = (query: string) =>
    ({
      get matches() {
        return query === '(prefers-reduced-motion: reduce)' && state.reduce;
      },
      media: query,
      onchange: null,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
  return {
    change(reduce: boolean) {
      state.reduce = reduce;
      act(() => listeners.forEach((listener) => listener()));
    },
    listeners,
    restore: () => original && Object.defineProperty(window, 'matchMedia', original),
  };
}

function Shows() {
  return <p>{usePrefersReducedMotion() ? 'reduced' : 'full'}</p>;
}

function AntdMotion() {
  const { token } = theme.useToken();
  return <p>{token.motion ? 'antd moves' : 'antd still'}</p>;
}

describe('prefers-reduced-motion', () => {
  let media: ReturnType<typeof mockReducedMotion> | undefined;
  afterEach(() => media?.restore());

  it('follows the system setting, also when it changes while the page is open', () => {
    media = mockReducedMotion(true);
    const { unmount } = render(<Shows />);
    expect(screen.getByText('reduced')).toBeInTheDocument();
    media.change(false);
    expect(screen.getByText('full')).toBeInTheDocument();
    media.change(true);
    expect(screen.getByText('reduced')).toBeInTheDocument();
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it("turns antd's motion off only for a user who asked for less", () => {
    media = mockReducedMotion(false);
    render(
      <Providers>
        <AntdMotion />
      </Providers>,
    );
    expect(screen.getByText('antd moves')).toBeInTheDocument();
    media.change(true);
    expect(screen.getByText('antd still')).toBeInTheDocument();
  });
});
