# grace: 1
INCLUDE ../common.ink
INCLUDE cross_swen.ink
INCLUDE cross_two_versions.ink
// Prologue: "The Night Visitors" (Veksal, August 1936).
// Outline: ../shared/design/cases/00-prologue.md. Source: Trotsky, Stalins Verbrechen (1937).
// Every fact line carries its seed line range; the raid is a reconstruction (Trotsky was away).
-> opening

// ---- S0: title card and "whose account is this" -------------------------------------------
=== opening ===
# bg: title
# music: calm
# scene: Exhibit 1937 — Prologue: The Night Visitors
Norway, August 1936. A house in the country is broken into at midnight, and two opposite camps soon tell two very different stories about it. # speaker: narrator
Whose account is this? Everything you will see comes from one book: Stalins Verbrechen ("Stalin's Crimes"), written by Leon Trotsky himself. Its preface is signed in Coyoacán, Mexico, on 5 July 1937. # speaker: narrator # cite: L194-198
Trotsky was one of the parties to the quarrels he describes. The game follows his account, and says so whenever something rests on his word alone. # speaker: narrator
Tip: lines with a source mark show which chapter of the book they come from. Press Next (Enter or Space) to go on. # speaker: narrator
-> briefing

// ---- Briefing -------------------------------------------------------------------------------
=== briefing ===
# bg: veksal
# scene: Veksal, Norway — summer 1936
From June 1935 Trotsky and his wife lived in Veksal, a village 60 kilometres from Oslo, with the family of Konrad Knudsen, editor of a labour paper. The Norwegian government had assigned them the place. # speaker: narrator # cite: L201-204
In 1935 Norway's Labour Party had come to power. Trotsky applied for a visa, hoping for a quiet country where he could get on with his writing. # speaker: narrator # cite: L228-235
To be let in, I signed their condition: no interference in Norway's internal affairs. It cost me nothing. I had no intention of dabbling in Norwegian politics. # speaker: trotsky # cite: L236-238
Apart from one semi-official call from the party leader Martin Tranmæl and the Justice Minister Trygve Lie, he says, he had no personal dealings with the government, and he kept away from the party's rank and file as well. # speaker: narrator # cite: L252-259
With the Knudsens the friendship was warm, and by unspoken agreement politics was left out of it. # speaker: narrator # cite: L260-263
Meanwhile elections to the Storting, Norway's parliament, were drawing near, and every camp was hunting for a sensation. # speaker: narrator # cite: L294-296
You play Trotsky. Remember as you go: what you learn is what he wrote down, one year later, as one side of the story. # speaker: narrator
-> departure

// ---- S1: Veksal, 5 August 1936 ----------------------------------------------------------------
=== departure ===
# scene: Veksal, 5 August 1936
# sfx: paper
There. The first copies of the manuscript go off today, to my American and my French translator. # speaker: trotsky # cite: L263-268
The book was Die verratene Revolution, "The Revolution Betrayed", his study of how the Soviet bureaucracy came to rule. # speaker: narrator # cite: L263-266
Everything is packed. Two weeks by the sea will do us all good. # speaker: konrad-knudsen # dramatized: Knudsen's words are the game's
That same day Trotsky and his wife set off for the south coast with Konrad Knudsen and his wife. # speaker: narrator # cite: L268-269 # add: trip-south # add: knudsen-housewife # sfx: engine
Tip: a new item has entered your Court Record. Press Court Record (R) to open it, and choose an item to read it. # speaker: narrator
Your record already holds your conditions of entry and profiles of the people travelling with you. # speaker: narrator
-> road_news

