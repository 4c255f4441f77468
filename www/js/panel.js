// The side panel: entities grouped by type with mention counts, money with normalised values, percentages,
// quotes grouped by who said them. Pure: (annotations, hidden labels) → DOM; clicks are reported through `on`.

import { ENTITY_LABELS, PLURALS } from './labels.js';
import { formatMoney, speakerAsWritten } from './describe.js';

/**
 * @param {object} annotations
 * @param {Set<string>} hidden
 * @param {{entity(id: number): void, span(index: number): void}} on
 */
export function renderPanel(annotations, hidden, on) {
  const out = document.createDocumentFragment();
  const { spans, entities } = annotations;

  for (const label of ENTITY_LABELS) {
    if (hidden.has(label)) continue;
    const list = entities.filter((e) => e.label === label && e.mentions > 0);
    if (!list.length) continue;
    list.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    out.append(
      section(label, list, (e) => {
        // Named by its own text, "Donald Trump 2 mentions" (the last word hidden from sight): an aria-label that
        // differs from what is shown fails those who speak the visible text to select it.
        const b = button(() => on.entity(e.id));
        b.dataset.entity = e.id;
        const count = text('span', 'count', String(e.mentions));
        count.append(text('span', 'visually-hidden', ` mention${e.mentions === 1 ? '' : 's'}`));
        b.append(text('span', 'name', e.name), ' ', count);
        return b;
      }),
    );
  }

  const indexed = spans.map((span, i) => ({ span, i }));
  const items = (label) => (hidden.has(label) ? [] : indexed.filter((x) => x.span.label === label));

  const money = items('MONEY');
  if (money.length) {
    out.append(
      section('MONEY', money, ({ span, i }) => {
        const b = button(() => on.span(i));
        b.dataset.span = i;
        if (span.value?.amount != null) b.dataset.amount = span.value.amount;
        b.append(text('span', 'name', span.text), text('span', 'value', formatMoney(span.value)));
        return b;
      }),
    );
  }

  const percent = items('PERCENT');
  if (percent.length) {
    out.append(
      section('PERCENT', percent, ({ span, i }) => {
        const b = button(() => on.span(i));
        b.dataset.span = i;
        b.append(text('span', 'name', span.text), text('span', 'value', `${span.value?.percent}%`));
        return b;
      }),
    );
  }

  const quotes = items('QUOTE');
  if (quotes.length) out.append(quoteSection(quotes, entities, on));

  if (!out.childNodes.length) out.append(text('p', 'empty', 'Nothing found yet.'));
  return out;
}

/**
 * Quotes grouped by who said them, so everything one person said is listed together: a group per linked
 * speaker ("Droege" and "he" resolved to Jason Droege are one), in order of their first quote, then the
 * quotes whose speaker is named but not linked, then those with no speaker found.
 */
function quoteSection(quotes, entities, on) {
  const groups = new Map();
  const others = [];
  for (const q of quotes) {
    const id = q.span.speaker?.entity;
    if (id != null && entities[id]) {
      if (!groups.has(id)) groups.set(id, []);
      groups.get(id).push(q);
    } else {
      others.push(q);
    }
  }
  const s = document.createElement('section');
  s.dataset.label = 'QUOTE';
  const h = text('h2', '', `${PLURALS.QUOTE} `);
  h.append(text('span', 'count', String(quotes.length)));
  s.append(h);
  // Under a person's name, each quote shows how the article attributed it ("he added"); elsewhere, who.
  const item = ({ span, i }, grouped) => {
    const b = button(() => on.span(i));
    b.dataset.span = i;
    const sp = span.speaker;
    const who = !sp ? 'speaker unknown' : grouped ? speakerAsWritten(sp) : sp.text;
    b.append(text('span', 'quote', clip(span.text, 140)), text('span', 'speaker', `— ${who}`));
    return b;
  };
  const group = ([title, entity, qs]) => {
    const g = document.createElement('div');
    g.className = 'said';
    if (entity != null) g.dataset.entity = entity;
    if (title) {
      const h3 = text('h3', '', `${title} `);
      h3.append(text('span', 'count', String(qs.length)));
      g.append(h3);
    }
    g.append(listOf(qs, (q) => item(q, entity != null)));
    return g;
  };
  const all = [...groups].map(([id, qs]) => [entities[id].name, id, qs]);
  if (others.length) all.push([groups.size ? 'Others' : null, null, others]);
  s.append(listOf(all, group, { tag: 'div', noun: ' speakers' }));
  return s;
}

function section(label, list, item) {
  const s = document.createElement('section');
  s.dataset.label = label;
  const h = text('h2', '', `${PLURALS[label]} `);
  h.append(text('span', 'count', String(list.length)));
  s.append(h, listOf(list, item));
  return s;
}

/** How many items a list shows before a "Show all" button: a long article's panel stays quick to lay out. */
export const SHOWN_ITEMS = 50;
/** How many more items a "Show all" button draws per frame. */
const ITEMS_PER_FRAME = 500;

/**
 * A list of the first SHOWN_ITEMS items of `xs`, and when there are more, a "Show all N" button that draws the
 * rest a few hundred per frame (`tag` is 'ul' for items, or 'div' for the quote groups).
 */
function listOf(xs, item, { tag = 'ul', noun = '' } = {}) {
  const list = document.createElement(tag);
  const child = (x) => {
    if (tag !== 'ul') return item(x);
    const li = document.createElement('li');
    li.append(item(x));
    return li;
  };
  for (const x of xs.slice(0, SHOWN_ITEMS)) list.append(child(x));
  if (xs.length > SHOWN_ITEMS) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = `Show all ${xs.length}${noun}`;
    const holder = document.createElement(tag === 'ul' ? 'li' : 'div');
    holder.append(more);
    list.append(holder);
    more.addEventListener('click', () => {
      const focusNext = document.activeElement === more;
      holder.remove();
      const rest = (from) => {
        for (const x of xs.slice(from, from + ITEMS_PER_FRAME)) list.append(child(x));
        if (from === SHOWN_ITEMS && focusNext) list.children[SHOWN_ITEMS]?.querySelector('button')?.focus();
        if (from + ITEMS_PER_FRAME < xs.length) requestAnimationFrame(() => rest(from + ITEMS_PER_FRAME));
      };
      rest(SHOWN_ITEMS);
    });
  }
  return list;
}

function button(onclick, label) {
  const b = document.createElement('button');
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onclick);
  return b;
}

function text(tag, cls, content) {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  el.textContent = content;
  return el;
}

function clip(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
