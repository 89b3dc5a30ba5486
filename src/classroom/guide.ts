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
  {
    text: 'The Coyoacán hearing of April 1937 (Case 2) was taken down word for word by a sworn stenographer, but the game does not use that record: its source is still Trotsky’s book, which tells the story of the hearing from the witness’s chair. The Moscow testimony the player reads there is Trotsky’s quotation from the official trial reports, and the Norwegian newspapers reach us in his German translation.',
    cite: 'L4644-4647, L7126-7127, L8725-8730',
  },
];

export const OBJECTIVES: string[] = [
  'Read a document closely: who made it, when, for whom, and what it can and cannot show.',
  'Test a claim against evidence, and explain in words why a document contradicts a statement (not only which one).',
  'Tell an established fact from one side’s interpretation, and say which is which.',
  'Describe how a person who is a party to a dispute shapes the account of it, and how a historian checks such an account against other sources.',
  'Place the events of 1936–37 in order: the raid in Norway, the first Moscow trial, the internment, the Drammen hearing, the departure for Mexico.',
  'Discuss a question with evidence: write a short, reasoned answer to an open question.',
  'Case 2: explain how an alibi works, using the three alibis of the Coyoacán hearing (Copenhagen 1932, Saint-Palais 1933, Norway 1935), and say what each one does and does not prove.',
  'Case 2: weigh a one-sided source: name which parts of the account rest only on Trotsky’s word, which rest on documents he produced, and which come from people with no wish to help him.',
  'Case 2: tell transcript testimony (what a witness was recorded as saying in Moscow) from documents made at the time (telegrams, passports, newspapers), and explain why the two carry different weight.',
  'Case 2: use a timeline to find “one person, two places”: place dated records on a board and show where a claim puts someone where the records cannot.',
  'Case 2: carry out a source check: who made a document, when, for whom, how it reached the hearing, and what it can prove; tell a hostile source from a friendly one.',
];

export const PERIODS: GuidePeriod[] = [
  { part: 'Before playing', time: '5 minutes', plan: 'Say who Trotsky was and that the book is his own account. Show the controls: press a statement for detail, present a document that contradicts it.' },
  { part: 'Prologue: “The Night Visitors”', time: 'about 20 minutes', plan: 'Teaches the controls with two short cross-examinations and a few source checks. Fits at the start of the period in which Case 1 is played, or as homework.' },
  { part: 'Case 1: “Behind Closed Doors”', time: 'two sittings, one class period each', plan: 'The hearing of 11 December 1936 in two sittings, each its own case on the title screen and in an assignment link. Play them in order. The game saves after every step on the device, and Continue brings a student back to the same statement.' },
  { part: 'Case 1, sitting 1: “Asylum and Archives”', time: 'one period (about 34 minutes of play)', plan: 'Briefing on the raid and the internment; the conditions of asylum; practical work and “which law?”; the stolen letter; the archives, where the student corrects the witness’s own sworn account from a later document; a short wrap-up.' },
  { part: 'Case 1, sitting 2: “The Tourist, the Bulletin and Moscow”', time: 'one period (about 31 minutes of play)', plan: 'The Tyrolean tourist; Bulletin No. 48 and the Passport Office; the Moscow trial and the Hotel Bristol; the Justice Minister’s word; the civil oath; debrief for the whole case.' },
  { part: 'Case 2: “The Blue House”', time: 'four sittings, one class period each', plan: 'Each sitting is its own case on the title screen and in an assignment link: assign one sitting per period, or let groups take different sittings and compare their reports in the class view.' },
  { part: 'Case 2, sitting 1: “Copenhagen, November 1932”', time: 'one period (about 23 minutes by the game’s measure, 150 words a minute plus 15 s an action; 1–2 more on the first play, for the opening of the hearing)', plan: 'Briefing on the “Copenhagen week”; Trotsky’s own account of the stay; cross-examination of Holtzman’s testimony; the timeline board “Where was Sedov?”; Berman-Yurin and David; the rescue theories about the Hotel Bristol, with a source check comparing two newspapers; debrief.' },
  { part: 'Case 2, sitting 2: “Bois de Boulogne, July 1933”', time: 'one period (about 31 minutes by the game’s measure)', plan: 'Romm as courier, then Romm in the Bois de Boulogne; Trotsky’s account of his journey to Saint-Palais; a source check on a 1933 newspaper telegram; the timeline board “Late July 1933”; a deduction that fixes the day of arrival; debrief.' },
  { part: 'Case 2, sitting 3: “Kjeller, December 1935”', time: 'one period (about 35 minutes)', plan: 'Pyatakov’s journey from the Moscow report; a source check on Arbeiderbladet (a paper hostile to Trotsky); Moscow’s answer and a deduction on what its airfield report is worth; a short, sober interlude on 29 January to 1 February 1937; the timeline board “December 1935”; the Tidens Tegn variant; debrief.' },
  { part: 'Case 2, sitting 4: “Beals”', time: 'one period (about 32 minutes, plus the debrief)', plan: 'The loop is reversed: a hostile commissioner puts points to the witness and the player keeps the account consistent with the record. Then the twelfth session (Beals withdraws), the closing session, and the debrief for the whole case, which repeats the first Kjeller question. Best played last.' },
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
  { text: 'Case 2. On 11 January 1937 the couple were taken to Coyoacán, a suburb of Mexico City, and lodged in the blue house of the painter Frida Kahlo (the book calls her Frida Rivera), with an orange tree in the courtyard.', cite: 'L3371-3384' },
  { text: 'On 23 January 1937 a second show trial opened in Moscow, of Pyatakov, Radek and others. The verdict found Trotsky and his son guilty in their absence and ordered their arrest if they were found in the USSR; Pyatakov was sentenced to death on 30 January and shot on 1 February.', cite: 'L3500-3501, L5539-5542, L8804-8805' },
  { text: 'In the book’s account, the public organisations of the left stayed silent, so friends in New York set up a commission of individuals of good name, chaired by the philosopher John Dewey. The Soviet embassy, the American Communist Party and, in Mexico, the Communist Party and the unions were invited to take part; they refused.', cite: 'L4512-4535, L4585-4595' },
  { text: 'A sub-commission of five came to Mexico to find out whether Trotsky had enough material to justify a full inquiry. It sat in Diego Rivera’s house, in a room for fifty, open to the press and to workers’ organisations, for a week: 10 to 17 April 1937, thirteen sessions.', cite: 'L4569-4573, L4606-4612, L4780-4782' },
  { text: 'Dewey opened by saying that Trotsky’s denial by itself could carry no weight; what weighed on the world’s conscience was that he had been condemned without a hearing. Trotsky, in his reply, asked for no trust in advance.', cite: 'L4612-4620, L4631-4642' },
  { text: 'In the book the high point of the hearing was the three charges that named a time and a place for a meeting with Trotsky: Copenhagen in November 1932, the Bois de Boulogne near Paris at the end of July 1933, and Norway in December 1935. On the table lay correspondence, passports, visas, photographs and more than a hundred notarised statements. The game plays each alibi as one sitting, and a fourth for the commissioner who left.', cite: 'L4683-4700, L4688-4692' },
  { text: 'On 9 May 1937 Dewey reported in New York that Trotsky had fully established the need for a further inquiry; the full commission was to meet in September. The book ends before its verdict.', cite: 'L4787-4808' },
];

