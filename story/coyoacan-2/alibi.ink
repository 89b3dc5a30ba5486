// DX-2 "Five hundred kilometres away": Goldman takes Trotsky through late July 1933 in the
// book's order. An ordering task with ink choices (no marks; a wrong pick gets a one-line
// nudge and the question again). Source check 2 runs at step 6. Then the timeline board and
// the deduction, then back to Romm's pages (resume_bois).

=== dx_alibi ===
~ alibi_heard = true
# scene: Direct examination · Five hundred kilometres away
# music: calm
Goldman takes Trotsky through those weeks in order (the questions are staged; the answers follow his book). Choose what comes next; a wrong pick costs nothing. # speaker: narrator
-> step1

= step1
Where do we begin, before he set foot in France? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [The terms on which France let him in]
    On 29 June 1933 the interior minister, Chautemps, wrote that for health reasons I might live in a southern department, later in Corsica. Never the capital. # speaker: trotsky # cite: L8144-8149
    To slip away from the police on landing, against that agreement, for a pointless rendezvous with Romm in Paris? Fantasy. # speaker: trotsky # expression: angry # cite: L8150-8159
    -> step2
+ [The fire at Saint-Palais]
    Too soon: that is the day he arrived. Start with what France allowed him. # speaker: narrator
    -> step1

= step2
24 July 1933, nearing Marseille. What happened at sea? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [The hotel on the road]
    He is not ashore yet. First, how did he leave the ship? # speaker: narrator
    -> step2
+ [The stop off Marseille and the motorboat]
    Our incognito was blown, and trouble was feared in the port. On a radio-telegram the Bolgaria stopped off Marseille; a motorboat waited with my son, Raymond Molinier and a Sûreté commissioner. # speaker: trotsky # cite: L8136-8138, L8170-8183 # add: molinier
    Only my wife and I got in; the four collaborators went on with all the luggage. The ship's log must record the stop, and the press reported it. # speaker: trotsky # cite: L8183-8188 # add: van-heijenoort # add: bolgaria-motorboat-stop # sfx: paper
    -> step3

= step3
Where did the boat put you ashore? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [At Cassis, where cars were waiting]
    At Cassis, where Leprince and Lasté waited with two cars. We drove at once north-west to Saint-Palais near Royan, where a house was rented in Molinier's name. # speaker: trotsky # cite: L8189-8193 # add: leprince # add: laste
    The drivers' statements describe that drive. The party spent one night in a hotel; Trotsky has handed its register entries to the commission. The book names neither hotel nor town. # speaker: goldman # cite: L8194-8195, L8247-8249 # add: cassis-drivers-statements # add: hotel-register-24-25-july
    -> step4
+ [In the port of Marseille, with the luggage]
    No: the luggage went into the port; he did not. Where did the motorboat land? # speaker: narrator
    -> step3

