// CE-1 — Holtzman: "the vestibule of the Hotel Bristol" (outline 02-coyoacan-a.md, CE-1),
// then Timeline board 1, "Where was Sedov?". The pages are read from the official report;
// who read them at Coyoacán is not in the book (basis L4683-4692, L7126-7127), so the line
// that stages it carries a # dramatized label, as does every question the book does not record.
// Proofs: story/coyoacan-1/proofs.json.

VAR holtzman_stamped = false

=== ce_holtzman_intro ===
# scene: The Moscow record · Holtzman
# music: tense
All sixteen defendants of that trial were shot, so no Moscow witness can be cross-examined. The commission takes their words as the official report printed them. # speaker: narrator # cite: L427-429, L4822-4829, L7126-7127
Mr Goldman will read Holtzman's testimony into the record. # speaker: dewey # dramatized: the book does not say who read the Moscow pages at the hearing
Holtzman was the prosecution's key witness on Copenhagen, and the most sparing of all the defendants: he denied taking any part in terror himself. # speaker: narrator # cite: L6948-6954
That restraint is what makes his story look believable. Press every page; object where a document says otherwise. # speaker: narrator # cite: L6956-6958, L1786-1790
-> ce_holtzman

=== ce_holtzman ===
# cross: ce_holtzman
# title: The Vestibule of the Hotel Bristol
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
Why should we take this man's word more seriously than the others'? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
He was an old party member whom my son and I both knew. Of all the old revolutionaries in that trial, he alone is supposed to have met me in person. # speaker: trotsky # cite: L6949-6950, L4188-4190
And he confessed the least: no terror of his own, no link with the Gestapo, only my plans and my son's part in them. That stinginess makes his story look solid. # speaker: trotsky # expression: thinking # cite: L6950-6958, L7164-7165
-> DONE

= s2
# speaker: holtzman
# cite: L7130-7132, L4085-4086
I agreed, but said that for conspiratorial reasons we must not travel together: I would follow two or three days later and stay at the Hotel Bristol, as we had settled in Berlin.
-> DONE

= s2_press
A secret journey, then. With which passport, and under what name? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
The record does not say. The prosecutor never asked him. # speaker: trotsky # expression: angry # cite: L7049-7051, L7158-7163
Every border and every hotel keeps a note of foreigners. With that passport in hand, one could tell within minutes whether he ever came. # speaker: trotsky # cite: L7160-7162
{ not holtzman_stamped:
    A margin note goes onto Holtzman's page: no passport, no name, no lodging asked. # speaker: narrator # update: moscow-report-holtzman noted # cite: L7049-7051
}
-> DONE

= s2_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
# close
Close: this paper is about the Bristol, but here Holtzman only plans where he will stay. Wait until he says he met someone there. # speaker: narrator # cite: L7130-7132
-> DONE

= s3
# answer: sozial-demokraten-1936-09-01
# speaker: holtzman
# cite: L4081-4088, L6969
When I arrived in Copenhagen, between 23 and 25 November 1932, I met Sedov in the vestibule of the Hotel Bristol.
-> DONE

= s3_press
Why these dates, when no other defendant gives any? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
The secret is simple. The newspapers had reported when I arrived in Copenhagen. # speaker: trotsky # cite: L4081-4083
And the Hotel Bristol, "agreed in Berlin"? A name like that can be checked. # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
It was checked, right after the trial, by the paper of Denmark's governing party. Read its finding. # speaker: trotsky # cite: L7081-7084 # update: sozial-demokraten-1936-09-01 read
-> DONE

= s3_right
# objection
# breakthrough
# music: breakthrough
Objection! On 1 September 1936 Sozial-Demokraten, the paper of Denmark's governing party, established that the Hotel Bristol in Copenhagen had been demolished. # speaker: goldman # cite: L7081-7084 # update: sozial-demokraten-1936-09-01 read
In 1917, fifteen years before this meeting. By 1932 it lived on only in old travel guides. # speaker: trotsky # expression: smug # cite: L4144-4146, L4176
Nobody meets anyone in the entrance hall of a hotel that no longer stands. # speaker: goldman # cite: L6962-6963
And Moscow's answer to the Danish finding? A concentrated silence. # speaker: trotsky # cite: L7084-7086
We have the paper's finding through Trotsky's book, not its text; later writers argue over the Bristol, as the debrief shows. # speaker: narrator # cite: L7081-7085
~ holtzman_stamped = true
Holtzman's page is stamped: "Bristol: demolished 1917". # speaker: narrator # sfx: stamp # update: moscow-report-holtzman stamped
-> DONE

