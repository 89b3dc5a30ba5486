// The teacher's guide, as data. Every historical statement carries the seed line range of the
// book (Leon Trotsky, "Stalins Verbrechen", 1937) found through ../shared/casefile; the guide
// shows it as "(book lines 276–278)". Facts from outside the book are marked `outside`.
// Written in our own words (python3 ../shared/tools/copycheck.py . must find nothing).

export interface GuideText {
  text: string;
  /** Seed line ranges, as in the story: "L276-278, L285-286". */
  cite?: string;
  /** A well-established fact from outside the book, shown as such. */
  outside?: boolean;
}

export interface GuidePerson extends GuideText {
  name: string;
  role: string;
  cases: string;
}

export interface GuideEvent extends GuideText {
  date: string;
}

export interface GuideQuestion {
  caseTitle: string;
  question: string;
  note: string;
  cite?: string;
}

export interface GuideTerm extends GuideText {
  term: string;
}

export interface GuidePeriod {
  part: string;
  time: string;
  plan: string;
}

/** "L276-278, L285-286" → "book lines 276–278, 285–286". */
export function citeLabel(cite: string): string {
  const parts = cite.split(',').map((p) => p.trim().replace(/^L/, '').replace('-', '–'));
  return `book ${parts.length === 1 && !parts[0].includes('–') ? 'line' : 'lines'} ${parts.join(', ')}`;
}

export const GUIDE_SOURCE: GuideText[] = [
  {
    text: 'Everything in the game comes from one book: Leon Trotsky’s “Stalins Verbrechen” (Stalin’s Crimes), published in 1937. It is Trotsky’s own account, written while he was a party to the dispute: he was the man accused in Moscow and the witness whose home had been raided in Norway. The game cites the book for every fact and never presents what only he asserts as settled.',
  },
  {
    text: 'The Drammen hearing itself survives only in his reconstruction: there was no stenogram, and he wrote it down from fresh memory and his notes, vouching for it under oath.',
    cite: 'L798-802',
  },
];

export const OBJECTIVES: string[] = [
  'Read a document closely: who made it, when, for whom, and what it can and cannot show.',
  'Test a claim against evidence, and explain in words why a document contradicts a statement (not only which one).',
  'Tell an established fact from one side’s interpretation, and say which is which.',
  'Describe how a person who is a party to a dispute shapes the account of it, and how a historian checks such an account against other sources.',
  'Place the events of 1936–37 in order: the raid in Norway, the first Moscow trial, the internment, the Drammen hearing, the departure for Mexico.',
  'Discuss a question with evidence: write a short, reasoned answer to an open question.',
];

export const PERIODS: GuidePeriod[] = [
  { part: 'Before playing', time: '5 minutes', plan: 'Say who Trotsky was and that the book is his own account. Show the controls: press a statement for detail, present a document that contradicts it.' },
  { part: 'Prologue: “The Night Visitors”', time: 'about 10 minutes', plan: 'Teaches the controls with one short cross-examination. Fits at the start of the period in which Case 1 is played, or as homework.' },
  { part: 'Case 1: “Behind Closed Doors”', time: 'one 45-minute period (35–45 minutes of play)', plan: 'The whole hearing. Students who do not finish continue next time: the game saves after every step on the device and Continue brings them back to the same statement.' },
  { part: 'Case 2: “The Blue House”', time: 'four sittings, one class period each', plan: 'Each sitting is its own case on the title screen and in an assignment link: assign one sitting per period, or let groups take different sittings and compare their reports in the class view.' },
  { part: 'Debrief and discussion', time: '15–20 minutes (next period or homework)', plan: 'Each case ends with what was proved and with what, where the book is one-sided, and 2–5 discussion questions. Students type answers on the ending screen; the answers go into their report file.' },
  { part: 'Class view', time: '5 minutes', plan: 'Collect the report files and open them together on the Class view page: it shows which statements drew the most wrong presents, a good place to start the discussion.' },
];

