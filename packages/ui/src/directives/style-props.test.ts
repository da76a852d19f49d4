import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps, type StyleProps } from './style-props.js';

const view = (props: StyleProps) => html`<span ${styleProps(props)}>x</span>`;

describe('styleProps', () => {
  it('sets custom and plain properties through the CSSOM, and removes those left out later', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(view({ '--value-color': '#123456', width: '40%' }), host);
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--value-color')).to.equal('#123456');
    expect(span.style.getPropertyValue('width')).to.equal('40%');

    render(view({ '--value-color': '#abcdef', width: undefined }), host);
    expect(span.style.getPropertyValue('--value-color')).to.equal('#abcdef');
    expect(span.style.getPropertyValue('width')).to.equal('');
  });

  it('works under a CSP that refuses style attributes', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src-attr 'none'";
    document.head.append(meta);
    const refused: string[] = [];
    const listen = (e: SecurityPolicyViolationEvent) => refused.push(e.violatedDirective);
    document.addEventListener('securitypolicyviolation', listen);
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      render(view({ '--value-color': '#123456' }), host);
      // A style attribute is refused under this policy (what lit's styleMap writes first): the check can fail.
      const probe = document.createElement('i');
      probe.setAttribute('style', 'color: red');
      host.append(probe);
      await new Promise((resolve) => setTimeout(resolve));
      expect(host.querySelector('span')!.style.getPropertyValue('--value-color')).to.equal('#123456');
      expect(refused.length).to.equal(1);
    } finally {
      document.removeEventListener('securitypolicyviolation', listen);
      meta.remove();
    }
  });
});
