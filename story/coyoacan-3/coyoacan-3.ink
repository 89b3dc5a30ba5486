# grace: 1
INCLUDE ../common.ink
INCLUDE ce_journey.ink
INCLUDE ce_moscow.ink
INCLUDE board_variant.ink
// Case 2 "The Blue House", sitting 3: "Kjeller, December 1935" — Pyatakov's claimed flight.
// Outline: ../shared/design/cases/02-coyoacan-b.md (sitting 3). Source: the seed, # cite: Lx-y.
// Flow: briefing → ce_journey (CE-6) → sc_arbeiderbladet → moscow_reply (with source check 4)
// → deduce_open → ce_moscow (CE-7) → interlude → board_december → ce_variant (CE-8)
// → wrap_up → debrief. The Moscow witnesses are absent: their words are transcript pages.
// Lines the book does not record carry # dramatized: <note> and are labelled on screen.

-> briefing

=== briefing ===
# bg: blue-house
# music: calm
# scene: Coyoacán · the blue house, April 1937
The small hall of the blue house at Coyoacán: press and workers' delegates in the public, a sworn stenographer taking down every word. This is the third alibi case: Norway, December 1935. # speaker: narrator # cite: L4606-4611, L4644-4646, L4683-4688
You are Albert Goldman, Trotsky's counsel. Every page in this sitting reaches us through Trotsky's own book: the Moscow report as he quotes it, the Norwegian papers in his translation. One side's account. # speaker: narrator # cite: L4579-4584, L8376-8378, L8729-8730
# bg: veksal
# scene: Norway, 1935
From June 1935 to September 1936 Trotsky and his wife lived at Veksal, a village 60 km from Oslo, in the family of Konrad Knudsen, a member of the Storting, Norway's parliament. The government had chosen the place. # speaker: narrator # cite: L201-204, L4195
# bg: black
# scene: Moscow, January 1937
At the second Moscow trial, opened on 23 January 1937, Yuri Pyatakov testified that in the first half of December 1935 he flew from Berlin to Oslo to meet Trotsky. # speaker: narrator # cite: L8307, L8392-8393, L8490-8495
Trotsky answered from Mexico: a communiqué to the world press on 24 January, and thirteen questions to the court on the 27th. None was put to Pyatakov. # speaker: narrator # cite: L8307-8330, L8355-8357
Norway answered too. Aftenposten's report of 25 January and Knudsen's telegram of the 29th go into the court record. # speaker: narrator # cite: L8692-8695, L8717-8724 # add: aftenposten-1937-01-25 # add: knudsen-telegram-1937-01-29
Mr Trotsky, how much hangs on this? # speaker: dewey # bg: blue-house # dramatized: the chairman's question is not recorded
Everything. For nine years those two were my bitterest enemies. Prove the visit, and I am "hopelessly compromised"; show it was invented, and the "voluntary confessions" fall. # speaker: trotsky # cite: L8334-8342
# add: moscow-report-pyatakov-journey
# add: moscow-report-pyatakov-arrival
The Moscow witnesses are not here. Goldman reads their words from the report, and Trotsky answers. Press each line; when a line runs into a document, present it. # speaker: narrator # cite: L4683-4692 # dramatized: the book does not say how the Moscow pages were read at the hearing
-> ce_journey

=== after_journey ===
# music: calm
Mr Vyshinsky, you asked Pyatakov about his photograph, but not about the passport it went into? Not my address, not where he slept, not what name he signed? # speaker: trotsky # expression: angry # cite: L8635-8642
Bukhartsev can plead that Stirner kept his secrets. The prosecutor cannot: a defendant hides from him only what he has been told to hide. # speaker: trotsky # cite: L8642-8652
-> sc_arbeiderbladet

=== interlude ===
# music: stop
# bg: black
# scene: 29 January – 1 February 1937
On 29 January Knudsen telegraphed the prosecutor, and Arbeiderbladet printed the director's interview. The verdict had not yet been given: these facts called for a fresh inquiry. # speaker: narrator # cite: L8717-8730, L8784-8788
That day Trotsky told the press he feared the GPU would hurry to shoot Pyatakov, before anyone could put further questions to him. # speaker: narrator # cite: L8794-8804 # add: trotsky-warning-1937-01-29
He thought it highly probable that Pyatakov and Radek had been promised their lives. That is his belief; the book offers no document for it. # speaker: narrator # cite: L8789-8794
On 30 January Pyatakov was sentenced to death. On 1 February he was shot. # speaker: narrator # cite: L8804-8805
# bg: blue-house
# music: calm
Now lay December 1935 out day by day. Read each card for its day and its row, then check the board. Watch for one person in two places. # speaker: narrator
-> board_december