export const BACKGROUND: GuideText[] = [
  { text: 'Leon Trotsky, once a leader of the Russian revolution, was in exile from the Soviet Union. In June 1935 he and his wife settled in Norway, in the village of Veksal, in the home of the labour editor Konrad Knudsen.', cite: 'L201-203' },
  { text: 'Norway’s Labour government granted the visa on conditions: he was not to interfere in Norwegian politics.', cite: 'L232-238' },
  { text: 'On the night of 5 to 6 August 1936, while Trotsky and the Knudsens were travelling to the south coast, five Norwegian fascists broke into the house showing false police badges, aiming at his archive. The Knudsens’ daughter barred the door; the police identified the intruders the next day.', cite: 'L266-286' },
  { text: 'On 14 August the Soviet news agency TASS announced a “Trotskyist–Zinovievist” terrorist conspiracy. The Moscow trial of sixteen defendants followed in August; all of them were shot.', cite: 'L345-351, L427-430' },
  { text: 'Norway’s government then turned against its guest: on 26 August police and a Passport Office official demanded that he sign new conditions; he refused. From 28 August he was held, and from 2 September interned with his wife under police guard at Sundby.', cite: 'L455-479, L600, L524-527' },
  { text: 'The raiders’ own trial came before the district court at Drammen after the autumn elections. On 11 December 1936 Trotsky gave evidence there as a witness, behind closed doors at the government’s request. The defence lawyer tried to turn the questioning against him. This is the game’s Case 1.', cite: 'L773-804' },
  { text: 'A week later he learned that a Mexican visa had come; he and his wife were put aboard the tanker “Ruth” and reached Tampico, Mexico, on 9 January 1937.', cite: 'L2009-2013, L3333-3349' },
];

export const CAST: GuidePerson[] = [
  { name: 'Leon Trotsky', role: 'The player in both cases: the exile, the raid’s target, the witness at Drammen, and the book’s author', cases: 'Prologue, Case 1', text: 'In Norway from June 1935, interned from late August 1936.', cite: 'L201-203, L781-802' },
  { name: 'Natalia Sedova', role: 'Trotsky’s wife', cases: 'Prologue', text: 'Shared the exile in Veksal and the internment.', cite: 'L201-202, L268' },
  { name: 'Konrad Knudsen', role: 'Host in Veksal; editor of a labour paper', cases: 'Prologue', text: 'Heard the TASS news on a poor radio on the island and asked Trotsky what it meant.', cite: 'L203, L347-355' },
  { name: 'Jordis Knudsen', role: 'The host’s daughter', cases: 'Prologue', text: 'Stayed at home on the night of the raid and barred the door of Trotsky’s room.', cite: 'L278-282' },
  { name: 'The five raiders', role: 'Norwegian fascists; the accused at Drammen', cases: 'Prologue, Case 1', text: 'Broke in at midnight with false police badges. The book gives the main defendant only as “R. H.”.', cite: 'L270-286, L785-790' },
  { name: 'Swen', role: 'Chief of the criminal police (the book’s spelling)', cases: 'Prologue', text: 'Flew to the island on the Justice Minister’s order on 13 August 1936 to question Trotsky, then told the press he found nothing illegal.', cite: 'L323-338' },
  { name: 'Trygve Lie', role: 'Norway’s Justice Minister', cases: 'Prologue, Case 1', text: 'Visited Veksal soon after Trotsky arrived; later ordered the questioning and the restrictions.', cite: 'L253-256, L325-326, L828-856' },
  { name: 'Advokat W.', role: 'Defence lawyer for the raiders', cases: 'Case 1', text: 'Led the questioning of the witness; the book gives only his initial.', cite: 'L807-809, L823-824' },
  { name: 'The presiding judge and the prosecutor', role: 'The Drammen court (both unnamed in the book)', cases: 'Case 1', text: 'The judge reminded the witness that no one was accusing him; the prosecutor objected to questions about the Moscow trial.', cite: 'L991-992, L1334-1337' },
  { name: 'Askvig', role: 'Chief of the Norwegian police', cases: 'Case 1', text: 'Brought the new conditions on 26 August; weeks before the hearing he came to Sundby with Bulletin No. 48.', cite: 'L455-457, L1236-1243' },
  { name: 'Sund', role: 'Norway’s chief public prosecutor (the book’s “Reichsstaatsanwalt”)', cases: 'Case 1', text: 'Said publicly on 26 September 1936 that nothing before him showed a Norwegian law had been broken.', cite: 'L947-953' },
  { name: 'Leon Sedov', role: 'Trotsky’s elder son, in Paris', cases: 'Case 1', text: 'Kept part of the archive; his statement of 19 November 1936 corrected a date in his father’s account.', cite: 'L1058-1066, L1087-1091' },
];

