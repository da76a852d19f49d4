/**
 * What every Plein web part shares. The element classes live in @plein/spfx-library, pre-built
 * as ES2022 and registered under versioned tags; this code is compiled to ES5 by the SPFx rig,
 * so it only hands the library the page context, SPHttpClient, the section's theme and the
 * display mode, and says which property pane fields the editor gets.
 */
import { DisplayMode, Version } from '@microsoft/sp-core-library';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { SPHttpClient } from '@microsoft/sp-http';
import type { IPropertyPaneConfiguration, IPropertyPaneField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { mountWebPart, unmountWebPart, type PleinWebPartKind, type SpfxHost } from '@plein/spfx-library';

/** Properties are named as the element's attributes (`poll-id`, `mode`…): the library maps them. */
export type PleinProperties = Record<string, unknown>;

export interface PaneGroup {
  name: string;
  fields: IPropertyPaneField<unknown>[];
}

export abstract class PleinWebPart extends BaseClientSideWebPart<PleinProperties> {
  protected abstract readonly kind: PleinWebPartKind;
  /** The property pane's introduction and field groups, in the page's language. */
  protected abstract pane(): { header: string; groups: PaneGroup[] };

  private themeProvider: ThemeProvider | undefined;
  private theme: IReadonlyTheme | undefined;

  protected onInit(): Promise<void> {
    // The section's theme (section backgrounds included, as `supportsThemeVariants` asks for).
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.theme = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.onThemeChange);
    return super.onInit();
  }

  public render(): void {
    mountWebPart(this.domElement, this.kind, this.properties, this.host());
  }

  protected onDispose(): void {
    if (this.themeProvider) this.themeProvider.themeChangedEvent.remove(this, this.onThemeChange);
    unmountWebPart(this.domElement);
    super.onDispose();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const { header, groups } = this.pane();
    return {
      pages: [
        {
          header: { description: header },
          groups: groups.map((group) => ({ groupName: group.name, groupFields: group.fields })),
        },
      ],
    };
  }

  private onThemeChange(args: ThemeChangedEventArgs): void {
    this.theme = args.theme;
    this.render();
  }

  private host(): SpfxHost {
    const page = this.context.pageContext;
    return {
      siteUrl: page.web.absoluteUrl,
      loginName: page.user.loginName,
      locale: page.cultureInfo.currentUICultureName,
      // SPHttpClientResponse wraps a fetch Response without some of its newer members (body,
      // bytes…); the library uses only status, headers, json() and text().
      spHttpClient: this.context.spHttpClient as unknown as SpfxHost['spHttpClient'],
      configurations: SPHttpClient.configurations,
      theme: this.theme as SpfxHost['theme'],
      editMode: this.displayMode === DisplayMode.Edit,
      host: this.context.sdks.microsoftTeams ? 'Teams' : 'SharePoint',
    };
  }
}

/** Choice options from `[value, label]` pairs. */
export function choices(options: [string, string][]): { key: string; text: string }[] {
  return options.map(([key, text]) => ({ key, text }));
}
