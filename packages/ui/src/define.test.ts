import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

class First extends HTMLElement {}
class Second extends HTMLElement {}

describe('defineElement', () => {
  it('registers a tag once and returns it', () => {
    expect(defineElement('ui-define-a', First)).to.equal('ui-define-a');
    expect(customElements.get('ui-define-a')).to.equal(First);
  });

  it('skips a tag that is already defined, whoever defined it', () => {
    expect(() => defineElement('ui-define-a', Second)).not.to.throw();
    expect(defineElement('ui-define-a', Second)).to.equal('ui-define-a');
    expect(customElements.get('ui-define-a')).to.equal(First);
  });

  it('registers a fresh subclass under a suffix', () => {
    expect(defineElement('ui-define-a', First, { suffix: '1-2-0' })).to.equal('ui-define-a-1-2-0');
    const versioned = customElements.get('ui-define-a-1-2-0')!;
    expect(versioned).to.not.equal(First);
    expect(document.createElement('ui-define-a-1-2-0') instanceof First).to.be.true;

    defineElement('ui-define-a', First, { suffix: 'next' });
    expect(customElements.get('ui-define-a-next')).to.not.equal(versioned);
    expect(defineElement('ui-define-a', First, { suffix: 'next' })).to.equal('ui-define-a-next');
  });

  it('registers a class that already has a tag under a second one', () => {
    expect(defineElement('ui-define-b', First)).to.equal('ui-define-b');
    expect(document.createElement('ui-define-b') instanceof First).to.be.true;
  });
});
