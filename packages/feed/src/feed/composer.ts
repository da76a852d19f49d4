import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { IMAGE_TYPES, LIMITS, newIdempotencyKey, type Attachment } from '@plein/core';
import { MentionField, avatar, formStyles } from '@plein/ui';
import type { FeedContext } from './context.js';
import { composerStrings, type ComposerStrings } from './composer.strings.js';
import { composerStyles } from './composer.styles.js';
import { KEEP_URL_CHARS, clearDraft, loadDraft, saveDraft } from './draft.js';
import { reasons, writeError } from './write-errors.js';
import { fieldStyles } from './field.styles.js';

export const styles = [formStyles, fieldStyles, composerStyles];

/**
 * An image picked for the post: previewed from a blob URL, uploaded when the post is sent. One
 * restored from a saved draft has no file: it was uploaded already, and shows the upload's URL.
 */
interface ImageDraft {
  file?: Blob;
  name: string;
  url: string;
  alt: string;
  /** One key per upload, so a retried send never uploads twice. */
  key: string;
  uploaded?: Attachment;
}

let composers = 0;

/**
 * The composer, loaded after the first posts: a text field with mentions and tags, up to four
 * images with descriptions, a draft that survives a reload and a failed send, and one
 * idempotency key per draft, kept across retries, so a retry never posts twice.
 */
export class Composer {
  /** The channel the draft belongs to. */
  readonly channel: string;
  private readonly field: MentionField;
  private readonly id = `composer-${++composers}`;
  private images: ImageDraft[] = [];
  private key: string;
  private sending = false;
  private error: string | undefined;

  constructor(private readonly ctx: FeedContext) {
    this.channel = ctx.channel();
    const draft = loadDraft(this.channel);
    this.key = draft?.key ?? newIdempotencyKey();
    this.field = new MentionField(ctx, {
      id: `${this.id}-text`,
      label: this.strings.label,
      placeholder: this.strings.placeholder,
      max: LIMITS.postText,
      submit: () => void this.send(),
      changed: () => this.save(),
    });
    if (draft) this.field.restore(draft.text, draft.mentions);
    this.images = (draft?.images ?? []).map((uploaded) => {
      const { name, url, alt } = uploaded;
      return { name, url, alt, key: newIdempotencyKey(), uploaded };
    });
  }

  private get strings(): ComposerStrings {
    return composerStrings[this.ctx.locale().locale];
  }

  /** Focuses the text field (the empty state's invitation). */
  focus(): Promise<boolean> {
    return this.ctx.focus(`#${this.id}-text`);
  }

  dispose(): void {
    this.field.dispose();
    for (const image of this.images) URL.revokeObjectURL(image.url);
  }

  // ---------------------------------------------------------------------------- draft

  private save(): void {
    const images = this.images.flatMap((image) =>
      image.uploaded && image.uploaded.url.length <= KEEP_URL_CHARS ? [image.uploaded] : [],
    );
    if (this.field.text.trim() || images.length) {
      saveDraft(this.channel, { text: this.field.text, mentions: this.field.entries(), key: this.key, images });
    } else {
      clearDraft(this.channel);
    }
  }

  // ---------------------------------------------------------------------------- images

