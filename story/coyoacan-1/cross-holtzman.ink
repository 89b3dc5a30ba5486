// CE-1 — Holtzman: "the vestibule of the Hotel Bristol" (outline 02-coyoacan-a.md, CE-1),
// then Timeline board 1, "Where was Sedov?". The pages are read from the official report
// [DRAMATIZED: the book does not say who read them at Coyoacán; basis L4683-4692, L7126-7127].

VAR holtzman_stamped = false

=== ce_holtzman_intro ===
# scene: The Moscow record · Holtzman
# music: tense
The Moscow witnesses cannot be cross-examined. All sixteen defendants of that trial were shot. So the commission takes their words as the official report printed them. # speaker: narrator # cite: L427-429, L4822-4829, L7126-7127
Mr Goldman will read Holtzman's testimony into the record. # speaker: dewey # caption: Dramatized: the book does not say who read the Moscow pages at the hearing
Holtzman was the prosecution's key witness on Copenhagen. He was the most sparing of all the defendants: whatever the prosecutor pressed, he denied taking any part in terror himself. # speaker: narrator # cite: L6948-6954
That restraint is exactly what makes his story look the most believable. Read it page by page. Press every page; object where a document says otherwise. # speaker: narrator # cite: L6956-6958, L1786-1790
-> ce_holtzman

=== ce_holtzman ===
# cross: ce_holtzman
# title: Holtzman: The Vestibule of the Hotel Bristol
# witness: holtzman
# transcript: moscow-report-holtzman
# place: Read into the record at Coyoacán; testimony of August 1936
# after: after_holtzman
-> DONE

= s1
# speaker: holtzman
# cite: L7128-7129
In Berlin, Sedov told me that since I was soon leaving for the USSR, I ought to come with him to Copenhagen, where his father was.
-> DONE

= s1_press
Why should we take this man's word more seriously than the others'? # speaker: goldman
He was an old party member; my son and I both knew him personally. Of all the old revolutionaries in that trial, he is the only one who is supposed to have met me in person. # speaker: trotsky # cite: L6949-6950, L4188-4190
And he confessed the least. He denied any terror of his own, denied any link with the Gestapo, and "confessed" only my plans and my son's part in them. That very stinginess is what makes his confession look solid at first sight. # speaker: trotsky # expression: thinking # cite: L6950-6958, L7164-7165
A careful witness, then. Let us see whether his story survives the facts. # speaker: goldman
-> DONE

= s2
# speaker: holtzman
# cite: L7130-7132, L4085-4086
I agreed, but said that for conspiratorial reasons we must not travel together: I would follow two or three days later and stay at the Hotel Bristol, as we had settled in Berlin.
-> DONE

= s2_press
A secret journey, then. With which passport did he travel, and under what name? # speaker: goldman
The record does not say. The prosecutor never asked him. # speaker: trotsky # expression: angry # cite: L7049-7051, L7158-7163
Every border and every hotel keeps a note of foreigners. With that passport in hand, one could tell within minutes whether he ever came. # speaker: trotsky # cite: L7160-7162
{ not holtzman_stamped:
    A margin note goes onto Holtzman's page: no passport, no name, no lodging asked. # speaker: narrator # update: moscow-report-holtzman noted # cite: L7049-7051
}
-> DONE

= s2_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
Right paper, early moment. Here Holtzman only plans where he will stay. Wait until he says he actually met someone there. No mark lost. # speaker: narrator # credibility: +1 # cite: L7130-7132
-> DONE

= s3
# answer: sozial-demokraten-1936-09-01
# speaker: holtzman
# cite: L4081-4088, L6969
When I arrived in Copenhagen, between 23 and 25 November 1932, I met Sedov in the vestibule of the Hotel Bristol.
-> DONE

= s3_press
Why these dates, when no other defendant gives any? # speaker: goldman
The secret is simple. The newspapers had reported when I arrived in Copenhagen. # speaker: trotsky # cite: L4081-4083
The Hotel Bristol, then: "agreed in Berlin". A name like that can be checked. Has anyone in Copenhagen checked it? # speaker: goldman
-> DONE