= s3_wrong_herriot
# wrong: telegram-sedova-to-herriot
The telegram tells us where Sedov was on 1 December. This page is about a building: did it stand in 1932? # speaker: narrator # cite: L4154-4156
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
Re-read "in the vestibule of the Hotel Bristol". What has to exist for that to be true? Press the page: has anyone checked? # hint: 1
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
Did anyone else in that trial speak of a trip by Sedov to Copenhagen? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Olberg did, another defendant, at the evening session of 20 August 1936. Read what he said about "our trip". # speaker: trotsky # cite: L6977-6982
# add: moscow-report-olberg
Added to the record: Olberg's testimony, from the official report of the same trial. # speaker: narrator # cite: L6977-6982
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
Objection! In the same trial Olberg said he had meant to go to Copenhagen with Sedov, but their trip "did not come off". Sedov's wife, Susanne, went alone. # speaker: goldman # cite: L6977-6982
Holtzman has Sedov in Copenhagen; Olberg says Sedov's trip never happened. Both stand in the prosecution's own record, and the prosecutor let them stand side by side. # speaker: goldman # cite: L7000-7004
Olberg moved in my son's Berlin circle. He could know that the trip failed and that my son's wife, who had a French passport, went instead. # speaker: trotsky # cite: L6992-6998
-> DONE

= s4_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
That settled where they could not have met. This page asks something else: was Sedov in Copenhagen at all? # speaker: narrator # cite: L7081-7084
-> DONE

= s4_wrong_herriot
# wrong: telegram-sedova-to-herriot
# close
Close: the right conclusion, since on 1 December his mother still places him in Berlin. But is there a voice inside the Moscow record itself about Sedov's trip? # speaker: narrator # cite: L4154-4156, L6977-6982
-> DONE

= s4_wrong_paris
# wrong: telegram-paris-to-consul-berlin
# close
Close: on 3 December Paris calls him a student in Berlin. But is there a voice inside the Moscow record itself about Sedov's trip? # speaker: narrator # cite: L4165-4167, L6977-6982
-> DONE

= s4_wrong_villa
# wrong: copenhagen-villa
The villa describes the house, not who came to it. # speaker: narrator # cite: L7065-7067
-> DONE

= s4_wrong_efforts
# wrong: sedov-visa-efforts, copenhagen-witness-statements
# close
Close: that is Trotsky's side, his account and his friends' statements. Is there a witness from the prosecution's own benches? # speaker: narrator # cite: L4094-4109
-> DONE

= s4_hints
Re-read "Sedov took me". Where must Sedov have been? Press the page: did anyone else in the trial mention his trip? # hint: 1
Read Olberg's words at the evening session of 20 August: what happened to "our trip"? # hint: 2 # point: moscow-report-olberg.trip
Name it: Olberg says the trip with Sedov never happened and only Sedov's wife went. The Moscow record contradicts itself. # hint: 3
-> DONE

= s5
# answer: telegram-sedova-to-herriot, telegram-paris-to-consul-berlin, moscow-report-olberg
# speaker: holtzman
# cite: L4089-4090, L7016-7017
While I was talking with Trotsky, Sedov kept coming into the room and going out again.
-> DONE

= s5_press
Such colourful detail! For once the confession offers something we can check. # speaker: trotsky # expression: smug # cite: L4090-4092
If the son was in and out of the room, parents and son were together in Copenhagen. What was the family asking for in those days? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
{ presented == "moscow-report-olberg":
    Objection! Olberg, in the same trial, says Sedov's trip to Copenhagen never came off. Then Sedov was not walking in and out of Trotsky's room there. # speaker: goldman # cite: L6977-6982
    And the family's own telegrams agree: on 1 December the mother was still asking to meet her son, a student in Berlin. # speaker: goldman # cite: L4116-4122, L4154-4156
- else:
    Objection! On 1 December, the day before the family left Copenhagen, Trotsky's wife telegraphed the French prime minister. # speaker: goldman # cite: L4116-4122
    She asked that her son, "student, Berlin", be allowed to meet her as she crossed France. Two days later Paris told its consul in Berlin to visa his papers for five days. # speaker: goldman # cite: L4154-4156, L4165-4170
}
Both telegrams turned up in the French foreign ministry only weeks ago. I always feared the GPU's people in Paris would make them disappear. # speaker: trotsky # cite: L4124-4127
A mother who had seen her son walk in and out of the room a week earlier would hardly need a prime minister's help to see him. That makes Holtzman's scene hard to believe. # speaker: goldman # cite: L4102-4105, L4113-4116
Hard to believe, but not ruled out: the telegrams leave room for a secret visit a week earlier. The board will test that. # speaker: narrator # cite: L4110-4113, L7009-7012
-> DONE

