// Sitting 3: timeline board 3 "December 1935" (board_december) and CE-8 "The Rescue Version"
// (ce_variant, the Tidens Tegn hypotheses, L8808-8826).
// Board: the claimed days are ranges only (Pitfall 3). The only clash the board shows is
// Trotsky in two places (Veksal, a villa suburb). The airfield cards carry no "who", so no
// false clash; the Berliner Tageblatt card carries no "who" either (Pitfall 4).
// CE-8 is dramatized (basis L8808-8826), labelled on screen: the book does not say the variant
// was raised at the hearing. Finnerty, counsel to the sub-commission, puts it as a test.
// Every "perhaps" that contradicts a page of the Moscow report accepts that page (issue 15.4).

=== board_december ===
# board: board_december
# title: December 1935
# after: after_board
# cells: 1935-09-19=19 Sep 1935; gap-autumn=20 Sep – 30 Nov 1935; 1935-12-01..1935-12-31; gap-winter=Jan – Apr 1936; 1936-05-01=1 May 1936
# lanes: pyatakov=Pyatakov (Moscow account); veksal=Trotsky's household, Veksal; kjeller=Kjeller airfield; press=Press
-> DONE

= card_berlin
# lane: pyatakov
# who: pyatakov
# where: berlin
# day: 1935-12-10
# certainty: account
# cite: L8403-8407
# fixed
Pyatakov arrives in Berlin on official business (Trotsky does not dispute it).
-> DONE

= card_last_before
# lane: kjeller
# where: kjeller
# day: 1935-09-19
# certainty: document
# cite: L8755-8759
# fixed
Last foreign aircraft at Kjeller before the gap: English G.A.Z.S.F. from Copenhagen, pilot Robertson.
-> DONE

= card_first_after
# lane: kjeller
# where: kjeller
# day: 1936-05-01
# certainty: document
# cite: L8759-8760
# fixed
First foreign aircraft at Kjeller after the gap.
-> DONE

= card_meeting
# lane: pyatakov
# who: pyatakov, trotsky
# where: villa-suburb
# day: 1935-12-11..1935-12-15
# certainty: claim
# cite: L8392, L8411-8412, L8490-8495, L8539-8545
CLAIM (Pyatakov): in "the first half of December", after reaching Berlin, he flew to Oslo and talked with Trotsky in a villa suburb, 3:30 to 5:30 p.m. No day: any day after Berlin in that half will do.
-> DONE

= card_overnight
# lane: kjeller
# where: kjeller
# day: 1935-12-11..1935-12-16
# certainty: inference
# cite: L8653-8655, L8680-8688, L8755-8756
INFERENCE: if the special plane flew him back, it stood on Kjeller airfield through the night after the claimed flight, fifteen hours or more. No date given: a claimed day or the night after will do.
-> DONE

= card_household
# lane: veksal
# who: trotsky
# where: veksal
# day: 1935-12-01..1935-12-31
# certainty: witnesses
# cite: L201-204, L4194-4198
Knudsen, his host, and Wolf, his secretary, state in the press that in December 1935 Trotsky made no journey and received no Russian visitor. The whole month: any day of it will do.
-> DONE

= card_study
# lane: veksal
# where: veksal
# day: 1935-12-01..1935-12-31
# certainty: account
# cite: L8322-8325
Trotsky's account of the house at Veksal: visitors reached his study only through the Knudsens' flat and met the family. Any December day will do.
-> DONE

= card_gap
# lane: kjeller
# where: kjeller
# day: gap-autumn..gap-winter
# certainty: document
# cite: L8750-8751, L8761-8763
Customs book, as the director read it: between the landing of 19 September 1935 and that of 1 May 1936, no foreign aircraft at Kjeller. Any day of the gap will do.
-> DONE

= card_linkoping
# lane: kjeller
# where: kjeller
# day: 1935-12-01..1935-12-31
# certainty: document
# cite: L8747-8749
The airfield director: that December, only one plane came down at Kjeller, a Norwegian one from Linköping, with no passengers. He gives no day: any December day will do.
-> DONE

= card_aftenposten
# lane: press
# day: 1935-12-01..1935-12-31
# certainty: document
# cite: L8692-8695
Aftenposten, evening edition of 25 January 1937: not one foreign aircraft arrived in Oslo in December 1935. That issue is off this board: place the month it reports on.
-> DONE

