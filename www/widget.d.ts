// Types for widget.js (the embeddable widget). The contract types come from the wasm package's declarations,
// which src/wasm.rs writes into pkg/newsmark.d.ts at build time.
import type { AnnotateOptions, Annotations, ExportFormat, ListedName } from './pkg/newsmark.js';

export type { Affiliation, AnnotateOptions, Annotations, Entity, ExportFormat, Label, ListedName, MoneyValue, Span, Speaker } from './pkg/newsmark.js';

/** The engine: resolves once the wasm is loaded (from next to widget.js); its annotate() is synchronous. */
export function load(): Promise<{
  annotate(text: string, options?: AnnotateOptions | null): Annotations;
  /** The same, in the shared Web Worker: for long texts. A newer call of the same owner cancels this one. */
  annotateInWorker(text: string, options?: AnnotateOptions | null, owner?: unknown): Promise<Annotations>;
  /** The text as a file in an export format (offsets in code points). */
  exportText(text: string, options: AnnotateOptions | null | undefined, format: ExportFormat): string;
  exportInWorker(text: string, options: AnnotateOptions | null | undefined, format: ExportFormat, owner?: unknown): Promise<string>;
  version(): string;
  /**
   * Resolves once the annotator has its knowledge file (pkg/knowledge.bin: word lists and word clusters),
   * fetching it if it has not started: it starts without them so that its first annotation comes sooner, and
   * fetches them after that one. Annotate again once this resolves. Rejects with the reason when the file cannot
   * be had; annotate() keeps working without it.
   */
  knowledge(): Promise<void>;
  /** Whether annotate() reads names with the knowledge file yet. */
  hasKnowledge(): boolean;
}>;

/**
 * Where the package's `pkg/` and `js/` folders are served, when a bundle is not beside them: call it before the
 * first load(), e.g. `configure({ base: '/assets/newsmark/' })` with node_modules/newsmark copied there.
 */
export function configure(options: { base?: string | URL }): void;

/** The longest text the widget and annotateElement annotate, in UTF-16 units. */
export const MAX_TEXT_UNITS: number;

/** A names file, as the page loads it and the CLI's `--names FILE` reads it. */
export interface NamesFile {
  names?: ListedName[];
  ignore?: string[];
}

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
  /** Your own names: the property, else the `names` attribute's JSON; null for none. */
  names: NamesFile | null;
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