= step4
And the luggage that went on? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [Checked under Shachtman's name]
    It was checked in Turkey under Max Shachtman's name; the crates still show his initials. I believe GPU agents saw it head for Paris and concluded I had gone there too. # speaker: trotsky # expression: thinking # cite: L8196-8203 # add: shachtman # add: shachtman-luggage-crates
    That explains Moscow's date, in Trotsky's view; it does not prove where he was. # speaker: narrator # cite: L8229-8238
    -> step5
+ [Lost on the way]
    Nothing in the book says so. Under whose name had it travelled? # speaker: narrator
    -> step4

= step5
Who else was watching the landing? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [The press, and the New York Times]
    The press lost our trail right after the landing. But in 1937 the New York Times found its own correspondent's wire from Marseille, dated 25 July 1933. # speaker: trotsky # cite: L8215-8220
    It reports a secret landing: three miles out Trotsky boarded a motorboat and landed at Cassis, where a car was waiting. # speaker: goldman # cite: L8218-8222
    -> source_check
+ [The landlord's niece]
    She comes into it after the fire. First, what did the press see? # speaker: narrator
    -> step5

= source_check
# scene: Source check · A newspaper telegram of 1933
- (q_when) When was the report underneath this article written? # speaker: narrator # check: nyt-1937-02-17 when
* [17 February 1937, after the trial]
    That is when the paper reprinted it. The wire itself is dated 25 July 1933. # speaker: narrator # cite: L8216-8220
    -> q_when
+ [25 July 1933, by the paper's correspondent in Marseille #best]
    Yes: three and a half years before Romm spoke, by a reporter with no stake. It cannot have been shaped to answer him. # speaker: narrator # cite: L8216-8220
* [24 July 1933, the day of the landing]
    That is the day it reports. Read the "Telegram quoted" line: the wire from Marseille is dated the next day, 25 July. # speaker: narrator # cite: L8136-8137, L8216-8220
    -> q_when
- (q_howtransmitted) How does it reach us? # speaker: narrator # check: nyt-1937-02-17 how-transmitted
+ [The 1937 reprint, in the book's German translation #best]
    Yes, three steps. In the book's version a later sentence puts a town in the wrong place, and no one can say at which step that happened. # speaker: narrator # cite: L8216-8224
* [Directly from the 1933 wire]
    Not quite: we read the 1937 reprint, translated in Trotsky's book. # speaker: narrator # cite: L8216-8218
    -> q_howtransmitted
* [In the paper's own English, as printed in 1937]
    Read the provenance: we read it in the book's German translation. The English of 1937 is one step behind what we see. # speaker: narrator # cite: L8216-8218
    -> q_howtransmitted
- (q_proves) What does it prove? # speaker: narrator # check: nyt-1937-02-17 proves
* [That he was at Saint-Palais at the end of July]
    No. It ends at Cassis with a waiting car. Where the car went, it does not say. # speaker: narrator # cite: L8221-8222
    -> q_proves
* [That his statement in the same issue is true]
    Read the two fields apart. The statement is his own claim of 1937; the wire of 1933 only reaches Cassis and a waiting car. # speaker: narrator # cite: L8130-8134, L8216-8222
    -> q_proves
+ [A secret landing at Cassis, not where he went next #best]
    Yes. It ends at Cassis with a waiting car; the press had lost the trail. Trotsky says it does the reporter credit. # speaker: narrator # cite: L8215, L8221-8226
- -> step6

= step6
# scene: Direct examination · Five hundred kilometres away
25 July. You reach Saint-Palais. What marked that day? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [A fire on the property]
    That day a fire, started by sparks from a locomotive, burned an arbour, part of the fence and some trees. The local papers of 26 July reported it; the landlord's niece came hours later. # speaker: trotsky # cite: L8238-8246 # add: local-papers-1933-07-26 # add: landlords-niece
    The fire brigade certifies the date. The reporter Albert Bardon, who covered the fire, saw Trotsky in the car. The book gives no hour, nor the niece's statement. # speaker: goldman # cite: L8249-8252 # add: fire-brigade-certificate # add: bardon # add: bardon-statement # add: landlords-niece-statement # sfx: paper
    -> step7
+ [A quiet evening with friends]
    The book says otherwise: the day was anything but quiet. # speaker: narrator
    -> step6

= step7
And the days after the arrival? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [Lumbago and fever]
    Vera Lanis, our housekeeper, and Segal, who helped set up the house, spent the last days of July with us, and saw me take to bed with lumbago and fever on arrival. # speaker: trotsky # cite: L8253-8257 # add: vera-lanis # add: segal # add: lanis-segal-statements
    And the state knew: a secret telegram told the prefect of our arrival; the Sûreté in Paris checked our papers. The book says these exist; it does not produce them. # speaker: goldman # cite: L8261-8265 # add: prefect-secret-telegram # sfx: paper
    -> step8
+ [A drive to Paris]
    That is Romm's story, not the witness's. What do the people in the house say? # speaker: narrator
    -> step7

= step8
How long were you there, and who saw you? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [Two months ill; dozens of visitors]
    Two months ill, under a doctor. At least fifty visitors by my later count (I first wrote about thirty), among them Malraux and Sneevliet. Had I been in Paris, most need not have come. # speaker: trotsky # cite: L8265-8280 # add: saint-palais-illness # add: saint-palais-visitors
    Three of the four collaborators came from Paris to Royan. Shachtman sailed for New York; his letter of 8 August regrets parting on the way without a goodbye. # speaker: trotsky # cite: L8281-8286 # add: shachtman-letter-1933-08-08
    -> dx_done
+ [Three days, then Paris]
    That is what Moscow assumed, not what the witness says. # speaker: narrator # cite: L8229-8238
    -> step8

= dx_done
# scene: Timeline board · Late July 1933
After that: the Pyrenees in October, Barbizon from November, and only that winter a few trips into Paris, in company. Now put those days on the board. # speaker: narrator # cite: L8287-8298 # add: autumn-1933-movements
-> board_late_july

=== board_late_july ===
# board: board_late_july
# title: Late July 1933
# after: deduce_day
# cells: 1933-06-29=29 Jun; 1933-07-20..1933-08-10; 1933-09=Sep; 1933-10=Oct; 1933-11=Nov
# lanes: trotsky=Trotsky and Natalia; romm=Romm (claimed); companions=Companions and luggage; sedov=Sedov (only where the book places him); place=Place: Saint-Palais near Royan, about 500 km from Paris (Trotsky's figure)
-> DONE
= card_chautemps
# lane: trotsky
# who: trotsky
# day: 1933-06-29
# certainty: document
# cite: L8144-8149
# fixed
Letter of the interior minister, 29 June 1933: a southern department, later Corsica. Permission, not presence.
-> DONE
= card_claim
# lane: romm
# who: trotsky, romm
# where: paris
# day: 1933-07-25..1933-07-31
# certainty: claim
# read: Romm's answer to the prosecutor gives a part of a month, not a day.
# cite: L7954-7963, L7977-7978
CLAIM (Romm, Moscow 1937): asked when, he said "the end of July 1933": Sedov took him to Trotsky in the Bois de Boulogne, Paris, for 20 to 25 minutes. No day: any of July's last days will do.
-> DONE
= card_bolgaria
# lane: trotsky
# who: trotsky
# day: 1933-07-24
# certainty: account
# read: Trotsky names the day the steamer was due at Marseille.
# cite: L8136-8138, L8179-8188
The steamer Bolgaria, due at Marseille on 24 July 1933, stops a few kilometres out; Trotsky and his wife go down into a motorboat (ship's log and press cited, not produced).
-> DONE
= card_sedov_boat
# lane: sedov
# who: sedov
# day: 1933-07-24
# certainty: account
# read: It happens at the Bolgaria's stop: date that stop first.
# cite: L8176-8187
Waiting in that motorboat off Marseille: his son, with Molinier and a Sûreté commissioner. The son climbs aboard the Bolgaria and hands over written instructions.
-> DONE
= card_companions
# lane: companions
# who: companions
# where: marseille
# day: 1933-07-24
# certainty: account
# read: It happens at the Bolgaria's stop: date that stop first.
# cite: L8187-8188
When the motorboat leaves the Bolgaria, the four collaborators stay aboard with all the luggage and sail on into Marseille.
-> DONE
= card_cassis
# lane: trotsky
# who: trotsky
# day: 1933-07-24
# certainty: witnesses
# read: The boat lands straight from the Bolgaria's stop: date that stop first.
# cite: L8189-8193, L8247-8249
Leprince, Molinier and Lasté testify: the motorboat lands Trotsky and his wife at quiet Cassis, two cars wait, and the drive north-west starts without a minute's stop.
-> DONE
= card_hotel
# lane: trotsky
# who: trotsky
# day: 1933-07-24..1933-07-25
# certainty: document
# read: The night falls between the landing and the arrival: date those two first.
# cite: L8194-8195
A hotel register, handed by Trotsky to the commission: the couple's one night on the road, between the landing at Cassis and the arrival. Either day of that night will do.
-> DONE
= card_nyt
# lane: trotsky
# who: trotsky
# day: 1933-07-25
# certainty: document
# read: Two dates: the newspaper of 1937 quotes a telegram. The telegram's own date is the one on this board.
# cite: L8216-8222
New York Times, 17 February 1937, quoting its telegram from Marseille of 25 July 1933: Trotsky landed secretly at Cassis, where a car was waiting. Where the car went, it does not say.
-> DONE
= card_arrival
# lane: trotsky, sedov
# who: trotsky, sedov
# where: saint-palais
# day: 1933-07-25
# certainty: witnesses
# read: Trotsky gives the arrival date; the drivers' statements back it.
# cite: L8238-8240, L8247-8249
Trotsky and his wife reach Saint-Palais near Royan with their son and three French friends, on 25 July by his account; the drivers' statements describe the trip.
-> DONE
= card_fire
# lane: place
# where: saint-palais
# day: 1933-07-25
# certainty: document
# read: The fire is dated by the day of the household's arrival.
# cite: L8240-8244, L8249-8250
On the very day the household arrived, sparks from a locomotive burned an arbour, part of the fence and trees at the Saint-Palais house; a fire brigade certificate confirms the date.
-> DONE
= card_niece
# lane: place
# where: saint-palais
# day: 1933-07-25
# certainty: witnesses
# read: She came a few hours after the fire: date the fire first.
# cite: L8245-8246, L8251-8252
The landlord's niece states that she came to look at the fire damage at Saint-Palais a few hours after the blaze.
-> DONE
= card_papers
# lane: place
# where: saint-palais
# day: 1933-07-26
# certainty: document
# read: A newspaper goes on the date of its issue.
# cite: L8244-8245
Local newspapers of 26 July report the fire at the summer house in Saint-Palais.
-> DONE
= card_bardon
# lane: trotsky
# who: trotsky
# day: 1933-07-25..1933-07-26
# certainty: witnesses
# read: The book ties his sighting to his reports on the fire and gives it no day of its own.
# cite: L8250-8251
Albert Bardon, who sent the press his reports on the fire, states that he saw Trotsky in the car. The book gives no day: the fire's day or the next will do.
-> DONE
= card_sickbed
# lane: trotsky
# who: trotsky
# where: saint-palais
# day: 1933-07-25..1933-07-31
# certainty: witnesses
# read: They speak of the last days of July, from the arrival on.
# cite: L8253-8257
Vera Lanis and Segal, waiting at the house, saw Trotsky take to bed with lumbago and fever as soon as he arrived, through the last days of July. No single day: any of them will do.
-> DONE
= card_illness
# lane: trotsky
# who: trotsky
# where: saint-palais
# day: 1933-08-01..1933-09
# certainty: account
# read: Two months ill from late July: the months that follow July.
# cite: L8265-8266
By Trotsky's account, two months ill at Saint-Palais under a doctor's care: August and September, after those July days. Any day of them will do.
-> DONE
= card_visitors
# lane: place
# where: saint-palais
# day: 1933-07-25..1933-09
# certainty: account
# read: The visits fall in the whole stay at Saint-Palais, from the arrival to the autumn.
# cite: L8266-8281
At least fifty visitors come to Saint-Palais during his stay, about thirty of them French, mostly from Paris. No dates: any day of the stay will do.
-> DONE
= card_shachtman
# lane: companions
# who: companions
# day: 1933-08-08
# certainty: document
# read: A letter goes on the date it was written, not on the day it remembers.
# cite: L8136-8138, L8281-8286
Letter of 8 August 1933 from Max Shachtman, one of the four collaborators: he regrets parting from them on the way without a goodbye; he had sailed from Le Havre to New York.
-> DONE
= card_bagneur
# lane: trotsky
# who: trotsky
# where: pyrenees
# day: 1933-10
# certainty: account
# read: He names the month he spent there.
# cite: L8287-8289
Better at the start of October, Trotsky is driven to "Bagneur" in the Pyrenees, further still from Paris, and spends that month there with his wife.
-> DONE
= card_barbizon
# lane: trotsky
# who: trotsky
# where: barbizon
# day: 1933-11
# certainty: account
# read: He names when he came to Barbizon.
# cite: L8291-8298
From the start of November, Trotsky and his wife live in a rented cottage at Barbizon; from there, that winter, he makes a few trips into Paris, always with two or three friends.
-> DONE
= done
One person, two places: the claim puts Trotsky in Paris at the end of July; the witnesses put him ill in bed at Saint-Palais. The minister's letter shows permission, not presence. # speaker: goldman # cite: L8130-8133, L8238-8257, L8144-8149
# scene: Deduction · Fixing the day
Most of that comes from his friends. Is there anything else that fixes the day? # speaker: dewey # cite: L8244-8251 # dramatized: the book does not record this question
-> DONE

=== deduce_day ===
# deduction: deduce_day
# title: Fixing the Day
# prompt: Most of the alibi rests on his own household. Which two records, read together, fix the day from outside it?
# after: resume_bois
-> DONE
= right
# combine: fire-brigade-certificate + bardon-statement
# combine: local-papers-1933-07-26 + bardon-statement
Public records date the fire: 25 July, in the papers of 26 July and the fire brigade's certificate. And the reporter who covered that fire for the press saw Trotsky in the car. # speaker: goldman # cite: L8244-8245, L8249-8251
- (q_conclusion) Put together, what do they show? # speaker: narrator # check: deduction-arrival-25-july conclusion
* [That he spent the whole summer at Saint-Palais]
    Too much. The fire dates one day, the arrival. The weeks after rest on other witnesses. # speaker: narrator # cite: L8253-8257
    -> q_conclusion
* [That the reporter's word would be enough on its own]
    Not on its own: the book gives his sighting no date of its own. The public record of the fire supplies the day. # speaker: narrator # cite: L8249-8251
    -> q_conclusion
+ [That he arrived on 25 July, on the word of someone outside the household #best]
    So the arrival on 25 July rests on a public event and a reporter's statement, not only on the household. The book gives no hour for the sighting; the link is the fire. # speaker: goldman # cite: L8240-8242, L8250-8251 # add: deduction-arrival-25-july
- -> DONE
= wrong_niece
# combine: fire-brigade-certificate + landlords-niece-statement
# combine: local-papers-1933-07-26 + landlords-niece-statement
The niece came hours after the fire to look at the damage. The book doesn't say what she saw of Trotsky, or what her statement says. # speaker: narrator # cite: L8245-8246, L8251-8252
-> DONE
= wrong_household
# combine: fire-brigade-certificate + lanis-segal-statements
# combine: local-papers-1933-07-26 + lanis-segal-statements
True, and useful later, but Vera Lanis and Segal were of his own household. Find the reporter who saw him. # speaker: narrator # cite: L8253-8257
-> DONE
= wrong_permission
# combine: chautemps-letter-1933-06-29 + fire-brigade-certificate
# combine: chautemps-letter-1933-06-29 + local-papers-1933-07-26
# combine: chautemps-letter-1933-06-29 + bardon-statement
# combine: chautemps-letter-1933-06-29 + lanis-segal-statements
Permission is not presence. The minister's letter says where he might live, not where he was on any day. # speaker: narrator # cite: L8144-8149
-> DONE
= wrong_nyt
# combine: nyt-1937-02-17 + fire-brigade-certificate
# combine: nyt-1937-02-17 + local-papers-1933-07-26
Both true, but neither puts Trotsky at Saint-Palais: one ends at Cassis, the other is about the fire. # speaker: narrator # cite: L8216-8222, L8244-8250
-> DONE
= wrong
Those two do not tie Trotsky to a datable event at Saint-Palais. Look for a record that dates something, and someone not of the household who saw him. # speaker: narrator
-> DONE
= hints
Friends' statements are not enough. Look for an event that public records can date. # hint: 1
Read Bardon's statement: what was he reporting on, and whom did he see? # hint: 2 # point: bardon-statement.saw
Combine the fire brigade's certificate (or the local papers of 26 July) with the reporter Bardon's statement. # hint: 3
-> DONE
