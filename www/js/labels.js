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

/** CSS that styles `sel[data-label=…]` highlights; used by the page, the widget's shadow root and in-place marks. */
export function markCss(sel) {
  const rules = [
    `${sel}{all:unset;display:inline;color:inherit;font:inherit;border-radius:2px;` +
      `-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}`,
    `${sel}:focus-visible{outline:2px solid #000;outline-offset:1px}`,
    `${sel}[data-label=MONEY]{font-weight:600}`,
    `${sel}[data-label=PERCENT]{font-weight:600}`,
    `${sel}[data-label=QUOTE]{font-style:italic}`,
  ];
  for (const [label, [tint, line, style]] of Object.entries(LOOK)) {
    const border = style === 'none' ? '' : `border-bottom:${style === 'double' ? 3 : 2}px ${style} ${line};`;
    rules.push(`${sel}[data-label=${label}]{background:${tint};${border}}`);
  }
  return rules.join('\n');
}

/** A CSSStyleSheet (constructable, so a strict Content-Security-Policy without 'unsafe-inline' allows it). */
export function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}
