import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __componentRenders?: number;
  }
}

/**
 * Counts the React components that render, in the production build as it ships: React tells a
 * developer-tools hook about every commit, and a component rendered in it when its fiber is new or
 * carries React's PerformedWork flag (a subtree whose children React did not visit is skipped).
 * Call before the page loads.
 */
export async function countRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Fiber {
      tag: number;
      flags: number;
      child: Fiber | null;
      sibling: Fiber | null;
      alternate: Fiber | null;
    }
    // FunctionComponent, ClassComponent, ForwardRef, SimpleMemoComponent; PerformedWork is flag 1.
    const components = new Set([0, 1, 11, 15]);
    const performedWork = 1;
    window.__componentRenders = 0;
    const walk = (fiber: Fiber | null): void => {
      for (let node = fiber; node; node = node.sibling) {
        const mounted = node.alternate === null;
        if (components.has(node.tag) && (mounted || (node.flags & performedWork) !== 0)) window.__componentRenders = (window.__componentRenders ?? 0) + 1;
        if (mounted || node.child !== node.alternate?.child) walk(node.child);
      }
    };
    let nextId = 1;
    Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
      configurable: true,
      value: {
        renderers: new Map(),
        supportsFiber: true,
        inject: () => nextId++,
        onScheduleFiberRoot: () => {},
        onCommitFiberRoot: (_id: number, root: { current: Fiber }) => walk(root.current.child),
        onPostCommitFiberRoot: () => {},
        onCommitFiberUnmount: () => {},
        checkDCE: () => {},
      },
    });
  });
}

/** The components rendered since the page loaded, once the frames already asked for have run. */
export async function rendersSoFar(page: Page): Promise<number> {
  return page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__componentRenders ?? 0)))),
  );
}
