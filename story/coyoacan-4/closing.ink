// After the Beals cross-examinations: the "Two regimes" exchange (not scored), the 12th session
// (Beals withdraws), the 13th session (summation builder, Trotsky's closing, paraphrased) and the
// epilogue in New York, 9 May 1937. Outline 02-coyoacan-b.md.

=== two_regimes ===
# bg: blue-house
# scene: A later session: two regimes
# music: calm
Does the regime of Stalin really differ so much from the regime of Lenin and Trotsky? # speaker: finnerty # cite: L4742-4744 # dramatized: the book reports the subject and the positions (L4742-4759), not who asked or the words
Most of the members lean to one view: that Stalin's bureaucracy, crimes and all, was the unavoidable result of the revolutionary dictatorship. # speaker: narrator # cite: L4744-4749
I cannot accept the question put that way. The dictatorship is a historical phenomenon, not an absolute principle. Depending on conditions, it can grow towards workers' democracy or decay into a Bonapartist apparatus of repression. # speaker: trotsky # expression: thinking # cite: L4749-4755
Nothing is scored here. On what you have heard, which view seems better supported? # speaker: narrator
* [The members' view: the dictatorship itself led to Stalin's regime]
    ~ regime_view = "members"
    A serious position, and the one most commissioners leaned to. Think about what evidence would support it. # speaker: narrator # cite: L4746-4749
* [I cannot judge that from this hearing]
    ~ regime_view = "open"
    A fair answer. This hearing was called to test the Moscow charges; this question is much larger. # speaker: narrator # cite: L4569-4571
* [The witness's view: conditions decided which way it went]
    ~ regime_view = "witness"
    The witness's position. Remember that he is also defending his own years in power when he argues it. # speaker: narrator # cite: L4749-4755
- -> session_twelve

=== session_twelve ===
# bg: blue-house
# scene: The twelfth session
# music: tense
In the twelfth session a statement from Carleton Beals is announced: he is leaving the commission. The book does not print it or give his reasons; Trotsky calls it "extremely ambiguous". # speaker: narrator # sfx: paper # cite: L4763-4764 # add: beals-resignation
It surprises no one. From his arrival he worked closely with Lombardo Toledano, Kluckhohn and other "friends" of the GPU, and his friends in the press printed his resignation three days before he resigned. # speaker: trotsky # cite: L4764-4775
That is Trotsky's account of an opponent, not the commission's finding. # speaker: narrator # cite: L4763-4780
# scene: Source check
- (q_couldcheck) Trotsky says the Mexican press announced the resignation three days early. How could a historian check that? # speaker: narrator # check: beals-resignation could-check
* [Accept it: Trotsky was in the room]
    He was there, but he was also Beals's opponent, and this is not something he saw in the room. A claim that can be checked should be checked. # speaker: narrator # cite: L4772-4775
    -> q_couldcheck
+ [Look for the Mexican newspapers of those days #best]
    Yes. Printed papers survive in libraries. A dated report from before the resignation would confirm it; finding none would weaken it. # speaker: narrator # cite: L4772-4775
* [Ask Beals's friends among the journalists]
    They might remember, but a dated newspaper is better evidence than memory, and they were hardly neutral either. # speaker: narrator # cite: L4772-4775
    -> q_couldcheck
- -> session_thirteen

=== session_thirteen ===
# bg: blue-house
# scene: The thirteenth and last session
# music: calm
The last session is given to two speeches, Goldman's and Trotsky's. The book does not print Goldman's: build your own summation, one piece of evidence for each alibi. # speaker: narrator # cite: L4780-4782
Copenhagen, November 1932. What shows Sedov was in Berlin? # speaker: narrator # cite: L4084-4095
* [The witness's own word that his son was in Berlin]
    Weak on its own: it is the very claim that needs proving. # speaker: narrator # cite: L4093-4095
* [Sedov's passport: French visa of 3 December, border stamp of the 4th]
    ~ strong_picks = strong_picks + 1
    Strong: stamps made by officials on the days themselves. # speaker: narrator # cite: L4129-4132
* [Olberg's words in the Moscow report]
    ~ strong_picks = strong_picks + 1
    Strong in another way: the prosecution's own defendant said the trip did not come off. # speaker: narrator # cite: L6977-6982
- The Bois de Boulogne, end of July 1933. What shows the witness was far from Paris? # speaker: narrator # cite: L8130-8133
* [The minister's letter of 29 June 1933 on a southern department]
    Useful, but it shows what was allowed, not where he actually was. # speaker: narrator # cite: L8144-8148
* [The fire brigade's certificate for the fire at Saint-Palais]
    ~ strong_picks = strong_picks + 1
    Strong: an official paper that fixes the day of the fire, the day the witness arrived. # speaker: narrator # cite: L8240-8250
* [The witness's statement that he lay ill at Saint-Palais]
    Weak on its own. The witnesses and papers around him make it strong. # speaker: narrator # cite: L8253-8257
- Kjeller, December 1935. What shows no such flight landed? # speaker: narrator # cite: L8490-8495
* [Knudsen's telegram to the prosecutor]
    Good, but half of it is a landlord's word about his guest. Beals made that point himself. # speaker: narrator # cite: L8717-8724
* [The witness's communiqué of 24 January]
    Weak: a list of questions, not evidence. # speaker: narrator # cite: L8307-8327
* [Arbeiderbladet's interview with the airfield director, confirmed by letter]
    ~ strong_picks = strong_picks + 1
    Strong: an unfriendly paper, the airfield's own customs book, and a written confirmation. # speaker: narrator # cite: L8725-8779
- -> summation_verdict

=== summation_verdict ===
{ strong_picks == 3:
    Three alibis, three sources from outside the witness's circle: a summation a sceptical commission can check. # speaker: narrator
- else:
    Where you chose the witness's own word or a partial document, a sceptic has room. The strongest evidence comes from outside his circle. # speaker: narrator
}
-> closing_speech

// Paraphrased from the closing appeal the book prints (L9445-9458) and the opening reply
// (L4638-4642). Pitfall 17: no claim about which line was spoken on which day.
=== closing_speech ===
# bg: blue-house
Then the witness speaks for himself. For five years he had demanded an international inquiry; the day the telegram came announcing the sub-commission was a great celebration in his life. # speaker: narrator # cite: L4780-4782, L9445-9449
In daylight the Stalinists are not frightening. I would welcome their poisoned questions; to answer them I need only tell what really happened. The GPU can buy journalists and whole newspapers. The conscience of the world it cannot buy. # speaker: trotsky # cite: L9449-9458 # dramatized: paraphrased from the closing speech the book prints; the book does not say which words were spoken on which day (L4782-4783)
The hearings of the sub-commission are closed. # speaker: dewey # sfx: gavel # dramatized: the chairman's words are not recorded
-> epilogue

=== epilogue ===
# bg: black
# scene: New York, 9 May 1937
# music: calm
At a public meeting in New York, Dewey gives the sub-commission's report. On Trotsky as a witness: he seemed eager to help find the truth about every period of his life, and answered every question readily and frankly. # speaker: narrator # cite: L4789-4801 # add: dewey-report-1937-05-09
Its conclusion: Trotsky has fully established the need for a further inquiry. The full commission was to meet in September. # speaker: narrator # cite: L4801-4808
-> debrief
