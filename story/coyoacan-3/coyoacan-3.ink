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
// Commissioners' questions are [DRAMATIZED: basis L4683-4692]; the book does not say who asked what.

-> briefing

=== briefing ===
# bg: blue-house
# music: calm
# scene: Coyoacán · the blue house, April 1937
The small hall of the blue house at Coyoacán, a room for about fifty people. Press and delegates of workers' organisations sit in the public. A sworn stenographer takes down every word. # speaker: narrator # cite: L4606-4611, L4644-4646, L4715-4716
This is the third of the alibi cases. Of all the charges against Trotsky, only three name a time and a place where he is said to have met someone. The third is Norway, December 1935. # speaker: narrator # cite: L4683-4688, L4698-4700
You are Albert Goldman, Trotsky's counsel, and in this half of the hearing you lead the questioning. # speaker: narrator # cite: L4579-4584, L4729-4731
A word about the source. Every page in this sitting reaches us through Trotsky's own book: the Moscow report as he quotes it, the Norwegian papers in his translation. It is one side's account, and the game says so where it matters. # speaker: narrator # cite: L8376-8378, L8729-8730
# bg: veksal
# scene: Norway, 1935
From June 1935 to September 1936 Trotsky and his wife lived at Veksal, a village 60 km from Oslo, in the family of Konrad Knudsen. The Norwegian government had chosen the place. Knudsen sat in the Storting, the parliament. # speaker: narrator # cite: L201-204, L4195
In winter the postman brought the mail by sledge, at about one o'clock. It was the event of the day. # speaker: narrator # cite: L220-223
# bg: blue-house
# scene: Moscow, January 1937
The second Moscow trial opened on 23 January 1937. Yuri Pyatakov, deputy People's Commissar of heavy industry, testified that in the first half of December 1935 he flew from Berlin to Oslo to meet Trotsky. # speaker: narrator # cite: L8307, L3586-3591, L8392-8393, L8490-8495
Trotsky answered from Mexico. On 24 January he sent questions to the court through the wire agencies; on 27 January, thirteen more. None was put to Pyatakov. # speaker: narrator # cite: L8307-8357
Pyatakov was sentenced to death on 30 January and shot on 1 February 1937. # speaker: narrator # cite: L8804-8805
Mr Trotsky, how much hangs on this? # speaker: dewey
Everything. For nine years those two men fought me harder than anyone; there was nothing to meet about. I told Moscow so at the time: prove the visit, and I am "hopelessly compromised". Show it was invented, and it is the "voluntary confessions" that fall. # speaker: trotsky # cite: L8334-8340
And by Radek's own last words in Moscow, the link to war rested on two testimonies, his and Pyatakov's. This sitting tests one of those two pillars. # speaker: goldman # cite: L8882-8891, L8926-8936
The Moscow witnesses are not here. Goldman reads their words from the official report, and Trotsky answers. Press each line; when a line runs into a document, present it. # speaker: narrator # cite: L4683-4692
-> ce_journey

=== after_journey ===
# music: calm
The report has Pyatakov land where the papers say no foreign plane landed, drive half an hour to a suburb that was not where Trotsky lived, and talk for two hours in a house whose people say he never came. # speaker: goldman # cite: L8490-8495, L8692-8695, L8567-8570, L8717-8724
Mr Trotsky, you have studied how the prosecutor handled these pages. # speaker: goldman
I would like to put my own questions to him. You asked Pyatakov about his photograph, Mr Vyshinsky, but not about the passport it went into? Not my address, not my rooms, not where he slept or who found him a bed, or what name he signed? # speaker: trotsky # expression: angry # cite: L8635-8642
Bukhartsev can plead that Stirner kept his secrets. The prosecutor cannot: a defendant hides nothing from him except what he has been told to hide. That silence, I say, was not an oversight. # speaker: trotsky # cite: L8642-8652
That is the witness's charge against the prosecutor. The commission notes it as his charge. # speaker: dewey
Aftenposten was the first word from Norway. It was not the last. # speaker: goldman # cite: L8692-8696, L8725-8730
-> sc_arbeiderbladet

=== interlude ===
# music: stop
# bg: black
# scene: 29 January – 1 February 1937
On 29 January Konrad Knudsen telegraphed the prosecutor in Moscow. The same day Arbeiderbladet printed the director's interview. # speaker: narrator # cite: L8717-8730
The verdict had not yet been given. These were facts that called for a fresh inquiry. # speaker: narrator # cite: L8784-8788
That day Trotsky told the press that he feared the GPU would hurry to shoot Pyatakov, before anyone could put further questions to him. # speaker: narrator # cite: L8794-8804 # add: trotsky-warning-1937-01-29
He thought it highly probable that Pyatakov and Radek had been promised their lives. That is his belief; the book offers no document for it. # speaker: narrator # cite: L8789-8794
On 30 January Pyatakov was sentenced to death. On 1 February he was shot. # speaker: narrator # cite: L8804-8805
# bg: blue-house
# music: calm
Now let us lay December 1935 out day by day: what Moscow claims, and what the records show. # speaker: goldman
Place the cards. Each one stays only where its record allows it. Watch for one person in two places. # speaker: narrator
-> board_december