= card_tageblatt
# lane: press, pyatakov
# day: 1935-12-21
# certainty: document
# cite: L8415-8419
Berliner Tageblatt of 21 December 1935: Pyatakov is "at present" in Berlin. A newspaper goes on its issue date; it does not date his movements.
-> DONE

= done
One man, two places. The claim puts Mr Trotsky in a villa suburb on one of those days; his household puts him at Veksal all month. # speaker: goldman # cite: L201-204, L4194-4198, L8492-8495 # dramatized: counsel's words are not recorded; the facts are the book's
And the claimed landing falls inside the customs book's gap, which runs from September to May, far wider than December. # speaker: goldman # cite: L8761-8763, L8781-8783 # dramatized: counsel's words are not recorded; the facts are the book's
The one December landing does not help Moscow: a Norwegian plane from Linköping, with no passengers. # speaker: goldman # cite: L8747-8749 # dramatized: counsel's words are not recorded; the facts are the book's
Note what the board leaves out. No exact day: Pyatakov said only "the first half of December". And the Tageblatt dates its own issue; it does not place him on any night. # speaker: narrator # cite: L8392, L8415-8419
Mrs Trotsky's trip to a doctor in Oslo would belong here too, but the book gives no date for it. An undated card stays off the board. # speaker: narrator # cite: L8535
-> DONE

=== after_board ===
# scene: Coyoacán · the Norwegian papers after the verdict
One more thing, Mr Goldman. After the verdict, a Norwegian paper offered a different version of the flight. I will put it to the witness. # speaker: finnerty # cite: L8808-8810 # dramatized: the book does not say this version came up at the hearing; staged as Finnerty's test
The paper is Tidens Tegn. Mr Trotsky calls it a "yellow" paper, of the Hearst kind. That is his label, and he is hardly neutral. # speaker: narrator # cite: L8808-8810 # add: tidens-tegn-variant
Each "perhaps" moves the story. Answer each one with Pyatakov's own words, from the Moscow report. # speaker: narrator
-> ce_variant

=== ce_variant ===
# cross: ce_variant
# title: The Rescue Version
# witness: finnerty
# place: Coyoacán, April 1937 (dramatized)
# after: wrap_up
-> DONE

= s1
# answer: moscow-report-pyatakov-arrival, moscow-report-session-1937-01-27
# speaker: finnerty
# cite: L8810-8812
# dramatized: Tidens Tegn's hypothesis (L8810-8812) in Finnerty's mouth
Perhaps the German plane came down not at the airfield but on a frozen fjord.
-> DONE

= s1_press
A fjord has no customs book. # speaker: finnerty # dramatized: counsel's words are not recorded
And no one can check it. But check it against whom? Let us see where the man himself said he landed. # speaker: goldman # dramatized: counsel's words are not recorded
-> DONE

= s1_right
# objection
# breakthrough
# music: breakthrough
Objection! Pyatakov himself said where he landed. # speaker: goldman # sfx: objection # dramatized: counsel's words; the argument is the book's (L8819-8821)
{ presented == "moscow-report-session-1937-01-27":
    On 27 January he confirmed it: an airfield near Oslo, "I remember it well." # speaker: goldman # cite: L8703-8705 # dramatized: counsel's words are not recorded; the facts are the book's
- else:
    "At about three in the afternoon we landed at the airfield in Oslo." His words, in the report. On the 27th he repeated: near Oslo, and he remembers it well. # speaker: goldman # cite: L8490-8492, L8703-8705 # dramatized: counsel's words are not recorded; the facts are the book's
}
We do not need to prove that nothing could come down anywhere in Norway. The fjord contradicts the only witness to the flight. # speaker: goldman # cite: L8819-8821 # dramatized: counsel's words are not recorded; the facts are the book's
-> DONE

= s1_wrong_arbeiderbladet
# wrong: arbeiderbladet-1937-01-29
Kjeller's book covers Kjeller. It cannot speak for a fjord. The answer must come from Pyatakov's own words. # speaker: narrator # cite: L8744-8763, L8819-8821
-> DONE

= s1_wrong_mission
# wrong: soviet-mission-report
That report is about the airfield being open. The variant has left the airfield behind. # speaker: narrator # cite: L8705-8712
-> DONE

= s1_wrong_veksal
# wrong: fact-veksal-residence
That is about the drive. Where did Pyatakov say the plane came down? # speaker: narrator # cite: L8490-8492
-> DONE

