import type {
  Campaign,
  CampaignDraft,
  ErrorDetails,
  OnboardingAudience,
  OnboardingTaskDraft,
  TaskOwner,
} from '@plein/core';

/**
 * The campaign editor's form as typed so far: numbers stay text until they are sent (the store
 * decides what is valid), and every phase and task has a key of its own, so rows keep their DOM
 * and focus while they move.
 */
export interface TaskForm {
  key: string;
  id?: string;
  title: string;
  text: string;
  link: string;
  owner: TaskOwner;
  /** Days from the start date, as typed; `when` says which side. */
  days: string;
  when: 'before' | 'after';
  /** Its fields are shown (new tasks, and a task with a refusal). */
  open: boolean;
}

export interface PhaseForm {
  key: string;
  id?: string;
  title: string;
  tasks: TaskForm[];
}

export interface CampaignForm {
  title: string;
  description: string;
  phases: PhaseForm[];
  departments: string[];
  /** Comma-separated, as typed. */
  locations: string;
  startFrom: string;
  startTo: string;
  percent: string;
  days: string;
}

let keys = 0;
const newKey = (): string => `k${++keys}`;

export function newTask(open = true): TaskForm {
  return { key: newKey(), title: '', text: '', link: '', owner: 'new-hire', days: '0', when: 'after', open };
}

export function newPhase(): PhaseForm {
  return { key: newKey(), title: '', tasks: [] };
}

/** The form for a saved campaign or a draft (the template, or nothing: one empty phase). */
export function formOf(source: Campaign | CampaignDraft | undefined): CampaignForm {
  const audience = source?.audience ?? {};
  return {
    title: source?.title ?? '',
    description: source?.description ?? '',
    phases: source
      ? source.phases.map((phase) => ({
          key: newKey(),
          id: phase.id,
          title: phase.title,
          tasks: phase.tasks.map((task) => ({
            ...newTask(false),
            id: task.id,
            title: task.title,
            text: task.text ?? '',
            link: task.link ?? '',
            owner: task.owner,
            days: String(Math.abs(task.dueDay)),
            when: task.dueDay < 0 ? 'before' : 'after',
          })),
        }))
      : [{ ...newPhase(), tasks: [newTask()] }],
    departments: [...(audience.departments ?? [])],
    locations: (audience.locations ?? []).join(', '),
    startFrom: audience.startFrom ?? '',
    startTo: audience.startTo ?? '',
    percent: String(source?.target.percent ?? 90),
    days: String(source?.target.days ?? 30),
  };
}

/** Text as a number; empty is not zero (the store refuses it at its field). */
const number = (text: string): number => (text.trim() === '' ? NaN : Number(text));

export function dueDayOf(task: Pick<TaskForm, 'days' | 'when'>): number {
  const days = number(task.days);
  return task.when === 'before' && days !== 0 ? -days : days;
}

/** What is sent: trimmed text, optional parts left out when empty, the audience only when a part is given. */
export function draftOf(form: CampaignForm): CampaignDraft {
  const audience: OnboardingAudience = {};
  const locations = form.locations
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  if (form.departments.length) audience.departments = [...form.departments];
  if (locations.length) audience.locations = locations;
  if (form.startFrom) audience.startFrom = form.startFrom;
  if (form.startTo) audience.startTo = form.startTo;
  const draft: CampaignDraft = {
    title: form.title.trim(),
    description: form.description.trim(),
    phases: form.phases.map((phase) => ({
      ...(phase.id ? { id: phase.id } : {}),
      title: phase.title.trim(),
      tasks: phase.tasks.map((task) => {
        const sent: OnboardingTaskDraft = { title: task.title.trim(), owner: task.owner, dueDay: dueDayOf(task) };
        if (task.id) sent.id = task.id;
        if (task.text.trim()) sent.text = task.text.trim();
        if (task.link.trim()) sent.link = task.link.trim();
        return sent;
      }),
    })),
    target: { percent: number(form.percent), days: number(form.days) },
  };
  if (Object.keys(audience).length) draft.audience = audience;
  return draft;
}

/** Whether a task can move one place (`delta` -1 or 1): within its phase, or into the next one. */
export function canMoveTask(form: CampaignForm, phase: number, index: number, delta: number): boolean {
  const tasks = form.phases[phase]?.tasks ?? [];
  const to = index + delta;
  return (to >= 0 && to < tasks.length) || form.phases[phase + delta] !== undefined;
}

/** Moves a task one place; past the end of its phase it moves into the neighbouring phase. */
export function moveTask(form: CampaignForm, phase: number, index: number, delta: number): PhaseForm | undefined {
  const from = form.phases[phase];
  const task = from?.tasks[index];
  if (!from || !task || !canMoveTask(form, phase, index, delta)) return undefined;
  const to = index + delta;
  if (to >= 0 && to < from.tasks.length) {
    from.tasks.splice(index, 1);
    from.tasks.splice(to, 0, task);
    return from;
  }
  const next = form.phases[phase + delta]!;
  from.tasks.splice(index, 1);
  if (delta < 0) next.tasks.push(task);
  else next.tasks.unshift(task);
  return next;
}

export function movePhase(form: CampaignForm, index: number, delta: number): boolean {
  const to = index + delta;
  if (to < 0 || to >= form.phases.length) return false;
  const [phase] = form.phases.splice(index, 1);
  form.phases.splice(to, 0, phase!);
  return true;
}

const TASK_FIELDS = ['title', 'text', 'link', 'owner', 'dueDay'];
const FORM_FIELDS = [
  'title',
  'description',
  'phases',
  'departments',
  'locations',
  'startFrom',
  'startTo',
  'percent',
  'days',
];

/**
 * Which control a store refusal is about, as a field key: `title`, `percent`, …; `<phase>-title`
 * or `<phase>-tasks` for a phase; `<task>-link` … for a task (the store names the phase and the
 * task's index in it); `phases` for the phases as a whole; `form` when nothing fits.
 */
export function fieldOf(form: CampaignForm, details: ErrorDetails): { key: string; task?: TaskForm } {
  const field = String(details.field ?? '');
  const phase = typeof details.phase === 'number' ? form.phases[details.phase] : undefined;
  const index = typeof details.index === 'number' ? details.index : undefined;
  if (phase) {
    const task = index === undefined ? undefined : phase.tasks[index];
    if (task && TASK_FIELDS.includes(field)) return { key: `${task.key}-${field}`, task };
    if (field === 'tasks') return { key: `${phase.key}-tasks` };
    if (field === 'title') return { key: `${phase.key}-title` };
  }
  if (field === 'tasks') return { key: 'phases' };
  if (field === 'target') return { key: 'percent' };
  if (field === 'audience') return { key: 'departments' };
  return { key: FORM_FIELDS.includes(field) ? field : 'form' };
}
