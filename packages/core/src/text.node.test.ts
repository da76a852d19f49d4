import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hashtags, mentionedIds, mentionMarkup, normalizeTag, plainText, tokenize, type Token } from './text.js';

const text = (value: string): Token => ({ type: 'text', text: value });
const link = (href: string, typed = href): Token => ({ type: 'link', href, text: typed });
const tag = (value: string): Token => ({ type: 'hashtag', tag: value });
const br: Token = { type: 'break' };

describe('tokenize: plain text and line breaks', () => {
  it('returns nothing for an empty text and one text token for a plain sentence', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize('Good morning, everyone'), [text('Good morning, everyone')]);
  });

  it('turns \\n and \\r\\n into breaks, keeping empty lines', () => {
    assert.deepEqual(tokenize('one\r\ntwo\n\nthree'), [text('one'), br, text('two'), br, br, text('three')]);
    assert.deepEqual(tokenize('\n'), [br]);
  });

  it('never turns markup into anything but verbatim text', () => {
    for (const input of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '&lt;b&gt;',
    ]) {
      assert.deepEqual(tokenize(input), [text(input)]);
    }
  });
});

describe('tokenize: links', () => {
  it('links http and https URLs', () => {
    assert.deepEqual(tokenize('see https://example.com/a?b=1#c now'), [
      text('see '),
      link('https://example.com/a?b=1#c'),
      text(' now'),
    ]);
    assert.deepEqual(tokenize('http://intranet/news'), [link('http://intranet/news')]);
    assert.deepEqual(tokenize('HTTPS://Example.com'), [link('HTTPS://Example.com')]);
  });

  it('makes www. hosts https and keeps the typed text', () => {
    assert.deepEqual(tokenize('go to www.plein.nl.'), [
      text('go to '),
      link('https://www.plein.nl', 'www.plein.nl'),
      text('.'),
    ]);
    assert.deepEqual(tokenize('www.foo and www.'), [text('www.foo and www.')]);
  });

  it('leaves trailing punctuation out of the link', () => {
    for (const mark of ['.', ',', ';', ':', '!', '?', ')', '...', '!?', '"', "'"]) {
      assert.deepEqual(tokenize(`https://example.com/x${mark}`), [link('https://example.com/x'), text(mark)], mark);
    }
  });

  it('keeps balanced parentheses inside the link', () => {
    assert.deepEqual(tokenize('(see https://en.wikipedia.org/wiki/Plein_(Den_Haag))'), [
      text('(see '),
      link('https://en.wikipedia.org/wiki/Plein_(Den_Haag)'),
      text(')'),
    ]);
    assert.deepEqual(tokenize('(https://example.com/a)'), [text('('), link('https://example.com/a'), text(')')]);
  });

  it('stops at whitespace and angle brackets', () => {
    assert.deepEqual(tokenize('<https://example.com>'), [text('<'), link('https://example.com'), text('>')]);
    assert.deepEqual(tokenize('https://example.com/<script>'), [link('https://example.com/'), text('<script>')]);
  });

  it('never links other schemes', () => {
    for (const input of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com',
      'mailto:a@example.com',
    ]) {
      assert.deepEqual(tokenize(input), [text(input)], input);
    }
  });

  it('does not link a scheme inside a word or a bare scheme', () => {
    assert.deepEqual(tokenize('xhttps://example.com'), [text('xhttps://example.com')]);
    assert.deepEqual(tokenize('https:// and http://'), [text('https:// and http://')]);
    assert.deepEqual(tokenize('me@www.example.com'), [text('me@www.example.com')]);
  });

  it('every link href is http or https', () => {
    const input = 'a https://x.nl b www.y.nl c http://z d javascript:alert(1) https://javascript:alert(1)';
    const links = tokenize(input).filter((token) => token.type === 'link');
    assert.equal(links.length, 3);
    for (const token of links) assert.match(token.href, /^https?:\/\//);
  });
});

describe('tokenize: mentions', () => {
  it('reads stored mention markup', () => {
    assert.deepEqual(tokenize('thanks @[Anna de Vries](p_anna)!'), [
      text('thanks '),
      { type: 'mention', id: 'p_anna', name: 'Anna de Vries' },
      text('!'),
    ]);
  });

  it('leaves malformed markup as text', () => {
    for (const input of ['@[](p1)', '@[Anna]', '@[Anna](', '@[Anna]()', '@[Anna](p 1)', '@Anna', '@[Anna] (p1)']) {
      assert.deepEqual(tokenize(input), [text(input)], input);
    }
  });

  it('bounds how far it looks for the end of a name or id', () => {
    const longName = `@[${'x'.repeat(201)}](p1)`;
    const longId = `@[Anna](${'p'.repeat(257)})`;
    assert.deepEqual(tokenize(longName), [text(longName)]);
    assert.deepEqual(tokenize(longId), [text(longId)]);
    assert.equal(tokenize(`@[${'x'.repeat(200)}](${'p'.repeat(256)})`)[0]?.type, 'mention');
  });

  it('mentionMarkup round-trips ids and names with awkward characters', () => {
    const person = { id: 'i:0#.f|membership|a (b)%x@contoso.com', displayName: 'Jan [Extern]\nJansen' };
    const markup = mentionMarkup(person);
    assert.equal(markup, '@[Jan (Extern) Jansen](i:0#.f|membership|a%20%28b%29%25x@contoso.com)');
    assert.deepEqual(tokenize(markup), [{ type: 'mention', id: person.id, name: 'Jan (Extern) Jansen' }]);
    assert.deepEqual(mentionedIds(`hi ${markup}`), [person.id]);
  });

  it('mentionMarkup shortens very long names so the markup still reads back', () => {
    const markup = mentionMarkup({ id: 'p1', displayName: `${'a'.repeat(199)}😀 tail` });
    assert.deepEqual(tokenize(markup), [{ type: 'mention', id: 'p1', name: 'a'.repeat(199) }]);
  });

  it('mentionedIds lists each id once, in order, including inside emphasis', () => {
    assert.deepEqual(mentionedIds('@[B](b) and *@[A](a)* and @[B again](b)'), ['b', 'a']);
    assert.deepEqual(mentionedIds('no one here, @someone'), []);
  });
});

