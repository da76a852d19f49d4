import { PropertyPaneChoiceGroup, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'PleinWebPartStrings';
import { choices, PleinWebPart } from '../PleinWebPart';

/** `<plein-kudos-wall>`: a wall or an office screen, optionally for one value. */
export default class KudosWebPart extends PleinWebPart {
  protected readonly kind = 'kudos';

  protected pane() {
    return {
      header: strings.KudosHeader,
      groups: [
        {
          name: strings.ContentGroup,
          fields: [
            PropertyPaneTextField('value', { label: strings.ValueLabel, description: strings.ValueDescription }),
          ],
        },
        {
          name: strings.LayoutGroup,
          fields: [
            PropertyPaneChoiceGroup('mode', {
              label: strings.KudosModeLabel,
              options: choices([
                ['wall', strings.KudosModeWall],
                ['screen', strings.KudosModeScreen],
              ]),
            }),
            PropertyPaneToggle('leaderboard', { label: strings.LeaderboardLabel }),
          ],
        },
      ],
    };
  }
}
