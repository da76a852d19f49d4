import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, parseCsvImport, parseImportDate, toCsv } from './csv-import.js';
import { LIMITS } from './limits.js';

const anna = { name: 'Anna de Vries', email: 'anna@example.org', startDate: '2026-03-02', department: 'Finance' };

describe('parseCsvImport: shape of the file', () => {
  it('reads a plain comma file with English headers', () => {
    const result = parseCsvImport(
      'Name,E-mail,Start date,Department\nAnna de Vries,anna@example.org,2026-03-02,Finance\n',
    );
    assert.deepEqual(result, { rows: [anna], errors: [], delimiter: ',' });
  });

  it('reads what Dutch Excel writes: BOM, semicolons, CRLF, Dutch headers, day-first dates', () => {
    const text =
      '\uFEFFNaam;E-mailadres;Startdatum;Afdeling\r\n' +
      'Anna de Vries;Anna@Example.org ;02-03-2026;Finance\r\n' +
      'Bram Öztürk;bram@example.org;1-4-2026;\r\n';
    const result = parseCsvImport(text);
    assert.equal(result.delimiter, ';');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows, [anna, { name: 'Bram Öztürk', email: 'bram@example.org', startDate: '2026-04-01' }]);
  });

  it('detects tab as the delimiter', () => {
    const result = parseCsvImport('name\temail\tstart\nAnna de Vries\tanna@example.org\t2026-03-02\n');
    assert.equal(result.delimiter, '\t');
    assert.deepEqual(result.rows, [{ name: 'Anna de Vries', email: 'anna@example.org', startDate: '2026-03-02' }]);
  });

  it('picks the delimiter that names the columns, even when another character is more frequent in the header', () => {
    // Four commas, three semicolons: the semicolons are the ones that split the known columns.
    const result = parseCsvImport('Naam;E-mail;Startdatum;Notes, a, b, c, d\nAnna;anna@example.org;2-3-2026;x\n');
    assert.equal(result.delimiter, ';');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows, [{ name: 'Anna', email: 'anna@example.org', startDate: '2026-03-02' }]);
  });

  it('matches headers ignoring case, accents, spaces and dashes, in any order, and ignores other columns', () => {
    const headers = [
      ['NAAM', 'EMAIL', 'START', 'AFDELING'],
      ['Náme', 'É-Mail', 'Start_Date', 'Dept.'],
      ['full name', 'mail', 'datum in dienst', 'department'],
      ['Volledige naam', 'E-mail adres', 'Eerste werkdag', 'Afdeling'],
    ];
    for (const names of headers) {
      const text = `Phone,${names[2]},Notes,${names[1]},${names[3]},${names[0]}\n0612345678,2026-03-02,hi,anna@example.org,Finance,Anna de Vries\n`;
      const result = parseCsvImport(text);
      assert.deepEqual(result.errors, [], names.join(' | '));
      assert.deepEqual(result.rows, [anna], names.join(' | '));
    }
  });

  it('a header named twice uses its first column', () => {
    const result = parseCsvImport('name,email,start,email\nAnna,anna@example.org,2026-03-02,other@example.org\n');
    assert.equal(result.rows[0]?.email, 'anna@example.org');
  });

  it('missing required columns: one file error naming them, and no rows', () => {
    assert.deepEqual(parseCsvImport('Naam;Afdeling\nAnna;Finance\n'), {
      rows: [],
      errors: [{ row: 0, field: 'columns', reason: 'missing-columns', columns: ['email', 'startDate'] }],
      delimiter: ';',
    });
    assert.deepEqual(parseCsvImport('Name,E-mail,Department\nAnna,anna@example.org,IT\n').errors, [
      { row: 0, field: 'columns', reason: 'missing-columns', columns: ['startDate'] },
    ]);
    const noHeader = parseCsvImport('Anna de Vries,anna@example.org,2026-03-02\n');
    assert.deepEqual(noHeader.errors, [
      { row: 0, field: 'columns', reason: 'missing-columns', columns: ['name', 'email', 'startDate'] },
    ]);
    assert.deepEqual(noHeader.rows, []);
  });

  it('an empty file, or a header without rows, is a file error', () => {
    for (const text of ['', '\uFEFF', '\n\r\n  \n']) {
      assert.deepEqual(parseCsvImport(text).errors, [{ row: 0, field: 'file', reason: 'empty' }], JSON.stringify(text));
    }
    assert.deepEqual(parseCsvImport('name,email,start\r\n\r\n,,\r\n').errors, [
      { row: 0, field: 'file', reason: 'no-rows' },
    ]);
  });

  it('skips blank lines, also lines of empty cells, without numbering them', () => {
    const text = '\n\nname;email;start\n\n;;\n  ;  ;  \nAnna;anna@example.org;2026-03-02\n\nBob;bob;2026-03-02\n\n';
    const result = parseCsvImport(text);
    assert.deepEqual(
      result.rows.map((r) => r.name),
      ['Anna', 'Bob'],
    );
    assert.deepEqual(result.errors, [{ row: 2, field: 'email', reason: 'invalid-email' }]);
  });

  it('accepts files without a final line break, with LF, CRLF or lone CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['name,email,start', 'Anna,anna@example.org,2026-03-02', 'Bob,bob@example.org,2026-03-03'].join(eol);
      const result = parseCsvImport(text);
      assert.deepEqual(
        result.rows.map((r) => [r.name, r.startDate]),
        [
          ['Anna', '2026-03-02'],
          ['Bob', '2026-03-03'],
        ],
        JSON.stringify(eol),
      );
    }
  });

  it('short rows read as empty cells', () => {
    const result = parseCsvImport('name,email,start,department\nAnna,anna@example.org\n');
    assert.deepEqual(result.rows, [{ name: 'Anna', email: 'anna@example.org', startDate: '' }]);
    assert.deepEqual(result.errors, [{ row: 1, field: 'startDate', reason: 'required' }]);
  });
});

