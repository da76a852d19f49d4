/**
 * `mode="create"` and the empty state's "Create a poll", loaded on first use: the form, the
 * banner that shares a new poll, and their strings and styles. The vote view never pays for it.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formStrings, type FormStrings } from './poll-form.strings.js';
import { formStyles } from '@plein/ui';
import { pollFormStyles } from './poll-form.styles.js';

export { PollForm } from './poll-form.js';

export const strings = formStrings;
export const styles = [formStyles, pollFormStyles];

export interface CreatedOptions {
  strings: FormStrings;
  /** The new poll's permalink. */
  url: string;
  /** The new poll as a vote card, under the banner. */
  card: TemplateResult;
  copy: (url: string) => void;
  another: () => void;
}

/** After creating: "Your poll is ready", the link to share, and the poll itself. */
export function created({ strings, url, card, copy, another }: CreatedOptions): TemplateResult {
  return html`<div class="created">
    <div class="created-banner">
      <h2 class="created-heading" id="created-heading" tabindex="-1">${strings.createdHeading}</h2>
      <p>${strings.createdMessage}</p>
      <p class="share">
        <label class="visually-hidden" for="created-url">${strings.permalink}</label>
        <input id="created-url" class="share-url" type="url" readonly .value=${live(url)} @focus=${selectAll} />
        <button type="button" class="button primary copy-link" @click=${() => copy(url)}>${strings.copyLink}</button>
      </p>
      <button type="button" class="button create-another" @click=${another}>${strings.createAnother}</button>
    </div>
    ${card}
  </div>`;
}

function selectAll(event: FocusEvent): void {
  (event.target as HTMLInputElement).select();
}
