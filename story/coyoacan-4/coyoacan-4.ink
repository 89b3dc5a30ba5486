INCLUDE ../common.ink
INCLUDE beals-defendants.ink
INCLUDE beals-norway.ink
INCLUDE closing.ink
INCLUDE debrief.ink
// Case 2, "The Blue House", sitting 4: "Beals". Outline: ../shared/design/cases/02-coyoacan-b.md
// (Sitting 4, CE-9, CE-10, the 12th and 13th sessions, the epilogue and the whole-case debrief).
// Source: the seed, cited as # cite: Lx-y. The book records none of Beals's questions
// (L4700-4713): every Beals statement is [DRAMATIZED] from claims and facts in the book.
// Framing: what only Trotsky asserts is given as his account; Beals is known only through him.

// Set when the player lets the witness correct his thirteen questions first (ce_beals_norway.s6_press).
VAR honest_correction = false
// The "Two regimes" exchange: logged for the debrief, no right answer.
VAR regime_view = ""
// The summation builder in the 13th session: how many of the three picks rest on an outside source.
VAR strong_picks = 0

-> briefing

=== briefing ===
# bg: title
# music: calm
# scene: Case 2 · The Blue House · Sitting 4: Beals
Before the last sitting, a word about the source. # speaker: narrator
Everything we know about this hearing comes from one book, written by the witness himself. The commissioner you meet today, Carleton Beals, reaches us only through the eyes of the man he was questioning. # speaker: narrator # cite: L4700-4713, L4763-4777
The book does not record a single one of Beals's questions. The points he puts to the witness in this sitting are built by the game from claims and facts that are in the book, and each is marked as dramatized. # speaker: narrator # cite: L4700-4703
# bg: blue-house
# scene: Coyoacán, April 1937
The sub-commission has been sitting in Rivera's house at Coyoacán since 10 April; the week of hearings ends on the 17th. The room holds fifty people: the press, delegates of some Mexican unions, members of any workers' organisation who care to come. # speaker: narrator # cite: L4606-4612
The three alibis are on the record now: Copenhagen in November 1932, the Bois de Boulogne at the end of July 1933, Kjeller in December 1935. On the table lie letters, passports, visas, telegrams and more than a hundred notarised statements. # speaker: narrator # cite: L4683-4692
Five members sit on the sub-commission: Dewey, La Follette, Stolberg, Rühle, and the journalist Carleton Beals. Beals was brought in only because some of the people meant to come could not travel to Mexico at the last moment. # speaker: narrator # cite: L4572-4576
Trotsky calls him a former correspondent of TASS, the Soviet news agency, and writes that Beals tried to help the official Moscow version by hunting for contradictions in the witness's answers. That is Trotsky's description of an opponent. # speaker: narrator # cite: L4700-4702, L4765-4766
He also writes that, whatever Beals intended, he could only be grateful for it. He says he wanted nothing so much as distrustful, combative, sharp questions. # speaker: narrator # cite: L4702-4703, L4733-4734
Keep one more fact in mind. On landing at Tampico in January, Trotsky telegraphed President Cárdenas that he would keep strictly out of Mexican politics. His asylum rests on that promise. # speaker: narrator # cite: L3386-3388
And remember what this body is. The sub-commission gathers testimony and documents; the critical checking belongs to the European sub-commission and, above all, to the full commission in New York. # speaker: narrator # cite: L4734-4738
# scene: Source check
Who tells us that Beals was trying to rescue the Moscow version? # speaker: narrator # check: beals who
* [Trotsky, in his own book #best]
    Yes. The witness, writing about the man who questioned him hardest. It may be true; it is still one side's view, and the book gives none of Beals's own reasons. # speaker: narrator # cite: L4700-4702, L4763-4777
* [The commission's official report]
    No. The only report the book quotes is Dewey's of 9 May, and the passages it gives say nothing about Beals. # speaker: narrator # cite: L4787-4806
* [Beals himself]
    No. The book prints nothing that Beals wrote or said about his own aims. # speaker: narrator # cite: L4763-4764
- -> instructions

=== instructions ===
# bg: blue-house
# scene: The blue house, a later session
# music: tense
This time the roles are turned round, Mr Trotsky. Mr Beals will do the asking. # speaker: goldman # dramatized: counsel's words are not recorded; the facts are the book's
And you and I will keep your account consistent with the record, answer by answer. # speaker: goldman # dramatized: counsel's words are not recorded; the facts are the book's
How to play: Beals's points appear as statements. Press a point to hear the witness answer it. When the record settles the point, present the item that does it: a document that backs the answer, or the exact words Beals has got wrong. # speaker: narrator
One of his points cannot be answered with paper at all. Watch for it. # speaker: narrator
Historically the questioning passed from Goldman to the commission's own counsel, Finnerty, in the second half of the hearing. Counsel stepping in with documents, as you will here, is staged. # speaker: narrator # cite: L4729-4731
// [DRAMATIZED: basis L4638-4642 (his reply at the opening session) and L4733-4734]
I wish to be questioned sharply, gentlemen. I ask for no trust in advance. Check everything; my duty is to help you do it. # speaker: trotsky # cite: L4638-4642, L4733-4734
He apologises once more for his English, which he calls the weakest point of his position. # speaker: narrator # cite: L4636-4638
// [DRAMATIZED: basis L4700-4702] Dewey's and Beals's words here are not in the book.
Mr Beals, you have questions for the witness. # speaker: dewey # dramatized: the chairman's words are not recorded
Several, Mr Chairman. I have been listening for the places where the witness's answers do not fit together. # speaker: beals # expression: smug # cite: L4700-4702 # dramatized: Beals's words are not recorded; the point is built from the book
-> ce_beals_defendants