  private readonly picked = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const refused = reasons(this.ctx);
    const { format } = this.ctx.locale();
    let added = 0;
    this.error = undefined;
    for (const file of files) {
      if (this.images.length >= LIMITS.attachmentsPerPost) {
        this.error = refused['too-many-attachments'](LIMITS.attachmentsPerPost, format);
        break;
      }
      if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) {
        this.error = refused['not-an-image'];
      } else if (file.size > LIMITS.imageBytes) {
        this.error = refused['file-too-large'](LIMITS.imageBytes, format);
      } else {
        const url = URL.createObjectURL(file);
        this.images = [...this.images, { file, name: file.name, url, alt: '', key: newIdempotencyKey() }];
        added++;
      }
    }
    if (added && !this.error) this.ctx.announce(this.strings.imagesAdded(added, format));
    this.ctx.requestUpdate();
  };

  private remove(image: ImageDraft): void {
    const index = this.images.indexOf(image);
    this.images = this.images.filter((i) => i !== image);
    URL.revokeObjectURL(image.url);
    this.save();
    this.ctx.announce(this.strings.imageRemoved);
    const next = this.images[index] ?? this.images[index - 1];
    void this.ctx.focus(next ? `#${this.id}-remove-${this.images.indexOf(next)}` : `#${this.id}-file`);
  }

  private described(image: ImageDraft, alt: string): void {
    image.alt = alt;
    // The description travels with the upload: a new one means a new upload.
    if (image.uploaded && image.uploaded.alt !== alt.trim()) {
      image.uploaded = undefined;
      image.key = newIdempotencyKey();
      this.save();
    }
  }

  // ---------------------------------------------------------------------------- sending

  private readonly submitted = (event: Event): void => {
    event.preventDefault();
    void this.send();
  };

  private async send(): Promise<void> {
    const feed = this.ctx.store()?.feed;
    if (!feed || this.sending) return;
    const text = this.field.markup.trim();
    const refused = reasons(this.ctx);
    if (!text && !this.images.length) return this.refuse(refused['text-required']);
    if (text.length > LIMITS.postText)
      return this.refuse(refused['text-too-long'](LIMITS.postText, this.ctx.locale().format));
    this.sending = true;
    this.error = undefined;
    this.ctx.requestUpdate();
    try {
      const attachmentIds: string[] = [];
      for (const image of this.images) {
        if (!image.uploaded) {
          // A restored image described anew is uploaded again, from its own URL.
          image.file ??= await fetch(image.url).then((answer) => answer.blob());
          const upload = { blob: image.file, name: image.name, alt: image.alt.trim() };
          image.uploaded = await this.ctx.guard(feed.upload(upload, { idempotencyKey: image.key }));
        }
        attachmentIds.push(image.uploaded.id);
      }
      const post = await this.ctx.guard(feed.post(this.channel, { text, attachmentIds }, { idempotencyKey: this.key }));
      clearDraft(this.channel);
      this.field.clear();
      for (const image of this.images) URL.revokeObjectURL(image.url);
      this.images = [];
      this.key = newIdempotencyKey();
      this.ctx.postCreated(post);
      this.ctx.toast(this.strings.posted, 'success');
    } catch (error) {
      // The text and images stay (and the draft, with the same key for the retry and the uploads so far).
      this.error = writeError(this.ctx, error);
      this.save();
      this.ctx.failed(error);
    } finally {
      this.sending = false;
      this.ctx.requestUpdate();
    }
  }

  private refuse(message: string): void {
    this.error = message;
    void this.ctx.focus(`#${this.id}-text`);
  }

  // ---------------------------------------------------------------------------- rendering

  render(): TemplateResult {
    const t = this.strings;
    const id = this.id;
    const error = this.error;
    return html`<form class="composer card" part="composer" novalidate @submit=${this.submitted}>
      <span class="avatar-box" aria-hidden="true">${avatar(this.ctx.me(), { size: 'medium' })}</span>
      <div class="composer-body">
        ${this.field.render({
          describedBy: `${id}-hint${error ? ` ${id}-error` : ''}`,
          invalid: Boolean(error),
        })}
        <p class="hint" id="${id}-hint">${t.hint}</p>
        ${this.renderImages(t)}
        ${error ? html`<p class="field-error" id="${id}-error" role="alert">${error}</p>` : nothing}
        <div class="composer-actions">
          <span>
            <input
              type="file"
              id="${id}-file"
              class="file visually-hidden"
              accept="image/*"
              multiple
              @change=${this.picked}
            />
            <label for="${id}-file" class="button subtle">
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <rect
                  x="1.5"
                  y="3"
                  width="13"
                  height="10"
                  rx="1.5"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="1.3"
                />
                <circle cx="5.5" cy="6.5" r="1.2" fill="currentColor" />
                <path d="M2 12l4-3.5 3 2.5 2-1.5 3 2.5" fill="none" stroke="currentColor" stroke-width="1.3" />
              </svg>
              ${t.addImages}
            </label>
          </span>
          <button type="submit" class="button primary send" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? t.posting : t.post}
          </button>
        </div>
      </div>
    </form>`;
  }

  private renderImages(t: ComposerStrings): TemplateResult | typeof nothing {
    if (!this.images.length) return nothing;
    const id = this.id;
    return html`<ul class="previews" aria-label=${t.images}>
      ${repeat(
        this.images,
        // The draft itself: two copies of one picture may share a URL.
        (image) => image,
        (image, index) =>
          html`<li class="preview">
            <img src=${image.url} alt="" />
            <button
              type="button"
              class="button remove"
              id="${id}-remove-${index}"
              aria-label=${t.removeImage(index + 1)}
              @click=${() => this.remove(image)}
            >
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
              </svg>
            </button>
            <label for="${id}-alt-${index}">${t.alt(index + 1)}</label>
            <input
              id="${id}-alt-${index}"
              type="text"
              maxlength=${LIMITS.attachmentAlt}
              .value=${image.alt}
              @input=${(event: Event) => this.described(image, (event.target as HTMLInputElement).value)}
            />
          </li>`,
      )}
    </ul>`;
  }
}
