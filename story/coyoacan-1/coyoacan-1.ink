# grace: 1
INCLUDE ../common.ink
INCLUDE cross-holtzman.ink
INCLUDE cross-visitors.ink
// Case 2, "The Blue House", sitting 1: "Copenhagen, November 1932".
// The Dewey sub-commission hears Trotsky at Coyoacán, 10–17 April 1937. The player is his
// counsel, Albert Goldman. Outline: ../shared/design/cases/02-coyoacan-a.md (sitting 1).
// Flow: start (source note) -> ceremony (optional, first play) -> briefing -> dx_copenhagen (DX-1)
//   -> ce_holtzman (CE-1, cross-holtzman.ink) -> board_sedov (Timeline board 1)
//   -> ce_visitors (CE-2) -> ce_rescue (CE-3, with source_check_1 at S2; cross-visitors.ink)
//   -> debrief.
// Dramatized lines: the book does not record who asked what on the alibi cases; every staged
// question and commissioner's line carries a # dramatized label (shown on screen), with its basis cited.
// Shared people: ../coyoacan-shared/record-people.json; this sitting's items: record.json.

-> start

=== start ===
# bg: title
# music: calm
# scene: Case 2 · The Blue House · Sitting 1: Copenhagen, November 1932
Before you go in, a word about the source. # speaker: narrator
Everything in this case comes from one book, "Stalins Verbrechen" (1937), written by Leon Trotsky himself, the man this hearing is about. # speaker: narrator # cite: L4782-4786
A sworn stenographer took down every word of the hearing. The game does not use that transcript: it follows Trotsky's own account in his book, where he is a party to the dispute, not a referee. # speaker: narrator # cite: L4644-4650
So where only Trotsky says something, the game calls it his testimony or his account, not a proven fact. And it shows you where every document came from. # speaker: narrator
Have you already watched the opening of this hearing? # speaker: narrator
* [No: watch the opening of the hearing]
    -> ceremony
* [Yes: go straight to the briefing]
    -> briefing

=== ceremony ===
# bg: blue-house
# scene: Coyoacán, Mexico, 10 April 1937
The sub-commission had meant to sit in a public hall in Mexico City. The small Communist Party threatened demonstrations, and guarding open sessions would have cost too much. # speaker: narrator # cite: L4596-4606
So the commissioners decided, on their own, to meet in Diego Rivera's house. # speaker: narrator # cite: L4606-4608
It is the blue house of Frida Rivera, better known as Frida Kahlo, where Trotsky has lived since January. The room holds fifty people. The press and delegates of workers' organisations, whatever their line, may come in freely. # speaker: narrator # cite: L3374-3384, L4607-4611
At the table: John Dewey in the chair, Suzanne La Follette, Benjamin Stolberg, Otto Rühle and the journalist Carleton Beals. Their legal adviser is the lawyer John Finnerty. # speaker: narrator # cite: L4572-4579
Trotsky's counsel is a lawyer from Chicago, Albert Goldman. That is you. # speaker: narrator # cite: L4579-4584
A sworn court stenographer sits ready to take down everything. # speaker: narrator # sfx: typewriter # cite: L4644-4646
The Communist Party and the unions were invited to take part and to ask any question they liked. They refused. # speaker: narrator # cite: L4585-4595
# caption: Paraphrased: the book quotes Dewey's opening speech
Let me be plain. If Mr Trotsky did what Moscow says he did, he deserves the harshest penalty there is. # speaker: dewey # sfx: gavel # cite: L4612-4614
Yet the graver the accusation, the more it matters that the accused may put every scrap of his evidence before us. # speaker: dewey # cite: L4614-4616
His denial alone proves nothing to us. But a man condemned without ever being heard: that should trouble the conscience of the whole world. # speaker: dewey # cite: L4616-4620
And a word for myself. I hesitated long over this chair. My working life has gone into education, helping the public to see clearly; saying no would have meant turning my back on that work. # speaker: dewey # cite: L4621-4629
Trotsky writes that no one in the room was untouched by the old man's words. He calls Dewey seventy-eight. # speaker: narrator # cite: L4629-4631
Footnote: a slip in the book. Dewey was born in October 1859, so in April 1937 he was seventy-seven (a fact from outside the book). # speaker: narrator
# caption: Paraphrased: the book quotes Trotsky's reply
I understand that you are here for reasons far larger than my own fate. I respect you, and thank you, all the more for it. # speaker: trotsky # cite: L4631-4636
Forgive my English in advance. Of everything in my case, it is the weakest part. # speaker: trotsky # expression: thinking # cite: L4636-4638
Beyond that, spare me nothing. Believe no claim of mine on trust. Test all of it, first to last; my job is to help you test it, with the whole world watching. # speaker: trotsky # cite: L4638-4642
# caption: Note: in the real hearing the three alibi sessions came after four sessions on Trotsky's political life and his relations with the main Moscow defendants
The game starts with the first of those alibi sessions. The three cases were the only ones where the charge named a time and a place. # speaker: narrator # cite: L4651-4688, L4696-4700
-> briefing

