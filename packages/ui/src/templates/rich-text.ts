import { html, type TemplateResult } from 'lit';
import { tokenize, type InlineToken, type Token } from '@plein/core';

export interface RichTextOptions {
  /** The href of a hashtag (for example a permalink that filters the feed); plain text when absent. */
  tagHref?: (tag: string) => string;
  /** Renders a mention (for example a `<plein-person>`); bold text with the stored name when absent. */
  mention?: (id: string, name: string) => TemplateResult;
  /**
   * For views nobody interacts with (an office screen): links, hashtags and mentions are drawn
   * as text (same classes, no `<a>`, nothing focusable), and `tagHref` and `mention` are not used.
   */
  plain?: boolean;
}

/**
 * User text as lit templates: text nodes, links (opening in a new tab, marked as user content),
 * mentions, hashtags, line breaks and emphasis. Nothing here parses HTML: `<script>` typed by
 * someone is shown as the characters `<script>`.
 */
export function richText(text: string, options: RichTextOptions = {}): TemplateResult {
  const used = options.plain ? { plain: true } : options;
  return html`${tokenize(text).map((token) => renderToken(token, used))}`;
}

function renderToken(token: Token, options: RichTextOptions): TemplateResult | string {
  switch (token.type) {
    case 'break':
      return html`<br />`;
    case 'emphasis':
      return html`<em>${token.children.map((child) => renderInline(child, options))}</em>`;
    default:
      return renderInline(token, options);
  }
}

function renderInline(token: InlineToken, options: RichTextOptions): TemplateResult | string {
  switch (token.type) {
    case 'text':
      return token.text;
    case 'link':
      if (options.plain) return html`<span class="rich-link">${token.text}</span>`;
      return html`<a class="rich-link" href=${token.href} target="_blank" rel="noopener noreferrer nofollow ugc"
        >${token.text}</a
      >`;
    case 'mention':
      return options.mention
        ? options.mention(token.id, token.name)
        : html`<strong class="rich-mention">@${token.name}</strong>`;
    case 'hashtag':
      return options.tagHref
        ? html`<a class="rich-tag" href=${options.tagHref(token.tag)}>#${token.tag}</a>`
        : html`<span class="rich-tag">#${token.tag}</span>`;
  }
}