= s3_right
# objection
# breakthrough
# music: breakthrough
Objection! On 1 September 1936, right after the trial, Sozial-Demokraten, the paper of Denmark's own governing party, established that the Hotel Bristol in Copenhagen had been demolished. # speaker: goldman # cite: L7081-7084
In 1917. Fifteen years before this meeting. By 1932 it lived on only in old travel guides. # speaker: trotsky # expression: smug # cite: L4144-4146, L4176
Nobody can meet anyone in the entrance hall of a hotel that has not stood for fifteen years. # speaker: goldman # cite: L6962-6963
And Moscow's answer to the Danish revelation? A concentrated silence. # speaker: trotsky # cite: L7084-7086
The Danish finding reaches us through Trotsky's book; the article itself is not quoted there. Later writers argue over the café question, as you will see. # speaker: narrator # cite: L7081-7085
~ holtzman_stamped = true
Holtzman's page is stamped: "Bristol: demolished 1917". # speaker: narrator # sfx: stamp # update: moscow-report-holtzman stamped
-> DONE

= s3_wrong_herriot
# wrong: telegram-sedova-to-herriot
The telegram tells us where Sedov was on 1 December. Holtzman's claim here is about a building. Did that building stand in 1932? # speaker: narrator # cite: L4154-4156
-> DONE

= s3_wrong_passport
# wrong: sedov-passport
The passport shows when Sedov crossed the German border: 4 December. It says nothing about what stood in Copenhagen. # speaker: narrator # cite: L4129-4132
-> DONE

= s3_wrong_villa
# wrong: copenhagen-villa
That is where Trotsky lived. Holtzman says he met Sedov somewhere else first: in a hotel. # speaker: narrator # cite: L7065-7066
-> DONE

= s3_wrong_paris
# wrong: telegram-paris-to-consul-berlin
A visa for Sedov on 3 December is about the son, not the hotel. Look for something about the building itself. # speaker: narrator # cite: L4165-4170
-> DONE

= s3_hints
Re-read "in the vestibule of the Hotel Bristol". What has to exist for that to be true? # hint: 1
Open the Sozial-Demokraten cutting and read what it established about the hotel. # hint: 2 # point: sozial-demokraten-1936-09-01.finding
Name it: the Hotel Bristol was demolished in 1917. Nobody could meet in its vestibule in 1932. # hint: 3
-> DONE

= s4
# answer: moscow-report-olberg
# speaker: holtzman
# cite: L4088-4089, L7015-7016
From the hotel, Sedov took me to Trotsky's lodging.
-> DONE

= s4_press
Sedov in Copenhagen, walking him to the door. Did anyone else in that same trial speak about a trip of Sedov's to Copenhagen? # speaker: goldman
Olberg did. Another defendant, in the same courtroom: the evening session of 20 August 1936. Read what he said about "our trip". # speaker: trotsky # cite: L6977-6982
# add: moscow-report-olberg
Added to the record: Olberg's testimony, from the official report of the same trial. # speaker: narrator # cite: L6977-6982
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
Objection! In the same trial, the defendant Olberg said he had planned to go to Copenhagen with Sedov, and that their trip "did not come off". Sedov's wife, Susanne, went alone. # speaker: goldman # cite: L6977-6982
The prosecution's own record says Sedov did not go. And the prosecutor let the two stories stand side by side without a word. # speaker: goldman # cite: L7002-7004
Olberg knew my son and his friends in Berlin. He was in a position to hear that the trip had failed and that my son's wife, who held a French passport, went instead; his testimony shows he had heard it. # speaker: trotsky # cite: L6992-6998
Olberg's words carry weight here because they come from the accusers' own report, not from Trotsky's friends. # speaker: narrator # cite: L7090-7091
-> DONE

= s4_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
That settled where they could not have met. This page asks something else: was Sedov in Copenhagen at all? # speaker: narrator # cite: L7081-7084
-> DONE

= s4_wrong_paris
# wrong: telegram-paris-to-consul-berlin
That concerns the visa of 3 December. Is there a voice inside the Moscow record itself about Sedov's trip? # speaker: narrator # cite: L4159-4172
-> DONE

