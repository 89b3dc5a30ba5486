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
Coyoacán, April 1937. The sub-commission sits again in the small hall of the blue house. # speaker: narrator # cite: L4606-4608, L4715-4716
Today's charge comes from the second Moscow trial, held in January 1937 against Pyatakov, Radek and others. # speaker: narrator # cite: L7605-7611
Its witness Vladimir Romm had been the TASS correspondent in Geneva (1930 to 1934) and Paris, later Izvestia's man in the United States. He was brought to court from prison, under escort. # speaker: narrator # cite: L7607-7608, L7672-7673, L8121-8122
In the prosecution's plan, Romm was the main link between Trotsky and the so-called "parallel centre" of Pyatakov, Radek, Sokolnikov and Serebryakov. Letters went through his hands, he said, and he met not only Sedov but Trotsky himself. # speaker: narrator # cite: L7609-7613
The man Romm says he carried letters to, Karl Radek, sat in the dock of the same trial. The prosecutor called him one of the people closest to Trotsky. Trotsky answers that Radek broke with him in 1929. # speaker: narrator # cite: L7182-7186, L7354-7367 # add: radek
Romm gave one meeting with Trotsky a date: the Bois de Boulogne, in Paris, "end of July 1933". He first said July; when the prosecutor pressed him, he made it the end of the month. # speaker: narrator # cite: L7924, L7954-7963
That summer Trotsky, after more than four years in Turkey, was moving to France. The Daladier government let him in, but feared attacks and demonstrations, above all in the capital. # speaker: narrator # cite: L8136-8144
He answered Romm in the New York Times of 17 February 1937: at the end of July 1933 he was five hundred kilometres from Paris, on the Atlantic coast, and ill. # speaker: narrator # cite: L8130-8134
Most of his alibi witnesses are his friends. A few records come from outside: a press telegram, local papers, a fire brigade, a hotel register, a minister's letter. Part of today's work is weighing them. # speaker: narrator # cite: L8144-8286
The commission said on the first day that a denial by the witness, on its own, carries no weight. That holds today. # speaker: dewey # cite: L4616-4618 # dramatized: Dewey said this on the first day; repeating it here is staged
Mr Goldman, read the witness Romm into the record. # speaker: dewey # sfx: gavel # dramatized: the book does not say who read the Moscow pages
The pages come from the stenographic report of the January trial, as Trotsky's book quotes them. Romm is not here. Trotsky will answer. # speaker: goldman # cite: L7650-7651, L7621
Press a page to hear Trotsky's answer. When the record contradicts itself, present the page that shows it. # speaker: narrator
-> ce_courier

=== after_courier ===
# music: calm
Twice now, the prosecution's own record has corrected its witness, and both times in the words of the man he says he served. # speaker: goldman # cite: L7652-7654, L7844-7848
Noted. Go on to the meeting itself, counsel. # speaker: dewey # dramatized: the book does not record Dewey's words here
Trotsky calls what follows the centre of the testimony. This is where, by Romm's account, he met Trotsky in person. # speaker: goldman # cite: L7924-7926
-> ce_bois

=== resume_bois ===
# bg: blue-house
# music: tense
The witness has laid out those weeks. Counsel, take up Romm's pages again. # speaker: dewey # dramatized: the book does not record Dewey's words here
We return to the page where Romm, pressed by the prosecutor, fixed his date. # speaker: goldman # cite: L7956-7963
Present what shows where Trotsky was at the end of July 1933. # speaker: narrator
-> ce_bois

=== after_bois ===
# music: calm
Trotsky sums up in the book: the meeting did not take place and could not have; if the word "alibi" means anything, he says, it means this. # speaker: narrator # cite: L8299-8301
In his judgement Romm lied because the GPU forced him to, and the prosecutor covered the lie. That is Trotsky's conclusion, not the commission's. # speaker: narrator # cite: L8301-8304
The commission has the register, the letter and the statements named today. It will weigh them. # speaker: dewey # sfx: gavel # cite: L8194-8195, L8283-8284 # dramatized: the book says these were handed over; Dewey's words are staged
-> debrief

=== debrief ===
# bg: blue-house
# music: calm
# scene: Wrap-up · Bois de Boulogne, end of July 1933
What you showed: the prosecution's own record corrected Romm twice, in Radek's words; and his date, the end of July 1933, meets a man ill in bed at Saint-Palais, 500 km from Paris. # speaker: narrator # cite: L7652-7654, L7844-7848, L7954-7963, L8253-8257
The strongest items were made at the time by the press and the fire brigade: the New York Times wire, the local papers, the certificate. # speaker: narrator # cite: L8216-8222, L8244-8250
Bardon's statement comes from a reporter the book names only by his trade; the rest from friends and household. All of it reaches us through Trotsky's book. # speaker: narrator # cite: L8247-8257
Handed to the commission but not printed in the book: the hotel register, the statements, Shachtman's letter. Named but never produced: the ship's log, the prefect's telegram, the Sûreté files. # speaker: narrator # cite: L8184-8195, L8247-8252, L8261-8265, L8283-8286
One gap the book leaves open: Radek dates Trotsky's letter to February 1932, Romm carries a letter in spring 1932, and the book treats them as one. # speaker: narrator # cite: L7511-7513, L7526-7528, L7764-7768
In the book: Pyatakov was shot on 1 February 1937; Putna, whom Romm named, was shot later that year. On 9 May Dewey reported that a further inquiry was fully justified. # speaker: narrator # cite: L8804-8805, L9745-9751, L4789-4806
Outside the book: the full commission's findings, published as "Not Guilty" (1938), cleared Trotsky and Sedov. Radek died in custody in 1939. # speaker: narrator
Outside the book: historians in Trotsky's papers (Broué, Getty) found he kept more contact with oppositionists in 1932 than he admitted. Neither claims the Bois de Boulogne meeting took place. # speaker: narrator
Questions for discussion. # speaker: narrator
Why does a contradiction inside the prosecution's own record, Radek against Romm, weigh so much? # speaker: narrator # question
The Chautemps letter shows where Trotsky was allowed to live. Why is that not proof of where he was? # speaker: narrator # question
Rank today's alibi sources from strongest to weakest. What makes a source "independent"? # speaker: narrator # question
Trotsky thinks Moscow chose "end of July" because its agents followed the luggage. Is that proven, or an explanation? How would you test it? # speaker: narrator # question
Both Romm and Trotsky spoke under pressure. How should a commission treat testimony given under pressure, on either side? # speaker: narrator # question
Words from today. # speaker: narrator
Stenographic report: the word-for-word published record of a trial. Pyatakov–Radek trial: the second Moscow show trial, January 1937. Parallel centre: the second, supposedly secret conspiracy said to be led by Pyatakov, Radek and others. # speaker: narrator
TASS and Izvestia: the Soviet news agency and a Soviet government newspaper. Capitulator: an oppositionist who recanted and returned to the party line. # speaker: narrator
City post: local mail within Paris. Poste restante: mail held at a post office until someone collects it. Sûreté Générale: the French national security police. # speaker: narrator
Prefect and department: the state's representative in a French region, and that region. Lumbago: sudden, severe pain in the lower back. Alibi: proof of being somewhere else at the time. # speaker: narrator
End of sitting 2. # speaker: narrator # end: coyoacan-2
-> END
