// Every fact in the game cites line ranges of the source book (the seed file, 10,631 lines).
// Players see the chapter of the book; the line range stays in the data for checking.
// The chapter table is ../shared/casefile/CHAPTERS.md, English titles as translated there.

export const BOOK = {
  author: 'Leon Trotsky',
  title: 'Stalins Verbrechen',
  englishTitle: "Stalin's Crimes",
  year: 1937,
  lines: 10631,
} as const;

export interface Chapter {
  from: number;
  to: number;
  german: string;
  english: string;
}

export const CHAPTERS: readonly Chapter[] = [
  { from: 1, to: 199, german: 'Vorwort', english: 'Preface' },
  { from: 200, to: 768, german: 'Im „sozialistischen" Norwegen', english: 'In "socialist" Norway' },
  { from: 769, to: 805, german: 'Hinter geschlossenen Türen', english: 'Behind Closed Doors' },
  { from: 806, to: 1330, german: 'Um die Internierung', english: 'On the Internment' },
  { from: 1331, to: 1916, german: 'Der Moskauer Prozess', english: 'The Moscow Trial' },
  { from: 1917, to: 2056, german: 'Auf dem Meere — Abreise aus Norwegen', english: 'At Sea — Departure from Norway' },
  { from: 2057, to: 2237, german: 'Eine lehrreiche Episode', english: 'An Instructive Episode' },
  { from: 2238, to: 2791, german: 'Sinowjew und Kamenew', english: 'Zinoviev and Kamenev' },
  { from: 2792, to: 2905, german: '„Machtgier"', english: '"Lust for Power"' },
  { from: 2906, to: 3186, german: '„Hass gegen Stalin"', english: '"Hatred of Stalin"' },
  { from: 3187, to: 3331, german: 'Die Entsendung von „Terroristen" aus dem Auslande', english: 'Sending "Terrorists" from Abroad' },
  { from: 3332, to: 3498, german: 'In Mexiko', english: 'In Mexico' },
  { from: 3499, to: 3786, german: 'Vor dem neuen Prozess', english: 'Before the New Trial' },
  { from: 3787, to: 4452, german: 'Rede auf dem Meeting im Hippodrom in New York', english: 'Speech for the Hippodrome Meeting in New York' },
  { from: 4453, to: 4809, german: 'Voruntersuchung in Coyoacan', english: 'Preliminary Inquiry in Coyoacán' },
  { from: 4810, to: 4924, german: 'Warum ist eine Untersuchung notwendig?', english: 'Why Is an Inquiry Necessary?' },
  { from: 4925, to: 4983, german: 'Ist eine Untersuchung politisch zulässig?', english: 'Is an Inquiry Politically Admissible?' },
  { from: 4984, to: 5107, german: 'Die Expertise des Professors Charles Beard', english: "Professor Charles Beard's Opinion" },
  { from: 5108, to: 5228, german: 'Eine „rein juristische" Expertise', english: 'A "Purely Legal" Opinion' },
  { from: 5229, to: 5511, german: 'Autobiographie', english: 'Autobiography' },
  { from: 5512, to: 5567, german: 'Meine „juristische" Lage', english: 'My "Legal" Position' },
  { from: 5568, to: 5756, german: 'Drei Kategorien von Beweisen', english: 'Three Categories of Evidence' },
  { from: 5757, to: 5924, german: 'Mathematische Reihen der Fälschung', english: 'Mathematical Series of Falsification' },
  { from: 5925, to: 6161, german: 'Die politische Basis der Anklage: Terrorismus', english: 'The Political Basis of the Charge: Terrorism' },
  { from: 6162, to: 6474, german: 'Kirows Ermordung', english: 'The Murder of Kirov' },
  { from: 6475, to: 6688, german: 'Die politische Basis der Anklage: Sabotage', english: 'The Political Basis of the Charge: Sabotage' },
  { from: 6689, to: 6929, german: 'Bündnis mit Hitler und dem Mikado', english: 'Alliance with Hitler and the Mikado' },
  { from: 6930, to: 7180, german: 'Kopenhagen', english: 'Copenhagen' },
  { from: 7181, to: 7604, german: 'Radek', english: 'Radek' },
  { from: 7605, to: 8305, german: 'Der „Zeuge" Wladimir Romm', english: 'The "Witness" Vladimir Romm' },
  { from: 8306, to: 8731, german: 'Pjatakows Flug nach Norwegen', english: "Pyatakov's Flight to Norway" },
  { from: 8732, to: 8942, german: 'Wundersame Reise Pjatakows nach Kjeller', english: "Pyatakov's Wondrous Journey to Kjeller" },
  { from: 8943, to: 9191, german: 'Der Staatsanwalt als Fälscher', english: 'The Prosecutor as Forger' },
  { from: 9192, to: 9459, german: 'Die Theorie der „Maskierung"', english: 'The Theory of "Masking"' },
  { from: 9460, to: 9955, german: 'Die Enthauptung der Roten Armee', english: 'The Beheading of the Red Army' },
  { from: 9956, to: 10352, german: 'Stalin über seine Fälschungen', english: 'Stalin on His Forgeries' },
  { from: 10353, to: 10631, german: 'Der Anfang vom Ende', english: 'The Beginning of the End' },
];

export interface LineRange {
  from: number;
  to: number;
}

export class CitationError extends Error {
  name = 'CitationError';
}

/** Parses "L276-278" or "L278-282, L1120" into ranges inside the book; throws otherwise. */
export function parseCitation(cite: string): LineRange[] {
  const parts = cite.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new CitationError(`empty citation "${cite}"`);
  return parts.map((part) => {
    const m = /^L(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) throw new CitationError(`"${part}" is not a line range like L276-278`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from < 1 || to > BOOK.lines || to < from) {
      throw new CitationError(`"${part}" is outside the book (lines 1–${BOOK.lines}) or reversed`);
    }
    return { from, to };
  });
}

export function chapterOf(line: number): Chapter {
  const ch = CHAPTERS.find((c) => line >= c.from && line <= c.to);
  if (!ch) throw new CitationError(`line ${line} is outside the book`);
  return ch;
}

/** The chapters a citation touches, in order, without repeats: what the player sees. */
export function chaptersOf(cite: string): Chapter[] {
  const seen: Chapter[] = [];
  for (const r of parseCitation(cite)) {
    for (const c of CHAPTERS) {
      if (c.to >= r.from && c.from <= r.to && !seen.includes(c)) seen.push(c);
    }
  }
  return seen;
}

/** "In "socialist" Norway · lines 276–278" style label for screens. */
export function citationLabel(cite: string): string {
  const chapters = chaptersOf(cite).map((c) => c.english).join('; ');
  const lines = parseCitation(cite)
    .map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`))
    .join(', ');
  return `${BOOK.title} (${BOOK.year}), ch. ${chapters} · lines ${lines}`;
}
