// Types for widget.js (the embeddable widget). The contract types come from the wasm package's declarations,
// which src/wasm.rs writes into pkg/newsmark.d.ts at build time.
import type { AnnotateOptions, Annotations } from './pkg/newsmark.js';

export type { Affiliation, AnnotateOptions, Annotations, Entity, Label, MoneyValue, Span, Speaker } from './pkg/newsmark.js';

/** The engine: resolves once the wasm is loaded (from next to widget.js); its annotate() is synchronous. */
export function load(): Promise<{
  annotate(text: string, options?: AnnotateOptions | null): Annotations;
  version(): string;
}>;

/** What annotateElement returns: offsets index into `text` (the element's text, blocks separated by "\n\n"). */
export interface ElementAnnotation {
  text: string;
  annotations: Annotations;
  /** Puts the element's original text nodes back: the DOM is exactly as before. */
  clear(): void;
}

/** Highlights an article already on the page, in place, across inline markup; links and handlers keep working. */
export function annotateElement(element: Element, options?: AnnotateOptions): Promise<ElementAnnotation>;

/** The result carried by the `annotated` event: the contract plus the text that was annotated. */
export type AnnotatedDetail = Annotations & { text: string };

/** `<newsmark-annotator labels="PERSON MONEY">text…</newsmark-annotator>`: shadow DOM, fires `annotated`. */
export class NewsmarkAnnotator extends HTMLElement {
  /** The `text` property when set, else the element's trimmed text content. */
  text: string;
  /** The latest result, or null before the first. */
  readonly result: AnnotatedDetail | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'newsmark-annotator': NewsmarkAnnotator;
  }
  interface HTMLElementEventMap {
    annotated: CustomEvent<AnnotatedDetail>;
  }
}
