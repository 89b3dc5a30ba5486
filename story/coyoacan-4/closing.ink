// After the Beals cross-examinations: the "Two regimes" exchange (not scored), the 12th session
// (Beals withdraws), the 13th session (summation builder, Trotsky's closing, paraphrased) and the
// epilogue in New York, 9 May 1937. Outline 02-coyoacan-b.md.

// [DRAMATIZED: basis L4742-4759] The book reports the subject and the positions, not the words.
=== two_regimes ===
# bg: blue-house
# scene: A later session: two regimes
# music: calm
The commission would like to understand one thing better, Mr Trotsky. Does the regime of Stalin really differ so much from the regime of Lenin and Trotsky? # speaker: finnerty # cite: L4742-4744 # dramatized: counsel's words are not recorded
The relations between party and soviets, and the party's own inner life in different periods, are gone through with care. # speaker: narrator # cite: L4744-4746
Most of the members lean to one view: that Stalin's bureaucracy, with all the crimes the witness charges it with, was the unavoidable result of the revolutionary dictatorship. # speaker: narrator # cite: L4746-4749
I cannot accept the question put that way. For me the dictatorship of the proletariat is not an absolute principle that breeds good or evil by logic alone. # speaker: trotsky # expression: thinking # cite: L4749-4752
It is a historical phenomenon. Depending on the conditions, outside and inside, it can develop towards workers' democracy and the end of all rule over people, or it can decay into a Bonapartist apparatus of repression. # speaker: trotsky # cite: L4752-4755
That difference alone, he adds, will show how far most of the members are from "Trotskyism". # speaker: narrator # cite: L4755-4759
Nothing is scored here. On what you have heard so far, which view seems better supported to you? # speaker: narrator
* [The members' view: the dictatorship itself led to Stalin's regime]
    ~ regime_view = "members"
    A serious position, and the one most commissioners in the room leaned to. Think about what evidence would support it. # speaker: narrator # cite: L4746-4749