=== wrap_up ===
# music: calm
The variants are done with. Norway's liberal Dagbladet refuted them by checking time and place, and Knudsen answered them in the paper that printed them. The book gives neither text. # speaker: goldman # cite: L8821-8826 # add: dagbladet-rebuttal # dramatized: counsel's words; the facts are the book's
# add: knudsen-critique
One last page: Radek's final words in Moscow. The proof of the war link, he said, rested on two testimonies, his own and Pyatakov's; all the rest rested on theirs. No one corrected him. # speaker: goldman # cite: L8882-8894 # add: moscow-report-radek-closing # sfx: paper # dramatized: Goldman reading the page is staged
Radek's link to me ran through Romm alone, and Romm's meeting in the Bois de Boulogne did not happen. Pyatakov's flight did not happen. With both pillars down, the rest has nothing to stand on. # speaker: trotsky # expression: pressed # cite: L8913-8941
- (q_who) Whose words are these "two pillars", and what do they prove? # speaker: narrator # check: moscow-report-radek-closing who
+ [Radek's, in Moscow's own report: the case rests on two testimonies #best] Yes. A defendant said it in court, and neither prosecutor nor judge corrected him. That the pillars have fallen is Trotsky's argument, not a verdict. # speaker: narrator # cite: L8882-8894, L8913-8941
* [Trotsky's reading of the trial] No. The words are Radek's own, in Moscow's report. What Trotsky adds is the conclusion that the rest falls with them. # speaker: narrator # cite: L8882-8894, L8929-8937
    -> q_who
* [The sub-commission's finding] No. The sub-commission kept its outward reserve and did not pronounce. # speaker: narrator # cite: L4726-4728
    -> q_who
- -> debrief

=== debrief ===
# bg: title
# music: calm
# scene: Debrief · Kjeller, December 1935
What you showed: no foreign aircraft at Kjeller that winter, by Aftenposten, a hostile Arbeiderbladet and the customs book; and a Moscow report of what was possible, not of what happened. # speaker: narrator # cite: L8692-8695, L8705-8763
Against the house: a villa suburb half an hour out, where Trotsky lived in a remote village and went nowhere; and a two-hour visit his household says never took place. # speaker: narrator # cite: L8492-8495, L8567-8570, L4194-4198, L8717-8724
Where it is one-sided: everything comes through Trotsky's book, the Norwegian texts in his translation. The two-hour drive is his statement, the night on the field his inference, the promised lives his belief. # speaker: narrator # cite: L8729-8730, L8567-8570, L8680-8688, L8789-8794
The customs book speaks for Kjeller only; Pyatakov himself named an airfield near Oslo. And he said "the first half of December": the 12th or 13th is Trotsky's count, so the game shows ranges. # speaker: narrator # cite: L8744-8763, L8703-8705, L8392, L8539
Nothing is scored here: which source did the most work for you in this sitting? # speaker: narrator
* [Arbeiderbladet, with the director's letter] A hostile paper reading the airfield's own register, then confirmed in writing. Hard to wave away. # speaker: narrator # cite: L8725-8779
* [Pyatakov's own words in the Moscow report] The witness against himself: every rescue variant had to contradict him. # speaker: narrator # cite: L8808-8821
* [Knudsen's telegram] Quick and official on the airfield, but half of it is a landlord's word about his guest. # speaker: narrator # cite: L8717-8724
- OUTSIDE THE BOOK: the full commission found the trials frame-ups ("Not Guilty", 1938); in 1988 the USSR's Supreme Court rehabilitated Pyatakov, Radek and others. Most historians treat the charges as fabricated; an alibi settles one meeting, not a whole exile. # speaker: narrator
Trotsky called Pyatakov "unfortunate" and held that the GPU forced this story on him. That is his view. What is not in doubt is that Pyatakov was shot before anyone could question him about it. # speaker: narrator # cite: L4204-4207, L8804-8805
Arbeiderbladet disliked Trotsky. Why can a hostile paper be a stronger witness for his alibi than his friends, and what could it still get wrong? # speaker: narrator # question
The Soviet representation said Kjeller was open to foreign planes all winter. Why does "possible" not answer "did it happen"? Give an example from everyday life. # speaker: narrator # question
The court never asked Pyatakov which name was in his passport or where he slept. Can silence in a record count as evidence? How far? # speaker: narrator # question
Words to keep. Alibi: proof that someone was somewhere else at the time claimed. Customs protocol book: Kjeller's daily register of what arrived and was checked by customs. # speaker: narrator # cite: L5094-5097, L8750-8751
Hostile source: a source opposed to the person it ends up helping. Such evidence is hard to wave away. The sitting is closed. # speaker: narrator # end: coyoacan-3
-> END
