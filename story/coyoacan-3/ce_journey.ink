// Sitting 3, CE-6 "The Journey": Pyatakov's account read from the Moscow report (L8392-8573).
// Outline: ../shared/design/cases/02-coyoacan-b.md, CE-6. Goldman reads the pages into the
// record (labelled on screen with # dramatized); Trotsky answers; commissioners' lines are
// labelled too. Six statements, three contradictions (s4, s5, s6); proofs in proofs.json.
// The day is shown only as a range (Pitfall 3).

=== ce_journey ===
# cross: ce_journey
# title: The Journey
# witness: pyatakov
# transcript: moscow-report-pyatakov-journey
# place: The Moscow report, read at Coyoacán, April 1937
# after: after_journey
-> DONE

= s1
# speaker: pyatakov
# cite: L8392-8394, L8411-8412
In the first half of December 1935 I was in Berlin on official business, and I met Bukhartsev of Izvestia the same day or the next.
-> DONE

= s1_press
Mr Trotsky, do you dispute that he was in Berlin? # speaker: goldman # dramatized: counsel's question; the book answers the point (L8403-8407)
Not at all. He came to Berlin on official business on 10 December 1935. The German and Soviet papers will have noted when he arrived and when he went home. # speaker: trotsky # cite: L8403-8407
Here is one. The Berliner Tageblatt of 21 December reports him "at present" in Berlin, with Smolensky of the foreign-trade commissariat, negotiating orders with German firms. # speaker: goldman # cite: L8415-8419 # add: berliner-tageblatt-1935-12-21 # dramatized: counsel's words are not recorded; the facts are the book's
A real trip, then. That is why the story had to be fitted to it, and why it landed in so unlucky a month as December. That is my reading. # speaker: trotsky # expression: thinking # cite: L8407-8410
And Bukhartsev? # speaker: dewey # dramatized: the chairman's question is not recorded; the book answers the point (L8399-8402)
Pyatakov says Bukhartsev was in touch with me. I knew nothing of the man, in person or in print. I hardly ever see Izvestia. # speaker: trotsky # cite: L8399-8402
How did Bukhartsev supposedly warn you that Pyatakov was coming? By letter, by a coded wire, to which address? Nobody in that courtroom asked. # speaker: trotsky # cite: L8423-8425
Trotsky accepts the Berlin trip. The question is what happened after it. # speaker: narrator
-> DONE

= s2
# speaker: pyatakov
# cite: L8426-8434
Trotsky's messenger, "something like Heinrich or Gustav", brought me a note, "J. L., the bearer can be trusted absolutely", and we met in the Tiergarten for a minute and a half, perhaps two.
-> DONE

= s2_press
"Absolutely" was underlined, he says. That one word is the most precise thing in the whole note. # speaker: goldman # cite: L8428-8430 # dramatized: counsel's words are not recorded; the facts are the book's
He also said, twice, that the trip carried "the greatest risk" of being found out. Those words are in the foreign edition of the report. The Russian edition leaves them out. # speaker: trotsky # cite: L8434-8437 # update: moscow-report-pyatakov-journey editions
A Soviet official abroad is watched closely. He could not leave Berlin for two days without telling the Soviet offices where he went. I asked how, on 24 January and again on the 27th. No one put it to him. # speaker: trotsky # cite: L8437-8450
Later Bukhartsev named the messenger: Gustav Stirner. The name means nothing to me. # speaker: trotsky # cite: L8575-8578
-> DONE

= s3
# speaker: pyatakov
# cite: L8451-8465
Next morning, early, he was waiting at the entrance to Tempelhof. He showed a German passport made out for me and did the customs himself; I only signed. We got in and flew off.
-> DONE

= s3_press
"Early." At what hour? # speaker: goldman # cite: L8458-8461 # dramatized: counsel's question; the book asks it (L8458-8461)
The report never says. Nor whose name stood in that German passport, though he must have signed with it. Nor whether he had a Norwegian visa. Prosecutor, presiding judge, judges: all silent. # speaker: trotsky # cite: L8466-8479
I had asked exactly that. Question 4 of my thirteen: with which passport did he fly, and did he have a Norwegian visa? Papers all over the world printed it. # speaker: trotsky # cite: L8481-8489
A record cannot be contradicted on a name it never gives. What the court never asked is itself part of the record. # speaker: narrator
-> DONE

= s4
# answer: aftenposten-1937-01-25, knudsen-telegram-1937-01-29
# speaker: pyatakov
# cite: L8490-8492
We flew without a stop anywhere, and at about three in the afternoon we landed at the airfield in Oslo.
-> DONE

