// CE-1 — Holtzman: "the vestibule of the Hotel Bristol" (outline 02-coyoacan-a.md, CE-1),
// then Timeline board 1, "Where was Sedov?". The pages are read from the official report;
// who read them at Coyoacán is not in the book (basis L4683-4692, L7126-7127), so the line
// that stages it carries a # dramatized label, as does every question the book does not record.
// Proofs: story/coyoacan-1/proofs.json.

VAR holtzman_stamped = false

=== ce_holtzman_intro ===
# scene: The Moscow record · Holtzman
# music: tense
Now the Moscow record, read from the official report; its witnesses were shot. Holtzman, who denied any terror of his own, looks the most believable. Press every page; object where a document disagrees. # speaker: narrator # cite: L427-429, L7126-7127, L6948-6958
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
# cite: L7128-7132
In Berlin Sedov asked me to come with him to Copenhagen, where his father was. For conspiratorial reasons we would not travel together: I would follow and stay at the Hotel Bristol.
-> DONE

= s1_press
Why should we take this man's word seriously? And with which passport did he travel? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
An old party member my son and I both knew, who confessed the least. As for his passport: the record does not say, and the prosecutor never asked. # speaker: trotsky # expression: angry # cite: L6949-6958, L7049-7051
{ not holtzman_stamped:
    A margin note goes onto Holtzman's page: no passport, no name, no lodging asked. # speaker: narrator # update: moscow-report-holtzman noted # cite: L7049-7051
}
-> DONE

= s1_wrong_sozial
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
Objection! On 1 September 1936 the Danish governing party's paper established that the Hotel Bristol was demolished in 1917. Nobody meets anyone in the vestibule of a hotel that no longer stands. # speaker: goldman # cite: L7081-7084, L6962-6963 # update: sozial-demokraten-1936-09-01 read
~ holtzman_stamped = true
Stamped: "Bristol: demolished 1917". Moscow answered with silence. We know the paper's finding through Trotsky's book, not its text. # speaker: narrator # sfx: stamp # update: moscow-report-holtzman stamped # cite: L7081-7086
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
Olberg did, another defendant, at the evening session of 20 August 1936. Read what he said about "our trip". # speaker: trotsky # cite: L6977-6982 # add: moscow-report-olberg # update: olberg trial # update: susanne trial
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
Objection! In the same trial Olberg, who moved in Sedov's Berlin circle, said their trip to Copenhagen "did not come off"; Sedov's wife went alone. On the prosecution's own record, Sedov in Copenhagen is hard to believe. # speaker: goldman # cite: L6977-6982, L6992-6998, L7000-7004
-> DONE

= s4_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
# close
{ holtzman_stamped:
    Close: the hotel was long gone by 1932, so no one set out from it; but this page adds Sedov. Was he in Copenhagen at all? No mark lost. # speaker: narrator # cite: L7081-7084, L6977-6982
- else:
    Close: what the paper checked about the Bristol belongs to the page before, where Holtzman says he met Sedov there. This page adds Sedov's trip: was he in Copenhagen at all? No mark lost. # speaker: narrator # cite: L4084-4088, L6977-6982
}
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

= s4_wrong_olberg
# wrong: olberg
# close
Close: this is the right man, but a profile card is not testimony. His words on the trip are on his page of the trial report: press Holtzman's page to hear them. # speaker: narrator # cite: L6977-6982
-> DONE

= s4_wrong_susanne
# wrong: susanne
# close
Close: her card says she went to Copenhagen without her husband, but it is a card, not testimony. Who in the Moscow trial itself said so? # speaker: narrator # cite: L6977-6982
-> DONE

= s4_wrong_sedov
# wrong: sedov
# close
Close: his card calls him a student in Berlin, but it does not say where he was that week. Is there a voice inside the Moscow record itself about his trip? # speaker: narrator # cite: L6977-6982
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
Name it: Olberg says the trip with Sedov did not come off and only Sedov's wife went. That makes Sedov's presence hard to believe, on the Moscow record itself. # hint: 3
-> DONE

= s5
# answer: telegram-sedova-to-herriot, telegram-paris-to-consul-berlin, moscow-report-olberg, copenhagen-witness-statements
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
{
- presented == "moscow-report-olberg":
    Objection! Olberg, in the same trial, says Sedov's trip to Copenhagen never came off. Then Sedov could hardly have been walking in and out of Trotsky's room there. # speaker: goldman # cite: L6977-6982
    And the family's own telegrams agree: on 1 December the mother was still asking to meet her son, a student in Berlin. # speaker: goldman # cite: L4116-4122, L4154-4156
- presented == "copenhagen-witness-statements":
    Objection! Our friends in Copenhagen have put it in writing: we waited for our son in vain. They are my friends, so weigh them as such. # speaker: trotsky # cite: L4102-4109, L7054-7055
- else:
    Objection! On 1 December, the day before leaving Copenhagen, Trotsky's wife asked the French prime minister to let her son, "student, Berlin", meet her in France. Two days later Paris had his visa granted. # speaker: goldman # cite: L4116-4122, L4154-4156, L4165-4170
}
A son who had slipped into Copenhagen in secret would hardly travel openly to France days later to see the same parents. Hard to believe; not ruled out. The board will test it. # speaker: goldman # cite: L4113-4116, L7009-7012, L7026-7029
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

