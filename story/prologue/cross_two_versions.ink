// CE-P2 "Two Versions of One Night" (August 1936). INCLUDEd from prologue.ink.
// A checking exercise in Trotsky's notes, not a hearing. Two hostile sources on one board:
// the raiders' justification as Swen put it (L330-332) and L'Humanité's telegram (L374-378),
// which the book dates only "later"; no date is shown for it.

=== ce_two_versions ===
# cross: ce_two_versions
# title: Two Versions of One Night
# witness: humanite
# place: Trotsky's notes, August 1936
# after: closing
-> DONE

// ---- S1: the raiders' justification returns from CE-P1 ----
= s1
# answer: swen-press-statement, swen
# speaker: raiders
# cite: L330-332
# dramatized: the raiders' excuse as Swen relayed it; the book has them invoke the criminal character of his activity (L330-332), not the criminal police
The criminal police will bear us out: Trotsky's activity in Norway is criminal.
-> DONE

= s1_press
This is the raiders' excuse, as Swen put it to Trotsky on the island. # speaker: narrator # cite: L330-332
Their side went further: a fascist lawyer asked the chief public prosecutor to charge him for acts that could drag Norway into a war. # speaker: narrator # cite: L332-334
Criminal, they say. Then the man whose job is finding crimes should have found one. # speaker: trotsky # expression: thinking # dramatized: Trotsky's words here are the game's
Tip: this is the claim Swen put to you. What has happened since then? # speaker: narrator
-> DONE

= s1_right
# objection
# breakthrough
Criminal? The chief of the criminal police flew out on the Justice Minister's own order and heard my answers at length. # speaker: trotsky # expression: angry # cite: L323-326, L336
Then he told the press he could find nothing illegal in what I do, and nothing hostile to Norway's interests. # speaker: trotsky # cite: L336-338
The police chief found no crime, going by Trotsky's own answers. Note that his finding reaches us as Trotsky reports it, and that the government later called the activity criminal all the same. # speaker: narrator # cite: L336-338, L466-470
-> DONE

= s1_wrong_letter
# wrong: stolen-letter-paris
One letter, which only you call harmless and whose text is not even in the record, cannot clear a whole activity. # speaker: narrator
Whose official finding covers what you do in Norway? # speaker: narrator
-> DONE

= s1_wrong_conditions
# wrong: entry-conditions
That shows what you promised when you came. It does not show whether anyone who examined your activity found that you broke the law. # speaker: narrator
-> DONE

= s1_wrong_identification
# wrong: police-identification
That tells you who the raiders were, not what you have been doing. # speaker: narrator
-> DONE

= s1_hints
Re-read "the criminal police". Who heads it, and what did he find? # hint: 1
Open "Swen's statement to the press" and read his finding. # hint: 2 # point: swen-press-statement.finding
The chief of the criminal police found nothing illegal in your actions, so the criminal police did not bear the raiders out. Present "Swen's statement to the press". # hint: 3
-> DONE

// ---- S2: L'Humanité: a friendly "visit" ----
= s2
# answer: jordis-at-the-door, false-police-badges, cp-protest-meeting, alarm-and-neighbours, jordis-knudsen, norwegian-cp, raiders
# speaker: humanite
# cite: L374-376
The fascists paid Trotsky a friendly night "visit".
-> DONE

= s2_press
Source check. Who: L'Humanité, the French Communist daily, printing a telegram datelined Oslo. Trotsky calls the paper Stalin's French organ. # speaker: narrator # cite: L374-375
When: "later", the book says, and no more. The date is unknown. For whom: French readers, far from Veksal. # speaker: narrator # cite: L374
"Visite", in quotation marks, and friendly. I wonder who woke the neighbours, then. # speaker: trotsky # expression: thinking # dramatized: Trotsky's words here are the game's
-> DONE

= s2_right
# objection
# breakthrough
{
    - presented == "cp-protest-meeting":
        Friendly? Even the Norwegian Communists, who are no friends of mine, had called a public protest meeting against that raid for 14 August! # speaker: trotsky # expression: angry # cite: L370-374
        Even my opponents called it an attack. # speaker: trotsky # dramatized: Trotsky's words here are the game's
    - presented == "jordis-at-the-door" || presented == "jordis-knudsen":
        Friendly? Our host's daughter had to stand with her arms spread across my door to keep five men out! # speaker: trotsky # expression: angry # cite: L278-282
    - presented == "alarm-and-neighbours":
        Friendly? Her brother raised the alarm, the neighbours came out in their nightclothes, and the "friends" ran! # speaker: trotsky # expression: angry # cite: L282-284
    - presented == "raiders":
        Friendly? Five men posing as police with false badges, who ran when the neighbours came out! # speaker: trotsky # expression: angry # cite: L276-284
    - presented == "norwegian-cp":
        Friendly? Even the Norwegian Communists, no friends of mine, called a public protest meeting against that raid! # speaker: trotsky # expression: angry # cite: L370-374
    - else:
        Friendly? Friendly visitors do not arrive at midnight showing false police badges and demanding a search! # speaker: trotsky # expression: angry # cite: L276-278
}
It was a break-in by night, stopped by a girl at a door and a neighbourhood woken from sleep. No friendly visit. # speaker: trotsky # cite: L276-284
-> DONE

