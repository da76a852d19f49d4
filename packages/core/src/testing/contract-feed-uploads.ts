import { LIMITS } from '../limits.js';
import type { Attachment } from '../types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import { PNG_1X1, feedSuite, idsOf, key, pngOfSize, type SuiteContext } from './helpers.js';

const png = () => new Blob([PNG_1X1], { type: 'image/png' });

/** The URL shows the image in an `<img>`: a PNG data URL holding these very bytes, or a web address. */
function showsImage(attachment: Attachment, bytes: Uint8Array): void {
  const { url } = attachment;
  if (url.startsWith('data:')) {
    ok(url.startsWith('data:image/png;base64,'), `a PNG data URL, got ${url.slice(0, 40)}`);
    const decoded = atob(url.slice(url.indexOf(',') + 1));
    equal(decoded.length, bytes.length, 'data URL size');
    ok(
      bytes.every((byte, i) => decoded.charCodeAt(i) === byte),
      'the data URL holds the uploaded bytes',
    );
  } else {
    ok(/^(https?:\/\/|\/[^/])/.test(url), `an http(s) or host-relative URL, got ${url}`);
  }
}

export function feedUploadsContract(context: SuiteContext): void {
  const { describe, test } = feedSuite(context);

  describe('feed: image uploads', () => {
    test('upload returns an image attachment an <img> can show', async ({ alice }) => {
      const attachment = await alice.upload({ blob: png(), name: ' pixel.png ', alt: ' A red pixel ' }, key());
      ok(attachment.id, 'an id');
      equal(attachment.kind, 'image');
      equal(attachment.type, 'image/png');
      equal(attachment.size, PNG_1X1.length);
      equal(attachment.name, 'pixel.png');
      equal(attachment.alt, 'A red pixel');
      showsImage(attachment, PNG_1X1);
    });

    test('the type comes from the bytes, not the claimed type; name and alt have defaults', async ({ alice }) => {
      const attachment = await alice.upload({ blob: new Blob([PNG_1X1], { type: 'text/plain' }) }, key());
      equal(attachment.type, 'image/png');
      equal(attachment.name, 'image');
      equal(attachment.alt, '', 'no alt means decorative');
    });

    test('a text file is not an image, whatever it claims', async ({ alice }) => {
      const text = new Blob(['<script>alert(1)</script>'], { type: 'image/png' });
      const error = await rejectsWith(alice.upload({ blob: text, name: 'evil.png' }, key()), 'invalid', 'not-an-image');
      equal(error.details.field, 'file');
      await rejectsWith(
        alice.upload({ blob: new Blob(['hello'], { type: 'text/plain' }) }, key()),
        'invalid',
        'not-an-image',
      );
    });

    test('an image over 5 MB is too large', async ({ alice }) => {
      const error = await rejectsWith(alice.upload({ blob: pngOfSize(LIMITS.imageBytes + 1) }, key()), 'too-large');
      equal(error.details.limit, LIMITS.imageBytes);
      const largest = await alice.upload({ blob: pngOfSize(LIMITS.imageBytes) }, key());
      equal(largest.size, LIMITS.imageBytes, 'exactly 5 MB is allowed');
    });

    test('the same key twice uploads once', async ({ alice }) => {
      const once = key();
      const first = await alice.upload({ blob: png(), name: 'a.png' }, once);
      const again = await alice.upload({ blob: png(), name: 'a.png' }, once);
      equal(again.id, first.id);
    });

    test('a post carries its attachments, in order, for every reader', async ({ alice, bob }) => {
      const one = await alice.upload({ blob: png(), name: 'one.png', alt: 'One' }, key());
      const two = await alice.upload({ blob: png(), name: 'two.png', alt: 'Two' }, key());
      const post = await alice.post('general', { text: 'Two pictures', attachmentIds: [two.id, one.id] }, key());
      deepEqual(post.attachments, [two, one]);
      deepEqual((await bob.get(post.id)).attachments, [two, one]);
      deepEqual((await bob.list({ channel: 'general' })).items[0]?.attachments, [two, one]);
      const edited = await alice.edit(post.id, 'Two pictures, edited', key());
      deepEqual(edited.kind === 'post' ? edited.attachments : [], [two, one], 'an edit keeps the attachments');
    });

    test('an image-only post is allowed', async ({ alice }) => {
      const image = await alice.upload({ blob: png(), alt: 'Team photo' }, key());
      const post = await alice.post('general', { text: '  ', attachmentIds: [image.id] }, key());
      equal(post.text, '');
      deepEqual(idsOf(post.attachments), [image.id]);
      const captioned = await alice.edit(post.id, 'Team photo, 2026', key());
      equal(captioned.text, 'Team photo, 2026');
      equal((await alice.edit(post.id, ' ', key())).text, '', 'with images, the text may be emptied again');
    });

    test('unknown, repeated or too many attachments are refused and nothing is posted', async ({ alice, bob }) => {
      const images: Attachment[] = [];
      for (let i = 0; i < LIMITS.attachmentsPerPost + 1; i++) images.push(await alice.upload({ blob: png() }, key()));
      await rejectsWith(alice.post('general', { text: 'Ghost', attachmentIds: ['att-unknown'] }, key()), 'invalid');
      await rejectsWith(
        alice.post('general', { text: 'Twice', attachmentIds: [images[0]!.id, images[0]!.id] }, key()),
        'invalid',
        'duplicate-attachment',
      );
      await rejectsWith(alice.post('general', { text: 'Five', attachmentIds: idsOf(images) }, key()), 'invalid');
      await rejectsWith(bob.post('general', { text: 'Not mine', attachmentIds: [images[0]!.id] }, key()), 'invalid');
      deepEqual((await alice.list({ channel: 'general' })).items, []);
    });
  });
}