export const TIMELINE: GuideEvent[] = [
  { date: '1935', text: 'Norway’s Labour Party in power; Trotsky applies for a visa and accepts conditions of non-interference.', cite: 'L232-238' },
  { date: 'June 1935', text: 'Trotsky and his wife settle with the Knudsens in Veksal.', cite: 'L201-203' },
  { date: '26 July 1935', text: 'Arbeiterbladet prints an interview he gave with the Justice Minister present.', cite: 'L850-865' },
  { date: 'Night of 5–6 August 1936', text: 'Five fascists raid the house with false police badges.', cite: 'L270-285' },
  { date: '13 August 1936', text: 'Swen questions Trotsky on the island.', cite: 'L323-338' },
  { date: '14 August 1936', text: 'TASS announces the “conspiracy”; the Norwegian Communists had called a protest meeting against the raid for the same day.', cite: 'L345-351, L370-374' },
  { date: 'August 1936', text: 'The Moscow trial of the 16; all defendants are shot.', cite: 'L427-430' },
  { date: '26 August 1936', text: 'Police and the Passport Office demand his signature on new conditions; he refuses.', cite: 'L455-479' },
  { date: '28 August 1936', text: 'Arrest and internment; on 2 September the couple are moved to Sundby under guard.', cite: 'L600, L524-527' },
  { date: '26 September 1936', text: 'Sund: no Norwegian law broken.', cite: 'L947-953' },
  { date: '29 October and 11 November 1936', text: 'A new decree, then a letter from the Justice Minister, bar him from going to court.', cite: 'L705-708, L723-727' },
  { date: '19 November 1936', text: 'Sedov’s written statement about the archives.', cite: 'L1087-1088' },
  { date: '11 December 1936', text: 'The Drammen hearing: more than four hours of testimony behind closed doors.', cite: 'L781-804' },
  { date: '18–19 December 1936', text: 'A Mexican visa has arrived; departure on the tanker “Ruth”.', cite: 'L2009-2013' },
  { date: '9 January 1937', text: 'Arrival at Tampico, Mexico.', cite: 'L3333-3349' },
];

export const QUESTIONS: GuideQuestion[] = [
  {
    caseTitle: 'Prologue',
    question: 'Two opposite camps told stories about the same night. What did each story gain for the side that told it?',
    note: 'The raiders called it a house search, and a Communist paper called it a friendly visit. Let students name the gain for each side first, then ask what evidence in the court record decides between the stories. Good answers separate the claim from the interest behind it.',
    cite: 'L276-278, L374-378',
  },
  {
    caseTitle: 'Prologue',
    question: 'Almost everything here reaches us through Trotsky. Which parts could you check in other sources, and how?',
    note: 'Point to what left traces: newspapers, the police identification, a public protest meeting. Trotsky was not at home that night and the book does not say who told him. Students should see the difference between his report of a document and the document itself.',
    cite: 'L268-271, L285-286, L370-374',
  },
  {
    caseTitle: 'Case 1',
    question: 'The government asked for closed doors, yet the witness said he had no interest in them. Who gains from a closed hearing, and who loses?',
    note: 'The reasons he gives for the closed doors are his reading; the government’s own reasons reach us only through him. Ask students for one gain and one loss on each side, and how a public record would change what we know.',
    cite: 'L782-785, L993-995',
  },
  {
    caseTitle: 'Case 1',
    question: 'Our only text of this hearing is the witness’s own. What would you want to check, and where could you look?',
    note: 'Court files, Norwegian newspapers of December 1936, the other witnesses (Knudsen testified too). A good answer names a specific claim and a specific kind of source.',
    cite: 'L798-802, L1814-1815',
  },
  {
    caseTitle: 'Case 1',
    question: 'He refused to answer the police about No. 48 but answered the court. Was that consistent? Why?',
    note: 'The difference between a police errand with no investigation behind it and a court where a witness is under oath. Students may disagree; ask them to argue from the two situations, not from sympathy.',
    cite: 'L1241-1243, L1260-1261',
  },
  {
    caseTitle: 'Case 1',
    question: 'His book corrected his own sworn account in a footnote. Does that make him a weaker witness or a stronger one?',
    note: 'A useful link to source criticism in general: admitting a mistake can raise trust, and it also proves the first account was wrong. Both sides are defensible.',
    cite: 'L1087-1091',
  },
  {
    caseTitle: 'Case 1',
    question: 'R. H. admitted knowing the visitor. What more would a court need before calling the visitor part of the plot?',
    note: 'Knowing someone is not proof of a plan. Ask for the kind of evidence that would connect the visitor to the raid. The game deliberately marks this as not proved.',
    cite: 'L1121-1136',
  },
];