= s4_press
A foreign aeroplane comes down in Oslo in midwinter. Did anyone check his papers? Did the airfield notice? # speaker: goldman # cite: L8501-8503 # dramatized: counsel's question; the book asks it (L8501-8503)
He tells us nothing. It reads like a dream: no one stops him, no policeman, no customs officer. # speaker: trotsky # expression: thinking # cite: L8501-8505
Which day was this? # speaker: stolberg # dramatized: the book answers this point; who raised it is not recorded
He never says. Counting from his words, I put it on the 12th or 13th of December. That is my count, not his. # speaker: trotsky # cite: L8539
The airfield in Oslo, in December 1935, a foreign plane. Someone must have asked the airfield. # speaker: narrator
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
Objection! The Norwegian press asked the airfield the moment this testimony was reported. # speaker: goldman # sfx: objection # dramatized: counsel's words are not recorded; the facts are the book's
{ presented == "aftenposten-1937-01-25":
    Aftenposten, a conservative paper, had the answer in its evening edition of 25 January 1937: not a single foreign aircraft arrived in Oslo in December 1935. # speaker: goldman # cite: L8692-8695 # dramatized: counsel's words are not recorded; the facts are the book's
- else:
    Mr Knudsen's telegram to the prosecutor reports it as officially confirmed: no foreign or private aircraft landed at Oslo airfield in December 1935. Aftenposten had printed the same on 25 January. # speaker: goldman # cite: L8717-8721, L8692-8695 # dramatized: counsel's words are not recorded; the facts are the book's
}
-> DONE

= s4_wrong_tageblatt
# wrong: berliner-tageblatt-1935-12-21
The Berliner Tageblatt puts him in Berlin "at present" on the day of the issue. It says nothing about what landed in Oslo. # speaker: narrator # cite: L8415-8419
-> DONE

= s4_wrong_veksal
# wrong: fact-veksal-residence
Where Trotsky lived does not tell us what came down at the airfield. Keep the residence for the drive. # speaker: narrator # cite: L201-204
-> DONE

= s4_wrong_questions
# wrong: thirteen-questions-1937-01-27
Those are Trotsky's questions to Moscow. A question is not an answer from Norway. # speaker: narrator # cite: L8327-8330
-> DONE

= s4_wrong_communique
# wrong: communique-1937-01-24
The communiqué asks how he came and under what name. It does not report what the airfield saw. # speaker: narrator # cite: L8307-8327
-> DONE

= s4_hints
Re-read "landed at the airfield in Oslo". What kind of aircraft would that be, and in which month? # hint: 1
Open Aftenposten of 25 January 1937 and read what it reported. # hint: 2 # point: aftenposten-1937-01-25.reported
Name it: a foreign plane landing in Oslo in December 1935, against a report that not one arrived that month. # hint: 3
-> DONE

= s5
# answer: fact-veksal-residence, knudsen-wolf-statements
# speaker: pyatakov
# cite: L8492-8495
A car was waiting. We drove about thirty minutes to a villa suburb, and there, in a small house, not badly furnished, I saw Trotsky.
-> DONE

= s5_press
Which suburb? Which street? # speaker: goldman # dramatized: counsel's question; the book asks where the meeting was (L8519-8520)
He names no address, no district. Neither did Holtzman, for Copenhagen. # speaker: trotsky # cite: L4210-4212
"We got into the plane and flew off." "We got into the car and drove off." Not one living detail. He saw nothing and spoke to nobody, not even the man who brought him to my door. # speaker: trotsky # expression: thinking # cite: L8496-8500
He never says whether the house was Mr Trotsky's home or someone else's. # speaker: narrator # cite: L8519-8520
Thirty minutes. A villa suburb. Where did Mr Trotsky live that winter, and did he go anywhere? # speaker: la-follette # dramatized: the book answers this point; who raised it is not recorded
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
Objection! I lived at Veksal, 60 km from Oslo, in the Knudsens' house: a remote village, not a villa suburb, two hours at least from the airfield, more in winter with chains on the wheels. # speaker: trotsky # expression: angry # sfx: objection # cite: L201-204, L8567-8570
{ presented == "knudsen-wolf-statements":
    And he stayed there: his landlord and his secretary told the press he made no journey that month. # speaker: goldman # cite: L4194-4198 # dramatized: counsel's words are not recorded; the facts are the book's
- else:
    And he went nowhere: Knudsen and Wolf told the press he made no journey that month. # speaker: goldman # cite: L4194-4198 # dramatized: counsel's words are not recorded; the facts are the book's
}
So the house was not his, and he did not travel to it. Either way the report is wrong. The two hours are the witness's own figure; we note that. # speaker: dewey # cite: L4194-4198, L8567-8570 # dramatized: the chairman's words are not recorded
-> DONE

= s5_wrong_aftenposten
# wrong: aftenposten-1937-01-25
Aftenposten speaks of aircraft. This statement is about a car ride and a suburb. # speaker: narrator # cite: L8692-8695
-> DONE