// ---- S2: the news on the road; the raid as a reconstruction ---------------------------------------
=== road_news ===
# bg: road
# scene: On the road south — the next morning
# sfx: engine
The next morning, while they were still travelling, the news caught up with them: in the night, Norwegian fascists had broken into their home, hoping to carry off Trotsky's archive. # speaker: narrator # cite: L270-272 # update: trip-south heard # update: trotsky away # update: natalia-sedova away
Our home? Who was in the house last night? # speaker: trotsky # expression: shaken # dramatized: Trotsky's words here are the game's
It should have been easy for them. Nobody guarded the house, and the cupboards were not even locked. # speaker: narrator # cite: L272-274
Trotsky was not there. What follows is what the family told him. # speaker: narrator
# bg: veksal
# music: tense
# caption: Reconstruction — what the family told him
Around midnight, men came in, showed police badges and at once tried to carry out a "house search". The badges were false. # speaker: narrator # cite: L276-278 # add: false-police-badges # add: raiders
The host's daughter had stayed at home. She sensed trouble, kept her head, and stood in front of the door of Trotsky's room with her arms spread wide: nobody was going in. # speaker: narrator # cite: L278-281 # add: jordis-at-the-door # add: jordis-knudsen
Five men against one girl in a doorway, and the five hesitated. # speaker: narrator # cite: L281-282
Meanwhile her younger brother raised the alarm. Neighbours appeared in their nightclothes. # speaker: narrator # cite: L282-283 # sfx: door # add: alarm-and-neighbours # add: younger-brother
The intruders lost their nerve and ran, grabbing a few papers from the nearest table on their way out. # speaker: narrator # cite: L283-285 # add: documents-from-table # sfx: paper
# bg: road
# music: calm
The next day the police identified the burglars without any trouble. # speaker: narrator # cite: L285-286 # add: police-identification
The book names the girl only later, in Trotsky's testimony in court: Jordis Knudsen. # speaker: narrator # cite: L1120
Tip: every item has a facsimile. Open the Court Record (R), choose "False police badges" and read its fields. Its source line shows where in the book it comes from. # speaker: narrator
-> island

// ---- S3: the car behind them; the ferry; the island -------------------------------------------------
=== island ===
# sfx: engine
When they took to the road again, a car stayed on their tail: four fascists under their propaganda chief, whom the book calls only "Ingenieur N.". # speaker: narrator # cite: L287-290 # add: tail-car # add: ingenieur-n
Only at the end of the journey did they shake it off, simply by not letting it onto the ferry across the fjord. # speaker: narrator # cite: L290-292
# bg: island
# scene: A small island off the south coast
For ten fairly quiet days they lived in the only fisherman's hut among the rocks of a small island, climbing and fishing. # speaker: narrator # cite: L292-294, L314-315
On the mainland the right-wing press was reprinting his articles from abroad under sensational headlines. He kept his opinions to himself, even in private: any careless word could end up in print. # speaker: narrator # cite: L299-304, L311-313
-> swen_arrives

// ---- S4: 13 August, the island: Swen -------------------------------------------------------------
=== swen_arrives ===
# scene: The island, 13 August 1936
# sfx: engine
On 13 August an aeroplane brought a visitor: Swen, chief of the criminal police. The Justice Minister had ordered him directly to question Trotsky, as a witness, about the raid. # speaker: narrator # cite: L323-326 # add: swen
Mr Trotsky. I need to ask you about the night of the raid, and about what the men who broke in are saying. # speaker: swen # dramatized: Swen's words are the game's; the book reports what he showed and asked (L327-334)
Tip: this is a cross-examination. Move between statements with Previous and Next (← →). Press (P) to ask about a statement. Present (E) opens your record: choose the item that contradicts the statement. # speaker: narrator
Tip: press every statement first. Pressing can turn up new evidence. A wrong present costs a credibility mark, but your first slip in this prologue is forgiven. # speaker: narrator
Remember: Trotsky was not at home that night. He can answer only from what he was told. # speaker: narrator
-> ce_swen