export const CAST: GuidePerson[] = [
  { name: 'Leon Trotsky', role: 'The player in the Prologue and Case 1; the witness in Case 2; the exile, the raid’s target, and the book’s author', cases: 'Prologue, Case 1, Case 2', text: 'In Norway from June 1935, interned from late August 1936. From January 1937 in Coyoacán, where in April he answered the Dewey sub-commission, asking it to check everything he said.', cite: 'L201-203, L781-802, L3371-3384, L4631-4642' },
  { name: 'Natalia Sedova', role: 'Trotsky’s wife', cases: 'Prologue, Case 2', text: 'Shared the exile in Veksal and the internment. In Copenhagen on 1 December 1932 she telegraphed the French prime minister, asking to see her son, a student in Berlin, as they crossed France.', cite: 'L201-202, L268, L4116-4122, L4153-4158' },
  { name: 'Konrad Knudsen', role: 'Host in Veksal; editor of a labour paper; member of the Storting', cases: 'Prologue, Case 2', text: 'Heard the TASS news on a poor radio on the island and asked Trotsky what it meant. On 29 January 1937 he telegraphed the Moscow prosecutor that it had been officially confirmed that no foreign or private plane landed at Oslo’s airfield in December 1935.', cite: 'L203, L347-355, L4195, L8717-8724' },
  { name: 'Jordis Knudsen', role: 'The host’s daughter', cases: 'Prologue', text: 'Stayed at home on the night of the raid and barred the door of Trotsky’s room.', cite: 'L278-282' },
  { name: 'The five raiders', role: 'Norwegian fascists; the accused at Drammen', cases: 'Prologue, Case 1', text: 'Broke in at midnight with false police badges. The book gives the main defendant only as “R. H.”.', cite: 'L270-286, L785-790' },
  { name: 'Swen', role: 'Chief of the criminal police (the book’s spelling)', cases: 'Prologue', text: 'Flew to the island on the Justice Minister’s order on 13 August 1936 to question Trotsky, then told the press he found nothing illegal.', cite: 'L323-338' },
  { name: 'Trygve Lie', role: 'Norway’s Justice Minister', cases: 'Prologue, Case 1', text: 'Visited Veksal soon after Trotsky arrived; later ordered the questioning and the restrictions.', cite: 'L253-256, L325-326, L828-856' },
  { name: 'Advokat W.', role: 'Defence lawyer for the raiders', cases: 'Case 1', text: 'Led the questioning of the witness; the book gives only his initial.', cite: 'L807-809, L823-824' },
  { name: 'The presiding judge and the prosecutor', role: 'The Drammen court (both unnamed in the book)', cases: 'Case 1', text: 'The judge reminded the witness that no one was accusing him; the prosecutor objected to questions about the Moscow trial.', cite: 'L991-992, L1334-1337' },
  { name: 'Askvig', role: 'Chief of the Norwegian police', cases: 'Case 1', text: 'Brought the new conditions on 26 August; weeks before the hearing he came to Sundby with Bulletin No. 48.', cite: 'L455-457, L1236-1243' },
  { name: 'Sund', role: 'Norway’s chief public prosecutor (the book’s “Reichsstaatsanwalt”)', cases: 'Case 1', text: 'Said publicly on 26 September 1936 that nothing before him showed a Norwegian law had been broken.', cite: 'L947-953' },
  { name: 'Leon Sedov', role: 'Trotsky’s elder son, in Paris', cases: 'Case 1, Case 2', text: 'Kept part of the archive; his statement of 19 November 1936 corrected a date in his father’s account. In November 1932 a student in Berlin, trying in vain to travel to Copenhagen; the January 1937 verdict named him with his father.', cite: 'L1058-1066, L1087-1091, L4092-4099, L5539-5542' },
  { name: 'John Dewey', role: 'Chairman of the commission and of the sub-commission at Coyoacán', cases: 'Case 2', text: 'American philosopher and educator, aged 78 by the book’s count (77 in fact), who took the chair after long hesitation because refusing would have betrayed a life spent on education as public enlightenment.', cite: 'L4529-4530, L4572, L4621-4631' },
  { name: 'John Finnerty', role: 'Counsel to the sub-commission (the book also writes “D. Finnerty”)', cases: 'Case 2', text: 'A lawyer from the Irish revolutionary movement and a defender in the Sacco–Vanzetti and Tom Mooney cases; he took over the questioning in the second half of the hearing.', cite: 'L4576-4579, L4729-4731' },
  { name: 'Albert Goldman', role: 'Trotsky’s counsel, from Chicago: the player in Case 2', cases: 'Case 2', text: 'Never hid that he agreed with Trotsky politically; led the questioning in the first half of the hearing, where the three alibis were heard.', cite: 'L4579-4584, L4729-4731' },
  { name: 'Carleton Beals', role: 'Journalist; member of the sub-commission', cases: 'Case 2', text: 'Added only because intended members could not travel at the last moment. In Trotsky’s account he hunted for contradictions to help the Moscow version, and resigned in the twelfth session; his own side is not in the book.', cite: 'L4572-4576, L4700-4703, L4763-4777' },
  { name: 'Suzanne La Follette', role: 'Member of the sub-commission', cases: 'Case 2', text: 'A radical writer, in the book’s words.', cite: 'L4531, L4572' },
  { name: 'Benjamin Stolberg', role: 'Member of the sub-commission', cases: 'Case 2', text: 'A well-known writer of the left, in the book’s words.', cite: 'L4531-4532, L4572' },
  { name: 'Otto Rühle', role: 'Member of the sub-commission', cases: 'Case 2', text: 'An old German left-wing Marxist in exile; Trotsky calls him the member nearest to himself, yet Rühle had opposed the Communist International even when Trotsky helped to lead it.', cite: 'L4532-4533, L4537-4539, L4550-4551' },
  { name: 'Holtzman', role: 'Defendant in the trial of the sixteen (August 1936); not present', cases: 'Case 2, sitting 1', text: 'An old party member known to Trotsky and Sedov; testified that Sedov met him at the Hotel Bristol in Copenhagen and took him to Trotsky. Shot with the other defendants in August 1936.', cite: 'L4081-4090, L6948-6950, L427-429' },
  { name: 'Olberg', role: 'Defendant in the trial of the sixteen; not present', cases: 'Case 2, sitting 1', text: 'Said he received his instructions from Copenhagen in writing, and that Sedov’s own trip there did not come off, which contradicts Holtzman.', cite: 'L6946-6948, L6977-6982' },
  { name: 'Vladimir Romm', role: 'Prosecution witness at the January 1937 trial; not present', cases: 'Case 2, sitting 2', text: 'A Soviet correspondent, brought from prison under escort; pressed by the prosecutor, he dated his meeting with Trotsky in the Bois de Boulogne to the end of July 1933.', cite: 'L7607-7613, L7954-7963' },
  { name: 'Karl Radek', role: 'Defendant at the January 1937 trial; not present', cases: 'Case 2, sittings 2–4', text: 'Journalist and former oppositionist who recanted in 1929; his own testimony contradicts Romm twice, and his last words said the case for the link with Trotsky rested on two testimonies, his and Pyatakov’s.', cite: 'L3613-3616, L7652-7654, L7844-7848, L8882-8891' },
  { name: 'Yuri Pyatakov', role: 'Defendant at the January 1937 trial; not present', cases: 'Case 2, sittings 3–4', text: 'Deputy People’s Commissar of heavy industry; testified that in the first half of December 1935 he flew from Berlin to Oslo to see Trotsky. Sentenced to death on 30 January and shot on 1 February 1937.', cite: 'L3586-3591, L8392-8393, L8804-8805' },
  { name: 'Andrei Vyshinsky', role: 'Prosecutor at the Moscow trials; not present', cases: 'Case 2', text: 'Trotsky’s charge against him: he asked the defendants no concrete question about names, documents, dates or travel that could have made them stumble.', cite: 'L3167-3169, L4053-4063' },
];