describe('parseCsvImport: quotes (RFC 4180)', () => {
  it('reads quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    const text =
      'name;email;start;department\r\n' +
      '"Vries; Anna de";anna@example.org;2026-03-02;"Finance ""&"" Control"\r\n' +
      '"Bram\r\nÖztürk";"bram@example.org";"2026-03-03";"Sales\nNoord"\r\n' +
      'Cees;cees@example.org;2026-03-04;""\r\n';
    const result = parseCsvImport(text);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows, [
      { name: 'Vries; Anna de', email: 'anna@example.org', startDate: '2026-03-02', department: 'Finance "&" Control' },
      { name: 'Bram Öztürk', email: 'bram@example.org', startDate: '2026-03-03', department: 'Sales Noord' },
      { name: 'Cees', email: 'cees@example.org', startDate: '2026-03-04' },
    ]);
  });

  it('quoted headers and quoted commas in a comma file', () => {
    const text = '"Name","E-mail","Start date"\n"de Vries, Anna","anna@example.org","2026-03-02"\n';
    assert.deepEqual(parseCsvImport(text).rows, [
      { name: 'de Vries, Anna', email: 'anna@example.org', startDate: '2026-03-02' },
    ]);
  });

  it('a quote inside an unquoted field is kept; spaces before an opening quote are skipped', () => {
    const text = 'name,email,start\nAnna "Annie" de Vries,anna@example.org, "2026-03-02"\n';
    assert.deepEqual(parseCsvImport(text).rows, [
      { name: 'Anna "Annie" de Vries', email: 'anna@example.org', startDate: '2026-03-02' },
    ]);
  });

  it('a quote that never closes is a file error at its row', () => {
    const text =
      'name,email,start\nAnna,anna@example.org,2026-03-02\n"Bob,bob@example.org,2026-03-03\nCees,c@example.org,2026-03-04\n';
    assert.deepEqual(parseCsvImport(text), {
      rows: [],
      errors: [{ row: 2, field: 'file', reason: 'unclosed-quote' }],
      delimiter: ',',
    });
  });
});

