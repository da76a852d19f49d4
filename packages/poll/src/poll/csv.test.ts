import { expect } from '@open-wc/testing';
import { csvCell, csvFileName, resultsCsv, share, toCsv } from './csv.js';
import { nextTick } from './countdown.js';

describe('csv', () => {
  it('leaves plain cells alone and quotes separators, quotes and line breaks', () => {
    expect(csvCell('Pizza')).to.equal('Pizza');
    expect(csvCell('Pizza, large')).to.equal('"Pizza, large"');
    expect(csvCell('Say "cheese"')).to.equal('"Say ""cheese"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(42)).to.equal('42');
    expect(csvCell(Number.NaN)).to.equal('');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(start)).to.equal(true);
    }
    expect(csvCell('=cmd|"/c calc"!A1')).to.equal(`"'=cmd|""/c calc""!A1"`);
    expect(csvCell('a=b')).to.equal('a=b');
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).to.equal('a,1\r\nb,2\r\n');
  });

  it('writes one row per answer in the poll’s order, with whole percentages of voters', () => {
    const poll = {
      question: 'Q',
      options: [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
      ],
    };
    const results = {
      voterCount: 3,
      options: [
        { optionId: 'y', votes: 2 },
        { optionId: 'x', votes: 3 },
      ],
    };
    expect(
      resultsCsv(poll, results, { question: 'Question', option: 'Answer', votes: 'Votes', percentage: '%' }),
    ).to.equal('Question,Answer,Votes,%\r\nQ,X,3,100\r\nQ,Y,2,67\r\n');
    expect(share(1, 0)).to.equal(0);
  });

  it('names the file after the question', () => {
    expect(csvFileName('Wáár gaan we lunchen?', 'poll')).to.equal('waar-gaan-we-lunchen.csv');
    expect(csvFileName('???', 'poll-results')).to.equal('poll-results.csv');
  });
});

describe('countdown ticks', () => {
  it('ticks on whole minutes while more than a minute is left, then each second', () => {
    expect(nextTick(2 * 3_600_000)).to.equal(60_000);
    expect(nextTick(90_500)).to.equal(30_500);
    expect(nextTick(60_000)).to.equal(1000);
    expect(nextTick(30_250)).to.equal(250);
    expect(nextTick(1000)).to.equal(1000);
  });
});