= s4_wrong_villa
# wrong: copenhagen-villa
The villa describes the house, not who came to it. # speaker: narrator # cite: L7065-7067
-> DONE

= s4_wrong_efforts
# wrong: sedov-visa-efforts
Close, but that is Trotsky's side: his account and his friends' statements. Is there a witness from the prosecution's own benches? No mark lost. # speaker: narrator # credibility: +1 # cite: L4094-4105
-> DONE

= s4_hints
Re-read "Sedov took me". Where must Sedov have been for this to be true? Press the page: did anyone else in the trial mention Sedov's trip? # hint: 1
Read Olberg's words at the evening session of 20 August: what happened to "our trip"? # hint: 2 # point: moscow-report-olberg.trip
Name it: Olberg says the trip with Sedov never happened and only Sedov's wife went. The Moscow record contradicts itself. # hint: 3
-> DONE

= s5
# answer: telegram-sedova-to-herriot, telegram-paris-to-consul-berlin
# speaker: holtzman
# cite: L4089-4090, L7016-7017
While I was talking with Trotsky, Sedov kept coming into the room and going out again.
-> DONE

= s5_press
Such colourful detail! For once the confession offers something we can actually check. # speaker: trotsky # expression: smug # cite: L4090-4092
Trotsky had already laid this meeting before the Drammen court in December: the son who brought the visitor, then a long talk. # speaker: narrator # cite: L1777-1785
If the son was in and out of the room, then parents and son were together in Copenhagen. Is there any record of what the family itself was asking for in those days? # speaker: goldman
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
Objection! On 1 December, the day before the family left Copenhagen, Trotsky's wife telegraphed the French prime minister. # speaker: goldman # cite: L4116-4122
She asked that her son, "student, Berlin", be allowed to meet her as she crossed France. # speaker: goldman # cite: L4154-4156
Two days later Paris told its consul in Berlin to visa the son's papers for five days, for that meeting. # speaker: goldman # cite: L4165-4170
Both telegrams turned up in the French foreign ministry only weeks ago. For years I feared the GPU's people in Paris would make those papers disappear. Luckily they never got to them. # speaker: trotsky # cite: L4124-4127
A mother who had seen her son walking in and out of the room a week earlier would hardly need a prime minister's help to see him. # speaker: goldman # cite: L4102-4105, L4113-4116
That last step is an argument, not a document: Trotsky offers the telegrams as his most direct proof. The board will test it. # speaker: narrator # cite: L4110-4113
The reunion at the Gare du Nord now goes on the timeline. # speaker: narrator
-> DONE

= s5_wrong_passport
# wrong: sedov-passport
Close. The passport proves a legal exit from Germany on 4 December, but on its own it cannot rule out an earlier secret trip. Which document shows the family still had not met? No mark lost. # speaker: narrator # credibility: +1 # cite: L4129-4132
-> DONE

= s5_wrong_gare
# wrong: gare-du-nord-meeting
The reunion of 6 December is witnessed by friends. But which document, written while the family was still in Copenhagen, shows they had not yet met? No mark lost. # speaker: narrator # credibility: +1 # cite: L4135-4137
-> DONE

= s5_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
That is about the building. This page is about the son. # speaker: narrator # cite: L7081-7084
-> DONE

= s5_wrong_zinoviev
# wrong: zinoviev-death-rumour
The rumour tells us what visitors would remember, not where Sedov was. # speaker: narrator # cite: L7070-7074
-> DONE

= s5_hints
Re-read "in and out of the room". Then son and parents were together in Copenhagen. What were the parents asking for on the eve of leaving? # hint: 1
Open the telegram of 1 December: where does the mother say her son is, and what does she ask for? # hint: 2 # point: telegram-sedova-to-herriot.son
Name it: on the eve of leaving Copenhagen she asked to be allowed to meet her son, a student in Berlin, in France. They had not met in Denmark. # hint: 3
-> DONE

= s6
# speaker: holtzman
# cite: L1783-1785, L6954-6956
In that conversation Trotsky set out his terrorist plans to me.
-> DONE