= s5_wrong_efforts
# wrong: sedov-visa-efforts
# close
Close: the right direction, since his efforts failed in Berlin. But that card is Trotsky's own account. Which record made in Copenhagen that week shows the family had not met? # speaker: narrator # cite: L4094-4109
-> DONE

= s5_wrong_sedov
# wrong: sedov
# close
Close: his card calls him a student in Berlin in 1932. Which record made in Copenhagen that week shows the family had not met? # speaker: narrator # cite: L4116-4122
-> DONE

= s5_wrong_natalia
# wrong: natalia-sedova
# close
Close: her card names her telegram of 1 December. Present the telegram itself. # speaker: narrator # cite: L4116-4122
-> DONE

= s5_wrong_olberg
# wrong: olberg
# close
Close: this is the right man, but a profile card is not testimony. His words on the trip are on his page of the trial report. # speaker: narrator # cite: L6977-6982
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
Could your son not have come secretly, on someone else's passport, without Olberg or anyone else knowing? # speaker: finnerty # cite: L7009-7012 # dramatized: the book answers this hypothesis; who raised it is not recorded
The GPU's friends' hypothesis. I want to leave them no loophole: put everything on one board. # speaker: trotsky # expression: thinking # cite: L7009-7013
# scene: Timeline board · Where was Sedov?
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
# read: Open Sedov's failed efforts to travel: read which month he spent in Berlin, and when the family left Copenhagen.
# cite: L4094-4105, L7154-7155
Sedov's friends in Berlin, and his parents: all that November he tried in vain for a permit and a visa, with a phone call from Copenhagen every day. The record gives only the month: any November day here will do.
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
# read: Open Natalia's telegram to Herriot in the Court Record: its printed text has no date, so read the date Trotsky gives it.
# cite: L4117-4122, L4153-4158
Natalia's telegram to Herriot from Copenhagen, asking to meet her son, "student, Berlin", in France. The printed copy has no date; Trotsky dates it 1 December, the day before they left.
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
# read: Open the Paris telegram to the consul in Berlin and read its date.
# cite: L4159-4172
Foreign Ministry telegram headed "Paris, 3 December 1932": the consul in Berlin may visa Sedov's travel papers for five days in France.
-> DONE

= card_visa
# lane: sedov
# who: sedov
# where: berlin
# day: 1932-12-03
# certainty: document
# read: Open Sedov's passport in the Court Record: the visa carries its date.
# cite: L4129-4130
Sedov's passport: the French consulate in Berlin issued his visa on 3 December.
-> DONE

= card_border
# lane: sedov
# who: sedov
# day: 1932-12-04
# certainty: document
# read: Open Sedov's passport: read the date of the border stamp.
# cite: L4130-4132
Sedov's passport: its border stamp is dated 4 December, the morning he left Berlin.
-> DONE

= card_gare
# lane: trotsky, sedov
# who: trotsky, natalia, sedov
# where: paris
# day: 1932-12-06
# certainty: witnesses
# read: Open the reunion at the Gare du Nord in the Court Record and read its date.
# cite: L4135-4137, L7047-7048
About ten friends saw Sedov meet his parents at the Gare du Nord, Paris, in the carriage from Dunkirk; Trotsky gives the day as 6 December.
-> DONE

= card_claim
# lane: holtzman
# who: sedov, holtzman
# where: bristol
# day: 1932-11-23..1932-11-25
# certainty: claim
# read: Open Holtzman's testimony: he named the days himself.
# cite: L4081-4090
CLAIM (Holtzman): on 23 to 25 November 1932 Sedov met him in the Bristol's vestibule and took him to Trotsky. He gave only that span: any of those days will do.
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
One man, two places: the claim puts Sedov in a hotel gone since 1917 on days his lane puts him in Berlin. The CLAIM is stamped; the HYPOTHESIS is not: the board cannot rule it out. # speaker: goldman # sfx: stamp # cite: L4081-4105, L7081-7084
-> DONE


=== after_board ===
# music: calm
For what? By Holtzman's account he only led him to my door and wandered in and out; strangers found me without him. And if he came secretly, why the legal trip to France days later? # speaker: trotsky # cite: L7013-7032
Picture it: all our friends know he failed to get a visa; unseen by all of them and my guard, he meets Holtzman in a vanished hotel, slips away, and greets us in Paris on 6 December. Why? # speaker: trotsky # expression: angry # cite: L7033-7048
So how does the hearing leave the secret trip? # speaker: narrator
* [Disproved: the documents show it could not have happened]
    Not quite. No document rules out a secret trip; that is why the board left it unstamped. It is weighed, not waved away. # speaker: narrator # cite: L7009-7012
* [Possible, but without evidence, contradicted by Olberg, and at odds with what is known]
    Yes: Holtzman names no passport and a hotel that did not exist; against him stand Olberg, the others' silence, two dozen statements, and common sense. # speaker: narrator # cite: L7049-7057
* [Likely: the son must have come secretly]
    Nothing in the record supports it, and Olberg, on the prosecution's side, says the trip never happened. # speaker: narrator # cite: L6977-6982, L7049-7057
- -> ce_visitors_intro