* [The witness's view: conditions decided which way it went]
    ~ regime_view = "witness"
    The witness's position. Remember that he is also defending his own years in power when he argues it. # speaker: narrator # cite: L4749-4755
* [I cannot judge that from this hearing]
    ~ regime_view = "open"
    A fair answer. This hearing was called to test the Moscow charges; this question is much larger. # speaker: narrator # cite: L4569-4571
- Your answer goes with you to the debrief. # speaker: narrator
-> session_twelve

// [DRAMATIZED: basis L4763-4780] The statement's wording is not in the book and is not invented.
=== session_twelve ===
# bg: blue-house
# scene: The twelfth session
# music: tense
In the twelfth session a statement from Carleton Beals is announced: he is leaving the commission. # speaker: narrator # sfx: paper # cite: L4763-4764 # add: beals-resignation
The book does not print the statement or give his reasons, and the game will not make them up. Trotsky calls it "extremely ambiguous". # speaker: narrator # cite: L4763-4764
It surprises no one, Mr Goldman. From the moment he arrived in Mexico he worked closely with Lombardo Toledano, with Kluckhohn, and with other "friends" of the GPU. He hid his address from his fellow members. # speaker: trotsky # cite: L4764-4768
His friends among the journalists even printed his resignation in the Mexican press three days before he resigned. # speaker: trotsky # cite: L4772-4775
And Moscow's agents tried, at the same time, to push another member to resign, with "arguments" you will find in no dictionary of ethics. History will tell that story another time. # speaker: trotsky # expression: angry # cite: L4777-4780
All of this is Trotsky's account of an opponent, not the commission's finding. The book does not name the other member, and neither does the game. # speaker: narrator # cite: L4777-4780
# scene: Source check
Trotsky says the Mexican press announced the resignation three days early. How could a historian check that? # speaker: narrator # check: beals-resignation could-check
* [Look for the Mexican newspapers of those days #best]
    Yes. The claim is about something printed, and printed papers survive in libraries. A dated report from before the resignation would confirm it; finding none would weaken it. # speaker: narrator # cite: L4772-4775
* [Accept it: Trotsky was in the room]
    He was there, but he was also Beals's opponent, and this is not something he saw in the room. A claim that can be checked should be checked. # speaker: narrator # cite: L4772-4775
* [Ask Beals's friends among the journalists]
    They might remember, but a dated newspaper is better evidence than memory, and they were hardly neutral either. # speaker: narrator # cite: L4772-4775
- -> session_thirteen

// [DRAMATIZED: basis L4780-4782] Goldman's speech is not in the book: the player assembles one.
=== session_thirteen ===
# bg: blue-house
# scene: The thirteenth and last session
# music: calm
The last session is given to two speeches: Goldman's, as counsel, and Trotsky's own. # speaker: narrator # cite: L4780-4782
The book does not print Goldman's speech. Build your own summation from the record: one piece of evidence for each alibi. Nothing is lost for a weak choice; you will hear why it is weak. # speaker: narrator
Copenhagen, November 1932. Holtzman said Sedov brought him to the witness. What shows Sedov was in Berlin? # speaker: narrator # cite: L4084-4095
* [Sedov's passport: French visa of 3 December, border stamp of the 4th]
    ~ strong_picks = strong_picks + 1
    Strong: stamps made by officials on the days themselves. # speaker: narrator # cite: L4129-4132
* [The French foreign ministry's telegram of 3 December]
    ~ strong_picks = strong_picks + 1
    Strong: a French ministry with no reason to help him wrote that the son was a student in Berlin. # speaker: narrator # cite: L4159-4167
* [Olberg's words in the Moscow report]
    ~ strong_picks = strong_picks + 1
    Strong in another way: the prosecution's own defendant said the trip did not come off. # speaker: narrator # cite: L6977-6982
* [The witness's own word that his son was in Berlin]
    Weak on its own: it is the very claim that needs proving. Use the documents that back it. # speaker: narrator # cite: L4093-4095
- The Bois de Boulogne, end of July 1933. Romm said he met the witness near Paris. What shows he was far away? # speaker: narrator # cite: L8130-8133
* [The New York Times wire of 25 July 1933 on the landing at Cassis]
    ~ strong_picks = strong_picks + 1
    Strong: a newspaper's report from the day, found again in its own files. # speaker: narrator # cite: L8216-8222
* [The fire brigade's certificate for the fire at Saint-Palais]
    ~ strong_picks = strong_picks + 1
    Strong: an official paper that fixes the day of the fire, the day the witness arrived. # speaker: narrator # cite: L8240-8250
* [The minister's letter of 29 June 1933 on a southern department]
    Useful, but it shows what was allowed, not where he actually was. # speaker: narrator # cite: L8144-8148
* [The witness's statement that he lay ill at Saint-Palais]
    Weak on its own. The witnesses and papers around him make it strong. # speaker: narrator # cite: L8253-8257
- Kjeller, December 1935. Pyatakov said he flew to Oslo. What shows no such flight landed? # speaker: narrator # cite: L8490-8495
* [Arbeiderbladet's interview with the airfield director, confirmed by letter]
    ~ strong_picks = strong_picks + 1
    Strong: an unfriendly paper, the airfield's own customs book, and a written confirmation. # speaker: narrator # cite: L8725-8779
* [Aftenposten, evening edition of 25 January 1937]
    ~ strong_picks = strong_picks + 1
    Strong: a conservative paper that asked the airfield straight away. # speaker: narrator # cite: L8692-8695
* [Knudsen's telegram to the prosecutor]
    Good, but half of it is a landlord's word about his guest. Beals made that point himself. # speaker: narrator # cite: L8717-8724
* [The witness's communiqué of 24 January]
    Weak: a list of questions, not evidence. # speaker: narrator # cite: L8307-8327
- Your summation is ready. # speaker: narrator
{ strong_picks == 3:
    Three alibis, three sources from outside the witness's circle. That is a summation a sceptical commission can check. # speaker: narrator
- else:
    Where you chose the witness's own words or a document that shows only part of the story, a sceptic has room. The strongest evidence comes from outside his circle. # speaker: narrator
}
Counsel adds one more point, and it comes from Moscow's own record. # speaker: narrator
By Radek's own last words, the whole case for the link to the witness rests on two testimonies: Radek's, whose letters were "unfortunately" burned, and Pyatakov's. Everything else, he said, rests on theirs. Neither prosecutor nor judge corrected him. # speaker: goldman # cite: L8882-8894 # dramatized: counsel's words are not recorded; the facts are the book's
Radek's link ran only through Romm, and Romm's meeting in the Bois de Boulogne could not have happened. Pyatakov's flight found no aircraft. # speaker: goldman # cite: L8913-8928 # dramatized: counsel's words are not recorded; the facts are the book's
That is the defence's argument, and Trotsky's conclusion in his book. It is not a verdict. # speaker: narrator # cite: L8929-8937
-> closing_speech

// Paraphrased from the closing appeal the book prints (L9445-9458) and the opening reply
// (L4638-4642). Pitfall 17: no claim about which line was spoken on which day.
=== closing_speech ===
# bg: blue-house
Then the witness speaks for himself. # speaker: narrator # cite: L4780-4782
Members of the commission: for five years I have demanded an international commission of inquiry. The day the telegram came announcing your sub-commission was a great celebration in my life. # speaker: trotsky # cite: L9445-9449
Friends asked whether Stalinists would slip into the commission. I told them: in daylight the Stalinists are not frightening. I would welcome their poisoned questions; to answer them I need only tell what really happened. # speaker: trotsky # cite: L9449-9454
The GPU can buy single journalists and whole newspapers. The conscience of the world it cannot buy. # speaker: trotsky # cite: L9455-9458
I asked for no trust in advance. Check everything. # speaker: trotsky # cite: L4638-4642
These lines are paraphrased from the text the book prints as his closing speech. The book does not say which words were spoken on which day. # speaker: narrator # cite: L4782-4783
The hearings of the sub-commission are closed. # speaker: dewey # sfx: gavel # dramatized: the chairman's words are not recorded
-> epilogue

=== epilogue ===
# bg: black
# scene: New York, 9 May 1937
# music: calm
At a public meeting in New York, John Dewey gives the sub-commission's report, meant for the full international commission. # speaker: narrator # cite: L4789-4791 # add: dewey-report-1937-05-09
Its fifth section is about Trotsky as a witness. Courts, it says, must weigh how a witness behaves. Through all the sessions he seemed eager to work with the commission to find the truth about every period of his life, and he answered every question from counsel and members readily and frankly. # speaker: narrator # cite: L4791-4801
Its conclusion: the sub-commission hands over its stenographic record and the documents. Trotsky has fully established the need for a further inquiry, and the commission should finish its work. # speaker: narrator # cite: L4801-4806
For now I could ask no more. # speaker: trotsky # cite: L4807
The full commission's session was set for September. # speaker: narrator # cite: L4807-4808
-> debrief
