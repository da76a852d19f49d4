import { PropertyPaneChoiceGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PleinWebPartStrings';
import { choices, PleinWebPart } from '../PleinWebPart';

/** `<plein-feed>`: channel, hashtag filter, posts or the moderation queue. */
export default class FeedWebPart extends PleinWebPart {
  protected readonly kind = 'feed';

  protected pane() {
    return {
      header: strings.FeedHeader,
      groups: [
        {
          name: strings.ContentGroup,
          fields: [
            PropertyPaneTextField('channel', {
              label: strings.ChannelLabel,
              description: strings.FeedChannelDescription,
            }),
            PropertyPaneTextField('tag', { label: strings.TagLabel, description: strings.TagDescription }),
            PropertyPaneChoiceGroup('mode', {
              label: strings.FeedModeLabel,
              options: choices([
                ['feed', strings.FeedModeFeed],
                ['moderation', strings.FeedModeModeration],
              ]),
            }),
          ],
        },
      ],
    };
  }
}
