// DX-2 "Five hundred kilometres away": Goldman takes Trotsky through late July 1933 in the
// book's order. An ordering task with ink choices (no marks; a wrong pick gets a one-line
// nudge and the question again). Source check 2 runs at step 6. Then the timeline board and
// the deduction, then back to Romm's pages (resume_bois).

=== dx_alibi ===
~ alibi_heard = true
# scene: Direct examination · Five hundred kilometres away
# music: calm
Direct examination. Goldman takes Trotsky through those weeks in order; the questions are staged, the answers follow his book. Choose what comes next; a wrong pick costs nothing. # speaker: narrator
-> step1

= step1
Where do we begin, before he ever set foot in France? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [The terms on which France let him in]
    The terms of entry. What had the French government allowed you? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
    On 29 June 1933 the interior minister, Chautemps, wrote to the deputy Henri Guernut: for health reasons I might live in one of the southern departments, and later settle in Corsica. # speaker: trotsky # cite: L8144-8148
    From the first, then, the talk was of a distant department, never the capital. I had every reason myself to avoid any trouble in France. # speaker: trotsky # cite: L8148-8151
    The idea that I slipped away from the police the moment I landed, against the agreement, to go secretly to Paris for a pointless rendezvous with Romm, is fantasy. # speaker: trotsky # expression: angry # cite: L8155-8159
    Papers such as Le Matin and L'Écho de Paris campaigned furiously against his coming, and l'Humanité was the shrillest of all. # speaker: narrator # cite: L8160-8163
    -> step2
+ [The fire at Saint-Palais]
    Too soon: that is the day he arrived. Start before he landed, with what France allowed him. # speaker: narrator
    -> step1
+ [The visitors at Saint-Palais]
    Too soon: they came over the following weeks. Start with what France allowed him. # speaker: narrator
    -> step1

= step2
24 July 1933. The ship is nearing Marseille. What happened at sea? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [The hotel on the road]
    He is not ashore yet. First, how did he leave the ship? # speaker: narrator
    -> step2
+ [The stop off Marseille and the motorboat]
    The Italian steamer Bolgaria was due in Marseille on 24 July, with my wife, me and four collaborators: Sara Weber, Max Shachtman, Van Heijenoort and Adolf. # speaker: trotsky # cite: L8136-8138
    Our incognito was blown on board, and demonstrations were feared in the port. Our friends, with my son, who by then had got out of Hitler's Germany to Paris, worked out a plan. # speaker: trotsky # cite: L8170-8179
    On a radio-telegram from France the ship stopped a few kilometres off the port. A motorboat was waiting: my son, Raymond Molinier, a commissioner of the Sûreté Générale and two boatmen. # speaker: trotsky # cite: L8179-8183 # add: molinier
    The stop cost, as far as I remember, about a thousand francs for three minutes. The ship's log must record it, and the press reported it. # speaker: trotsky # cite: L8183-8186
    My son came aboard and gave Van Heijenoort written instructions. Only my wife and I got into the boat; the four went on to Marseille with all the luggage. # speaker: trotsky # cite: L8186-8188 # add: van-heijenoort
    Entered: "The stop off Marseille". Note that the log and the press reports are cited, not produced. # speaker: narrator # add: bolgaria-motorboat-stop # sfx: paper
    -> step3
+ [The New York Times telegram]
    The telegram reports the landing; hear the landing from the witness first, then test it against the press. # speaker: narrator
    -> step2

= step3
Where did the boat put you ashore? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [At Cassis, where cars were waiting]
    At Cassis, a quiet spot. Two cars and two French friends, Leprince and Lasté, were waiting. # speaker: trotsky # cite: L8189-8190 # add: leprince
    Without a minute's stop we drove north-west, towards the mouth of the Gironde, to the village of Saint-Palais near Royan, where a summer house had been rented in Molinier's name. # speaker: trotsky # cite: L8190-8193 # add: laste
    The drivers, Leprince and Molinier, and Lasté who came with them, have described that journey in every detail. # speaker: goldman # cite: L8247-8249 # add: cassis-drivers-statements
    -> step4
