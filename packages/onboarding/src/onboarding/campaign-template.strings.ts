import type { CampaignDraft, Locale, OnboardingTaskDraft, TaskOwner, Translations } from '@plein/core';

type Task = [owner: TaskOwner, dueDay: number, title: string, text: string];

const task = ([owner, dueDay, title, text]: Task): OnboardingTaskDraft => ({ owner, dueDay, title, text });

/** What a phase of the template holds, per language: its title and its tasks. */
interface Template {
  title: string;
  description: string;
  phases: [title: string, tasks: Task[]][];
}

const en: Template = {
  title: 'Welcome to the team',
  description:
    'Everything a new colleague needs for a good start: before the first day, in the first week and in the first month. The new colleague, their manager and their buddy each have their own tasks.',
  phases: [
    [
      'Before day one',
      [
        [
          'new-hire',
          -10,
          'Return your signed contract and details',
          'Send the signed contract, your bank details and a copy of your ID to HR, so your first salary is paid on time.',
        ],
        [
          'manager',
          -7,
          'Order a laptop, phone and accounts',
          'Ask the service desk for the equipment and accounts the new colleague needs, so everything works on the first morning.',
        ],
        [
          'buddy',
          -3,
          'Send a welcome message',
          'Introduce yourself, and say where and when you will meet on the first morning.',
        ],
      ],
    ],
    [
      'First week',
      [
        [
          'new-hire',
          0,
          'Collect your laptop and building pass',
          'Pick them up at the service desk and sign in for the first time; the desk helps you set up your password and e-mail.',
        ],
        [
          'manager',
          0,
          'Welcome talk',
          'Talk about the first weeks: what to expect, who to meet and how you like to work together.',
        ],
        [
          'buddy',
          1,
          'Lunch and a tour of the building',
          'Have lunch together and show the places that matter: coffee, printers, quiet rooms and the fire exits.',
        ],
        [
          'new-hire',
          4,
          'Read the staff handbook',
          'Working hours, leave, expenses and who to ask: the handbook on the intranet answers most first questions.',
        ],
      ],
    ],
    [
      'First month',
      [
        [
          'new-hire',
          10,
          'Introduce yourself on the intranet',
          'Post a short introduction with a photo, so colleagues know who you are and what you work on.',
        ],
        [
          'new-hire',
          14,
          'Complete the privacy and security training',
          'A short online course about handling personal data and recognising phishing. It takes about 45 minutes.',
        ],
        [
          'manager',
          14,
          'Agree on goals for the first months',
          'Write down together what the new colleague will work on, and what good looks like after three months.',
        ],
        ['buddy', 21, 'Check in over coffee', 'Ask how it is going, and which questions are still open.'],
        [
          'manager',
          30,
          'Look back on the first month',
          'What went well, what could be better, and what does the new colleague still need?',
        ],
      ],
    ],
  ],
};

const nl: Template = {
  title: 'Welkom in het team',
  description:
    'Alles wat een nieuwe collega nodig heeft voor een goede start: voor de eerste dag, in de eerste week en in de eerste maand. De nieuwe collega, de leidinggevende en de buddy hebben elk hun eigen taken.',
  phases: [
    [
      'Voor je eerste dag',
      [
        [
          'new-hire',
          -10,
          'Lever je getekende contract en gegevens in',
          'Stuur het getekende contract, je bankgegevens en een kopie van je identiteitsbewijs naar HR, zodat je eerste salaris op tijd wordt betaald.',
        ],
        [
          'manager',
          -7,
          'Bestel laptop, telefoon en accounts',
          'Vraag bij de servicedesk de spullen en accounts aan die de nieuwe collega nodig heeft, zodat alles werkt op de eerste ochtend.',
        ],
        [
          'buddy',
          -3,
          'Stuur een welkomstbericht',
          'Stel je voor, en spreek af waar en wanneer jullie elkaar de eerste ochtend zien.',
        ],
      ],
    ],
    [
      'Eerste week',
      [
        [
          'new-hire',
          0,
          'Haal je laptop en toegangspas op',
          'Haal ze op bij de servicedesk en log voor het eerst in; de servicedesk helpt je met je wachtwoord en e-mail.',
        ],
        [
          'manager',
          0,
          'Welkomstgesprek',
          'Praat over de eerste weken: wat je kunt verwachten, wie je gaat ontmoeten en hoe jullie graag samenwerken.',
        ],
        [
          'buddy',
          1,
          'Lunch en een rondleiding door het gebouw',
          'Lunch samen en laat de belangrijke plekken zien: koffie, printers, stilteruimtes en de nooduitgangen.',
        ],
        [
          'new-hire',
          4,
          'Lees het personeelshandboek',
          'Werktijden, verlof, declaraties en bij wie je terechtkunt: het handboek op het intranet beantwoordt de meeste eerste vragen.',
        ],
      ],
    ],
    [
      'Eerste maand',
      [
        [
          'new-hire',
          10,
          'Stel je voor op het intranet',
          'Plaats een korte introductie met een foto, zodat collega’s weten wie je bent en waar je aan werkt.',
        ],
        [
          'new-hire',
          14,
          'Volg de training privacy en informatiebeveiliging',
          'Een korte online cursus over omgaan met persoonsgegevens en het herkennen van phishing. Duurt ongeveer 45 minuten.',
        ],
        [
          'manager',
          14,
          'Spreek doelen af voor de eerste maanden',
          'Schrijf samen op waar de nieuwe collega aan gaat werken, en wat goed is na drie maanden.',
        ],
        ['buddy', 21, 'Even bijpraten bij de koffie', 'Vraag hoe het gaat, en welke vragen er nog openstaan.'],
        [
          'manager',
          30,
          'Terugblik op de eerste maand',
          'Wat ging goed, wat kan beter, en wat heeft de nieuwe collega nog nodig?',
        ],
      ],
    ],
  ],
};

const templates: Translations<Template> = { en, nl };

/** The ready-made campaign in the viewer's language: three phases, twelve tasks, 90% within 30 days. */
export function templateDraft(locale: Locale): CampaignDraft {
  const { title, description, phases } = templates[locale];
  return {
    title,
    description,
    phases: phases.map(([phase, tasks]) => ({ title: phase, tasks: tasks.map(task) })),
    target: { percent: 90, days: 30 },
  };
}
