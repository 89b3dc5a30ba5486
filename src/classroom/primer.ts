// The primer (#primer): a few short screens for students who know nothing of the history,
// read before Case 1 and Case 2. Written for 14–16-year-olds. Every fact the book covers
// carries its seed line range (shown as "book lines …"); a fact from elsewhere is labelled
// "outside the book" with its source named.
export interface PrimerFact {
  text: string;
  /** Seed line ranges of the book, "L5390-5393". */
  cite?: string;
  /** Where a fact the book does not give comes from. */
  outside?: string;
}

export interface PrimerScreen {
  id: string;
  title: string;
  facts: PrimerFact[];
}

const FITZPATRICK = 'Sheila Fitzpatrick, The Russian Revolution (Oxford University Press, 4th edition 2017)';

export const PRIMER: PrimerScreen[] = [
  {
    id: 'p-1917',
    title: 'Russia, 1917',
    facts: [
      { text: 'In 1917 two revolutions ended the rule of the Tsar in Russia. In the second, in October, the Bolshevik party led by Lenin took power.', outside: FITZPATRICK },
      { text: 'Leon Trotsky was one of the leaders of that revolution. In the civil war that followed he was in charge of the country’s defence.', cite: 'L120-123, L201-203' },
      { text: 'The new state became the Soviet Union. One party ruled it; its small leading group was called the Politburo.', outside: FITZPATRICK },
    ],
  },
  {
    id: 'p-stalin',
    title: 'Stalin against Trotsky',
    facts: [
      { text: 'Joseph Stalin became the party’s General Secretary. Trotsky writes that Lenin was against the appointment and, when ill early in 1923, was preparing a fight against Stalin.', cite: 'L2064-2075, L2763-2768' },
      { text: 'Lenin died in January 1924. Stalin and his allies then pushed Trotsky and his supporters (“the Opposition”) out of power.', outside: FITZPATRICK },
      { text: 'In Trotsky’s account, the Opposition was crushed with the help of the police. He was sent to Central Asia early in 1928.', cite: 'L5388-5392' },
    ],
  },
  {
    id: 'p-exile',
    title: 'Exile',
    facts: [
      { text: 'Early in 1929 the Soviet leadership expelled Trotsky to Turkey, because he refused to give up political work. Abroad he published a journal, the “Bulletin of the Opposition”.', cite: 'L572-578, L5392-5395' },
      { text: 'After Turkey and France he lived in Norway from June 1935, with his wife, in the village of Veksal near Oslo.', cite: 'L199-203, L1224-1226' },
      { text: 'In January 1937 the two arrived in Mexico.', cite: 'L3333-3349' },
    ],
  },
  {
    id: 'p-trials',
    title: 'The Moscow trials, 1936–38',
    facts: [
      { text: 'In August 1936 sixteen old Bolsheviks were tried in Moscow for plotting terror on Trotsky’s orders. They confessed, and all of them were shot.', cite: 'L110-111, L345-351, L427-430' },
      { text: 'In January 1937 a second trial followed, of Pyatakov, Radek and others. It found Trotsky and his son guilty without hearing them.', cite: 'L3500-3501, L5539-5542' },
      { text: 'Trotsky points out that every member of Lenin’s Politburo except Stalin ended up on the list of “traitors”.', cite: 'L120-123' },
      { text: 'A third trial followed in March 1938. In 1988 the Soviet Supreme Court cleared the defendants of the 1936 and 1937 trials; historians agree that their confessions were false.', outside: 'the Soviet Supreme Court’s rehabilitations of 1988, as reported in Robert Conquest, The Great Terror: A Reassessment (Oxford University Press, 1990)' },
    ],
  },
  {
    id: 'p-terror',
    title: 'The Terror',
    facts: [
      { text: 'The trials were only the visible part. Trotsky wrote in 1937 that the bloody purge had no end in sight.', cite: 'L113-119' },
      { text: 'In 1937 and 1938 the Soviet secret police arrested well over a million people; by its own records about 680,000 of them were shot. This is often called the Great Terror.', outside: 'the Soviet secret police’s own figures, published after the archives opened, in J. Arch Getty and Oleg Naumov, The Road to Terror (Yale University Press, 1999)' },
    ],
  },
  {
    id: 'p-dewey',
    title: 'The Dewey Commission',
    facts: [
      { text: 'Friends of Trotsky in New York set up a commission of people with good names to look into the Moscow charges. The American philosopher John Dewey chaired it. The Soviet side and the Communist parties were invited and refused.', cite: 'L4512-4535, L4585-4595' },
      { text: 'Five of its members came to Coyoacán in Mexico and heard Trotsky for a week, 10 to 17 April 1937, in public.', cite: 'L4569-4573, L4606-4612, L4780-4782' },
      { text: 'Later in 1937 the full commission found the Moscow trials to be frame-ups and Trotsky not guilty; its report came out in 1938 as “Not Guilty”.', outside: 'the commission’s own report, Not Guilty (Harper & Brothers, 1938)' },
    ],
  },
  {
    id: 'p-why',
    title: 'Why a court and a commission matter here',
    facts: [
      { text: 'In Moscow, Trotsky was condemned without being heard. Dewey opened his hearing by saying that Trotsky’s own denial could not count for much: what mattered was the evidence.', cite: 'L4612-4620' },
      { text: 'That is your job in this game: set what people said against the documents, and see what holds. A court or a commission can check a claim; a confession alone cannot.' },
      { text: 'Remember whose book this is. Everything in the game comes from Trotsky’s own account, written in 1937 as one side of the dispute. The game tells you when something is only his view.' },
    ],
  },
];

