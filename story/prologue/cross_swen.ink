// CE-P1 "Swen's Questions" (the island, 13 August 1936). INCLUDEd from prologue.ink.
// The numbered wording is the game's condensation of what Swen showed, asked and cited (L327-334).

=== ce_swen ===
# cross: ce_swen
# title: Swen's Questions
# witness: swen
# place: The island, 13 August 1936
# after: after_swen
-> DONE

// ---- S1: "a house search" (the contradiction) ----
= s1
# answer: false-police-badges, police-identification, raiders
# speaker: swen
# cite: L276-278, L330-332
# dramatized: Swen's questions condensed. He relays the raiders' excuse (L330-332); the "house search" was their pretext at the door (L276-278)
The men who came to your house that night say they were police, making a house search.
-> DONE

= s1_press
They showed police badges at the door, I am told. # speaker: swen # dramatized: Swen's words are the game's; the book reports what he showed and asked (L327-334)
I can only repeat what the family told me. I was on the road south that night, with my wife and the Knudsens. # speaker: trotsky # expression: thinking # cite: L268-271
Tip: is that claim consistent with your record? Open the Court Record (R) and look at what the men showed at the door. # speaker: narrator
-> DONE

= s1_right
# objection
# breakthrough
A house search needs real police. The badges those men showed were false! # speaker: trotsky # expression: angry # cite: L276-278
{
    - presented == "police-identification":
        And it was the real police who identified them, without any trouble, the very next day. # speaker: trotsky # cite: L285-286
    - presented == "raiders":
        Look at who they were: five fascists posing as police. # speaker: trotsky # cite: L270-278
    - else:
        The real police identified them, without any trouble, the very next day. # speaker: trotsky # cite: L285-286
}
Men with false badges do not search a house. They break into it. # speaker: trotsky # dramatized: Trotsky's words here are the game's
Tip: that is how a contradiction is exposed: a statement, and an item from your record that shows it is false. # speaker: narrator
-> DONE

= s1_wrong_jordis
# wrong: jordis-at-the-door
She stopped them at the door, and bravely. But that tells me what she did, not what the men claimed to be. # speaker: swen # dramatized: Swen's words are the game's; the book reports what he showed and asked (L327-334)
Look at what they showed her. # speaker: narrator
-> DONE

= s1_wrong_documents
# wrong: documents-from-table
That tells me what they took, not who they were. # speaker: swen # dramatized: Swen's words are the game's; the book reports what he showed and asked (L327-334)
The statement is about who these men claimed to be. # speaker: narrator
-> DONE

= s1_wrong_trip
# wrong: trip-south
Yes, you were away that night. But that says where you were, not whether those men were police. # speaker: swen # dramatized: Swen's words are the game's; the book reports what he showed and asked (L327-334)
-> DONE

= s1_hints
Re-read "a house search". Who is allowed to search a house? # hint: 1
Open "False police badges" and read what the men showed at the door. # hint: 2 # point: false-police-badges.shown
A search needs real police. Their badges were false, so they were not police. Present "False police badges". # hint: 3
-> DONE

// ---- S2: the stolen letter (no contradiction; the press adds it) ----
= s2
# speaker: swen
# cite: L327-329
They carried off papers. This letter of yours to a friend in Paris was one of them, and the press has already printed it.
-> DONE

= s2_press
# sfx: paper
Here. You will recognise it. # speaker: swen # add: stolen-letter-paris # dramatized: Swen's words are the game's; the book reports what he showed and asked (L327-334)
I do. It is quite harmless. # speaker: trotsky # cite: L327-328
"Harmless" is Trotsky's word. The book does not print the letter, so the game does not show its text either. # speaker: narrator # cite: L327-329
Tip: pressing can add evidence. A new item has entered your Court Record. # speaker: narrator
-> DONE

// ---- S3: "criminal activity" (choice beat; answered later, in CE-P2) ----
= s3
# speaker: swen
# cite: L330-332
The men justify their night raid by the criminal character of your activity in Norway.
-> DONE

= s3_press
So I must ask you: what exactly is your activity here in Norway? # speaker: swen # cite: L329-330
The book says only that Trotsky's answers were detailed. Choose what he told Swen, from positions the book says he held. # speaker: narrator # cite: L336
- (answer)
* [Refuse to answer a policeman's questions.]
    Not so. Trotsky answered Swen's questions, and at length. Try again. # speaker: narrator # cite: L336
    -> answer
* [Say he advises Norwegian workers before the election.]
    The book says the opposite: he avoided even the party's rank and file, so that nobody could suspect him of meddling. Try again. # speaker: narrator # cite: L257-259
    -> answer
+ [Point to his promise not to interfere, and how he kept it.]
    When I came, I signed the condition not to interfere in Norway's internal affairs, and I have kept to it. I have not even mixed with the party's members. # speaker: trotsky # cite: L236-238, L257-259
+ [Explain that his work is writing, published openly.]
    My work is literary: books and articles under my own name, published abroad, and never prosecuted in any country. # speaker: trotsky # cite: L386-388
- My letters carry the same ideas as my books. The fascists dislike them, and so does Moscow, but that is no crime. # speaker: trotsky # cite: L388-389
Thank you. That is clear. # speaker: swen # dramatized: Swen's words are the game's; the book reports what he showed and asked (L327-334)
Tip: you cannot answer every claim on the spot. Keep this one in mind: it will come back. # speaker: narrator
-> DONE

// ---- S4: the fascist lawyer (no contradiction; the press adds a profile) ----
= s4
# speaker: swen
# cite: L332-334
A fascist lawyer has even asked the chief public prosecutor, the Reichsstaatsanwalt, to charge you for acts "that could drag Norway into a war".
-> DONE

= s4_press
(A police chief flown out by aeroplane, on the Justice Minister's direct order. Such haste promises nothing good.) # speaker: trotsky # expression: thinking # cite: L325-326 # add: trygve-lie
Trotsky writes that Swen himself behaved quite correctly, and seemed to feel that these questions had been dictated to him from above. # speaker: narrator # cite: L334-336 # add: fascist-lawyer
"Quite correctly" and "from above" are Trotsky's reading of the scene, not a record of Swen's own view. # speaker: narrator
-> DONE

// ---- generic wrong present ----
= wrong
I am not sure what that shows here. # speaker: swen # dramatized: Swen's words are the game's; the book reports what he showed and asked (L327-334)
That item does not contradict this statement. Some statements hold nothing false at all: press those instead of presenting. # speaker: narrator
-> DONE