= s1_wrong_aftenposten
# wrong: aftenposten-1937-01-25
Aftenposten spoke of Oslo's airfield. A fjord lies outside what it checked. Use the witness's own words. # speaker: narrator # cite: L8692-8695
-> DONE

= s1_hints
Where does the variant put the landing? # hint: 1
Open Pyatakov's arrival page and read the landing line. # hint: 2 # point: moscow-report-pyatakov-arrival.landing
Name it: a frozen fjord, against his sworn "airfield in Oslo". # hint: 3
-> DONE

= s2
# answer: moscow-report-pyatakov-arrival
# speaker: finnerty
# cite: L8812-8814
# dramatized: Tidens Tegn's hypothesis (L8812-8814) in Finnerty's mouth
Perhaps he met Mr Trotsky in the forest, in a hut, not in a villa suburb.
-> DONE

= s2_press
A hut in the forest. Did Pyatakov describe anything like that? # speaker: goldman # dramatized: counsel's question is not recorded
The variant gives up his house to save his flight. # speaker: narrator # cite: L8819-8821
-> DONE

= s2_right
# objection
Objection! The report says "a villa suburb" and "a small house, not badly furnished". A forest hut is neither. # speaker: goldman # sfx: objection # cite: L8493-8495 # dramatized: counsel's words; the contrast is the book's (L8812-8814)
-> DONE

= s2_wrong_veksal
# wrong: fact-veksal-residence
Trotsky's house was in a village, not a forest hut, but the variant's trouble is the witness. What did Pyatakov say the place was? # speaker: narrator # cite: L8493-8495
-> DONE

= s2_wrong_journey
# wrong: moscow-report-pyatakov-journey
Right witness, wrong page. This one ends at Tempelhof. Which page describes the house? # speaker: narrator # cite: L8451-8465
-> DONE

= s2_wrong_telegram
# wrong: knudsen-telegram-1937-01-29, knudsen-wolf-statements
# close
Close: Knudsen's household denies any meeting that month, this one included. But the variant came after his telegram, to get round the Norwegian evidence. Answer it with the witness's own words. No mark lost. # speaker: narrator # cite: L8717-8724, L8808-8812
-> DONE

= s2_hints
Where does the variant put the meeting? # hint: 1
Open Pyatakov's arrival page: the place. # hint: 2 # point: moscow-report-pyatakov-arrival.place
Name it: a hut in the forest, against his own "villa suburb" and "small house". # hint: 3
-> DONE

= s3
# answer: moscow-report-pyatakov-arrival
# speaker: finnerty
# cite: L8814-8815
# dramatized: Tidens Tegn's hypothesis (L8814-8815) in Finnerty's mouth
Perhaps the place was three hours from Oslo, not thirty minutes.
-> DONE

= s3_press
Three hours is closer to where Mr Trotsky really lived. # speaker: finnerty # dramatized: counsel's words are not recorded
Closer to the facts, and further from the testimony. Which does the variant mean to rescue? # speaker: goldman # cite: L8567-8570 # dramatized: counsel's words are not recorded
-> DONE

= s3_right
# objection
# breakthrough
# music: breakthrough
Objection! Pyatakov said "about thirty minutes" by car. Move the house three hours out, and the variant saves the flight by throwing away the witness. # speaker: goldman # sfx: objection # cite: L8492-8493, L8819-8821 # dramatized: counsel's words; the argument is the book's
-> DONE

= s3_wrong_veksal
# wrong: fact-veksal-residence
# close
Close: the residence does carry a travel time, but the variant has moved toward it, so the two now agree. What does three hours disagree with? No mark lost. # speaker: narrator # cite: L8567-8570
-> DONE

= s3_wrong_aftenposten
# wrong: aftenposten-1937-01-25
Aftenposten is about aircraft. This is about the drive. # speaker: narrator # cite: L8692-8695
-> DONE

= s3_wrong_telegram
# wrong: knudsen-telegram-1937-01-29, knudsen-wolf-statements
# close
Close: Knudsen's household denies any meeting that month, this one included. But the variant came after his telegram, to get round the Norwegian evidence. Answer it with the witness's own words. No mark lost. # speaker: narrator # cite: L8717-8724, L8808-8812
-> DONE

= s3_hints
How long does the variant make the journey? # hint: 1
Open Pyatakov's arrival page: the drive. # hint: 2 # point: moscow-report-pyatakov-arrival.drive
Name it: three hours, against his own "about thirty minutes". # hint: 3
-> DONE