export interface PrimerTerm {
  term: string;
  /** Other spellings that open the same entry in the game’s text. */
  also?: string[];
  text: string;
  cite?: string;
  outside?: string;
}

/** Words a beginner meets in the cases; in the dialogue they open their entry. */
export const PRIMER_GLOSSARY: PrimerTerm[] = [
  { term: 'Bolsheviks', also: ['Bolshevik'], text: 'Lenin’s party, which took power in Russia in October 1917 and later called itself the Communist Party.', outside: FITZPATRICK },
  { term: 'Politburo', text: 'The small group at the top of the Soviet Communist Party that made the real decisions.', cite: 'L120-123' },
  { term: 'Opposition', text: 'Trotsky and his supporters inside the party, who opposed Stalin’s leadership from the 1920s.', cite: 'L5388-5395' },
  { term: 'Exile', text: 'Being forced to live away from your own country. Trotsky was expelled from the Soviet Union in 1929.', cite: 'L5392-5393' },
  { term: 'Show trial', also: ['Moscow trial', 'Moscow trials'], text: 'A trial held for show, where the verdict is decided in advance. The Moscow trials of 1936–38 rested on the defendants’ confessions.', cite: 'L427-430' },
  { term: 'GPU', text: 'The Soviet political police.', cite: 'L1048-1052' },
  { term: 'TASS', text: 'The Soviet state news agency.', cite: 'L345-347' },
  { term: 'Commission', also: ['sub-commission'], text: 'A group set up to look into a question. The Dewey Commission looked into the Moscow charges against Trotsky in 1937.', cite: 'L4569-4573' },
  { term: 'Alibi', text: 'Proof that a person was somewhere else at the time claimed.', cite: 'L5094-5097' },
  { term: 'Internment', also: ['interned'], text: 'Holding a foreigner under guard without a conviction, as Norway did with Trotsky from September 1936.', cite: 'L524-527' },
];

/** The glossary entry a word of the game's text opens, if any. */
export function termFor(word: string): PrimerTerm | undefined {
  const w = word.toLowerCase();
  return PRIMER_GLOSSARY.find((t) => t.term.toLowerCase() === w || t.also?.some((a) => a.toLowerCase() === w));
}
