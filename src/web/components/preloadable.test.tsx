// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { preloadable } from './preloadable';

function Hello() {
  return <p>loaded</p>;
}

/** A chunk that arrives when the test says so. */
function deferredChunk() {
  let arrive: () => void = () => undefined;
  const loads = { count: 0 };
  const load = () => {
    loads.count += 1;
    return new Promise<typeof Hello>((resolve) => (arrive = () => resolve(Hello)));
  };
  return { load, loads, arrive: () => arrive() };
}

describe('preloadable', () => {
  it('suspends like React.lazy when it was not preloaded, then shows the component', async () => {
    const chunk = deferredChunk();
    const { Component } = preloadable(chunk.load);
    render(
      <Suspense fallback={<p>waiting</p>}>
        <Component />
      </Suspense>,
    );
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(() => {
      chunk.arrive();
      return Promise.resolve();
    });
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(chunk.loads.count).toBe(1);
  });

  it('renders in the first commit, without a fallback, once preload() has finished', async () => {
    const chunk = deferredChunk();
    const { Component, preload } = preloadable(chunk.load);
    const done = preload();
    chunk.arrive();
    await done;
    render(
      <Suspense fallback={<p>waiting</p>}>
        <Component />
      </Suspense>,
    );
    expect(screen.getByText('loaded')).toBeInTheDocument();
    expect(screen.queryByText('waiting')).toBeNull();
    expect(chunk.loads.count).toBe(1);
  });

  it('loads again after a failed load', async () => {
    let attempt = 0;
    const { preload } = preloadable(() =>
      ++attempt === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve(Hello),
    );
    await expect(preload()).rejects.toThrow('chunk failed');
    await expect(preload()).resolves.toBe(Hello);
  });
});
