import type { Formatters, Translations } from '@plein/core';
import { count } from './plural.js';

/** The composer (loaded with its code). */
const en = {
  label: 'New post',
  placeholder: 'Share news, a question or a thank-you…',
  hint: 'Type @ to mention someone and # to add a tag. Ctrl+Enter posts.',
  addImages: 'Add images',
  images: 'Images to post',
  alt: (n: number) => `Description of image ${n}`,
  removeImage: (n: number) => `Remove image ${n}`,
  imagesAdded: (n: number, format: Formatters) => `${count(format, n, 'image', 'images')} added.`,
  imageRemoved: 'Image removed.',
  post: 'Post',
  posting: 'Posting…',
  posted: 'Your post is published.',
};

const nl: typeof en = {
  label: 'Nieuw bericht',
  placeholder: 'Deel nieuws, een vraag of een bedankje…',
  hint: 'Typ @ om iemand te noemen en # voor een tag. Ctrl+Enter plaatst het bericht.',
  addImages: 'Afbeeldingen toevoegen',
  images: 'Afbeeldingen bij het bericht',
  alt: (n) => `Beschrijving van afbeelding ${n}`,
  removeImage: (n) => `Afbeelding ${n} weghalen`,
  imagesAdded: (n, format) => `${count(format, n, 'afbeelding', 'afbeeldingen')} toegevoegd.`,
  imageRemoved: 'Afbeelding weggehaald.',
  post: 'Plaatsen',
  posting: 'Plaatsen…',
  posted: 'Je bericht is geplaatst.',
};

export type ComposerStrings = typeof en;
export const composerStrings: Translations<ComposerStrings> = { en, nl };
