/**
 * `@plein/insights`: the element class and its types, without registering anything. Import
 * `@plein/insights/insights.js` to define `<plein-insights>`.
 */
export { PleinInsights } from './insights/insights.element.js';
export type {
  PleinInsightsEventMap,
  PleinInsightsTargetDetail,
  PleinInsightsLoadDetail,
  PleinInsightsErrorDetail,
} from './insights/events.js';