describe('tokenize: hashtags', () => {
  it('reads tags with Unicode letters, digits, _ and -', () => {
    assert.deepEqual(tokenize('#Koffie #café_pauze #well-being #日本 #1st'), [
      tag('Koffie'),
      text(' '),
      tag('café_pauze'),
      text(' '),
      tag('well-being'),
      text(' '),
      tag('日本'),
      text(' '),
      tag('1st'),
    ]);
  });

  it('ignores tags inside words, URLs, entities and purely numeric tags', () => {
    assert.deepEqual(tokenize('C# a#b &#35; #123 # ##x'), [text('C# a#b &#35; #123 # ##x')]);
    assert.deepEqual(tokenize('https://example.com/#intro #real'), [
      link('https://example.com/#intro'),
      text(' '),
      tag('real'),
    ]);
  });

  it('drops a trailing hyphen and punctuation', () => {
    assert.deepEqual(tokenize('#plein-, #plein.'), [tag('plein'), text('-, '), tag('plein'), text('.')]);
  });

  it('hashtags() normalizes to unique lower case', () => {
    assert.deepEqual(hashtags('#Plein #plein *#PLEIN* #Café #cafe\u0301 #2026'), ['plein', 'café']);
    assert.equal(normalizeTag('Cafe\u0301'), 'café');
  });
});

describe('tokenize: emphasis', () => {
  it('wraps *bold* and **bold**', () => {
    assert.deepEqual(tokenize('a *big* day'), [
      text('a '),
      { type: 'emphasis', children: [text('big')] },
      text(' day'),
    ]);
    assert.deepEqual(tokenize('**big**'), [{ type: 'emphasis', children: [text('big')] }]);
  });

  it('may hold links, mentions and tags', () => {
    assert.deepEqual(tokenize('*see https://x.nl #tag*'), [
      { type: 'emphasis', children: [text('see '), link('https://x.nl'), text(' '), tag('tag')] },
    ]);
  });

  it('leaves unmatched, spaced, mixed or in-word stars as text', () => {
    for (const input of ['*open', 'close*', 'a * b * c', '2*3*4', '**', '* *', '*a**', '***x***', '*one\ntwo*']) {
      assert.equal(
        tokenize(input).some((token) => token.type === 'emphasis'),
        false,
        input,
      );
      assert.equal(plainText(tokenize(input)), input.replace(/\r\n/g, '\n'));
    }
  });

  it('does not nest', () => {
    assert.deepEqual(tokenize('*a **b** c*'), [text('*a '), { type: 'emphasis', children: [text('b')] }, text(' c*')]);
  });
});

describe('plainText', () => {
  it('gives readable text: mentions as @Name, no stars, breaks as newlines', () => {
    const tokens = tokenize('Hi @[Anna de Vries](p1),\r\n*welcome* to #plein: www.plein.nl');
    assert.equal(plainText(tokens), 'Hi @Anna de Vries,\nwelcome to #plein: www.plein.nl');
  });

  it('round-trips text without markup', () => {
    const input = 'Lunch at 12:00 (room 3.14) — bring #ideas, see https://x.nl/a_(b).\nC# & <b> too';
    assert.equal(plainText(tokenize(input)), input);
  });
});

describe('tokenize: merged, linear and safe on long input', () => {
  it('never emits two text tokens in a row, at any depth', () => {
    const check = (tokens: readonly Token[]) => {
      tokens.forEach((token, index) => {
        if (token.type === 'text') {
          assert.notEqual(token.text, '');
          assert.notEqual(tokens[index + 1]?.type, 'text');
        }
        if (token.type === 'emphasis') check(token.children);
      });
    };
    check(tokenize('a * b @x #1 ** c https:// www. *d* e'));
  });

  it('handles 20,000-character hostile inputs and keeps every character', () => {
    const inputs = [
      '*'.repeat(20_000),
      '@['.repeat(10_000),
      `@[${'x'.repeat(199)}`.repeat(100),
      '#'.repeat(20_000),
      `https://${'('.repeat(20_000)}`,
      `https://x.nl/${')'.repeat(20_000)}`,
      'www.'.repeat(5_000),
      '*a '.repeat(7_000),
      '#a'.repeat(10_000),
      'h'.repeat(20_000),
      'http://a '.repeat(2_300),
      '\n'.repeat(20_000),
    ];
    for (const input of inputs) {
      assert.equal(plainText(tokenize(input)), input, input.slice(0, 12));
    }
  });

  it('tokenizes a long realistic text fully', () => {
    const line = 'Thanks @[Anna](p1) for *great* work on #plein, see https://example.com/x.\n';
    const tokens = tokenize(line.repeat(280));
    assert.equal(tokens.filter((token) => token.type === 'mention').length, 280);
    assert.equal(tokens.filter((token) => token.type === 'link').length, 280);
    assert.equal(tokens.filter((token) => token.type === 'emphasis').length, 280);
  });
});