+ [In the port of Marseille, with the luggage]
    No: the luggage went into the port; he did not. Where did the motorboat land? # speaker: narrator
    -> step3
+ [At Saint-Palais]
    That is where the drive ended. Where did the boat land? # speaker: narrator
    -> step3

= step4
It is a long drive. What happened on the way? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [Two months of illness]
    That comes after the arrival. What happened during the drive? # speaker: narrator
    -> step4
+ [A night in a hotel]
    We spent one night on the way in a hotel. The entries in its register have been traced, and I have handed them to the commission. # speaker: trotsky # cite: L8194-8195 # add: hotel-register-24-25-july
    The book gives neither the hotel nor the town. The night is that of 24 to 25 July, which follows from the landing and the arrival. # speaker: narrator # cite: L8194-8195, L8240
    -> step5
+ [The visitors at Saint-Palais]
    They come later. What happened during the drive? # speaker: narrator
    -> step4

= step5
And the luggage that went on to Marseille? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [Checked under Shachtman's name]
    All our luggage had been checked in Turkey under Max Shachtman's name, to keep the incognito. The crates that brought my books and papers to Mexico still show his initials. # speaker: trotsky # cite: L8196-8199 # add: shachtman
    Once the incognito was gone, GPU agents in Marseille could see whose luggage it was. My collaborators took it on towards Paris, so, I believe, the agents concluded I had gone to Paris too. # speaker: trotsky # expression: thinking # cite: L8199-8203 # add: shachtman-luggage-crates
    That is Trotsky's explanation of where Moscow's date came from. It explains; it does not prove where he was. # speaker: narrator # cite: L8229-8238
    -> step6
+ [Lost on the way]
    Nothing in the book says so. Under whose name had it travelled? # speaker: narrator
    -> step5
+ [The fire at Saint-Palais]
    Not yet. First, what became of the luggage? # speaker: narrator
    -> step5

= step6
Who else was watching the landing? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [The press, and the New York Times]
    The press lost our trail right after the landing; by 24 July it was already guessing where we had gone. # speaker: trotsky # cite: L8215, L8226-8227
    After the January trial, the New York Times searched its own correspondents' wires from 1933. # speaker: goldman # cite: L8216-8218
    A telegram from Marseille, dated 25 July 1933: the ship arrived after Trotsky had gone ashore secretly; three miles out he boarded a motorboat and landed at Cassis, where a car was waiting. # speaker: goldman # cite: L8218-8222
    -> source_check
+ [The Sûreté files in Paris]
    Later: the authorities come after the arrival. First, what did the press see? # speaker: narrator
    -> step6
+ [The landlord's niece]
    She comes into it after the fire. First, what did the press see? # speaker: narrator
    -> step6

= source_check
# scene: Source check · A newspaper telegram of 1933
Before we use the newspaper, weigh it. # speaker: narrator
When was the report underneath this article written? # speaker: narrator # check: nyt-1937-02-17 when
* [25 July 1933, the day after the landing #best]
    Yes. It was written three and a half years before anyone claimed a meeting in the Bois de Boulogne, so it cannot have been shaped to answer Romm. # speaker: narrator # cite: L8220
* [17 February 1937, after the trial]
    That is when the paper reprinted it. The telegram it quotes is dated 25 July 1933, long before Romm spoke. # speaker: narrator # cite: L8216-8220
* [The book does not say]
    It does: the telegram is dated 25 July 1933. # speaker: narrator # cite: L8220
- Who wrote it? # speaker: narrator # check: nyt-1937-02-17 who
* [A New York Times correspondent in Marseille #best]
    Yes. Not Trotsky, not one of his friends: a reporter with no stake in the Moscow trials, writing for his paper. # speaker: narrator # cite: L8216-8220
* [Trotsky's friends]
    No. The telegram came from the paper's own correspondent in Marseille. # speaker: narrator # cite: L8216-8220
* [The French police]
    No. It was a newspaper correspondent's wire. # speaker: narrator # cite: L8216-8220
- How does it reach us? # speaker: narrator # check: nyt-1937-02-17 how-transmitted
* [The paper reprinted it in 1937; we read it in Trotsky's book, in German #best]
    Yes. Three steps: the 1933 wire, the 1937 reprint, the book's translation. Words can change at each: in the book's version a later sentence puts a town in the wrong place, and no one can say at which step. # speaker: narrator # cite: L8216-8224
* [Directly from the 1933 wire]
    Not quite. We have the paper's 1937 reprint, as translated in Trotsky's book. # speaker: narrator # cite: L8216-8218
* [From the Moscow trial record]
    No. The trial record says nothing of the landing. # speaker: narrator
- What does it prove, and what not? # speaker: narrator # check: nyt-1937-02-17 proves
* [It proves he was at Saint-Palais at the end of July]
    No. It ends at Cassis with a waiting car. Where the car went, it does not say. # speaker: narrator # cite: L8221-8222
* [It proves a secret landing at Cassis, not where he went next #best]
    Yes. The same article says contradictory rumours followed; the press had lost the trail. It confirms the landing, and no more. # speaker: narrator # cite: L8215, L8221-8224
* [It proves nothing, because it is a newspaper]
    Too harsh. A contemporary report by an outsider is strong evidence for what it actually reports: the landing at Cassis. # speaker: narrator # cite: L8218-8222
- The same issue printed Trotsky's own statement, five hundred kilometres away and ill. Which of the two needs the other? # speaker: narrator # check: nyt-1937-02-17 compare
* [Trotsky's statement needs the 1933 telegram #best]
    Yes. His statement is that of an interested party, written in 1937. The telegram is an outsider's, written at the time, and it backs the first step of his account. # speaker: narrator # cite: L8130-8134, L8216-8222
* [The telegram needs Trotsky's statement]
    The other way round. The outsider's report, made at the time, is what lends weight to the interested party's account. # speaker: narrator # cite: L8130-8134, L8216-8222
* [Neither needs the other]
    They support each other unequally. The telegram, written at the time by an outsider, is the stronger of the two. # speaker: narrator # cite: L8130-8134, L8216-8222
- Trotsky remarks that the report does the correspondent credit. It confirms his account of the landing. # speaker: narrator # cite: L8225-8226
-> step7

= step7
25 July. You reach Saint-Palais. What marked that day? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [The prefect's secret telegram]
    That is how the authorities learned of it. What happened at the house that day? # speaker: narrator
    -> step7
+ [A fire on the property]
    With my son and three French friends, we arrived at Saint-Palais on 25 July. That same day a fire broke out on the property: an arbour, part of the fence and some trees burned. # speaker: trotsky # cite: L8238-8244
    Sparks from a locomotive had started it. # speaker: trotsky # cite: L8243-8244
    The local papers of 26 July reported it. A few hours after the fire the landlord's niece came to look at the damage. # speaker: trotsky # cite: L8244-8246 # add: local-papers-1933-07-26
    The fire brigade's certificate confirms the date of the fire. # speaker: goldman # cite: L8249-8250 # add: fire-brigade-certificate
    The reporter Albert Bardon, who sent the press his reports on the fire, saw Trotsky in the car and has testified to it. The landlord's niece has made a statement too. # speaker: goldman # cite: L8250-8252 # add: bardon
    The book gives no hour for Bardon's sighting; it ties it to his reporting on the fire. And it does not say what the niece's statement contains. # speaker: narrator # cite: L8245-8252 # add: bardon-statement
    Entered: the local papers, the fire brigade's certificate, Bardon's statement, the niece's statement. # speaker: narrator # add: landlords-niece-statement # add: landlords-niece # sfx: paper
    -> step8
+ [A quiet evening with friends]
    The book says otherwise: the day was anything but quiet. # speaker: narrator
    -> step7

= step8
And the days after the arrival? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [Lumbago and fever]
    Vera Lanis, who had taken on the housekeeping, and Segal, who helped us set up the house, were waiting for us. # speaker: trotsky # cite: L8253-8254 # add: vera-lanis
    All of them spent the last days of July with us, and saw that I had barely arrived at Saint-Palais before I had to lie down with lumbago and fever. # speaker: trotsky # cite: L8254-8257 # add: segal
    Entered: the statements of Vera Lanis and Segal. They were of his household. # speaker: narrator # add: lanis-segal-statements # sfx: paper
    -> step9
+ [A drive to Paris]
    That is Romm's story, not the witness's. What do the people in the house say? # speaker: narrator
    -> step8
+ [The move to Barbizon]
    That is November. What about the last days of July? # speaker: narrator
    -> step8

= step9
Did the authorities know where you were? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [Yes: the prefect was told at once]
    A secret telegram from Paris told the prefect of Charente Inférieure of our arrival at once. We lived incognito; only senior Sûreté Générale officials in Paris checked our papers, and our route can surely be traced there. # speaker: trotsky # cite: L8261-8265
    Entered as a record the book says exists. Neither the telegram nor the Sûreté files are produced. # speaker: narrator # add: prefect-secret-telegram
    -> step10
+ [No one knew]
    Not so, by his account: the state knew, though the public did not. # speaker: narrator
    -> step9
+ [The newspapers followed him there]
    No: the press had lost the trail. Who in the state knew? # speaker: narrator
    -> step9

= step10
How long were you at Saint-Palais, and who saw you there? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [Two months ill; dozens of visitors]
    I was ill at Saint-Palais for two months, under a doctor's care. # speaker: trotsky # cite: L8265-8266 # add: saint-palais-illness
    In the Times I wrote that about thirty friends visited me there. Counting later from memory and notes, it was at least fifty: about thirty French, mostly Parisians, and Dutch, Belgian, English, Italian, German and Swiss visitors. # speaker: trotsky # cite: L8266-8270
    Among them the writer André Malraux, my translator Parichanin, the Dutch deputy Sneevliet, the journalists Schmidt and de Kadt, Paton of the Independent Labour Party. Emigrants I do not name; all will confirm it. # speaker: trotsky # cite: L8270-8278
    Had I spent the end of July in Paris, most of them would not have needed to travel to Royan. # speaker: trotsky # cite: L8278-8280 # add: saint-palais-visitors
    The two counts are his own; he explains the higher one as a later recount. It is not a contradiction. # speaker: narrator # cite: L8266-8268
    -> step11
+ [Three days, then Paris]
    That is what Moscow assumed, not what the witness says. # speaker: narrator # cite: L8229-8238
    -> step10
+ [Two months alone, with no visitors]
    No: by his account, dozens came. # speaker: narrator
    -> step10

= step11
And the four who went on with the luggage? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [They rejoined him later]
    Three of the four came from Paris to Royan. Only Max Shachtman went on via Le Havre to New York, without being able to say goodbye. # speaker: trotsky # cite: L8281-8283
    I have given the commission his letter of 8 August 1933, in which he regrets being cut off from us on the way without even a farewell. # speaker: trotsky # cite: L8283-8286 # add: shachtman-letter-1933-08-08
    -> step12
+ [They stayed in Marseille]
    Not by the book: they went on towards Paris. # speaker: narrator # cite: L8199-8202
    -> step11
+ [They were at Saint-Palais when he arrived]
    No: only Trotsky and his wife left the ship. Who was where? # speaker: narrator # cite: L8187-8188
    -> step11

= step12
And after Saint-Palais? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
+ [The Pyrenees, then Barbizon]
    At the start of October I was better, and friends drove me to "Bagneur" in the Pyrenees, further still from Paris. My wife and I spent October there. # speaker: trotsky # cite: L8287-8289
    Because all had gone quietly, the government let us come nearer the capital, but outside the Seine department. In early November we moved to a small house at Barbizon. # speaker: trotsky # cite: L8289-8294
    From Barbizon I did go into Paris a few times, always with two or three friends, on a programme fixed in advance; every flat and every visitor can be established. But that was the winter of 1933. # speaker: trotsky # cite: L8294-8298 # add: autumn-1933-movements
    -> dx_done
+ [Straight to Paris]
    Not by his account: Paris came only later, from Barbizon, in the winter. # speaker: narrator
    -> step12
+ [Back to Turkey]
    No: he stayed in France. # speaker: narrator
    -> step12

= dx_done
Now put those days on the board, next to Romm's claim. # speaker: goldman
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
29 June: the interior minister allows him a southern department, later Corsica. Permission, not presence.
-> DONE
= card_claim
# lane: romm
# who: trotsky, romm
# where: paris
# day: 1933-07-25..1933-07-31
# certainty: claim
# cite: L7954-7963, L7977-7978
# fixed
CLAIM: "end of July 1933", Sedov brings Romm to Trotsky in the Bois de Boulogne, Paris; 20 to 25 minutes.
-> DONE
= card_bolgaria
# lane: trotsky
# who: trotsky
# day: 1933-07-24
# certainty: account
# cite: L8136-8138, L8179-8188
24 July: the Bolgaria stops off Marseille; Trotsky and his wife leave by motorboat (ship's log and press cited, not produced).
-> DONE
= card_sedov_boat
# lane: sedov
# who: sedov
# day: 1933-07-24
# certainty: account
# cite: L8176-8187
24 July: Sedov in the motorboat, with Molinier and a Sûreté commissioner; he boards the ship.
-> DONE
= card_companions
# lane: companions
# who: companions
# where: marseille
# day: 1933-07-24
# certainty: account
# cite: L8187-8188
24 July: the four collaborators and all the luggage go on to Marseille.
-> DONE
= card_cassis
# lane: trotsky
# who: trotsky
# day: 1933-07-24
# certainty: witnesses
# cite: L8189-8193, L8247-8249
24 July: landing at Cassis; two cars; the drive north-west starts at once (Leprince, Molinier, Lasté).
-> DONE
= card_press_guessing
# lane: trotsky
# day: 1933-07-24
# certainty: account
# cite: L8215, L8226-8227
24 July: the press has lost the trail and is already guessing.
-> DONE
= card_hotel
# lane: trotsky
# who: trotsky
# day: 1933-07-24
# certainty: document
# cite: L8194-8195
Night of 24 to 25 July (date inferred): a hotel on the road; the register is with the commission.
-> DONE
= card_nyt
# lane: trotsky
# who: trotsky
# day: 1933-07-25
# certainty: document
# cite: L8216-8222
25 July: New York Times telegram from Marseille reports the secret landing at Cassis and a waiting car. It does not say where the car went.
-> DONE
= card_arrival
# lane: trotsky
# who: trotsky
# where: saint-palais
# day: 1933-07-25
# certainty: witnesses
# cite: L8238-8240
25 July: arrival at Saint-Palais near Royan, with Sedov and three French friends.
-> DONE
= card_sedov_arrival
# lane: sedov
# who: sedov
# where: saint-palais
# day: 1933-07-25
# certainty: witnesses
# cite: L8238-8240
25 July: Sedov arrives at Saint-Palais with his parents. The book does not say where he was afterwards.
-> DONE
= card_fire
# lane: place
# where: saint-palais
# day: 1933-07-25
# certainty: document
# cite: L8240-8244, L8249-8250
25 July: fire on the property (arbour, fence, trees; sparks from a locomotive); the fire brigade certifies the date.
-> DONE
= card_niece
# lane: place
# where: saint-palais
# day: 1933-07-25
# certainty: witnesses
# cite: L8245-8246
25 July: a few hours after the fire, the landlord's niece comes to inspect the damage.
-> DONE
= card_papers
# lane: place
# where: saint-palais
# day: 1933-07-26
# certainty: document
# cite: L8244-8245
26 July: the local papers report the fire.
-> DONE
= card_bardon
# lane: trotsky
# who: trotsky
# day: 1933-07-25..1933-07-26
# certainty: witnesses
# cite: L8250-8251
The reporter Albert Bardon, covering the fire, sees Trotsky in the car. The book ties the sighting to his fire reports and gives no hour.
-> DONE
= card_sickbed
# lane: trotsky
# who: trotsky
# where: saint-palais
# day: 1933-07-25..1933-07-31
# certainty: witnesses
# cite: L8253-8257
The last days of July: in bed with lumbago and fever; Vera Lanis and Segal in the house.
-> DONE
= card_illness
# lane: trotsky
# who: trotsky
# where: saint-palais
# day: 1933-08-01..1933-09
# certainty: account
# cite: L8265-8266
August and September: ill at Saint-Palais under a doctor's care, two months in all.
-> DONE
= card_visitors
# lane: place
# where: saint-palais
# day: 1933-07-25..1933-09
# certainty: account
# cite: L8266-8281
At least fifty visitors come to Saint-Palais, about thirty of them French, mostly from Paris.
-> DONE
= card_shachtman
# lane: companions
# who: companions
# day: 1933-08-08
# certainty: document
# cite: L8281-8286
8 August: Shachtman's letter regrets parting on the way without a goodbye (Trotsky adds: he sailed from Le Havre; three others came from Paris to Royan).
-> DONE
= card_bagneur
# lane: trotsky
# who: trotsky
# where: pyrenees
# day: 1933-10
# certainty: account
# cite: L8287-8289
October: "Bagneur" in the Pyrenees, further still from Paris.
-> DONE
= card_barbizon
# lane: trotsky
# who: trotsky
# where: barbizon
# day: 1933-11
# certainty: account
# cite: L8291-8298
From early November: Barbizon; a few day trips to Paris, in company, in the winter of 1933.
-> DONE
= done
One person, two places: the claim puts Trotsky in Paris at the end of July, while the witnesses put him at Saint-Palais, ill in bed, about five hundred kilometres away. # speaker: goldman # cite: L8130-8133, L8238-8257
Notice what the board does not show. Sedov appears only where the book places him, and the minister's letter shows permission, not presence. # speaker: narrator # cite: L8144-8149, L8176-8177
Most of what puts him at Saint-Palais comes from his friends. Is there anything else that fixes the day? # speaker: dewey # cite: L8244-8251 # dramatized: the book does not record this question
-> DONE

=== deduce_day ===
# deduction: deduce_day
# title: Fixing the Day
# prompt: Which two records together tie the arrival at Saint-Palais to a public, datable event and to someone not of his household who saw him?
# after: resume_bois
-> DONE
= right
# combine: fire-brigade-certificate + bardon-statement
# combine: local-papers-1933-07-26 + bardon-statement
Public records date the fire: 25 July, in the papers of 26 July and the fire brigade's certificate. And the reporter who covered that fire for the press saw Trotsky in the car. # speaker: goldman # cite: L8244-8245, L8249-8251
So the arrival at Saint-Palais on 25 July rests on a public event and a reporter's statement, not only on the household's memories. # speaker: goldman # cite: L8240-8242 # add: deduction-arrival-25-july
The book names Bardon only by his trade and gives no hour for the sighting; the link is his reporting on the fire. # speaker: narrator # cite: L8250-8251
-> DONE
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
