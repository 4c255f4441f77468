// The labels, their names for people, and how each looks: a colour from the Okabe–Ito palette (readable with
// every common colour-vision deficiency) plus a cue that needs no colour at all (the underline's style, italics).

export const LABELS = ['PERSON', 'ORG', 'LOC', 'MISC', 'MONEY', 'PERCENT', 'QUOTE'];
export const ENTITY_LABELS = ['PERSON', 'ORG', 'LOC', 'MISC'];

export const NAMES = {
  PERSON: 'Person',
  ORG: 'Organization',
  LOC: 'Place',
  MISC: 'Other name',
  MONEY: 'Money',
  PERCENT: 'Percent',
  QUOTE: 'Quote',
};

export const PLURALS = {
  PERSON: 'People',
  ORG: 'Organizations',
  LOC: 'Places',
  MISC: 'Other names',
  MONEY: 'Money',
  PERCENT: 'Percentages',
  QUOTE: 'Quotes',
};

const LOOK = {
  //        tint (background)          line colour   line style
  PERSON: ['rgb(230 159 0 / 0.28)', '#a86f00', 'solid'],
  ORG: ['rgb(0 114 178 / 0.20)', '#0072b2', 'double'],
  LOC: ['rgb(0 158 115 / 0.22)', '#007a58', 'dotted'],
  MISC: ['rgb(204 121 167 / 0.25)', '#a34f7e', 'dashed'],
  MONEY: ['rgb(86 180 233 / 0.30)', '#1f6f9e', 'solid'],
  PERCENT: ['rgb(240 228 66 / 0.45)', '#857c00', 'dashed'],
  QUOTE: ['rgb(0 0 0 / 0.05)', '#666', 'none'],
};

/**
 * CSS that styles `sel[data-label=…]` highlights; used by the page, the widget's shadow root and in-place marks.
 * With `important`, every declaration wins over a host's `!important` reset too (in-place marks live in the host's
 * DOM, where `* { background: none !important }` would otherwise erase them).
 */
export function markCss(sel, { important = false } = {}) {
  const rule = (selector, declarations) => {
    const list = declarations.filter(Boolean).map((d) => (important ? `${d} !important` : d));
    return `${selector}{${list.join(';')}}`;
  };
  const rules = [
    rule(sel, ['all:unset', 'display:inline', 'color:inherit', 'font:inherit', 'border-radius:2px',
      '-webkit-box-decoration-break:clone', 'box-decoration-break:clone', 'cursor:help']),
    rule(`${sel}:focus-visible`, ['outline:2px solid #000', 'outline-offset:1px']),
    rule(`${sel}[data-label=MONEY]`, ['font-weight:600']),
    rule(`${sel}[data-label=PERCENT]`, ['font-weight:600']),
    rule(`${sel}[data-label=QUOTE]`, ['font-style:italic']),
  ];
  for (const [label, [tint, line, style]] of Object.entries(LOOK)) {
    const border = style === 'none' ? '' : `border-bottom:${style === 'double' ? 3 : 2}px ${style} ${line}`;
    rules.push(rule(`${sel}[data-label=${label}]`, [`background:${tint}`, border]));
  }
  return rules.join('\n');
}

/**
 * CSS for the widget's and annotateElement's tooltip `sel`, a popover in the top layer: the UA's popover box
 * (centred, bordered) undone, and no `display` of its own, which would show it while closed.
 */
export function tipCss(sel) {
  return [
    `${sel}{position:fixed;inset:auto;margin:0;border:0;overflow:visible;z-index:2147483647;max-width:22rem;` +
      'pointer-events:none;background:#202124;color:#fff;border-radius:6px;padding:0.35rem 0.55rem;' +
      'font:13px/1.4 system-ui,sans-serif;text-align:start}',
    `${sel} dl{display:grid;grid-template-columns:auto 1fr;gap:0.1rem 0.5rem;margin:0}`,
    `${sel} dt{color:#bdc1c6}`,
    `${sel} dd{margin:0}`,
  ].join('\n');
}

/** A CSSStyleSheet (constructable, so a strict Content-Security-Policy without 'unsafe-inline' allows it). */
export function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}