=== briefing ===
# bg: blue-house
# music: calm
# scene: Briefing · The "Copenhagen week"
The charge. At the trial of the sixteen in Moscow, August 1936, three defendants said they had each visited Trotsky in Copenhagen and got terrorist instructions. A fourth, Olberg, said he got his by letter. # speaker: narrator # cite: L6941-6948, L3519-3520
All sixteen defendants were shot. They will not be in this room. Their words come from the official report of the trial, read into the record page by page. # speaker: narrator # cite: L427-429, L7126-7127
The real trip. In November 1932 Danish students invited Trotsky to lecture in Copenhagen. He hoped to be allowed to stay in Europe; by his account, Soviet pressure on Denmark stopped that. # speaker: narrator # cite: L6937-6941
The main witness. Holtzman, an old party member whom Trotsky and his son both knew personally. Of all the old revolutionaries in the trial, he is the only one said to have met Trotsky face to face. # speaker: narrator # cite: L6948-6950, L4188-4190
Unlike the others, Holtzman named a date: 23 to 25 November 1932. Trotsky's explanation: the papers had reported when he arrived in Copenhagen. # speaker: narrator # cite: L4081-4083
The hinge. Holtzman says Trotsky's son, Leon Sedov, met him and took him to Trotsky. Trotsky's answer: his son was never in Copenhagen in his life; he was in Berlin, trying in vain to get leave to travel. # speaker: narrator # cite: L4084-4099, L1792-1794
On your table, Mr Goldman: copies of two telegrams found in the French foreign ministry. One from Trotsky's wife to the prime minister, Herriot, on 1 December 1932; one from Paris to the consul in Berlin on 3 December. # speaker: narrator # cite: L4116-4129, L4148-4172
Beside them, Sedov's passport, with its visa and its border stamp. Trotsky says it is preserved intact. # speaker: narrator # cite: L4129-4132
And a cutting: a Danish newspaper checked Holtzman's meeting place right after the trial. # speaker: narrator # cite: L7081-7084
Why this matters. The Moscow confessions came with no material evidence, but a confession that names a time and a place can be checked. And Trotsky's denial alone is worth nothing: what only he says stays his account until a document backs it. # speaker: narrator # cite: L4051-4063, L4696-4700, L4616-4618
How it works: first you examine your own witness. Then the Moscow pages are read out as testimony. Press each statement; when one is false, present the item that shows it. # speaker: narrator
-> dx_copenhagen

// ---------------------------------------------------------------------------------------
// DX-1 — "The real stay in Copenhagen" (direct examination, no marks). Outline DX-1.
// ---------------------------------------------------------------------------------------
=== dx_copenhagen ===
# scene: Direct examination · The real stay in Copenhagen
# music: calm
Mr Goldman, you may examine your witness. # speaker: dewey # cite: L4665-4673 # dramatized: the book says Goldman led the first half of the questioning; these words are staged
Direct examination: no marks here. Choose your next question; each answer puts something in the court record. # speaker: narrator
-> dx_hub