= s5_wrong_passport
# wrong: sedov-passport
# close
Close: the passport proves a legal exit from Germany on 4 December, but on its own it cannot rule out an earlier secret trip. Which record shows the family still had not met? # speaker: narrator # cite: L4129-4132
-> DONE

= s5_wrong_gare
# wrong: gare-du-nord-meeting
# close
Close: the reunion of 6 December is witnessed by friends. But which record, made while the family was still in Copenhagen, shows they had not yet met? # speaker: narrator # cite: L4135-4137
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
Re-read "in and out of the room": then son and parents were together in Copenhagen. What were the parents asking for on the eve of leaving? # hint: 1
Open the telegram of 1 December: where does the mother say her son is, and what does she ask for? # hint: 2 # point: telegram-sedova-to-herriot.son
Name it: on the eve of leaving she asked to meet her son, a student in Berlin, in France. That makes a meeting in Copenhagen a week earlier hard to believe. Olberg's words count too. # hint: 3
-> DONE

= s6
# speaker: holtzman
# cite: L1783-1785, L6954-6956
In that conversation Trotsky set out his terrorist plans to me.
-> DONE

= s6_press
Where did this conversation take place? Which street, which district, what kind of house? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Nowhere in the record. None of my supposed visitors gives my address or even the district. # speaker: trotsky # cite: L7063-7064
My son's "Red Book" proved with documents and testimony that he was in Berlin that November. The Bristol it treats only as a curiosity. # speaker: trotsky # cite: L7151-7155, L6934-6935
# add: rotbuch
Added to the record: Sedov's "Red Book", a published reply by a party to the case. # speaker: narrator # cite: L1485-1491
-> DONE

= wrong
That does not answer this page. Read it again: who, where, when? # speaker: narrator
-> DONE

=== after_holtzman ===
# music: tense
My son was never in Copenhagen, so Holtzman's story is untrue. And since the Copenhagen case leans on Holtzman above all, nothing is left of that "week". # speaker: trotsky # expression: pressed # cite: L7058-7060
Could your son not have come secretly, on someone else's passport, without Olberg or anyone else knowing? # speaker: finnerty # cite: L7009-7012 # dramatized: the book answers this hypothesis; who raised it is not recorded
That is the hypothesis of the GPU's friends, and I want to leave them no loophole. Let us put everything on one board. # speaker: trotsky # expression: thinking # cite: L7009-7013
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
Then weigh it, Mr Trotsky. Why could your son not have come in secret? # speaker: finnerty # cite: L7009-7013 # dramatized: the book answers this hypothesis; who raised it is not recorded
Think what the risk would have bought him. By Holtzman's account my son only led him from a hotel to my door and wandered in and out while we talked. For that he smuggles himself across a frontier? # speaker: trotsky # cite: L7013-7018
Berman-Yurin and David, who had never seen me, found me without him. Would he risk a false passport to guide the one visitor who knew me, and leave two strangers to manage alone? # speaker: trotsky # cite: L7019-7026
Perhaps he came secretly to see his parents? # speaker: finnerty # cite: L7027-7028 # dramatized: the book answers this hypothesis; who raised it is not recorded
Likelier, perhaps, except that a few days later he did travel to meet us, in France, with a proper visa. # speaker: trotsky # cite: L7028-7030
And if the legal journey only covered the tracks of the illegal one? # speaker: finnerty # cite: L7030-7032 # dramatized: the book answers this hypothesis; who raised it is not recorded
Then picture it. Everyone knows he is seeking a visa; his wife and his lawyer come to tell our friends he has failed. # speaker: trotsky # expression: pressed # cite: L7033-7037
Then, unseen by every friend and by my guard, he meets Holtzman in a hotel that no longer stood, vanishes, gets a visa in a rush, and greets us in Paris on 6 December. Why all this? # speaker: trotsky # expression: angry # cite: L7038-7048
So how does the hearing leave the secret trip? # speaker: narrator
* [Disproved: the documents show it could not have happened]
    Not quite. No document rules out a secret trip; that is why the board left the hypothesis unstamped. # speaker: narrator # cite: L7009-7012
* [Possible, but without evidence, contradicted by Olberg, and at odds with what is known]
    Yes. On one side, Holtzman, who names no passport and a hotel that did not exist; on the other, Olberg, the silence of Berman-Yurin and David, two dozen statements, and common sense. # speaker: narrator # cite: L7049-7057
* [Likely: the son must have come secretly]
    Nothing in the record supports it, and Olberg, on the prosecution's side, says the trip never happened. # speaker: narrator # cite: L6977-6982, L7049-7057
- That is how an alternative is weighed: not waved away, but tested. # speaker: narrator # cite: L7005-7008
-> ce_visitors_intro