= s2_wrong_tass
# wrong: tass-announcement
That is Moscow's accusation against you, not a description of the night. # speaker: narrator
-> DONE

= s2_wrong_swen
# wrong: swen-press-statement
Swen's finding is about your activity in Norway, not about the character of this "visit". # speaker: narrator
-> DONE

= s2_wrong_trip
# wrong: trip-south
That fits the next claim better. Where were you that night, and who could have "met" whom? # speaker: narrator
-> DONE

= s2_wrong_documents
# wrong: documents-from-table
# close
Close: this carries a related fact, but grabbing papers in flight shows what they took, not how the night went at the door. Look at how they were received. # speaker: narrator # cite: L284-285
-> DONE

= s2_wrong_brother
# wrong: younger-brother
# close
Close: this carries a related fact, but it says only who raised the alarm. Open "The alarm" to see what the intruders did. # speaker: narrator # cite: L282-284
-> DONE

= s2_wrong_identification
# wrong: police-identification
# close
Close: this carries a related fact, but it shows what the police found the next day, not how the night itself went. Look at the door of your room. # speaker: narrator # cite: L285-286
-> DONE

= s2_hints
Re-read "friendly". How were the night's visitors received at the door? # hint: 1
Open "The daughter at the door": what did she do? # hint: 2 # point: jordis-at-the-door.did
A girl barred the door against five intruders, who fled when the alarm went up: no friendly visit. Present "The daughter at the door". # hint: 3
-> DONE

// ---- S3: L'Humanité: a "rendezvous" ----
= s3
# answer: trip-south, trotsky, natalia-sedova
# speaker: humanite
# cite: L376-377
It was a nocturnal "rendezvous" with Trotsky.
-> DONE

= s3_press
A rendezvous takes two. The telegram never says where I was that night. # speaker: trotsky # expression: thinking # dramatized: Trotsky's words here are the game's
-> DONE

= s3_right
# objection
# breakthrough
A rendezvous with whom? On 5 August I left Veksal with my wife and the Knudsens, and we only heard of the raid next morning, on the road. # speaker: trotsky # expression: angry # cite: L266-271 # dramatized: the book does not make this rebuttal; both facts are in it (L266-271, L376-377)
There was no Trotsky at home for anyone to meet. # speaker: trotsky # dramatized: the game's conclusion from the two facts
-> DONE

= s3_wrong_documents
# wrong: documents-from-table
That shows what the raiders took, not whether you met them. # speaker: narrator
-> DONE

= s3_wrong_tail
# wrong: tail-car
Fascists followed you later on the road. That is not a meeting on the night of the raid. # speaker: narrator
-> DONE

= s3_wrong_housewife
# wrong: knudsen-housewife
# close
Close: this carries a related fact, but Mrs Knudsen's card says where she was. Find the card that says where you were. # speaker: narrator # cite: L268-269
-> DONE

= s3_wrong_konrad
# wrong: konrad-knudsen
# close
Close: this carries a related fact, but Konrad Knudsen's card says where he was. Find the card that says where you were, and when the news reached you. # speaker: narrator # cite: L268-271
-> DONE

= s3_wrong_statement
# wrong: first-press-statement
That is your reply to Moscow, not where you were on the night of 5 to 6 August. # speaker: narrator
-> DONE

= s3_hints
Re-read "rendezvous". A meeting needs two people in the same place. # hint: 1
Open "Departure for the coast": when did you leave, and when did you hear the news? # hint: 2 # point: trip-south.left
You were on the road south that night, so there was no rendezvous. Present "Departure for the coast". # hint: 3
-> DONE

// ---- S4: L'Humanité: the government's view (no contradiction) ----
= s4
# speaker: humanite
# cite: L376-378
The Norwegian government sees in this rendezvous Trotsky's interference in Norway's internal politics.
-> DONE

= s4_press
Trotsky answers this one only with scorn: such gentlemen, he writes, will do anything to earn their pay. # speaker: narrator # cite: L378-379
The book gives no government statement about the raid itself. Later in August the government did turn against him, but on other stated grounds. That belongs to the next case. # speaker: narrator # cite: L466-470
-> DONE

// ---- generic wrong present ----
= wrong
That item proves nothing against this statement. # speaker: narrator
Read the statement again, word by word, and find the one item that shows it is false. Some statements hold nothing false at all: press those. # speaker: narrator
-> DONE
