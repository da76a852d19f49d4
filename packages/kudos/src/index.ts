/**
 * `@plein/kudos`: the element class and its types, without registering anything. Import
 * `@plein/kudos/kudos-wall.js` to define `<plein-kudos-wall>`.
 */
export { PleinKudosWall, type KudosMode } from './kudos/kudos-wall.element.js';
export type {
  PleinKudosEventMap,
  PleinKudosGivenDetail,
  PleinKudosReactDetail,
  PleinKudosLoadDetail,
  PleinKudosErrorDetail,
} from './kudos/events.js';
