// Correcting the page's annotations: select words (in the article or in the text box) or a highlight, then give
// a label, remove it, or pick a quote's speaker; undo and redo. Every change is a correction in the page's list
// (corrections.js), sent with every annotation, so the highlights, the panel and each download follow it.
//
// Keys: on a highlight, 1–7 give a label, Delete removes it, S picks a quote's speaker; in the text box,
// Alt+1–7 adds the selected words; Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes, outside the text box.

import { LABELS, NAMES } from './labels.js';
import { remap } from './corrections.js';

/**
 * @param {{output: Element, input: HTMLTextAreaElement, state: object, sync(): void, rerun(): void,
 *   say(message: string): void}} page  `state.corrections` and `state.redo` are the lists, in the offsets of
 *   `state.base` (the text box's text once `sync()` has run); `rerun()` annotates again with them.
 * @returns {{afterDraw(): void}}  call afterDraw once a new result is drawn
 */
export function attachEditor({ output, input, state, sync, rerun, say }) {
  const $ = (id) => document.getElementById(id);
  const targetText = $('target');
  const remove = $('remove');
  const speakerRow = $('speaker-row');
  const speaker = $('speaker');
  const undo = $('undo');
  const redo = $('redo');
  const buttons = LABELS.map((label, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.label = label;
    b.disabled = true;
    b.append(`${NAMES[label]} `);
    const key = document.createElement('kbd');
    key.textContent = String(i + 1);
    b.append(key);
    b.addEventListener('click', () => give(label));
    return b;
  });
  $('label-buttons').append(...buttons);
  // The editor's buttons must not take the selection or the highlight they act on away.
  for (const b of [...buttons, remove, undo, redo]) b.addEventListener('mousedown', (e) => e.preventDefault());

  let target = null; // {span: index} or {range: {start, end}}
  let focusAfter = null; // {start, end, label} of the span to focus once the new result is drawn

  const spanOf = (t) => (t && 'span' in t ? state.annotations.spans[t.span] : null);

  function setTarget(next) {
    target = next;
    const span = spanOf(target);
    const range = span ?? target?.range;
    for (const b of buttons) b.disabled = !range;
    remove.disabled = !span;
    speakerRow.hidden = span?.label !== 'QUOTE';
    if (span?.label === 'QUOTE') fillSpeakers(span);
    if (!range) targetText.textContent = 'Select words in the article or the text box, or a highlight, to correct it.';
    else {
      const words = (target.range?.from ?? state.text).slice(range.start, range.end);
      const cut = words.length > 60 ? `${words.slice(0, 57)}…` : words;
      const shown = /^["“„«‘']/.test(cut) ? cut : `“${cut}”`; // a quote shows its own marks
      targetText.textContent = span
        ? `${shown}: ${NAMES[span.label]}. A label changes it, Delete removes it.`
        : `${shown} selected: a label adds it.`;
    }
  }

  function fillSpeakers(quote) {
    const people = state.annotations.entities.filter((e) => e.label === 'PERSON');
    const options = [['', 'Nobody known'], ...people.map((e) => [String(e.id), e.name])];
    speaker.replaceChildren(...options.map(([value, name]) => new Option(name, value)));
    speaker.value = quote.speaker?.entity != null && people.some((e) => e.id === quote.speaker.entity)
      ? String(quote.speaker.entity) : '';
  }

  /**
   * Adds correction `c`, made in the offsets of `from` (the text shown, or the text box's), and annotates again.
   * The shown text lags the text box while an edit waits to be annotated: `c` is moved to the box's text first,
   * and dropped when the edit touched its words.
   */
  function correct(c, from, what) {
    sync();
    const moved = from === state.base ? c : remap([c], from, state.base)[0];
    if (!moved) return say('The text changed there: select it again');
    state.corrections = [...state.corrections, moved];
    state.redo = [];
    focusAfter = { start: moved.start, end: moved.end, label: moved.op === 'relabel' ? moved.to : moved.label };
    if (moved.op === 'remove') focusAfter = { near: moved.start };
    if (moved.op === 'speaker') focusAfter = { start: moved.start, end: moved.end, label: 'QUOTE', speaker: true };
    say(what);
    rerun();
  }

  function give(label) {
    const span = spanOf(target);
    if (span) {
      if (span.label === label) return;
      const c = { op: 'relabel', start: span.start, end: span.end, label: span.label, to: label };
      correct(c, state.text, `${NAMES[span.label]} changed to ${NAMES[label]}`);
    } else if (target?.range) {
      const { start, end, from } = target.range;
      correct({ op: 'add', start, end, label }, from, `${NAMES[label]} added`);
    }
  }

  function removeSpan() {
    const span = spanOf(target);
    if (!span) return;
    correct({ op: 'remove', start: span.start, end: span.end, label: span.label }, state.text, `${NAMES[span.label]} removed`);
  }

  function chooseSpeaker() {
    const quote = spanOf(target);
    if (quote?.label !== 'QUOTE') return;
    const id = speaker.value === '' ? null : Number(speaker.value);
    // The person's mention nearest before the quote (else the first one) stands for them.
    const mentions = state.annotations.spans.filter((s) => s.entity === id && s.label === 'PERSON');
    const mention = mentions.filter((s) => s.end <= quote.start).at(-1) ?? mentions[0];
    const c = { op: 'speaker', start: quote.start, end: quote.end, speaker: mention ? { start: mention.start, end: mention.end } : null };
    correct(c, state.text, id === null ? 'Speaker: nobody known' : `Speaker: ${state.annotations.entities[id].name}`);
  }

  function step(from, to, what) {
    sync();
    if (!from.length) return;
    const c = from.pop();
    to.push(c);
    // Keyboard focus stays in the article: on the highlight nearest the words undone or redone.
    focusAfter = { near: c.start };
    say(what);
    rerun();
  }

  remove.addEventListener('click', removeSpan);
  speaker.addEventListener('change', chooseSpeaker);
  undo.addEventListener('click', () => step(state.corrections, state.redo, 'Undone'));
  redo.addEventListener('click', () => step(state.redo, state.corrections, 'Redone'));

  output.addEventListener('focusin', (e) => {
    const mark = e.target.closest?.('mark[data-span]');
    if (mark) setTarget({ span: Number(mark.dataset.span) });
  });
  document.addEventListener('selectionchange', () => {
    const range = document.activeElement === input ? inputRange() : outputRange();
    if (range) setTarget({ range });
  });
  output.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const digit = Number(e.key);
    if (digit >= 1 && digit <= LABELS.length) give(LABELS[digit - 1]);
    else if (e.key === 'Delete' || e.key === 'Backspace') removeSpan();
    else if ((e.key === 's' || e.key === 'S') && spanOf(target)?.label === 'QUOTE') speaker.focus();
    else return;
    e.preventDefault();
  });
  input.addEventListener('keydown', (e) => {
    const digit = Number(e.code.replace('Digit', ''));
    if (!e.altKey || e.ctrlKey || e.metaKey || !(digit >= 1 && digit <= LABELS.length)) return;
    e.preventDefault();
    const range = inputRange();
    if (range) {
      target = { range };
      give(LABELS[digit - 1]);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.target === input) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) step(state.corrections, state.redo, 'Undone');
    else if ((key === 'z' && e.shiftKey) || key === 'y') step(state.redo, state.corrections, 'Redone');
    else return;
    e.preventDefault();
  });

  /** The words selected in the text box, without the spaces at their edges, in its offsets. */
  function inputRange() {
    return trimmed(input.value, input.selectionStart, input.selectionEnd);
  }

  /** The words selected in the article: offsets are the length of the article's text before each end. */
  function outputRange() {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    const r = sel.getRangeAt(0);
    if (!output.contains(r.startContainer) || !output.contains(r.endContainer)) return null;
    // Nothing shown yet, or the placeholder: no words of the text to correct.
    if (!state.text || output.querySelector('.placeholder')) return null;
    const before = (node, offset) => {
      const pre = document.createRange();
      pre.setStart(output, 0);
      pre.setEnd(node, offset);
      return pre.toString().length;
    };
    return trimmed(state.text, before(r.startContainer, r.startOffset), before(r.endContainer, r.endOffset));
  }

  /** [start, end) of `text` without the spaces at its edges, and the text it is in; null when nothing is left. */
  function trimmed(text, start, end) {
    end = Math.min(end, text.length);
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return start < end ? { start, end, from: text } : null;
  }

  return {
    afterDraw() {
      undo.disabled = !state.corrections.length;
      redo.disabled = !state.redo.length;
      const want = focusAfter;
      focusAfter = null;
      if (!want) return setTarget(null);
      const spans = state.annotations.spans;
      const i = 'near' in want
        ? spans.findIndex((s) => s.start >= want.near)
        : spans.findIndex((s) => s.start === want.start && s.end === want.end && s.label === want.label);
      const mark = i >= 0 && output.querySelector(`mark[data-span="${i}"]:not([data-piece])`);
      // A percentage is added only where newsmark reads its number (src/correct.rs).
      if (i < 0 && want.label === 'PERCENT') say('Not added: no percentage newsmark can read in those words');
      if (!mark) return setTarget(null);
      for (const m of output.querySelectorAll('mark[tabindex="0"]')) m.tabIndex = -1;
      mark.tabIndex = 0;
      if (want.speaker) {
        setTarget({ span: i });
        speaker.focus();
      } else mark.focus();
    },
  };
}