export const TIMELINE: GuideEvent[] = [
  { date: 'November 1932', text: 'Invited by Danish students, Trotsky gives a lecture in Copenhagen; his son, in Berlin, tries in vain to get leave to join his parents. Holtzman later dated his meeting with Trotsky there to 23–25 November. (Case 2, sitting 1.)', cite: 'L6937-6941, L4081-4099' },
  { date: '1–6 December 1932', text: 'Natalia Sedova telegraphs Herriot on 1 December, the day before the departure; Paris wires its Berlin consul on the 3rd; Sedov’s passport gets a visa that day and a border stamp on the 4th; parents and son meet at the Gare du Nord in Paris on 6 December.', cite: 'L4116-4137, L7047-7048' },
  { date: '29 June 1933', text: 'The French interior minister, Chautemps, allows Trotsky to live in a department in the south.', cite: 'L8144-8148' },
  { date: '24–25 July 1933', text: 'The Trotskys leave their ship off Marseille by motorboat, land at Cassis and are driven north-west; on 25 July they reach Saint-Palais near Royan, where a fire breaks out on the property that day. (Case 2, sitting 2.)', cite: 'L8179-8190, L8240-8245' },
  { date: 'Late July – September 1933', text: 'Trotsky lies ill at Saint-Palais, some 500 km from Paris, for two months under a doctor. Romm later placed their meeting in the Bois de Boulogne at the “end of July”.', cite: 'L8130-8133, L8253-8266, L7954-7963' },
  { date: '1935', text: 'Norway’s Labour Party in power; Trotsky applies for a visa and accepts conditions of non-interference.', cite: 'L232-238' },
  { date: 'June 1935', text: 'Trotsky and his wife settle with the Knudsens in Veksal.', cite: 'L201-203' },
  { date: '26 July 1935', text: 'Arbeiterbladet prints an interview he gave with the Justice Minister present.', cite: 'L850-865' },
  { date: 'First half of December 1935', text: 'The date Pyatakov gave in January 1937 for his flight from Berlin to Oslo to meet Trotsky; the book never fixes a day, and the game shows only the range. Trotsky was then living in Veksal. (Case 2, sitting 3.)', cite: 'L8392-8393, L8490-8495, L201-204' },
  { date: 'Night of 5–6 August 1936', text: 'Five fascists raid the house with false police badges.', cite: 'L270-285' },
  { date: '13 August 1936', text: 'Swen questions Trotsky on the island.', cite: 'L323-338' },
  { date: '14 August 1936', text: 'TASS announces the “conspiracy”; the Norwegian Communists had called a protest meeting against the raid for the same day.', cite: 'L345-351, L370-374' },
  { date: 'August 1936', text: 'The Moscow trial of the 16; all defendants are shot.', cite: 'L427-430' },
  { date: '26 August 1936', text: 'Police and the Passport Office demand his signature on new conditions; he refuses.', cite: 'L455-479' },
  { date: '28 August 1936', text: 'Arrest and internment; on 2 September the couple are moved to Sundby under guard.', cite: 'L600, L524-527' },
  { date: '1 September 1936', text: 'The Danish paper Sozial-Demokraten reports that the Hotel Bristol, Holtzman’s meeting place, was pulled down in 1917.', cite: 'L7081-7084' },
  { date: '26 September 1936', text: 'Sund: no Norwegian law broken.', cite: 'L947-953' },
  { date: '29 October and 11 November 1936', text: 'A new decree, then a letter from the Justice Minister, bar him from going to court.', cite: 'L705-708, L723-727' },
  { date: '19 November 1936', text: 'Sedov’s written statement about the archives.', cite: 'L1087-1088' },
  { date: '11 December 1936', text: 'The Drammen hearing: more than four hours of testimony behind closed doors.', cite: 'L781-804' },
  { date: '18–19 December 1936', text: 'A Mexican visa has arrived; departure on the tanker “Ruth”.', cite: 'L2009-2013' },
  { date: '9 January 1937', text: 'Arrival at Tampico, Mexico.', cite: 'L3333-3349' },
  { date: '11 January 1937', text: 'Arrival in Coyoacán; the couple move into the blue house.', cite: 'L3371-3384' },
  { date: '23 January 1937', text: 'The trial of Pyatakov, Radek and others opens in Moscow; Romm and Pyatakov give the testimony tested in sittings 2 and 3.', cite: 'L3500-3501, L8307-8310' },
  { date: '24–29 January 1937', text: 'Trotsky puts questions in a communiqué to the world press (24th) and sends thirteen to the court through the wire agencies (27th); none is put to Pyatakov. Aftenposten (25th) and Arbeiderbladet (29th) report no foreign plane at Kjeller; Knudsen telegraphs the court.', cite: 'L8307-8357, L8692-8695, L8717-8730' },
  { date: '30 January and 1 February 1937', text: 'Pyatakov is sentenced to death, and shot.', cite: 'L8804-8805' },
  { date: 'February 1937', text: 'The Comintern press answers the Danish paper with a “Konditorei Bristol”, a café next to a hotel.', cite: 'L7094-7101' },
  { date: '10–17 April 1937', text: 'The Dewey sub-commission hears Trotsky in Coyoacán: thirteen sessions; Beals’s resignation is announced in the twelfth, and the thirteenth is given to the closing speeches. (Case 2.)', cite: 'L4611-4612, L4763-4764, L4780-4782' },
  { date: '9 May 1937', text: 'Dewey reports in New York that the need for a further inquiry is fully established.', cite: 'L4787-4808' },
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
  {
    caseTitle: 'Case 2, sitting 1 (Copenhagen)',
    question: 'Holtzman gave almost nothing away, yet his story broke on one checkable detail. Why are checkable details dangerous to a false story, and why did the prosecutor avoid asking for them?',
    note: 'A named hotel can be looked up; a vague “meeting abroad” cannot. Trotsky lists what the court never asked (which passport, where Holtzman slept) and reads the silence as deliberate: that reading is his. Ask students to separate the fact (the questions are missing from the record) from the explanation, and to suggest one other explanation a defender of the court might give.',
    cite: 'L7158-7179',
  },
  {
    caseTitle: 'Case 2, sitting 1 (Copenhagen)',
    question: 'Which single item on the Copenhagen board would you trust most, and which least? Why?',
    note: 'The game ranks the French foreign ministry telegrams as the most independent items: kept in a government file and found again years later. Sedov’s passport is strong but in his own hands; the witness statements come from friends. Any ranking works if students give reasons about who made the item and who kept it.',
    cite: 'L4124-4132, L4102-4109',
  },
  {
    caseTitle: 'Case 2, sitting 1 (Copenhagen)',
    question: 'Olberg was a defendant too, on the prosecution’s side of the room. Why does his testimony count against the prosecution?',
    note: 'A witness who has every reason to support a story and still contradicts it (Olberg said Sedov’s trip fell through) is hard to dismiss: this is the idea of a statement against interest. Point out that the record was carefully corrected before publication, so the contradiction was left standing.',
    cite: 'L6977-7004',
  },
  {
    caseTitle: 'Case 2, sitting 1 (Copenhagen)',
    question: 'The “Konditorei Bristol” answer came five months after the Danish article. What does the timing of a correction tell you about it?',
    note: 'A correction made at once, from one’s own records, is more convincing than one found months later after the other side has made the point public. But a late answer is not automatically false. This question leads into the “Bristol” dispute that later writers still argue about (see “A one-sided source” below): let students first judge the café answer against Holtzman’s own words.',
    cite: 'L7094-7098',
  },
  {
    caseTitle: 'Case 2, sitting 1 (Copenhagen)',
    question: 'Finnerty’s “secret journey” was not impossible. How did the hearing weigh it, and is “no evidence for it” the same as “disproved”?',
    note: 'In the game the commission’s counsel raises the idea that Sedov went secretly; the book answers it, but does not say who raised it, so that scene is dramatized. A good answer sees that the documents make the secret trip unlikely (visa on the 3rd, border stamp on the 4th, the Gare du Nord on the 6th) without logically excluding it, and that the burden lies on the side making the claim.',
    cite: 'L7009-7048',
  },
  {
    caseTitle: 'Case 2, sitting 2 (Bois de Boulogne)',
    question: 'Why does a contradiction inside the prosecution’s own record, Radek against Romm, weigh so much?',
    note: 'Both men were on the same side of the Moscow courtroom and in the same published report. Radek says Romm joined the opposition only on the Chinese question, and that their letters never named names. Nobody had to smuggle this in from outside; ask why that matters when the other side controls the record.',
    cite: 'L7652-7654, L7844-7848',
  },
  {
    caseTitle: 'Case 2, sitting 2 (Bois de Boulogne)',
    question: 'The Chautemps letter shows where Trotsky was allowed to live. Why is that not proof of where he was?',
    note: 'Permission is not presence: people break rules, and the letter was written weeks before the end of July. Ask which items on the board do put him in a place on a day (the newspaper telegram, the fire, the reporter). Good answers name the gap between what a document was made for and what we want it to prove.',
    cite: 'L8144-8148',
  },
  {
    caseTitle: 'Case 2, sitting 2 (Bois de Boulogne)',
    question: 'Rank today’s alibi sources from strongest to weakest. What makes a source “independent”?',
    note: 'The debrief sorts them: made at the time by outsiders (the New York Times telegram, local papers, fire brigade); a reporter’s statement (Bardon, named in the book only by his trade); handed to the commission but not printed (hotel register, Shachtman’s letter); official (the Chautemps letter); friends and household (the drivers, Vera Lanis, Segal, the visitors); and records the book says exist but never produces (ship’s log, prefect’s telegram, Sûreté files). Remind students that all of them reach us through Trotsky’s book.',
    cite: 'L8184-8185, L8194-8195, L8216-8222, L8240-8266',
  },
  {
    caseTitle: 'Case 2, sitting 2 (Bois de Boulogne)',
    question: 'Trotsky thinks Moscow chose “end of July” because its agents followed the luggage. Is that proven, or an explanation? How would you test it?',
    note: 'It is his explanation: the luggage went on to Paris under another name while he left the ship. It fits the facts but the book offers no GPU document. Students might propose what would test it, such as records showing what the Soviet side knew in 1933. This is a good place to practise the words “proved”, “likely” and “possible”.',
    cite: 'L8196-8203, L8229-8238',
  },
  {
    caseTitle: 'Case 2, sitting 2 (Bois de Boulogne)',
    question: 'Both Romm and Trotsky spoke under pressure. How should a commission treat testimony given under pressure, on either side?',
    note: 'Romm was brought from prison under escort; Trotsky had been declared guilty in his absence and was to be arrested if found on Soviet soil. Neither is a neutral witness. Steer the discussion toward checks that do not depend on either man’s word: dates, documents made at the time, people with no stake. Keep in mind, and say, that the Moscow defendants spoke as prisoners facing death.',
    cite: 'L7607-7608, L5539-5542',
  },
  {
    caseTitle: 'Case 2, sitting 3 (Kjeller)',
    question: 'Arbeiderbladet disliked Trotsky. Why can a hostile paper be a stronger witness for his alibi than his friends, and what could it still get wrong?',
    note: 'The governing party’s paper had no wish to help him, and its reporter had the airfield director check the customs book. What it could still get wrong: the airfield evidence covers Kjeller, not every field in Norway, and a reporter can misquote (the director later confirmed the interview in writing). And we read the paper in Trotsky’s German translation.',
    cite: 'L8725-8779',
  },
  {
    caseTitle: 'Case 2, sitting 3 (Kjeller)',
    question: 'The Soviet representation said Kjeller was open to foreign planes all winter. Why does “possible” not answer “did it happen”? Give an example from everyday life.',
    note: 'The game calls this the deduction “open is not landed”: an open airfield plus no landing recorded gives no landing. Everyday examples work well (a shop open all night does not prove someone shopped there). Note the game’s wording: “Soviet representation” or “mission”, as in the book, not “embassy”.',
    cite: 'L8705-8717',
  },
  {
    caseTitle: 'Case 2, sitting 3 (Kjeller)',
    question: 'Knudsen’s telegram went to Moscow the day before the verdict; Pyatakov was shot three days after it. What does that timing tell us, and what can it not tell us?',
    note: 'It shows the court had fresh evidence before it and gave its verdict without asking Pyatakov about it. It cannot show why: Trotsky’s belief that the shooting was hurried, and that the defendants were promised their lives, is his own and the book gives no document for it. Handle this with care: Pyatakov was a real man, shot on 1 February 1937.',
    cite: 'L8717-8724, L8789-8805',
  },
  {
    caseTitle: 'Case 2, sitting 3 (Kjeller)',
    question: 'The court never asked Pyatakov which name was in his passport or where he slept. Can silence in a record count as evidence? How far?',
    note: 'Missing questions are a fact about the record; what they mean is an interpretation. A silence counts most when the question was obvious and easy to check, as Trotsky argues here and in his thirteen questions, none of which was put. Ask students where a silence might have an innocent explanation.',
    cite: 'L8307-8357',
  },
  {
    caseTitle: 'Case 2, sitting 4 (Beals; the whole case)',
    question: 'Trotsky wanted sharp, distrustful questions; his counsel was openly on his side; the most hostile member resigned. Was the Coyoacán hearing balanced enough to be trusted? What would have made it stronger?',
    note: 'There is evidence both ways. For: public sessions, a stenographer, invitations to Moscow’s supporters (refused), Dewey’s warning that a denial carries no weight. Against: the defence counsel was a political ally, and the hostile member left. Everything we know of Beals comes from Trotsky; his own account appeared outside the book (see below). Students should answer from the record, not from sympathy.',
    cite: 'L4579-4595, L4616-4618, L4733-4734, L4763-4764',
  },
  {
    caseTitle: 'Case 2, sitting 4 (Beals; the whole case)',
    question: 'The witness admitted that his thirteen questions were inexact in places. Did that make his account weaker or stronger? Why?',
    note: 'The same question as in Case 1 about a self-correction. The questions were written from the first short wire reports; he says they were inexact only in side details. Admitting an error can raise trust, and it also shows the first version was wrong; both answers can be defended.',
    cite: 'L8346-8349',
  },
  {
    caseTitle: 'Case 2, sitting 4 (Beals; the whole case)',
    question: 'Historians later found that Trotsky kept some 1932 contacts from the commission. Does that change how you judge the three alibis? Why, or why not?',
    note: 'This rests on research from outside the book (Broué 1980, Getty 1986; see “A one-sided source”). It touches Trotsky’s candour, not the telegrams, passport stamps or newspapers behind each alibi, and neither historian claims the Bois de Boulogne meeting took place. Good answers separate “was he fully open?” from “did these three meetings happen?”.',
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
  { term: 'Alibi', text: 'Proof that a person was somewhere else at the time claimed. The book defines it as the positive proof of a negative fact.', cite: 'L5094-5097' },
  { term: 'Amalgam', text: 'Trotsky’s word for a fabricated charge that mixes unrelated people and facts.', cite: 'L5840-5843' },
  { term: 'Commission and sub-commission', text: 'The commission of inquiry set up in New York under Dewey; the sub-commission was the five members sent to Coyoacán to see whether Trotsky had enough material to justify a full inquiry.', cite: 'L4569-4573' },
  { term: 'Counsel to the commission', text: 'The commission’s own lawyer, Finnerty; not to be confused with Trotsky’s counsel, Goldman.', cite: 'L4576-4584' },
  { term: 'Stenographic report', text: 'A word-for-word record of a trial or hearing. Both the Moscow trials and the Coyoacán hearing produced one.', cite: 'L4644-4650' },
  { term: 'Trial of the seventeen', text: 'The second Moscow show trial, of Pyatakov, Radek and others, January 1937.', cite: 'L3500-3501, L5123-5124' },
  { term: 'Parallel centre', text: 'The second, supposedly secret conspiracy that the January 1937 trial said Pyatakov, Radek and others led.', cite: 'L7610-7611' },
  { term: 'Capitulator', text: 'An oppositionist who recanted and went over to serving the regime: Pyatakov at the end of 1927, Radek in 1929.', cite: 'L3582-3584, L3613-3616' },
  { term: 'Military Collegium', text: 'The military court that tried the Moscow defendants; Knudsen’s telegram was addressed to it.', cite: 'L8719' },
  { term: 'Ex parte', text: '“From one side only”: the objection that a party’s own witnesses cannot be trusted.', cite: 'L9272-9273' },
  { term: 'Vestibule; Konditorei', text: 'The entrance hall of a hotel; a café and pastry shop. The “Bristol” dispute turns on both words.', cite: 'L7102-7103' },
  { term: 'Président du Conseil', text: 'The title of the French prime minister, to whom Natalia Sedova telegraphed in 1932.', cite: 'L4150-4151' },
  { term: 'Poste restante; city post', text: 'Mail held at a post office until collected; local mail within Paris. Both appear in Romm’s account of the letters.', cite: 'L7765-7768, L7922' },
  { term: 'Sûreté Générale', text: 'The French national security police, which checked Trotsky’s papers in 1933.', cite: 'L8261-8265' },
  { term: 'Customs protocol book', text: 'Kjeller airfield’s daily register of arrivals checked by customs.', cite: 'L8750-8751' },
  { term: 'Izvestia', text: 'A Soviet government newspaper; Romm and Bukhartsev were its correspondents abroad.', cite: 'L8392-8395' },
  { term: 'Source check', text: 'In the game: asking who made a document, when, for whom, how it reached the hearing, and what it can prove. A hostile source is one with no wish to help the person it ends up helping.' },
  { term: 'Rehabilitation', text: 'The formal annulment of a Soviet verdict by a Soviet court.', outside: true },
];

export const ONE_SIDED: GuideText[] = [
  { text: 'The title screen and every debrief say that the book is Trotsky’s own account. Each fact shows the book’s chapter; the line range is kept in the data so a teacher can check it.' },
  { text: 'What only he asserts is framed as his account (“he testified that…”). His readings of other people’s motives are labelled as his readings in the debriefs.', cite: 'L325-326, L1866-1867' },
  { text: 'Where the book reports a document without printing it, the court record says so, and the game never makes up its text.' },
  { text: 'The debriefs have a section “Where the book is one-sided”: for example, that the hearing text is his reconstruction, and that the Norwegian government’s own case reaches us only through him.', cite: 'L798-802' },
  { text: 'Where he is fair to opponents, the game says so too: he grants that the Foreign Minister behaved better than other ministers.', cite: 'L1830-1832' },
  { text: 'The book’s own slips (dates that disagree, a misplaced town) are never used as clues.' },
  { text: 'Contradictions the player exposes show that a statement clashes with a document. They do not prove who was behind the raid: the game marks such points as “not proved”.', cite: 'L1104-1105' },
  { text: 'Case 2 follows the same rules. The Moscow testimony appears as transcript pages, but they are Trotsky’s quotations from the official reports; the defendants speak only through the passages he chose. The Norwegian papers reach us in his translation.', cite: 'L7126-7132, L8725-8730' },
  { text: 'The game keeps three kinds of evidence apart and the debriefs rate them: testimony recorded in Moscow (a claim), documents made at the time by outsiders (telegrams in a French ministry file, a passport stamp, local papers, a fire brigade certificate), and statements from Trotsky’s friends and household. Dewey himself said the witness’s denial could carry no weight on its own.', cite: 'L4124-4132, L8240-8257, L4616-4618' },
  { text: 'Records that the book says exist but never produces (the ship’s log, the prefect’s telegram, the Sûreté files) are shown as such and never as documents on the table.', cite: 'L8184-8185, L8261-8265' },
  { text: 'His readings stay his: that Romm lied because the GPU forced him, that the defendants were promised their lives, that the drive from Veksal took two hours or more. The game says “Trotsky testified that…”.', cite: 'L8301-8304, L8789-8794, L8567-8570' },
  { text: 'The book records none of the commissioners’ questions on the three alibis, and none of Beals’s. Those in the game are built from points the book answers and are marked as dramatized in the backlog; everything negative about Beals is Trotsky’s allegation.', cite: 'L4700-4713, L4765-4777' },
  { text: 'Where the book leaves a gap, the game leaves it open: Pyatakov gave only “the first half of December”, so the board shows a range; Radek’s “February 1932” letter and Romm’s spring letter are not reconciled in the book, and the game builds no clue on either.', cite: 'L8392, L8411-8412, L7511-7513, L7526-7528' },
  { text: 'The “Bristol” dispute, the book’s side: there had been no Hotel Bristol since 1917; the café offered in February 1937 had no vestibule and its door on a different street from the hotel’s; and in any case Sedov was in Berlin.', cite: 'L7081-7107, L7146-7155' },
  { text: 'The “Bristol” dispute, the other side: defenders of the verdicts kept the café explanation alive. J. R. Campbell (1939) wrote that café and hotel shared a building and the hotel could be entered through the café; Sven-Eric Holmström (2008) argued from photographs that the two were connected and that Trotsky’s side misled the commission. Others have disputed these conclusions, and most historians of the trials have not accepted them. The game does not rule on the café’s doors; it points out that the question does not touch the documents placing Sedov in Berlin.', outside: true },
  { text: 'What Trotsky did not tell the commission: working in his papers at Harvard, Pierre Broué (1980) and J. Arch Getty (1986) found that in 1932 Trotsky and Sedov had contacts about a “bloc” with oppositionists inside the USSR, which he did not reveal in 1937. Broué, himself a Trotskyist, still judged the trials frame-ups; others use the find to question Trotsky’s candour. Neither claims that the Bois de Boulogne meeting took place.', outside: true },
  { text: 'Beals gave his own reasons for resigning in print (the Saturday Evening Post, June 1937). The game names the article and does not summarise it, so that students can read it beside Trotsky’s account.', outside: true },
];

export const OUTSIDE: GuideText[] = [
  { text: 'In 1988 the Soviet Supreme Court rehabilitated the defendants of the 1936 Moscow trial; most historians regard their confessions as false. The same year it annulled the verdict of the January 1937 trial, rehabilitating Pyatakov, Radek and others condemned with them. (Used in the Case 2 debriefs.)', outside: true },
  { text: 'In 1937 a commission of inquiry chaired by the American philosopher John Dewey heard Trotsky in Coyoacán, Mexico. The full commission reached its findings in 1937 and published them in 1938 as “Not Guilty”: it called the Moscow trials frame-ups and found Trotsky and his son not guilty. (Case 2 of the game, “The Blue House”, plays sittings of that hearing; the findings came after the book.)', outside: true },
  { text: 'The stenographic record of the Coyoacán hearing was published in 1937 as “The Case of Leon Trotsky”.', outside: true },
  { text: 'Trotsky reached Denmark on 23 November 1932 and lectured to the students in Copenhagen on 27 November. The book gives neither date, so they are not on the Case 2 timeline board; the sitting 1 debrief mentions them as outside the book.', outside: true },
  { text: 'Radek was sentenced to ten years in January 1937 and died in custody in 1939. Leon Sedov died in Paris in February 1938.', outside: true },
  { text: 'Trotsky was murdered in Mexico in 1940 by an agent of the Soviet secret police.', outside: true },
];

/** How reports work, for the teacher: one file per student, the seal, and what it does not stop. */
export const REPORTS: GuideText[] = [
  { text: 'Each student hands in one report file per assignment. It covers every assigned case: contradictions found out of the total, wrong presents, credibility marks lost, hints, the fields of documents pointed at, time per case, the answers to the discussion questions, and every step with its time.' },
  { text: 'Open the files in the class view (“Class view” on the teacher page). It shows one row per student; if a student hands in twice, the newest report counts and the older one is listed. “Found N of M” counts the contradictions of all assigned cases. A student with many wrong presents for each contradiction found is marked “guessing” and left out of “hardest statements”, so one guesser does not hide what the class found hard. Export CSV gives the same table for a spreadsheet. The files stay in your browser until you clear the class.' },
  { text: 'The game seals each report with a checksum over its content and the assignment. The class view marks a file changed by hand “edited after download”, a report made without your link (or with another one) “not from this assignment”, and two reports with the same steps at the same times under different names “copy”.' },
  { text: 'Be plain with students about what this does: it deters casual editing (a changed time, “finished” switched on, a copied file renamed). It does not stop a determined forger: the game’s code is public, so anyone who studies it can make a file with a valid seal. Treat a flag as a reason to talk with the student, not as proof, and grade the reasoning in the discussion answers rather than the numbers alone.' },
  { text: 'Shared computers: each student name has its own saves and settings on the device, and the title screen asks “Who is playing?”. Students can take their progress home with “Save to file” and open it elsewhere with “Open save file”.' },
];