=== dx_hub ===
* [Why did you go to Copenhagen at all?]
    -> dx_why
* [Where did you live there?]
    -> dx_house
* [Who was with you?]
    -> dx_people
* [What was the talk of the house?]
    -> dx_talk
* [Where was your son?]
    -> dx_son
* [When did you finally see him?]
    -> dx_reunion
* ->
    -> dx_end

= dx_why
Why did you go to Denmark in November 1932? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Danish students invited me to give a lecture in Copenhagen. I accepted, and I hoped I might be allowed to stay, in Denmark or in some other European country. # speaker: trotsky # cite: L6937-6939
It came to nothing. Moscow leaned on the Danish government and threatened an economic boycott. # speaker: trotsky # expression: angry # cite: L6939-6941
And, as I see it, the GPU then used those days in Copenhagen to stage a "week of terrorist conspiracy", to scare other countries off offering me a home. # speaker: trotsky # cite: L6941-6944
The boycott threat and the GPU's motive are Trotsky's account. The book gives no date for the lecture. # speaker: narrator # cite: L6937-6944
-> dx_hub

= dx_house
Where did you and your wife live in Copenhagen? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
In a small villa that belonged to a dancer, who was away abroad at the time. # speaker: trotsky # cite: L7065-7066
You could tell at a glance what the owner did for a living. No visitor could have overlooked it. # speaker: trotsky # cite: L7066-7067
# add: copenhagen-villa
Added to the record: the dancer's villa. # speaker: narrator # cite: L7065-7069
-> dx_hub

= dx_people
Who was in the house with you? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
My secretaries, and a guard. # speaker: trotsky # cite: L7075-7076, L7041
# add: secretaries-and-guard
Added to the record: secretaries and guard. The book does not name them. # speaker: narrator # cite: L7075-7076
-> dx_hub

= dx_talk
What were people in the house talking about in those days? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
A report had gone round the world press that Zinoviev was dead. It was false, but all of us were under its spell while it lasted. # speaker: trotsky # expression: thinking # cite: L7070-7072
# add: zinoviev-death-rumour
Added to the record: the false report of Zinoviev's death. Trotsky does not produce the newspapers. Zinoviev himself was among those shot in August 1936. # speaker: narrator # cite: L7070-7074, L4828-4829
-> dx_hub

= dx_son
Where was your son, Leon Sedov, in November 1932? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
In Berlin, trying in vain for a permit to leave Germany and return, so that he could see his mother and me. The Weimar republic was dying, and the Berlin police were tightening up. # speaker: trotsky # cite: L4094-4099
Every step he took for that permit can be shown in documents. We phoned him in Berlin from Copenhagen every day; the Copenhagen telephone office can confirm the calls. # speaker: trotsky # cite: L4099-4102
In the end his wife and his lawyer came to Copenhagen and told our friends that he had failed. # speaker: trotsky # cite: L7036-7037
# add: sedov-visa-efforts
Many friends with us in Copenhagen saw us wait for him day after day; his friends in Berlin saw his hopes of a visa come to nothing. All of them live abroad, and all have signed written statements. # speaker: trotsky # cite: L4102-4109
# add: copenhagen-witness-statements
Added to the record: Sedov's failed efforts to travel, and the witnesses' written statements. The telephone records are said to be checkable, not produced; the witnesses are the family's friends. # speaker: narrator # cite: L4100-4109, L7054-7055
Write it down, gentlemen: not once in his life was my son in Copenhagen. # speaker: trotsky # expression: pressed # cite: L4092-4094
-> dx_hub

