import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'PleinWebPartStrings';
import { choices, PleinWebPart } from '../PleinWebPart';

/** `<plein-insights>`: the period shown first. */
export default class InsightsWebPart extends PleinWebPart {
  protected readonly kind = 'insights';

  protected pane() {
    return {
      header: strings.InsightsHeader,
      groups: [
        {
          name: strings.ContentGroup,
          fields: [
            PropertyPaneDropdown('period', {
              label: strings.InsightsPeriodLabel,
              options: choices([
                ['week', strings.PeriodWeek],
                ['month', strings.PeriodMonth],
                ['quarter', strings.PeriodQuarter],
                ['year', strings.PeriodYear],
                ['last-week', strings.PeriodLastWeek],
                ['last-month', strings.PeriodLastMonth],
                ['last-quarter', strings.PeriodLastQuarter],
                ['last-year', strings.PeriodLastYear],
              ]),
            }),
          ],
        },
      ],
    };
  }
}