describe('parseCsvImport: values', () => {
  const one = (line: string) => parseCsvImport(`name;email;start\n${line}\n`);

  it('trims and lower-cases e-mails and refuses bad ones', () => {
    assert.equal(one('Anna; ANNA.de.Vries@Example.ORG ;2026-03-02').rows[0]?.email, 'anna.de.vries@example.org');
    for (const bad of [
      'anna',
      'anna@',
      '@example.org',
      'anna@example',
      'anna@@example.org',
      'an na@example.org',
      'Anna <anna@example.org>',
      'anna@example..org',
      `${'a'.repeat(250)}@example.org`,
    ]) {
      const result = one(`Anna;${bad};2026-03-02`);
      assert.deepEqual(result.errors, [{ row: 1, field: 'email', reason: 'invalid-email' }], bad);
      assert.equal(result.rows[0]?.email, bad.trim().toLowerCase(), 'kept as typed for the store to report');
    }
    assert.deepEqual(one('Anna;  ;2026-03-02').errors, [{ row: 1, field: 'email', reason: 'required' }]);
  });

  it('reads ISO and day-first dates, and refuses impossible or ambiguous ones', () => {
    const good: [string, string][] = [
      ['2026-03-02', '2026-03-02'],
      ['2026-3-2', '2026-03-02'],
      ['02-03-2026', '2026-03-02'],
      ['2-3-2026', '2026-03-02'],
      ['03/04/2026', '2026-04-03'],
      ['3/4/2026', '2026-04-03'],
      ['31.12.2026', '2026-12-31'],
      ['29-02-2028', '2028-02-29'],
      [' 2026-03-02 ', '2026-03-02'],
    ];
    for (const [typed, iso] of good) {
      assert.equal(parseImportDate(typed), iso, typed);
      assert.equal(one(`Anna;anna@example.org;${typed}`).rows[0]?.startDate, iso, typed);
    }
    const bad = [
      '31-02-2026',
      '29-02-2026',
      '2026-02-30',
      '2026-13-01',
      '00-01-2026',
      '13/13/2026',
      '2026/03/02',
      '02-03-26',
      '02-03/2026',
      '3 maart 2026',
      'tomorrow',
      '2026-03-02T09:00',
      '45000',
    ];
    for (const typed of bad) {
      assert.equal(parseImportDate(typed), undefined, typed);
      const result = one(`Anna;anna@example.org;${typed}`);
      assert.deepEqual(result.errors, [{ row: 1, field: 'startDate', reason: 'invalid-date' }], typed);
      assert.equal(result.rows[0]?.startDate, typed, 'kept as typed');
    }
    assert.deepEqual(one('Anna;anna@example.org;').errors, [{ row: 1, field: 'startDate', reason: 'required' }]);
  });

  it('names are required, single-line and at most the limit; departments optional', () => {
    assert.deepEqual(one(' ;anna@example.org;2026-03-02').errors, [{ row: 1, field: 'name', reason: 'required' }]);
    assert.equal(one('  Anna   de\tVries ;anna@example.org;2026-03-02').rows[0]?.name, 'Anna de Vries');
    assert.equal(one('Cafe\u0301 Owner;anna@example.org;2026-03-02').rows[0]?.name, 'Caf\u00e9 Owner', 'NFC');
    const long = 'n'.repeat(LIMITS.personName + 1);
    assert.deepEqual(one(`${long};anna@example.org;2026-03-02`).errors, [
      { row: 1, field: 'name', reason: 'too-long', limit: LIMITS.personName },
    ]);
    assert.deepEqual(one(`${'n'.repeat(LIMITS.personName)};anna@example.org;2026-03-02`).errors, []);
    const department = parseCsvImport(`name;email;start;afdeling\nAnna;anna@example.org;2026-03-02;${long}\n`);
    assert.deepEqual(department.errors, [
      { row: 1, field: 'department', reason: 'too-long', limit: LIMITS.personName },
    ]);
  });

  it('reports every bad field of a row, in field order, and keeps numbering rows after bad ones', () => {
    const text = 'start;email;name\n31-02-2026;nope;\n2026-03-02;anna@example.org;Anna\n';
    const result = parseCsvImport(text);
    assert.deepEqual(result.errors, [
      { row: 1, field: 'name', reason: 'required' },
      { row: 1, field: 'email', reason: 'invalid-email' },
      { row: 1, field: 'startDate', reason: 'invalid-date' },
    ]);
    assert.equal(result.rows.length, 2);
    assert.equal(result.rows[1]?.name, 'Anna');
  });

  it('duplicate e-mails (after trimming and case) are an error on the later rows only', () => {
    const text = [
      'name,email,start',
      'Anna,anna@example.org,2026-03-02',
      'Bob,bob@example.org,2026-03-02',
      'Anna again, ANNA@example.org ,2026-03-09',
      'Bad,bad,2026-03-02',
      'Bad too,bad,2026-03-02',
      'Anna thrice,anna@example.org,31-02-2026',
    ].join('\n');
    assert.deepEqual(parseCsvImport(text).errors, [
      { row: 3, field: 'email', reason: 'duplicate-email' },
      { row: 4, field: 'email', reason: 'invalid-email' },
      { row: 5, field: 'email', reason: 'invalid-email' },
      { row: 6, field: 'email', reason: 'duplicate-email' },
      { row: 6, field: 'startDate', reason: 'invalid-date' },
    ]);
    assert.equal(parseCsvImport(text).rows.length, 6, 'every row stays, so numbers match the store’s preview');
  });

  it('keeps script and HTML as plain text', () => {
    const result = one('<img src=x onerror=alert(1)>;anna@example.org;2026-03-02');
    assert.equal(result.rows[0]?.name, '<img src=x onerror=alert(1)>');
  });
});

