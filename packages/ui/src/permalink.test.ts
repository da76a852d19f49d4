import { expect } from '@open-wc/testing';
import { permalink, readPermalink } from './permalink.js';

describe('permalink', () => {
  it('round-trips an id through the hash', () => {
    const link = permalink('poll', 'a b/ü&#', 'https://intranet.example/news?page=2#top');
    expect(link).to.equal('https://intranet.example/news?page=2#plein-poll=a%20b%2F%C3%BC%26%23');
    expect(readPermalink('poll', new URL(link))).to.equal('a b/ü&#');
  });

  it('points at the current page by default, without its hash', () => {
    const link = new URL(permalink('poll', 'p1'));
    expect(link.origin + link.pathname + link.search).to.equal(location.origin + location.pathname + location.search);
    expect(link.hash).to.equal('#plein-poll=p1');
  });

  it('makes a relative base absolute, so a QR code opens on a phone', () => {
    const link = permalink('poll', 'p1', '/news.html');
    expect(link).to.equal(`${location.origin}/news.html#plein-poll=p1`);
  });

  it('reads the query too, and only its own kind', () => {
    expect(readPermalink('poll', new URL('https://intranet.example/?plein-poll=42'))).to.equal('42');
    expect(readPermalink('post', new URL('https://intranet.example/?plein-poll=42'))).to.equal(undefined);
    expect(readPermalink('poll', new URL('https://intranet.example/#section'))).to.equal(undefined);
  });
});
