// One tooltip for many highlights: shown on hover and on keyboard focus, hidden on leave, blur and Escape.
// `lookup(el)` returns [term, description] rows for a highlight element, or null for anything else.

export function attachTooltip(container, tip, lookup) {
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
    tip.hidden = false;
    place(el);
  };
  const hide = () => {
    current = null;
    tip.hidden = true;
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
  });
  container.addEventListener('mouseout', (e) => {
    if (current && !current.contains(e.relatedTarget)) hide();
  });
  container.addEventListener('focusin', (e) => {
    const el = target(e);
    if (el) show(el);
  });
  container.addEventListener('focusout', hide);
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  addEventListener('scroll', () => current && place(current), { passive: true, capture: true });
  return { show, hide };
}
