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
Everything in this case comes from one book, "Stalins Verbrechen" (1937), by Leon Trotsky himself, the man this hearing is about: a party to the dispute, not a referee. # speaker: narrator # cite: L4782-4786, L4644-4650
So where only Trotsky says something, the game calls it his account, not a proven fact. Have you already watched the opening of this hearing? # speaker: narrator
* [No: watch the opening of the hearing]
    -> ceremony
* [Yes: go straight to the briefing]
    -> briefing

=== ceremony ===
# bg: blue-house
# scene: Coyoacán, Mexico, 10 April 1937
Fearing demonstrations, the sub-commission meets in Diego Rivera's blue house, Trotsky's home, open to press and workers' delegates. Dewey chairs; you are Trotsky's counsel, the Chicago lawyer Albert Goldman. # speaker: narrator # cite: L4596-4611, L4572-4584
If Mr Trotsky did what Moscow says, he deserves the harshest penalty. But his denial alone proves nothing to us, and a man condemned unheard should trouble the world's conscience. # speaker: dewey # sfx: gavel # cite: L4612-4620
Trotsky calls Dewey seventy-eight: a slip. Born in October 1859, he was seventy-seven (outside the book). Trotsky replied: believe nothing of mine on trust; test it all. # speaker: narrator # cite: L4629-4642
-> briefing

=== briefing ===
# bg: blue-house
# music: calm
# scene: Briefing · The "Copenhagen week"
The charge. At the Moscow trial of the sixteen, August 1936, three defendants said they had visited Trotsky in Copenhagen for terrorist instructions; a fourth, Olberg, got his by letter. All sixteen were shot. # speaker: narrator # cite: L6941-6948, L3519-3520, L427-429
The key witness, Holtzman, named the days, 23 to 25 November 1932, and said Trotsky's son, Leon Sedov, took him to Trotsky. # speaker: narrator # cite: L4081-4090
Trotsky: his son was never in Copenhagen in his life, but in Berlin, trying in vain to travel. His denial is worth nothing alone: test the Moscow pages against the documents. # speaker: narrator # cite: L4092-4099, L4616-4618
Why it can be done: the confessions came with no material evidence, but a confession that names a time and a place can be checked against the facts. # speaker: narrator # cite: L4051-4063, L4696-4700
-> dx_copenhagen

// ---------------------------------------------------------------------------------------
// DX-1 — "The real stay in Copenhagen" (direct examination, no marks). Outline DX-1.
// The choice is Goldman's question (staged); the answers follow Trotsky's book.
// ---------------------------------------------------------------------------------------
=== dx_copenhagen ===
# scene: Direct examination · The real stay in Copenhagen
# music: calm
First, your own witness. No marks here: pick Goldman's questions (staged; the answers follow the book). Each answer goes into the court record. # speaker: narrator # cite: L4665-4673
-> dx_hub

=== dx_hub ===
* [Why did you go to Copenhagen at all?]
    -> dx_why
* [Describe the house you stayed in.]
    -> dx_house
* [Where was your son, and when did you see him?]
    -> dx_son
* ->
    -> ce_holtzman_intro

= dx_why
Danish students invited me to lecture. I hoped to stay in Europe, but Moscow leaned on Denmark. As I see it, the GPU then staged a "week of terrorist conspiracy" there to scare off other hosts. # speaker: trotsky # cite: L6937-6944
-> dx_hub

= dx_house
A dancer's villa, furnished to suit her trade; my secretaries and a guard; and a false report of Zinoviev's death, which had us all under its spell. No visitor could miss any of it. # speaker: trotsky # cite: L7065-7076, L7041 # add: copenhagen-villa # add: secretaries-and-guard # add: zinoviev-death-rumour
-> dx_hub

= dx_son
In Berlin, trying in vain for leave to travel; we phoned him daily. His wife and lawyer came to tell our friends he had failed, and dozens of them have signed statements. # speaker: trotsky # cite: L4094-4109, L7036-7037 # add: sedov-visa-efforts # add: copenhagen-witness-statements
We met him only after leaving, thanks to Herriot, the French prime minister: at the Gare du Nord in Paris, on 6 December, with about ten friends present. # speaker: trotsky # expression: pressed # cite: L4113-4116, L4135-4137 # add: gare-du-nord-meeting
-> dx_hub

// ---------------------------------------------------------------------------------------
// Debrief (outline: Debrief facts, sitting 1).
// ---------------------------------------------------------------------------------------
=== debrief ===
# bg: blue-house
# music: calm
# scene: Wrap-up · Copenhagen, November 1932
What you showed: the hotel was gone by 1917; the Moscow record contradicts itself on Sedov; the telegrams make a Copenhagen meeting hard to believe. On 9 May Dewey reported a further inquiry fully justified. # speaker: narrator # cite: L7081-7084, L6977-7003, L4148-4172, L4787-4806
Everything reaches us through Trotsky's book. Outside it: the full commission's findings, "Not Guilty" (1938), cleared him and Sedov; Sedov died in Paris in February 1938. # speaker: narrator # cite: L7081-7107
- (q_compare) Which item on today's table was made by people with the least stake in the case? # speaker: narrator # check: telegram-sedova-to-herriot compare
* [The witness statements]
    They come from the family's friends: strong, but from one side. The ministry's telegrams have no stake. # speaker: narrator # cite: L4102-4109, L4124-4127
    -> q_compare
+ [The telegrams, from the French foreign ministry's files #best]
    Yes. Olberg's words, in the prosecution's own record, come next; the passport and statements are from the family's side. # speaker: narrator # cite: L4124-4132, L7090-7091
* [Sedov's Red Book]
    A published reply by a party to the case. The ministry's telegrams have no stake. # speaker: narrator # cite: L7151-7155, L4124-4127
    -> q_compare
- Where writers disagree: a minority, such as Sven-Eric Holmström (2008), argue the café and the Grand Hotel were connected, so Holtzman could be right. Most historians of the trials have not accepted this. # speaker: narrator
1. Holtzman gave almost nothing away, yet his story broke on one checkable detail. Why are checkable details dangerous to a false story, and why did the prosecutor avoid asking for them? # speaker: narrator # cite: L7158-7179 # question
2. Olberg was a defendant too, on the prosecution's side of the room. Why does his testimony count against the prosecution? # speaker: narrator # cite: L6977-7004 # question
3. The "Konditorei Bristol" answer came five months after the Danish article. What does the timing of a correction tell you about it? # speaker: narrator # cite: L7094-7098 # question
4. Finnerty's "secret journey" was not impossible. How did the hearing weigh it, and is "no evidence for it" the same as "disproved"? # speaker: narrator # cite: L7009-7048 # question
Words: GPU, the Soviet political police. Comintern, the Moscow-led Communist International. Vestibule, a hotel's entrance hall. Konditorei, a café. Alibi, proof of being elsewhere. Amalgam, Trotsky's word for a frame-up. # speaker: narrator # cite: L7009, L7098, L7102-7103, L4698-4699, L4786
The next sitting takes the commission to Paris, in the summer of 1933. # speaker: narrator # end: coyoacan-1
-> END
