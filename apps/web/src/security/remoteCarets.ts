import type { Extension, Range } from '@codemirror/state';
import { Decoration, type DecorationSet, ViewPlugin, WidgetType } from '@codemirror/view';
import { yRemoteSelections } from 'y-codemirror.next';

/** Colours that may reach a style: `#rrggbb`, nothing else (presence is checked by the server too). */
const hexColour = /^#[0-9a-f]{6}$/i;
/** How y-codemirror.next writes a selection's colour into its `style` attribute. */
const selectionStyle = /^background-color: (#[0-9a-f]{6})$/i;

/** A rule per colour in one `<style>` element carrying the page's nonce (rules added through the CSSOM need nothing more). */
class ColourRules {
  private element: HTMLStyleElement | null = null;
  private readonly added = new Set<string>();

  constructor(private readonly nonce: string | undefined) {}

  /** The class that gives a selection the background `colour`. */
  selectionClass(colour: string): string {
    const name = `pb-peer-${colour.slice(1).toLowerCase()}`;
    if (this.added.has(name)) return name;
    if (!this.element) {
      this.element = document.createElement('style');
      if (this.nonce) this.element.nonce = this.nonce;
      document.head.append(this.element);
    }
    this.element.sheet?.insertRule(`.${name} { background-color: ${colour}; }`);
    this.added.add(name);
    return name;
  }
}

/** y-codemirror.next's caret, drawn with its colour set through the CSSOM instead of a `style` attribute. */
class RemoteCaret extends WidgetType {
  constructor(
    readonly colour: string,
    readonly name: string,
  ) {
    super();
  }

  override toDOM(): HTMLElement {
    const caret = document.createElement('span');
    caret.className = 'cm-ySelectionCaret';
    if (hexColour.test(this.colour)) {
      caret.style.backgroundColor = this.colour;
      caret.style.borderColor = this.colour;
    }
    const dot = document.createElement('div');
    dot.className = 'cm-ySelectionCaretDot';
    const info = document.createElement('div');
    info.className = 'cm-ySelectionInfo';
    info.textContent = this.name;
    caret.append('\u2060', dot, '\u2060', info, '\u2060');
    return caret;
  }

  override eq(other: RemoteCaret): boolean {
    return other.colour === this.colour && other.name === this.name;
  }

  override get estimatedHeight(): number {
    return -1;
  }

  override ignoreEvent(): boolean {
    return true;
  }
}

interface YCaretWidget {
  color: string;
  name: string;
}

function isYCaret(widget: unknown): widget is YCaretWidget {
  return widget instanceof WidgetType && typeof (widget as Partial<YCaretWidget>).color === 'string' && typeof (widget as Partial<YCaretWidget>).name === 'string';
}

/** The same decorations with every colour moved out of `style` attributes, which the policy blocks (and reports). */
function withoutInlineStyles(decorations: DecorationSet, rules: ColourRules): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const cursor = decorations.iter();
  for (; cursor.value; cursor.next()) {
    const { from, to, value } = cursor;
    const spec = value.spec as { widget?: unknown; side?: number; class?: string; attributes?: Record<string, string> };
    if (isYCaret(spec.widget)) {
      ranges.push(Decoration.widget({ widget: new RemoteCaret(spec.widget.color, spec.widget.name), side: spec.side ?? 0 }).range(from));
      continue;
    }
    const colour = selectionStyle.exec(spec.attributes?.style ?? '')?.[1];
    const colourClass = colour ? ` ${rules.selectionClass(colour)}` : '';
    if (spec.attributes?.class?.includes('cm-yLineSelection')) ranges.push(Decoration.line({ class: `cm-yLineSelection${colourClass}` }).range(from));
    // y-codemirror.next also marks a selection of nothing (a caret alone), which CodeMirror draws as nothing.
    else if (to > from) ranges.push(Decoration.mark({ class: `cm-ySelection${colourClass}` }).range(from, to));
  }
  return Decoration.set(ranges, true);
}

/**
 * y-codemirror.next colours other people's selections and carets with inline `style` attributes,
 * which a policy without `style-src 'unsafe-inline'` blocks and reports. This plugin runs after
 * it on every update and replaces its decorations with ones coloured by class rules (selections)
 * or the CSSOM (carets), so the colours show and nothing is blocked.
 */
export function remoteCaretsWithoutInlineStyles(nonce: string | undefined): Extension {
  const rules = new ColourRules(nonce);
  return ViewPlugin.define(() => {
    let rewritten: DecorationSet | null = null;
    return {
      update(update) {
        const remote = update.view.plugin(yRemoteSelections) as { decorations: DecorationSet } | null;
        if (!remote || remote.decorations === rewritten) return;
        rewritten = withoutInlineStyles(remote.decorations, rules);
        remote.decorations = rewritten;
      },
    };
  });
}