=== after_swen ===
# bg: island
# music: breakthrough
{ce_swen.s2_press == 0:
    Before he went, Swen also showed him a letter of his to a friend in Paris, stolen by the fascists and already printed in the Norwegian press. Trotsky calls it harmless. # speaker: narrator # cite: L327-329 # add: stolen-letter-paris
}
{ce_swen.s4_press == 0:
    And Swen mentioned that a fascist lawyer wanted Trotsky charged by the chief public prosecutor. # speaker: narrator # cite: L332-334 # add: fascist-lawyer # add: trygve-lie
}
# sfx: paper
Trotsky answered Swen's questions at length. Afterwards Swen told reporters that he could find nothing illegal in Trotsky's actions, and nothing hostile to Norway's interests. # speaker: narrator # cite: L336-338 # add: swen-press-statement
- (q_who3) How does Swen's finding reach us? # speaker: narrator # check: swen-press-statement who
* [Through Swen's own written report]
    No. The book quotes no report by Swen. We have Trotsky's account of what Swen told reporters. # speaker: narrator # cite: L336-338
    -> q_who3
+ [Through Trotsky's book #best]
    Yes. The book reports it; it does not print the newspapers. Keep that in mind when you use it. # speaker: narrator # cite: L336-338
* [Through the newspapers of the day, which printed his words]
    Swen spoke to reporters, but the book does not print their papers. Read how it reached us: Trotsky's book reports what he said. # speaker: narrator # cite: L336-338
    -> q_who3
- It looked as if the matter was closed. In fact it was only beginning. The Justice Minister, once a member of the Communist International, did not share his police chief's mildness. # speaker: narrator # cite: L338-342
-> radio_night

// ---- S5: interlude: the radio, the journalist, the first statement ---------------------------------
=== radio_night ===
# music: tense
# scene: The island, 14 August 1936, evening
# sfx: radio
The island had no electricity, and that evening the makeshift radio barely worked. Konrad Knudsen caught only scraps of a news item from the Soviet agency TASS. # speaker: narrator # cite: L345-350 # add: tass
"Trotskyist-Zinovievist groups"... "counter-revolutionary activity"... That is all I can make out. What does it mean? # speaker: konrad-knudsen # cite: L350-351
Some bigger piece of dirty work from Moscow, I expect. # speaker: trotsky # expression: thinking # cite: L351-355
# scene: The next morning
# sfx: door
Early the next morning a friendly journalist arrived from the nearby town of Kristiansand, carrying the full TASS text. # speaker: narrator # cite: L356-357 # add: kristiansand-journalist # add: tass-announcement
Here is the whole wire. They announce a terrorist conspiracy of "Trotskyists and Zinovievists". # speaker: kristiansand-journalist # cite: L345-347
- (q_who2) Who issued this text, and how did it reach the island? # speaker: narrator # check: tass-announcement who
* [The journalist from Kristiansand, who brought the full text]
    He carried it; he did not write it. Read the issuer: TASS, the Soviet news agency. # speaker: narrator # cite: L345-347, L356-357
    -> q_who2
* [Knudsen, from what he heard on the radio]
    Knudsen caught only scraps on a weak radio. The full text, issued by TASS, came the next morning with a journalist. # speaker: narrator # cite: L345-357
    -> q_who2
+ [The Soviet news agency; scraps on a weak radio, then a journalist's copy #best]
    Yes. Asking who issued a document, and how it reached you, is half the work. # speaker: narrator # cite: L345-357
- Terror plots, I could almost have predicted. But the Gestapo? Read me that line again. # speaker: trotsky # expression: shaken # cite: L358-362
Fascists broke into my home only days ago, and now Moscow says I am in league with the fascists. # speaker: trotsky # expression: angry # cite: L362-364
# sfx: paper
He dictated his first statement on the coming trial to the journalist then and there. In it he demanded a public inquiry into the Moscow accusations. # speaker: narrator # cite: L365-367, L379-381 # add: first-press-statement
He notes one more thing. The Norwegian Communist Party, no friend of his, had called a public protest meeting against the fascists' raid for 14 August, a few hours before TASS counted him among the fascists. # speaker: narrator # cite: L370-374 # add: norwegian-cp # add: cp-protest-meeting
-> two_versions_intro

// ---- S6: two versions of one night ----------------------------------------------------------------
=== two_versions_intro ===
# bg: black
# scene: Trotsky's notes — August 1936
# sfx: paper
Later, L'Humanité, the French Communist daily ("Stalin's French organ", Trotsky calls it), printed a telegram from Oslo about the raid. The book gives no date for it. # speaker: narrator # cite: L374-375 # add: humanite # add: humanite-telegram
Now there are two hostile versions of one night: the raiders' excuse that Swen put to Trotsky, and L'Humanité's telegram. This is no hearing: Trotsky checks both against his record. # speaker: narrator # cite: L330-332, L374-378
Tip: look at who speaks each statement. If you are stuck, press Hint (H): each press reveals one more step. # speaker: narrator
-> ce_two_versions

// ---- S7: the open letter; closing card -------------------------------------------------------------
=== closing ===
# bg: island
# music: breakthrough
# sfx: typewriter
To add to his answers, Trotsky wrote Swen a letter meant for publication. # speaker: narrator # cite: L381-382 # add: open-letter-to-swen
In it he reminded the government that it had known he was a revolutionary when it gave him a visa; he kept strictly out of Norway's internal life, and his books and articles had never been prosecuted in any country. # speaker: narrator # cite: L382-388
If even a fraction of Moscow's charges were true, he wrote, he would deserve no one's hospitality. He offered to answer at once before any impartial commission or public court. # speaker: narrator # cite: L392-398
- (q_couldcheck) Who could check what this letter said? # speaker: narrator # check: open-letter-to-swen could-check
* [Only Swen, who received it]
    No. It was meant for publication, and most Norwegian papers printed it. Before long, the government would hold it against him. # speaker: narrator # cite: L381-382, L398-399, L466-470
    -> q_couldcheck
+ [Anyone in Norway: most papers printed it #best]
    Yes. Most Norwegian papers printed it. Before long, the government would hold it against him. # speaker: narrator # cite: L398-399, L466-470
* [Only the government, which later cited it against him]
    The government did cite it, but it did not need special access: the letter was meant for print, and most papers printed it. # speaker: narrator # cite: L381-382, L398-399, L466-470
    -> q_couldcheck
- On 26 August, with eight plainclothes policemen occupying the yard, Askvig, chief of the Norwegian police, and an official of the Central Passport Office came to the house. # speaker: narrator # cite: L455-461 # bg: veksal # music: tense # scene: Veksal, 26 August 1936
They wanted his signature on new terms: no writing on current politics, no interviews, and police control of all his mail, in and out. # speaker: narrator # cite: L461-466
As proof of his "criminal activity" the document named only an article of his in the American weekly The Nation, and his open letter to Swen. It did not mention the Moscow trial at all. # speaker: narrator # cite: L466-470
I refused. # speaker: trotsky # expression: angry # cite: L476
The raiders' own trial, first planned for before the elections, was put off until after them. At Drammen, on 11 December 1936, Trotsky was called as a witness: the next case. # speaker: narrator # cite: L773-782
-> debrief

// ---- Debrief --------------------------------------------------------------------------------------
=== debrief ===
# bg: title
# music: calm
# scene: Debrief — The Night Visitors
- (q_who) Whose account of the night is this? # speaker: narrator # check: trip-south who
+ [Trotsky's, from what he was told #best]
    Yes. He was not there, and the book does not say who told him. L'Humanité's telegram, too, survives only in his summary. # speaker: narrator # cite: L268-271, L374-378
* [Swen's police report]
    No. The book prints no police report. It is Trotsky's account, from what he was told; he was not there. # speaker: narrator # cite: L268-271, L336-338
    -> q_who
* [L'Humanité's telegram from Oslo]
    That is the hostile version of the night, and it survives only in Trotsky's summary. This account is his own, from what he was told. # speaker: narrator # cite: L268-271, L374-378
    -> q_who
- What you established: the "house search" was a break-in by men with false police badges, whom the real police identified the next day. (False police badges) # speaker: narrator # cite: L276-278, L285-286
The raiders' excuse, "criminal activity", was not borne out by the chief of the criminal police who questioned Trotsky. (Swen's statement to the press) # speaker: narrator # cite: L330-338
L'Humanité's "friendly visit" clashes with the girl at the door and the false badges. Its "rendezvous" clashes with Trotsky's absence, a conclusion the game draws from two facts in the book. (The daughter at the door; Departure for the coast) # speaker: narrator # cite: L266-271, L276-284, L374-378
Next, in the book: the raiders stayed free. Paris radio reported that all the Moscow defendants had been shot. Trotsky and his wife were arrested on 28 August and moved under guard to Sundby on 2 September. # speaker: narrator # cite: L344-345, L427-430, L600, L524-527
"Harmless" (the letter), "completely correct" (Swen) and "promised nothing good" (the hasty questioning) are his own judgements. # speaker: narrator # cite: L325-328, L334-335
To discuss: two opposite camps told stories about the same night. What did each story gain for the side that told it? # speaker: narrator # question
To discuss: almost everything here reaches us through Trotsky. Which parts could you check in other sources, and how? # speaker: narrator # question # end: prologue
-> END