= dx_reunion
When did you see your son again? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Right after we left Copenhagen, on our way back to Turkey, thanks to the French prime minister, Herriot, who intervened personally. # speaker: trotsky # cite: L4113-4116
We met in Paris, at the Gare du Nord, on 6 December, in the second-class carriage that had brought us from Dunkirk. About ten friends travelling with us were there. # speaker: trotsky # cite: L4135-4137, L7047-7048
# add: gare-du-nord-meeting
Added to the record: the reunion at the Gare du Nord, with about ten friends as witnesses. # speaker: narrator # cite: L4135-4137
-> dx_hub

= dx_end
Thank you. The commission has the witness's account. Now for the other side: the Moscow record. # speaker: goldman
-> ce_holtzman_intro

// ---------------------------------------------------------------------------------------
// Debrief (outline: Debrief facts, sitting 1).
// ---------------------------------------------------------------------------------------
=== debrief ===
# bg: blue-house
# music: calm
# scene: Wrap-up · Copenhagen, November 1932
What you showed: Holtzman's hotel was gone by 1917; the Moscow record contradicts itself about Sedov; and the family's telegrams of 1 and 3 December make a meeting in Copenhagen hard to believe. # speaker: narrator # cite: L7081-7084, L6977-7003, L4148-4172
The strongest items: the telegrams from the French foreign ministry's files, and Olberg's words in the prosecution's own record. The passport and the statements come from the family's side. # speaker: narrator # cite: L4124-4132, L4102-4109, L7090-7091
All of it reaches us through Trotsky's book, which gives the Danish paper's and the Comintern press's findings, not their texts. # speaker: narrator # cite: L7081-7107
On 9 May 1937 Dewey reported in New York that Trotsky had fully established the case for a further inquiry. # speaker: narrator # cite: L4787-4806
Outside the book: Trotsky landed in Denmark on 23 November 1932 and lectured on 27 November. The full commission's findings, published as "Not Guilty" (1938), cleared him and Sedov. Sedov died in Paris in February 1938. # speaker: narrator
Where writers disagree: a minority, for example Sven-Eric Holmström (2008), argue that the café and the Grand Hotel next door were connected, so Holtzman's account could still fit. Most historians of the trials have not accepted this. # speaker: narrator
Questions for discussion. # speaker: narrator
1. Holtzman gave almost nothing away, yet his story broke on one checkable detail. Why are checkable details dangerous to a false story, and why did the prosecutor avoid asking for them? # speaker: narrator # cite: L7158-7179 # question
2. Which single item on the Copenhagen board would you trust most, and which least? Why? # speaker: narrator # cite: L4124-4132, L4102-4109 # question
3. Olberg was a defendant too, on the prosecution's side of the room. Why does his testimony count against the prosecution? # speaker: narrator # cite: L6977-7004 # question
4. The "Konditorei Bristol" answer came five months after the Danish article. What does the timing of a correction tell you about it? # speaker: narrator # cite: L7094-7098 # question
5. Finnerty's "secret journey" was not impossible. How did the hearing weigh it, and is "no evidence for it" the same as "disproved"? # speaker: narrator # cite: L7009-7048 # question
Words from this sitting. # speaker: narrator
Trial of the sixteen: the Zinoviev–Kamenev trial, Moscow, August 1936. Official report: the published record of a Moscow trial. # speaker: narrator # cite: L3519-3520, L7126-7127
GPU: the Soviet political police, as the book calls it. Comintern: the Communist International, directed from Moscow. # speaker: narrator # cite: L7009, L7098
Vestibule: the entrance hall of a hotel. Konditorei: a café and pastry shop. # speaker: narrator # cite: L7102-7103
Visa and border stamp: permission to enter a country, and the mark made when you cross a frontier. Alibi: proof that a person was somewhere else at the time. # speaker: narrator # cite: L4129-4132, L4698-4699
Président du Conseil: the French prime minister's title. Amalgam: Trotsky's word for a frame-up that mixes real people with invented deeds. # speaker: narrator # cite: L4150-4151, L4786
The next sitting takes the commission from Copenhagen to Paris, in the summer of 1933. # speaker: narrator # end: coyoacan-1
-> END
