import { PropertyPaneChoiceGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PleinWebPartStrings';
import { choices, PleinWebPart } from '../PleinWebPart';

/** `<plein-poll>`: which poll, as a card or as a presenter view. */
export default class PollWebPart extends PleinWebPart {
  protected readonly kind = 'poll';

  protected pane() {
    return {
      header: strings.PollHeader,
      groups: [
        {
          name: strings.ContentGroup,
          fields: [
            PropertyPaneTextField('poll-id', { label: strings.PollIdLabel, description: strings.PollIdDescription }),
          ],
        },
        {
          name: strings.LayoutGroup,
          fields: [
            PropertyPaneChoiceGroup('mode', {
              label: strings.PollModeLabel,
              options: choices([
                ['vote', strings.PollModeVote],
                ['presenter', strings.PollModePresenter],
              ]),
            }),
          ],
        },
      ],
    };
  }
}
