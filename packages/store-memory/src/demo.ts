/**
 * `@plein/store-memory/demo.js`: the demo organisation "Noordlicht" and stores over it, for
 * stories, tests and hosts. Kept apart from the package's main entry, so a bundle that only
 * needs the store never carries the demo data.
 */
export { createDemoDb, createDemoStore, type DemoStoreOptions } from './seed.js';
export { demoSeed, DEMO_PEOPLE, DEMO_PERSONAS } from './demo-data.js';
export { DEMO_ARTICLE_CHANNEL } from './demo-feed.js';
export { DEMO_STORAGE_KEY, openDemoDb } from './demo-db.js';