= s4
# answer: moscow-report-pyatakov-arrival
# speaker: finnerty
# cite: L8815-8816
# dramatized: Tidens Tegn's hypothesis (L8815-8816) in Finnerty's mouth
Perhaps he came by sledge, or on skis, and not by car.
-> DONE

= s4_press
A sledge, in December, from an airfield. How did Pyatakov say he left it? # speaker: goldman # dramatized: counsel's question is not recorded
Again the variant corrects the witness rather than the critics. # speaker: narrator # cite: L8819-8821
-> DONE

= s4_right
# objection
Objection! "A car was waiting. We got into it and drove off." That is the report, not a sledge. # speaker: goldman # sfx: objection # cite: L8492-8493 # dramatized: counsel's words; the contrast is the book's (L8815-8816)
-> DONE

= s4_wrong_telegram
# wrong: knudsen-telegram-1937-01-29, knudsen-wolf-statements
# close
Close: Knudsen's household denies any meeting that month, this one included. But the variant came after his telegram, to get round the Norwegian evidence. Answer it with the witness's own words. No mark lost. # speaker: narrator # cite: L8717-8724, L8808-8812
-> DONE

= s4_wrong_journey
# wrong: moscow-report-pyatakov-journey
Right witness, wrong page. This one ends with the take-off in Berlin. Which page has the drive? # speaker: narrator # cite: L8451-8465
-> DONE

= s4_wrong_bukhartsev
# wrong: moscow-report-bukhartsev
Bukhartsev speaks of the plane, not of what waited at the other end. # speaker: narrator # cite: L8653-8655
-> DONE

= s4_wrong_veksal
# wrong: fact-veksal-residence
Chains on the wheels in winter: a car, yes, but that is Trotsky's statement about his own road. What did Pyatakov say? # speaker: narrator # cite: L8567-8570
-> DONE

= s4_hints
How does the variant move him from the plane to the house? # hint: 1
Open Pyatakov's arrival page: the drive. # hint: 2 # point: moscow-report-pyatakov-arrival.drive
Name it: by sledge or skis, against his own "a car was waiting". # hint: 3
-> DONE

= s5
# answer: moscow-report-pyatakov-journey
# speaker: finnerty
# cite: L8816-8817
# dramatized: Tidens Tegn's hypothesis (L8816-8817) in Finnerty's mouth
Perhaps the meeting was on 21 to 22 December, not earlier in the month.
-> DONE

= s5_press
Late December, when he was still in Berlin on business. # speaker: finnerty # dramatized: counsel's words; the book dates his stay only by the Tageblatt's issue (L8415-8419)
Which half of December did he name? # speaker: goldman # dramatized: counsel's question is not recorded
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
Objection! He put the journey "in the first half of December". The 21st and 22nd lie in the second half. # speaker: goldman # sfx: objection # cite: L8392, L8816-8817 # dramatized: counsel's words; the contrast is the book's
Mr Trotsky compares the whole variant to passing off the Copenhagen café for the Hotel Bristol. # speaker: narrator # cite: L8817-8819
-> DONE

= s5_wrong_tageblatt
# wrong: berliner-tageblatt-1935-12-21
The Tageblatt says "at present in Berlin" on its issue date. It does not place him on the night of the 21st, and the book does not use it so. Neither do we. # speaker: narrator # cite: L8415-8419
-> DONE

= s5_wrong_telegram
# wrong: knudsen-telegram-1937-01-29, knudsen-wolf-statements
# close
Close: Knudsen's household denies any meeting that month, this one included. But the variant came after his telegram, to get round the Norwegian evidence. Answer it with the witness's own words. No mark lost. # speaker: narrator # cite: L8717-8724, L8808-8812
-> DONE

= s5_wrong_letter
# wrong: gulliksen-letter
The letter confirms an interview. It gives no date for Pyatakov. # speaker: narrator # cite: L8764-8779
-> DONE

= s5_wrong_arrival
# wrong: moscow-report-pyatakov-arrival
Right witness, wrong page. This page never names the half of the month. The first page does. # speaker: narrator # cite: L8392
-> DONE

= s5_hints
Which half of the month does the variant choose? # hint: 1
Open Pyatakov's journey page and read the first line: when. # hint: 2 # point: moscow-report-pyatakov-journey.when
Name it: "the first half of December", against 21 to 22 December. # hint: 3
-> DONE

= wrong
That does not answer this "perhaps". Set it against the page of the Moscow report where Pyatakov says the opposite. # speaker: narrator
-> DONE