export const GLOSSARY: GuideTerm[] = [
  { term: 'Cross-examination', text: 'In the game: a witness’s testimony split into statements that the player can press (ask for detail) or answer with a document.' },
  { term: 'Behind closed doors', text: 'A hearing with the public shut out.', cite: 'L782-785' },
  { term: 'GPU', text: 'The Soviet political police.', cite: 'L1048-1052' },
  { term: 'Gestapo', text: 'The secret state police of Nazi Germany.', outside: true },
  { term: 'TASS', text: 'The Soviet state news agency.', cite: 'L345-347' },
  { term: 'Trial of the 16', text: 'The Zinoviev–Kamenev trial in Moscow, August 1936; all defendants were shot.', cite: 'L427-430' },
  { term: 'Internment', text: 'Holding a foreigner under guard without a conviction. Trotsky and his wife were held at Sundby, under police guard, from 2 September 1936.', cite: 'L524-527' },
  { term: 'Reichsstaatsanwalt', text: 'The book’s word for Norway’s chief public prosecutor.', cite: 'L947-949' },
  { term: 'Central Passport Office', text: 'The authority that supervised foreigners and read his mail; its chief was Konstad.', cite: 'L625-629' },
  { term: 'Bulletin of the Russian Opposition', text: 'Trotsky’s Russian-language journal, printed in Paris.', cite: 'L1224-1228' },
  { term: 'Storting', text: 'Norway’s parliament.', cite: 'L4195' },
  { term: 'Civil oath', text: 'A promise without religion to take legal responsibility for one’s testimony.', cite: 'L1909-1912' },
  { term: 'Fourth International', text: 'The international movement of which he called himself, in a sense, the initiator.', cite: 'L917-919' },
];

export const ONE_SIDED: GuideText[] = [
  { text: 'The title screen and every debrief say that the book is Trotsky’s own account. Each fact shows the book’s chapter; the line range is kept in the data so a teacher can check it.' },
  { text: 'What only he asserts is framed as his account (“he testified that…”). His readings of other people’s motives are labelled as his readings in the debriefs.', cite: 'L325-326, L1866-1867' },
  { text: 'Where the book reports a document without printing it, the court record says so, and the game never makes up its text.' },
  { text: 'The debriefs have a section “Where the book is one-sided”: for example, that the hearing text is his reconstruction, and that the Norwegian government’s own case reaches us only through him.', cite: 'L798-802' },
  { text: 'Where he is fair to opponents, the game says so too: he grants that the Foreign Minister behaved better than other ministers.', cite: 'L1830-1832' },
  { text: 'The book’s own slips (dates that disagree, a misplaced town) are never used as clues.' },
  { text: 'Contradictions the player exposes show that a statement clashes with a document. They do not prove who was behind the raid: the game marks such points as “not proved”.', cite: 'L1104-1105' },
];

export const OUTSIDE: GuideText[] = [
  { text: 'In 1988 the Soviet Supreme Court rehabilitated the defendants of the 1936 Moscow trial; most historians regard their confessions as false.', outside: true },
  { text: 'In 1937 a commission of inquiry chaired by the American philosopher John Dewey heard Trotsky in Coyoacán, Mexico, and in its published findings called the Moscow trials frame-ups. (Case 2 of the game, “The Blue House”, plays sittings of that hearing; the findings came after the book.)', outside: true },
  { text: 'Trotsky was murdered in Mexico in 1940 by an agent of the Soviet secret police.', outside: true },
];
