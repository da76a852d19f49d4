/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// dist/custom-elements.json comes from `npm run build` (the custom elements manifest analyzer).
// A glob, not an import, so Storybook also builds when the manifest has not been made yet;
// the docs tables are then simply empty.
const manifests = import.meta.glob<{ default: unknown }>('../../dist/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    viewport: {
      options: {
        phone: { name: 'Phone (360 × 780)', styles: { width: '360px', height: '780px' }, type: 'mobile' },
        smallPhone: { name: 'Small phone (320 × 640)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        desktop: { name: 'Desktop (1280 × 900)', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