=== wrap_up ===
# music: calm
The variants are done with. # speaker: goldman
Norway's liberal paper Dagbladet refuted them by checking time and place, and Mr Knudsen answered them in the pages of the very paper that printed them. The book gives neither text. # speaker: goldman # cite: L8821-8826 # add: dagbladet-rebuttal
# add: knudsen-critique
One last page from the report: Radek's final words in Moscow. # speaker: goldman # cite: L8882-8891 # add: moscow-report-radek-closing # sfx: paper
He told the court the proof of the war link rested on two testimonies: his own, about letters from Trotsky he had "unfortunately" burned, and Pyatakov's, who had spoken with Trotsky. All the other defendants' evidence rested on theirs. Neither the prosecutor nor the presiding judge corrected him. # speaker: goldman # cite: L8882-8894
Then my argument is this. Radek's link to me ran through Romm alone, and Romm's meeting in the Bois de Boulogne did not happen. Pyatakov's flight did not happen. With both pillars down, the rest has nothing to stand on. # speaker: trotsky # expression: pressed # cite: L8913-8941
That is the witness's argument. The sub-commission weighs it; it does not pronounce today. # speaker: dewey # cite: L4726-4728
The commissioners kept their outward reserve. # speaker: narrator # cite: L4726-4728
-> debrief

=== debrief ===
# bg: title
# music: calm
# scene: Debrief · Kjeller, December 1935
What you showed, and with what. # speaker: narrator
The landing: Aftenposten of 25 January 1937 reported that no foreign aircraft arrived in Oslo in December 1935; Knudsen's telegram of 29 January reported the same as officially confirmed. # speaker: narrator # cite: L8692-8695, L8717-8721
The airfield: Arbeiderbladet, the governing party's paper and no friend of Trotsky, printed the director's answer from the customs book: no foreign aircraft between 19 September 1935 and 1 May 1936, and a military patrol on the field all night. The director confirmed the interview in writing. # speaker: narrator # cite: L8725-8779
The house: the report's villa suburb thirty minutes away, against Veksal, a remote village, two hours or more away by Trotsky's statement. # speaker: narrator # cite: L8492-8495, L201-204, L8567-8570
The visit: Knudsen, as landlord, and Wolf, as secretary, said Trotsky had no Russian visitor and made no journey that month. # speaker: narrator # cite: L4194-4198, L8721-8723
Moscow's answer: "open all year" is not "landed". The report of the Soviet representation never said a plane came. # speaker: narrator # cite: L8705-8717
The rescue version: every "perhaps" in Tidens Tegn contradicts Pyatakov's own words. # speaker: narrator # cite: L8808-8821
Where the sources are one-sided. All of it reaches us through Trotsky's book, the Norwegian texts in his German translation. The two-hour drive is his own statement. The night on the field is his inference. The thought that the defendants were promised their lives is his belief. # speaker: narrator # cite: L8729-8730, L8567-8570, L8680-8688, L8789-8794
The airfield evidence speaks for Kjeller, not for every field and fjord in Norway. The Kjeller case does not need more: Pyatakov himself named an airfield near Oslo. # speaker: narrator # cite: L8744-8763, L8703-8705
And the knot of dates: Pyatakov said "the first half of December". The 12th or 13th is Trotsky's count. This game shows ranges only. # speaker: narrator # cite: L8392, L8411-8412, L8539
OUTSIDE THE BOOK: after the Coyoacán hearing, the full commission of inquiry found the Moscow trials to be frame-ups; its report appeared in 1938 under the title "Not Guilty". # speaker: narrator
OUTSIDE THE BOOK: in June 1988 the Supreme Court of the USSR annulled the verdict of the January 1937 trial and rehabilitated Pyatakov, Radek and others convicted with them. # speaker: narrator
OUTSIDE THE BOOK: most historians treat the Moscow charges against Trotsky as fabricated; a small minority of writers still defends the confessions. An alibi settles one meeting. It does not settle everything a man did in exile. # speaker: narrator
A last word on the man whose words you tested. Trotsky called Pyatakov "unfortunate" and held that the GPU forced this story on him. That is his view. What is not in doubt is that Pyatakov was shot before anyone could question him about it. # speaker: narrator # cite: L4204-4207, L8804-8805
Think it over. # speaker: narrator
Arbeiderbladet disliked Trotsky. Why can a hostile paper be a stronger witness for his alibi than his friends, and what could it still get wrong? # speaker: narrator # question
The Soviet representation said Kjeller was open to foreign planes all winter. Why does "possible" not answer "did it happen"? Give an example from everyday life. # speaker: narrator # question
Knudsen's telegram went to Moscow the day before the verdict; Pyatakov was shot three days after it. What does that timing tell us, and what can it not tell us? # speaker: narrator # question
The court never asked Pyatakov which name was in his passport or where he slept. Can silence in a record count as evidence? How far? # speaker: narrator # question
Words to keep. # speaker: narrator
Alibi: proof that someone was somewhere else at the time claimed. # speaker: narrator # cite: L5094-5097
Customs protocol book: Kjeller's daily register of what arrived and was checked by customs. # speaker: narrator # cite: L8750-8751
Storting: the Norwegian parliament, of which Knudsen was a member. # speaker: narrator # cite: L4195
Military Collegium: the military court that tried the Moscow defendants; Knudsen's telegram was addressed to it. # speaker: narrator # cite: L8719
Hostile source: a source opposed to the person it ends up helping. Such evidence is hard to wave away. # speaker: narrator
Deduction: two facts combined into a conclusion neither states alone: open, plus no landing recorded, gives no landing. # speaker: narrator
The sitting is closed. # speaker: dewey # sfx: gavel # end: coyoacan-3
-> END
