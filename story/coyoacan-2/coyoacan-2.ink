INCLUDE ../common.ink
INCLUDE ce_courier.ink
INCLUDE bois.ink
INCLUDE alibi.ink
// Case 2 "The Blue House", sitting 2: "Bois de Boulogne, end of July 1933".
// Outline: ../shared/design/cases/02-coyoacan-a.md (sitting 2). Source: the seed, cited as # cite: Lx-y.
// Knots: briefing → ce_courier (CE-4) → after_courier → ce_bois (CE-5, first pass; pressing
// s4 opens dx_alibi) → dx_alibi (DX-2, with Source check 2) → board_late_july → deduce_day →
// resume_bois → ce_bois (second pass) → after_bois → debrief.
// Every line a commissioner speaks about these exhibits is DRAMATIZED: the book does not record
// who asked what at the hearing; the basis lines are cited on each.

// Set once Trotsky has given his account of late July 1933 (dx_alibi).
VAR alibi_heard = false

-> briefing

=== briefing ===
# bg: blue-house
# music: calm
# scene: The Blue House · Sitting 2 · Bois de Boulogne, end of July 1933
Today's charge comes from the second Moscow trial, January 1937, of Pyatakov, Radek and others. Its witness, Vladimir Romm, TASS correspondent in Geneva and Paris, was brought from prison under escort. # speaker: narrator # cite: L7605-7611, L7607-7608, L8121-8122
By the prosecution's plan he was Trotsky's link to the "parallel centre" of Pyatakov, Radek and others: he carried letters, he said, and met Trotsky himself in the Bois de Boulogne, Paris, at the "end of July 1933". # speaker: narrator # cite: L7609-7613, L7924, L7954-7963 # add: radek
Trotsky answered in the New York Times of 17 February 1937: at the end of July 1933 he was five hundred kilometres from Paris, on the Atlantic coast, and ill. # speaker: narrator # cite: L8130-8134
Most of his alibi witnesses are friends; a few records come from outside. Romm is not here: read his pages from the trial report, press each, and present what contradicts them. # speaker: narrator # cite: L8144-8286, L7650-7651
-> ce_courier

=== after_courier ===
# music: calm
Before the meeting itself, put two pages of the Moscow record side by side. # speaker: goldman # dramatized: counsel's words are not recorded
# scene: Deduction · The courier's partner of 1926–27
-> deduce_radek

// Deduction (issue 15.2): Radek's two pages against Romm. The book: the stenographic report
// refutes the diplomat's word on Romm's past (L7649-7656), and Radek "corrects" Romm on the
// letter, so perhaps the whole letter was invented (L7844-7852).
=== deduce_radek ===
# deduction: deduce_radek
# title: The Courier's Correspondent
# prompt: For his opposition years, 1926–27, Romm names one partner. What did that man tell the court about him? Combine two records and judge the courier.
# after: before_bois
-> DONE

