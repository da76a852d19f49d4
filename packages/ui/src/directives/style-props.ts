import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names (custom properties included) and their values; `undefined` removes one. */
export type StyleProps = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never as a `style`
 * attribute: a strict Content-Security-Policy (`style-src` without 'unsafe-inline') refuses
 * style attributes, and lit's styleMap writes one on first render.
 *
 *     html`<span ${styleProps({ '--value-color': value.color })}>…</span>`
 */
class StylePropsDirective extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() belongs on an element, not in an attribute');
  }

  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    const now = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      now.add(name);
    }
    for (const name of this.set) if (!now.has(name)) style.removeProperty(name);
    this.set = now;
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
