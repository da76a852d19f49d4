import { PropertyPaneChoiceGroup, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PleinWebPartStrings';
import { choices, PleinWebPart } from '../PleinWebPart';

/** `<plein-trending>`: which channel, over which period, how many hashtags. */
export default class TrendingWebPart extends PleinWebPart {
  protected readonly kind = 'trending';

  protected pane() {
    return {
      header: strings.TrendingHeader,
      groups: [
        {
          name: strings.ContentGroup,
          fields: [
            PropertyPaneTextField('channel', {
              label: strings.ChannelLabel,
              description: strings.TrendingChannelDescription,
            }),
            PropertyPaneChoiceGroup('period', {
              label: strings.TrendingPeriodLabel,
              options: choices([
                ['day', strings.TrendingDay],
                ['week', strings.TrendingWeek],
                ['month', strings.TrendingMonth],
              ]),
            }),
            PropertyPaneSlider('limit', { label: strings.LimitLabel, min: 1, max: 20, step: 1 }),
          ],
        },
      ],
    };
  }
}