= right
# combine: moscow-report-radek-on-romm + moscow-report-radek-correction
On Romm's past, Radek allows him a single question of 1927. On the first letter, Radek says it named no one. # speaker: goldman # cite: L7652-7656, L7844-7848 # dramatized: counsel's words are not recorded; the facts are the book's
- (q_conclusion) Together, what do the two pages show? # speaker: narrator # check: ded-radek-corrects-romm conclusion
+ [That the trial record itself corrects Romm twice, in the words of Radek #best]
    Yes: not Trotsky's friends but the trial report. Trotsky goes one step further: if Romm made up the names, perhaps he made up the whole letter. That is his inference. # speaker: narrator # cite: L7649-7656, L7848-7852 # add: ded-radek-corrects-romm
* [That Radek, a defendant in that same trial, was trying to clear Trotsky]
    No. Radek spoke as a defendant in that trial, and his correction takes the letters for granted: "we never named names in our letters". He fixes details; he clears no one. # speaker: narrator # cite: L7844-7848
    -> q_conclusion
* [That Romm and Radek never knew each other in the opposition years]
    Too much. Read the first page: Radek has known Romm since 1925. The pages disagree on what Romm did, not on whether they met. # speaker: narrator # cite: L7652-7654
    -> q_conclusion
- -> DONE

= wrong_romm
# combine: moscow-report-romm + moscow-report-radek-on-romm
# combine: moscow-report-romm + moscow-report-radek-correction
Romm's own pages are the claim under test. Set Radek's two pages together: what does he say, each time, about Romm? # speaker: narrator # cite: L7652-7654, L7844-7848
-> DONE

= wrong_france
# combine: chautemps-letter-1933-06-29 + moscow-report-radek-on-romm
# combine: chautemps-letter-1933-06-29 + moscow-report-radek-correction
# combine: nyt-1937-02-17 + moscow-report-radek-on-romm
# combine: nyt-1937-02-17 + moscow-report-radek-correction
Those are about Trotsky in France in the summer of 1933, not about Romm's ties to Radek. Stay inside the Moscow record. # speaker: narrator
-> DONE

= wrong_troyanovsky
# combine: troyanovsky + moscow-report-radek-on-romm
True: Radek's page answers Troyanovsky's claim about Romm's past. Now set that page beside Radek's other one, on the letter. # speaker: narrator # cite: L7649-7654, L7844-7848
-> DONE

= wrong
Those two are not both Radek's words about Romm in the same trial. Look for the one man Romm names for 1926–27, speaking in the same trial. # speaker: narrator # cite: L7647-7649
-> DONE

= hints
Which partner does Romm name for 1926–27, and did that man speak in the same trial? # hint: 1
Read what Radek said when Romm described the first letter. # hint: 2 # point: moscow-report-radek-correction.names
Combine "Radek on Romm" with "Radek corrects Romm": two pages, one witness against the courier. # hint: 3
-> DONE

=== before_bois ===
Now the centre of the testimony: the meeting with Trotsky himself. # speaker: goldman # cite: L7924-7926 # dramatized: counsel's words are not recorded
-> ce_bois

=== resume_bois ===
# bg: blue-house
# music: tense
# scene: The Moscow record · Romm
Back to Romm's page with the date. Present what shows where Trotsky was at the end of July 1933. # speaker: narrator # cite: L7956-7963
-> ce_bois

=== after_bois ===
# music: calm
Trotsky's verdict in the book: the meeting did not and could not take place, and Romm lied because the GPU forced him to. That is his conclusion, not the commission's. # speaker: narrator # cite: L8299-8304
-> debrief

=== debrief ===
# bg: blue-house
# music: calm
# scene: Wrap-up · Bois de Boulogne, end of July 1933
What you showed: Radek's words corrected Romm twice in the prosecution's own record; and Romm's date meets a man ill in bed at Saint-Palais, the day fixed by a fire. # speaker: narrator # cite: L7652-7654, L7844-7848, L7954-7963, L8240-8257
Handed over but not printed: the hotel register, the statements, Shachtman's letter. Never produced: the ship's log, the prefect's telegram, the Sûreté files. # speaker: narrator # cite: L8184-8195, L8261-8265, L8283-8286
A gap the book leaves open: Radek dates Trotsky's letter February 1932, Romm carries one in spring 1932, and the book treats them as one. # speaker: narrator # cite: L7511-7513, L7526-7528, L7764-7768
- (q_compare) Which of today's records is the strongest evidence of where Trotsky was? # speaker: narrator # check: nyt-1937-02-17 compare
* [The Chautemps letter]
    An official letter, but it shows where he was allowed to live, not where he was. # speaker: narrator # cite: L8144-8149
    -> q_compare
+ [The New York Times wire of 25 July 1933 #best]
    Yes: made at the time, by the press, with no stake. With the local papers and the fire brigade it fixes the landing and the day; friends and household fill in the rest. # speaker: narrator # cite: L8216-8222, L8244-8257
* [Vera Lanis's and Segal's statements]
    Decisive for the last days of July, but they were his household. The 1933 wire had no stake. # speaker: narrator # cite: L8253-8257, L8216-8222
    -> q_compare
- Pyatakov was shot on 1 February 1937; Putna, whom Romm named, later that year. Outside the book: "Not Guilty" (1938) cleared Trotsky and Sedov; Radek died in custody in 1939. # speaker: narrator # cite: L8804-8805, L9745-9751
Outside the book: historians in Trotsky's papers (Broué, Getty) found he kept more contact with oppositionists in 1932 than he admitted. Neither claims the Bois de Boulogne meeting took place. # speaker: narrator
Why does a contradiction inside the prosecution's own record, Radek against Romm, weigh so much? # speaker: narrator # question
The Chautemps letter shows where Trotsky was allowed to live. Why is that not proof of where he was? # speaker: narrator # question
Trotsky thinks Moscow chose "end of July" because its agents followed the luggage. Is that proven, or an explanation? How would you test it? # speaker: narrator # question
Both Romm and Trotsky spoke under pressure. How should a commission treat testimony given under pressure, on either side? # speaker: narrator # question
Words: stenographic report, a trial's word-for-word record. Parallel centre, the second conspiracy Moscow alleged. Poste restante, mail held until collected. Sûreté Générale, the French security police. End of sitting 2. # speaker: narrator # end: coyoacan-2
-> END