// [DRAMATIZED: basis L1783-1785, L6954-6956]
= s6_press
Where did this conversation take place? Which street, which district, what kind of house? # speaker: goldman
Nowhere in the record. None of my supposed visitors gives my address or even the district. # speaker: trotsky # cite: L7063-7064
Everything rests on Holtzman. My son's "Red Book" proved with documents and testimony that he was in Berlin that November. The Bristol it treats only as a curiosity. # speaker: trotsky # cite: L7151-7155, L6934-6935
# add: rotbuch
Added to the record: Sedov's "Red Book", a published reply by a party to the case. # speaker: narrator # cite: L1485-1491
-> DONE

= wrong
That does not answer this page. Read it again: who, where, when? # speaker: narrator
-> DONE

=== after_holtzman ===
# music: tense
My son was never in Copenhagen, so Holtzman's story is untrue. And since the prosecution's Copenhagen case leans on Holtzman above all, nothing is left of that "week". # speaker: trotsky # expression: pressed # cite: L7058-7060
# caption: Dramatized: the book does not say who raised this at the hearing
One moment, Mr Trotsky. Could your son not have come secretly, on someone else's passport, without Olberg or anyone else knowing? # speaker: finnerty # cite: L7009-7012
That is the hypothesis of the GPU's friends, and I do not want to leave them any loophole. Let us put everything on one board. # speaker: trotsky # expression: thinking # cite: L7009-7013
# scene: Timeline board · Where was Sedov?
Place the December cards on their days. Some cards are on the board already. Watch what the board flags. # speaker: narrator
-> board_sedov

=== board_sedov ===
# board: board_sedov
# title: Where Was Sedov?
# after: after_board
# cells: 1917=1917; 1932-11-20..1932-12-07
# lanes: trotsky=Trotsky and Natalia; sedov=Sedov; susanne=Susanne and Sedov's lawyer; holtzman=Holtzman (claimed); bristol=Place: Hotel Bristol
-> DONE

