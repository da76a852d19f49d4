import { PropertyPaneChoiceGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'PleinWebPartStrings';
import { choices, PleinWebPart } from '../PleinWebPart';

/** `<plein-onboarding>`: a person's checklists, or the team's campaigns. */
export default class OnboardingWebPart extends PleinWebPart {
  protected readonly kind = 'onboarding';

  protected pane() {
    return {
      header: strings.OnboardingHeader,
      groups: [
        {
          name: strings.ContentGroup,
          fields: [
            PropertyPaneTextField('campaign', {
              label: strings.CampaignLabel,
              description: strings.CampaignDescription,
            }),
          ],
        },
        {
          name: strings.LayoutGroup,
          fields: [
            PropertyPaneChoiceGroup('mode', {
              label: strings.OnboardingModeLabel,
              options: choices([
                ['checklist', strings.OnboardingModeChecklist],
                ['manage', strings.OnboardingModeManage],
              ]),
            }),
          ],
        },
      ],
    };
  }
}