describe('parseCsvImport: size', () => {
  const header = 'name;email;start\n';
  const line = (i: number) => `Person ${i};p${i}@example.org;2026-03-02\n`;
  const file = (count: number, tail = '') =>
    header + Array.from({ length: count }, (_, i) => line(i + 1)).join('') + tail;

  it(`accepts ${LIMITS.importRows} rows; blank lines do not count`, () => {
    const result = parseCsvImport(file(LIMITS.importRows, '\n\n;;\n'));
    assert.equal(result.rows.length, LIMITS.importRows);
    assert.deepEqual(result.errors, []);
    assert.equal(result.rows.at(-1)?.email, `p${LIMITS.importRows}@example.org`);
  });

  it(`refuses ${LIMITS.importRows + 1} rows with one file error naming the limit`, () => {
    assert.deepEqual(parseCsvImport(file(LIMITS.importRows + 1)), {
      rows: [],
      errors: [{ row: 0, field: 'file', reason: 'too-many-rows', limit: LIMITS.importRows }],
      delimiter: ';',
    });
  });

  it('stops reading at the limit: a 50,000-row file is refused before its broken end is reached', () => {
    // The tail opens a quote that never closes; reading that far would report `unclosed-quote`.
    const result = parseCsvImport(file(50_000, '"Broken;x@example.org;2026-03-02\n'));
    assert.deepEqual(result.errors, [{ row: 0, field: 'file', reason: 'too-many-rows', limit: LIMITS.importRows }]);
    assert.deepEqual(result.rows, []);
    assert.deepEqual(parseCsvImport(file(3, '"Broken;x@example.org;2026-03-02\n')).errors, [
      { row: 4, field: 'file', reason: 'unclosed-quote' },
    ]);
  });
});

describe('toCsv', () => {
  it('quotes delimiters, quotes and line breaks; CRLF after every row', () => {
    assert.equal(
      toCsv([
        ['Name', 'Department'],
        ['de Vries, Anna', 'Say "hi"'],
        ['two\nlines', 'plain'],
      ]),
      'Name,Department\r\n"de Vries, Anna","Say ""hi"""\r\n"two\nlines",plain\r\n',
    );
    assert.equal(toCsv([]), '');
  });

  it('quotes for the delimiter in use', () => {
    assert.equal(toCsv([['a;b', 'c,d', 'e\tf']], ';'), '"a;b";c,d;e\tf\r\n');
    assert.equal(toCsv([['a;b', 'c,d', 'e\tf', 42]], '\t'), 'a;b\tc,d\t"e\tf"\t42\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula (CSV injection)', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      assert.ok(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(start));
    }
    assert.equal(csvCell('=HYPERLINK("http://evil.example","x")'), `"'=HYPERLINK(""http://evil.example"",""x"")"`);
    assert.equal(csvCell('@SUM(A1)', ';'), "'@SUM(A1)");
    assert.equal(csvCell('a=b'), 'a=b');
    assert.equal(csvCell(-5), '-5', 'numbers stay numbers');
    assert.equal(csvCell('-2,5', ';'), '-2,5', 'a negative decimal written out (Dutch) stays a number');
    assert.equal(csvCell('-2.5'), '-2.5');
    assert.equal(csvCell('-2-1'), "'-2-1", 'a sum is still defused');
    assert.equal(csvCell(Number.NaN), '');
  });

  it('what toCsv writes, parseCsvImport reads back (round trip, formula prefix aside)', () => {
    const rows = [
      ['Naam', 'E-mail', 'Startdatum', 'Afdeling'],
      ['Vries; "Anna" de', 'anna@example.org', '2026-03-02', 'Finance\nControl'],
    ];
    for (const delimiter of [',', ';', '\t'] as const) {
      const back = parseCsvImport(toCsv(rows, delimiter));
      assert.deepEqual(back.rows, [
        { name: 'Vries; "Anna" de', email: 'anna@example.org', startDate: '2026-03-02', department: 'Finance Control' },
      ]);
      assert.equal(back.delimiter, delimiter);
    }
  });
});
