// A text's direction as HTML's dir="auto" finds it: from its first strong character, a letter (or a directional
// mark). The text box sets its own `dir` from this, because Chromium's dir="auto" on a textarea reads the whole
// value again whenever a script sets or edits it (the page's Open file, the example, a kept text): 1.7 s more on
// 2 MB of news set into the box, where this stops at the first letter.

// Letters of the scripts written right to left (bidi class R or AL), and the right-to-left and Arabic letter marks.
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Yezidi}\u200f\u061c]/u;
// The first strong character: a letter (any script), or a left-to-right, right-to-left or Arabic letter mark.
const STRONG = /[\p{L}\u200e\u200f\u061c]/u;

/** 'rtl' when the first strong character of `text` is written right to left, otherwise 'ltr'. */
export function direction(text) {
  const first = STRONG.exec(text);
  return first && RTL.test(first[0]) ? 'rtl' : 'ltr';
}
