// One tooltip for many highlights: shown on hover and on keyboard focus, hidden on leave, blur and Escape.
// `lookup(el)` returns [term, description] rows for a highlight element, or null for anything else.
// A tip with the `popover` attribute (the widget's, annotateElement's) is shown in the top layer, so that a host's
// transformed or clipping ancestor cannot move or hide it; the page's own tip is a fixed element.

const open = (tip) => {
  if (!tip.hasAttribute('popover')) tip.hidden = false;
  else if (!tip.matches(':popover-open')) tip.showPopover();
};
const close = (tip) => {
  if (!tip.hasAttribute('popover')) tip.hidden = true;
  else if (tip.matches(':popover-open')) tip.hidePopover();
};

/** `signal` (an AbortSignal) removes every listener when aborted: annotateElement's clear(). */
export function attachTooltip(container, tip, lookup, { signal } = {}) {
  let current = null;
  const show = (el) => {
    const rows = lookup(el);
    if (!rows) return;
    current = el;
    const dl = document.createElement('dl');
    for (const [term, desc] of rows) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = desc;
      dl.append(dt, dd);
    }
    tip.replaceChildren(dl);
    open(tip);
    place(el);
  };
  const hide = () => {
    current = null;
    close(tip);
  };
  const place = (el) => {
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.max(4, Math.min(r.left, innerWidth - w - 4));
    const below = r.bottom + 6 + h < innerHeight;
    tip.style.left = `${left}px`;
    tip.style.top = `${below ? r.bottom + 6 : Math.max(4, r.top - h - 6)}px`;
  };
  const target = (e) => e.target.closest?.('[data-label]');
  container.addEventListener('mouseover', (e) => {
    const el = target(e);
    if (el && el !== current) show(el);
  }, { signal });
  container.addEventListener('mouseout', (e) => {
    if (current && !current.contains(e.relatedTarget)) hide();
  }, { signal });
  container.addEventListener('focusin', (e) => {
    const el = target(e);
    if (el) show(el);
  }, { signal });
  container.addEventListener('focusout', hide, { signal });
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  }, { signal });
  addEventListener('scroll', () => current && place(current), { passive: true, capture: true, signal });
  signal?.addEventListener('abort', hide);
  return { show, hide };
}