= card_copenhagen
# lane: trotsky
# who: trotsky, natalia
# where: copenhagen
# day: 1932-11-20..1932-12-02
# certainty: account
# cite: L6937-6941, L4081-4083, L4121-4122
# fixed
In Copenhagen after the students' invitation, at the dancer's villa. Arrival: reported in the press, day not in the book (the board's edge is not the arrival); the end is inferred.
-> DONE

= card_berlin
# lane: sedov
# who: sedov
# where: berlin
# day: 1932-11-20..1932-11-30
# certainty: witnesses
# cite: L4094-4105, L7154-7155
# fixed
Sedov in Berlin, trying in vain for a permit and a visa; daily phone calls from Copenhagen.
-> DONE

= card_susanne
# lane: susanne
# who: susanne
# where: copenhagen
# day: 1932-11-20..1932-12-01
# certainty: witnesses
# cite: L7036-7037, L6979-6982
# fixed
Sedov's wife and lawyer come to Copenhagen and report his failure (day not given; Olberg also says Susanne went).
-> DONE

= card_telegram
# lane: trotsky
# who: natalia
# where: copenhagen
# day: 1932-12-01
# certainty: document
# cite: L4117-4122, L4153-4158
1 Dec: from Copenhagen, Natalia telegraphs Herriot to let her meet her son, "student, Berlin", in France.
-> DONE

= card_departure
# lane: trotsky
# who: trotsky, natalia
# day: 1932-12-02
# certainty: inference
# cite: L4121-4122
# fixed
2 Dec: the Trotskys leave Copenhagen (inferred from "the day before our departure").
-> DONE

= card_paris
# lane: sedov
# day: 1932-12-03
# certainty: document
# cite: L4159-4172
3 Dec: Paris authorises the consul in Berlin to visa Sedov's papers for five days in France.
-> DONE

= card_visa
# lane: sedov
# who: sedov
# where: berlin
# day: 1932-12-03
# certainty: document
# cite: L4129-4130
3 Dec: the French consulate in Berlin enters the visa in Sedov's passport.
-> DONE

= card_border
# lane: sedov
# who: sedov
# day: 1932-12-04
# certainty: document
# cite: L4130-4132
4 Dec, morning: Sedov leaves Berlin; the border stamp bears the same date.
-> DONE

= card_gare
# lane: trotsky
# who: trotsky, natalia, sedov
# where: paris
# day: 1932-12-06
# certainty: witnesses
# cite: L4135-4137, L7047-7048
6 Dec: reunion at the Gare du Nord, Paris, in the carriage from Dunkirk; about ten friends present.
-> DONE

= card_claim
# lane: holtzman
# who: sedov, holtzman
# where: bristol
# day: 1932-11-23..1932-11-25
# certainty: claim
# cite: L4081-4090
# fixed
CLAIM: Holtzman meets Sedov in the Bristol's vestibule; Sedov takes him to Trotsky.
-> DONE

= card_bristol
# lane: bristol
# where: bristol
# day: 1917
# until: 1917
# certainty: document
# cite: L7081-7084
# fixed
Hotel Bristol, Copenhagen: demolished in 1917 (Sozial-Demokraten, 1 Sep 1936).
-> DONE

= card_hypothesis
# lane: sedov
# day: 1932-11-23..1932-11-25
# certainty: hypothesis
# cite: L7009-7012
# fixed
HYPOTHESIS (Finnerty): Sedov slips into Copenhagen secretly on a false passport. No evidence for it; Olberg says the trip did not happen.
-> DONE

= done
The board speaks for itself. Holtzman's claim puts Sedov in the Bristol on the very days his own lane puts him in Berlin: one man, two places. # speaker: goldman # cite: L4081-4090, L4094-4105
And the Bristol's bar ends in 1917. The claimed meeting sits fifteen years after the building was gone. # speaker: goldman # cite: L7081-7084
Then the December cards, in order: the mother's request on the 1st, the visa on the 3rd, the border on the 4th, the reunion on the 6th. That is a family that had not yet met. # speaker: goldman # cite: L4116-4137
The CLAIM card is stamped "not possible as told". The HYPOTHESIS card is not stamped: the board cannot rule it out. Only evidence and sense can weigh it. # speaker: narrator # sfx: stamp
-> DONE

=== after_board ===
# music: calm
Then weigh it, Mr Trotsky. Why could your son not have come in secret? # speaker: finnerty # caption: Dramatized: the book answers this hypothesis, without saying who raised it # cite: L7009-7013
Think what the risk would have bought him. By Holtzman's account, my son's whole part in Copenhagen was to lead him from a hotel to my door and wander in and out while we talked. For that he smuggles himself across a frontier? # speaker: trotsky # cite: L7013-7018
Berman-Yurin and David had never seen me, yet they found me without him. Holtzman had met me before and needed a guide least of all. Are we to think my son risked a false passport to guide the one visitor who knew me, and left the two who had never met me to manage alone? # speaker: trotsky # cite: L7019-7026
Perhaps he came secretly to see his parents? # speaker: finnerty # cite: L7027-7028
Likelier, perhaps, except that a few days later he did travel to meet us, in France, with a proper visa. # speaker: trotsky # cite: L7028-7030
And if the legal journey was only to cover the tracks of the illegal one? # speaker: finnerty # cite: L7030-7032
Then picture it. My son seeks a visa openly; everyone knows; all our friends in Copenhagen know we are waiting for him. His wife and his lawyer come to tell them he has failed. # speaker: trotsky # expression: pressed # cite: L7033-7037
And then, unseen by every friend and by my guard, he turns up on a false passport, meets Holtzman in the lobby of a hotel that was not there, slips away again without a trace, rushes through a visa in Berlin, and greets us at the Paris station on 6 December. Why all this? # speaker: trotsky # expression: angry # cite: L7038-7048
On one side: Holtzman, who never says which passport he used, and who names a hotel that did not exist. On the other: Olberg's statement that Sedov stayed in Berlin, the silence of Berman-Yurin and David, two dozen written statements, and common sense. # speaker: trotsky # cite: L7049-7057
The hypothesis is not impossible. It is simply without evidence, contradicted by Olberg, and it makes no sense of what is known. That is how an alternative is weighed: not waved away, but tested. # speaker: narrator # cite: L7005-7008
-> ce_visitors_intro
