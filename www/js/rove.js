// Roving tabindex over the highlights of one article (the page's, a widget's, or a host's article highlighted in
// place): the article is one stop in the tab order, and arrow keys, Home and End move between its highlights, so
// that a reader tabbing through a host page is never made to step through every name.

/**
 * Makes the highlights under `container` that match `selector` (the first piece of each) one tab stop; `signal`
 * (an AbortSignal) removes the listeners.
 * @returns {{ setTabStop(mark: Element): void }}
 */
export function rove(container, selector, { signal } = {}) {
  const marks = () => [...container.querySelectorAll(selector)];
  const setTabStop = (mark) => {
    for (const m of container.querySelectorAll(`${selector}[tabindex="0"]`)) m.tabIndex = -1;
    mark.tabIndex = 0;
  };
  container.addEventListener('keydown', (e) => {
    if (!e.target.matches?.(selector)) return;
    const all = marks();
    const at = all.indexOf(e.target);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[
      e.key
    ];
    if (to === undefined) return;
    e.preventDefault();
    const next = all[Math.max(0, Math.min(all.length - 1, to))];
    setTabStop(next);
    next.focus();
  }, { signal });
  // A click or a focus from elsewhere (the panel) moves the stop to that highlight.
  container.addEventListener('focusin', (e) => e.target.matches?.(selector) && setTabStop(e.target), { signal });
  return { setTabStop };
}