= s5_wrong_telegram
# wrong: knudsen-telegram-1937-01-29
# close
Close: this is the right household, and the telegram denies the conversation. But this line is about where the house was. Which card says where Trotsky lived, and that he made no journey? No mark lost. # speaker: narrator # cite: L8717-8724
-> DONE

= s5_wrong_communique
# wrong: communique-1937-01-24
The communiqué asks Pyatakov to describe the flat. That is a question, not a fact about where the flat was. # speaker: narrator # cite: L8319-8322
-> DONE

= s5_wrong_tageblatt
# wrong: berliner-tageblatt-1935-12-21
A Berlin paper cannot tell us how long the drive in Norway took. # speaker: narrator # cite: L8415-8419
-> DONE

= s5_hints
Re-read "about thirty minutes… a villa suburb". # hint: 1
Open the card on where Trotsky lived: what kind of place, and did he travel that month? # hint: 2 # point: fact-veksal-residence.kind
Name it: a villa suburb thirty minutes out, against a remote village two hours away that he did not leave. # hint: 3
-> DONE

= s6
# answer: knudsen-telegram-1937-01-29, knudsen-wolf-statements
# speaker: pyatakov
# cite: L8495, L8521-8523, L8539-8545
I had not seen him since 1928. No third person was there; even the messenger stayed behind the door. We talked about two hours, and I left at half past five.
-> DONE

= s6_press
Two hours with an old friend after eight years apart. And where was Mrs Trotsky? # speaker: goldman # dramatized: counsel's question; the book asks it (L8519-8521)
We are not told. On the 24th I asked: did he see my wife? On the 27th: was she at home that day? Her trip to a doctor in Oslo is easy to check. No one asked him. # speaker: trotsky # cite: L8519-8521, L8532-8535
For some years, from about 1923 to 1928, we were close. He knew my family, and my wife always received him warmly. And he asks nothing about her? # speaker: trotsky # expression: pressed # cite: L8512-8514
He came at half past three and left at half past five. Did anyone feed him? Where did he sleep, with a German passport in his pocket? In which hotel? The prosecutor never asked. # speaker: trotsky # cite: L8539-8553
He says "since 1928". I would say since the end of 1927. It makes no difference here. # speaker: trotsky # cite: L8506-8507
The meeting took place in someone's house. Who lived in that house, and what did they say? # speaker: narrator
-> DONE

= s6_right
# objection
# breakthrough
# music: breakthrough
Objection! The people of Mr Trotsky's house have spoken. # speaker: goldman # sfx: objection # dramatized: counsel's words are not recorded
{ presented == "knudsen-telegram-1937-01-29":
    Konrad Knudsen, member of the Storting, telegraphed the prosecutor on 29 January: as Trotsky's landlord he confirms that no conversation between Trotsky and Pyatakov can have taken place in Norway in December 1935. # speaker: goldman # cite: L8717-8724 # dramatized: counsel's words are not recorded; the facts are the book's
- else:
    His landlord Konrad Knudsen and his secretary of the time, Erwin Wolf, both told the press: in December 1935 Trotsky received not one Russian visitor and made no journey. # speaker: goldman # cite: L4194-4198 # dramatized: counsel's words are not recorded; the facts are the book's
}
And no one came to my study except through the Knudsens' flat. Every acquaintance, without exception, was introduced to the family. # speaker: trotsky # cite: L8322-8325
-> DONE

= s6_wrong_aftenposten
# wrong: aftenposten-1937-01-25
Aftenposten is about aeroplanes. The statement is about a meeting in a house. # speaker: narrator # cite: L8692-8695
-> DONE

= s6_wrong_veksal
# wrong: fact-veksal-residence
The card tells us where the house was, not who came to it. # speaker: narrator # cite: L201-204
-> DONE

= s6_wrong_communique
# wrong: communique-1937-01-24
In the communiqué Trotsky asks whether the Knudsens saw Pyatakov. You need the Knudsens answering. # speaker: narrator # cite: L8322-8325
-> DONE

= s6_wrong_questions
# wrong: thirteen-questions-1937-01-27
The questions ask whether he saw Mrs Trotsky. Nobody answered them in Moscow. Who in Norway did answer? # speaker: narrator # cite: L8532-8535
-> DONE

= s6_hints
Re-read "no third person… about two hours". In whose house would this have been? # hint: 1
Open Knudsen's telegram and read the sentence he signs as landlord. # hint: 2 # point: knudsen-telegram-1937-01-29.landlord
Name it: a two-hour visit in December 1935, against the landlord's word that no such conversation took place. # hint: 3
-> DONE

= wrong
That does not touch this line of the report. Press it first if you are unsure what it claims. # speaker: narrator
-> DONE
