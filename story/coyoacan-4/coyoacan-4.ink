INCLUDE ../common.ink
INCLUDE beals-defendants.ink
INCLUDE beals-norway.ink
INCLUDE closing.ink
INCLUDE debrief.ink
// Case 2, "The Blue House", sitting 4: "Beals". Outline: ../shared/design/cases/02-coyoacan-b.md
// (Sitting 4, CE-9, CE-10, the 12th and 13th sessions, the epilogue and the whole-case debrief).
// Source: the seed, cited as # cite: Lx-y. The book records none of Beals's questions
// (L4700-4713): every Beals line carries # dramatized (labelled on screen); proofs in proofs.json.
// Framing: what only Trotsky asserts is given as his account; Beals is known only through him.

// Set when the player lets the witness correct his thirteen questions first (ce_beals_norway.s6_press).
VAR honest_correction = false
// The "Two regimes" exchange: the choice is logged; no right answer.
VAR regime_view = ""
// The summation builder in the 13th session: how many of the three picks rest on an outside source.
VAR strong_picks = 0

-> briefing

=== briefing ===
# bg: title
# music: calm
# scene: Case 2 · The Blue House · Sitting 4: Beals
Everything we know about this hearing comes from one book, written by the witness. It records none of Beals's questions: the game builds them from claims and facts in the book, and labels them dramatized. # speaker: narrator # cite: L4700-4713, L4763-4777
# bg: blue-house
# scene: Coyoacán, April 1937
The three alibis are on the record: Copenhagen 1932, the Bois de Boulogne 1933, Kjeller 1935. On the table: letters, passports, visas, telegrams and more than a hundred notarised statements. # speaker: narrator # cite: L4683-4692 # add: sedov-passport # add: telegram-paris-to-consul-berlin # add: sozial-demokraten-1936-09-01 # add: moscow-report-olberg
The sub-commission has five members: Dewey, La Follette, Stolberg, Rühle, and the journalist Carleton Beals, brought in because others could not travel to Mexico at the last moment. # speaker: narrator # cite: L4572-4576
Trotsky calls Beals a former TASS correspondent who hunted for contradictions to help the Moscow version. That is his description of an opponent. He adds that he wanted nothing more than sharp, distrustful questions. # speaker: narrator # cite: L4700-4703, L4733-4734, L4765-4766
One more fact: landing at Tampico in January, Trotsky telegraphed President Cárdenas that he would keep strictly out of Mexican politics. His asylum rests on that promise. # speaker: narrator # cite: L3386-3388
# scene: Source check
- (q_who) Who tells us that Beals was trying to rescue the Moscow version? # speaker: narrator # check: beals who
* [The commission's official report]
    No. The only report the book quotes is Dewey's of 9 May, and the passages it gives say nothing about Beals. # speaker: narrator # cite: L4787-4806
    -> q_who
* [Beals himself]
    No. The book prints nothing that Beals wrote or said about his own aims. # speaker: narrator # cite: L4763-4764
    -> q_who
+ [Trotsky, in his own book #best]
    Yes. The witness, writing about the man who questioned him hardest. It may be true; it is still one side's view, and the book gives none of Beals's reasons. # speaker: narrator # cite: L4700-4702, L4763-4777
- -> instructions

=== instructions ===
# bg: blue-house
# scene: The blue house, a later session
# music: tense
This time Mr Beals does the asking, Mr Trotsky. You and I keep your account consistent with the record. # speaker: goldman # dramatized: counsel's words are not recorded; the questioning passed to Finnerty in the second half (L4729-4731), so counsel's part here is staged
Beals's points appear as statements. Press one to hear the witness. When the record settles it, present the item: a document that backs the answer, or the exact words Beals got wrong. One point no paper can answer. # speaker: narrator
I wish to be questioned sharply, gentlemen. I ask for no trust in advance. Check everything. # speaker: trotsky # cite: L4638-4642, L4733-4734 # dramatized: built from his reply at the opening session and his wish for sharp questions
I have been listening for the places where the witness's answers do not fit together. # speaker: beals # expression: smug # cite: L4700-4702 # dramatized: Beals's words are not recorded; Trotsky says this is what he did
-> ce_beals_defendants
