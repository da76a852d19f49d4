import { toCsv, type Campaign, type CohortReport, type CsvDelimiter, type Locale, type Person } from '@plein/core';
import type { CohortStrings } from './cohort-view.strings.js';

/** Dutch Excel opens `;`-separated files with a double-click; English Excel expects commas. */
const delimiter = (locale: Locale): CsvDelimiter => (locale === 'nl' ? ';' : ',');

/** The cohort per person: name, e-mail, start date (ISO, unambiguous in every language), figures and state in words. */
export function peopleCsv(
  report: CohortReport,
  people: ReadonlyMap<string, Person>,
  t: CohortStrings,
  locale: Locale,
): string {
  const rows = report.people.map((p) => {
    const person = people.get(p.personId);
    return [
      person?.displayName ?? t.unknownPerson,
      person?.email ?? '',
      p.startDate,
      p.done,
      p.total,
      p.overdue,
      t.states[p.state],
    ];
  });
  return toCsv([t.csvPeople, ...rows], delimiter(locale));
}

/** The cohort per task, in the campaign's order, with its phase. */
export function tasksCsv(
  report: CohortReport,
  campaign: Campaign | undefined,
  t: CohortStrings,
  locale: Locale,
): string {
  const phases = new Map(campaign?.phases.map((phase) => [phase.id, phase.title]));
  const rows = report.tasks.map((task) => [
    phases.get(task.phaseId) ?? '',
    task.title,
    t.owners[task.owner],
    task.done,
    task.due,
    task.overdue,
  ]);
  return toCsv([t.csvTasks, ...rows], delimiter(locale));
}

/** `Welcome to the team` + `people` → `welcome-to-the-team-people.csv` (accents dropped, nothing a file system minds). */
export function fileName(title: string, part: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'campaign'}-${part}.csv`;
}
