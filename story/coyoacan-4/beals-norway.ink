// CE-10 — "Beals: Norway, the witnesses, Mexico" (outline 02-coyoacan-b.md).
// Every statement is [DRAMATIZED]: the book records none of Beals's questions (L4700-4713).
// s6 is the honest correction (L8346-8349): no document answers it; pressing it lets the
// witness own the error, which reveals s7, where what still stands is shown.
// Pitfall 9: the game never says which details of the thirteen questions were wrong.

=== ce_beals_norway ===
# cross: ce_beals_norway
# title: Beals: Norway, the Witnesses, Mexico
# witness: beals
# place: The blue house, Coyoacán, April 1937
# after: after_beals_norway
-> DONE

// Misstatement: a sentence quoted out of its argument. [DRAMATIZED: basis L8307-8315]
= s1
# answer: communique-1937-01-24, thirteen-questions-1937-01-27
# speaker: beals
# cite: L8307-8315
On 24 January you told the world press, in your own words, that Pyatakov came to Norway "under another name". So you conceded that he came. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s1_press
I wrote that communiqué on 24 January, the day after the trial opened, with nothing but short agency reports to go on. # speaker: trotsky # cite: L8307-8309
And you wrote, plainly: so he must have come under another name. # speaker: beals # expression: smug # cite: L8310-8315 # dramatized: Beals's words are not recorded; the point is built from the book
Then read the sentence before it, Mr Beals, and the ones after. # speaker: trotsky # expression: thinking
The communiqué is in the record. # speaker: narrator
-> DONE

= s1_right
# objection
# breakthrough
# music: breakthrough
Objection! Read on: had he come under his own name, the press would have said so; so under another name. Which? Every line after is a question, and the last calls them a test of GPU inventions. # speaker: goldman # cite: L8310-8327 # dramatized: counsel's words; the communiqué is the book's
{ presented == "thirteen-questions-1937-01-27":
    Three days later the thirteen questions said it outright: Pyatakov had been the witness's bitter enemy for nine years, and any meeting between them was out of the question. # speaker: goldman # cite: L8335-8338 # dramatized: counsel's words are not recorded; the facts are the book's
}
A test, Mr Beals, not an admission. I asked Moscow under which name, with which passport. It never answered. # speaker: trotsky # cite: L8481-8489
-> DONE

= s1_wrong_knudsen
# wrong: knudsen-telegram-1937-01-29
True, but it does not touch Beals's reading of the witness's own words. Show what the witness actually wrote. # speaker: narrator # cite: L8717-8724
-> DONE

= s1_wrong_aftenposten
# wrong: aftenposten-1937-01-25
That is about aircraft. Beals is quoting the witness's communiqué; answer with the communiqué. # speaker: narrator # cite: L8692-8695
-> DONE

= s1_wrong_hippodrome
# wrong: hippodrome-speech-1937-02-09
A later speech. Beals is quoting the communiqué of 24 January, so show the communiqué itself. # speaker: narrator # cite: L4191-4201
-> DONE

= s1_hints
Beals quotes one sentence. What comes before it, and what comes after? # hint: 1
Read the last line of the communiqué of 24 January: what does it call its own questions? # hint: 2 # point: communique-1937-01-24.purpose
Name it: a conditional test question, not an admission. Present the communiqué. # hint: 3
-> DONE

// [DRAMATIZED: basis L4199-4201, L8761-8763, L8921-8924]
= s2
# answer: arbeiderbladet-1937-01-29, gulliksen-letter
# speaker: beals
# cite: L4199-4201, L8921-8924
At the Hippodrome in February you said no foreign aircraft landed in December. Now you say none from September to May. Your alibi keeps stretching. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s2_press
The speech of 9 February said that, by the airfield's own records, no foreign aircraft landed at Oslo in December 1935. # speaker: trotsky # cite: L4199-4201
Since then I have said: between 19 September 1935 and 1 May 1936, not one. # speaker: trotsky # cite: L8921-8924
First one month, then seven. Next week it will be a year. # speaker: beals # expression: smug # dramatized: Beals's words are not recorded; the point is built from the book
Do the two figures come from two different sources, or from one? # speaker: narrator
-> DONE

= s2_right
# objection
# breakthrough
# music: breakthrough
Objection! Both figures come from the same man in the same interview, on 29 January, before the Hippodrome speech was ever read. # speaker: goldman # cite: L8725-8763, L3790-3802 # dramatized: counsel's words are not recorded; the facts are the book's
{ presented == "gulliksen-letter":
    The director of Kjeller confirmed in writing, in February, that Arbeiderbladet had reported his words correctly. # speaker: goldman # cite: L8764-8779 # dramatized: counsel's words are not recorded; the facts are the book's
}
December lies inside the longer gap. The speech gave the month that mattered. The wider figure only gives Moscow more room: two hundred and twenty-four days instead of thirty-one, and still no aircraft. # speaker: trotsky # cite: L8781-8784
-> DONE

= s2_wrong_hippodrome
# wrong: hippodrome-speech-1937-02-09
That is the very statement Beals is quoting. Show where both figures come from. # speaker: narrator # cite: L4199-4201
-> DONE

= s2_wrong_aftenposten
# wrong: aftenposten-1937-01-25
Aftenposten speaks of December only. It cannot explain where the longer gap comes from. # speaker: narrator # cite: L8692-8695
-> DONE

= s2_wrong_knudsen
# wrong: knudsen-telegram-1937-01-29
Knudsen's telegram speaks of December only. Where does "September to May" come from? # speaker: narrator # cite: L8717-8724
-> DONE

= s2_hints
Do "none in December" and "none from September to May" contradict each other? # hint: 1
Open Arbeiderbladet: what did the director answer about the last foreign aircraft before December and the first after it? # hint: 2 # point: arbeiderbladet-1937-01-29.gap
Name it: both figures come from the same interview, and December lies inside the gap. Present Arbeiderbladet. # hint: 3
-> DONE

// [DRAMATIZED: basis L8717-8724, L8725-8729, L8692-8695]
= s3
# answer: aftenposten-1937-01-25, arbeiderbladet-1937-01-29, gulliksen-letter
# speaker: beals
# cite: L8717-8724
Your airfield story rests on your landlord's telegram, and a host vouching for his famous guest proves nothing. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s3_press
Konrad Knudsen, member of the Storting, telegraphed the prosecutor on 29 January: it had been officially confirmed that day that no foreign or private aircraft landed at Oslo airfield in December 1935. # speaker: trotsky # cite: L8717-8721
And as my landlord he confirmed that no conversation between Pyatakov and me in Norway that month could have taken place. # speaker: trotsky # cite: L8721-8724
Your landlord. Your secretary. Your friends. # speaker: beals # expression: smug # dramatized: Beals's words are not recorded; the point is built from the book
Beals attacks the messenger. Was Knudsen's telegram of the 29th the first word from the airfield? # speaker: narrator
-> DONE

= s3_right
# objection
# breakthrough
# music: breakthrough
Objection! The airfield facts do not rest on Mr Knudsen. # speaker: goldman # dramatized: counsel's words are not recorded; the facts are the book's
{
- presented == "aftenposten-1937-01-25":
    Aftenposten, a conservative paper, asked the airfield itself and reported on 25 January, four days before the telegram, that not one foreign aircraft had arrived in Oslo in December 1935. # speaker: goldman # cite: L8692-8695 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "gulliksen-letter":
    The director of the airfield himself confirmed in writing, to the witness's Norwegian lawyer, that his statement to Arbeiderbladet was correctly reported. # speaker: goldman # cite: L8764-8777 # dramatized: counsel's words are not recorded; the facts are the book's
- else:
    Arbeiderbladet, the governing party's paper, which had approved the witness's internment and printed very hostile articles about him, put the question to the airfield director himself. # speaker: goldman # cite: L8725-8729, L8744-8746 # dramatized: counsel's words are not recorded; the facts are the book's
}
Knudsen's word about his own household stands beside them, for what a host's word is worth, and no more. # speaker: narrator # cite: L8721-8724
-> DONE

= s3_wrong_household
# wrong: knudsen-wolf-statements
The landlord and the secretary: the same household circle. That is exactly what Beals is complaining about. # speaker: narrator # cite: L4194-4198
-> DONE

= s3_wrong_hippodrome
# wrong: hippodrome-speech-1937-02-09
# close
Close: the speech does cite the airfield's own records, not Knudsen. But it is the witness's own word; show the airfield speaking for itself. No mark lost. # speaker: narrator # cite: L4191-4201
-> DONE

= s3_wrong_communique
# wrong: communique-1937-01-24
The witness's own words cannot answer a charge that his side is biased. # speaker: narrator # cite: L8307-8327
-> DONE

= s3_hints
Do the airfield facts come only from Knudsen? # hint: 1
Open Aftenposten: whom did it ask, and when? # hint: 2 # point: aftenposten-1937-01-25.asked
Name it: Aftenposten asked the airfield four days before the telegram, and the director later answered from his customs book. Present Aftenposten or Arbeiderbladet. # hint: 3
-> DONE

// [DRAMATIZED: basis L9269-9273, L4688-4692]
= s4
# answer: telegram-paris-to-consul-berlin, sedov-passport, ded-sedov-berlin, sozial-demokraten-1936-09-01, moscow-report-olberg, aftenposten-1937-01-25, arbeiderbladet-1937-01-29, gulliksen-letter, comintern-press-konditorei-bristol
# speaker: beals
# cite: L9269-9273, L4688-4692
Your hundred notarised witnesses are your own people, "ex parte". On Copenhagen and Norway, everything you have laid before us comes from your side. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s4_press
Of course I lived among political friends, and dealt mostly, though not only, with people who share my views. Anyone can try to wave them away as one-sided. # speaker: trotsky # cite: L9269-9273
But they are no closed family circle. Groups in about thirty countries have grown up around my ideas, argued, split, expelled one another, and done it all in print. # speaker: trotsky # cite: L9274-9291
Is everything in the record from his own people? Look at who issued each item. # speaker: narrator
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
{
- presented == "telegram-paris-to-consul-berlin":
    Objection! The French foreign ministry is not a Trotskyist. Its telegram of 3 December 1932 places the witness's son in Berlin. # speaker: goldman # cite: L4159-4167 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "gulliksen-letter":
    Objection! The director of Kjeller airfield, who answered Arbeiderbladet and then confirmed it in writing, is nobody's follower. # speaker: goldman # cite: L8764-8779 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "sozial-demokraten-1936-09-01":
    Objection! It was the Danish governing party's paper that found the Hotel Bristol gone since 1917. # speaker: goldman # cite: L7081-7084 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "sedov-passport":
    Objection! The visa in the son's passport was issued by the French consulate in Berlin, on 3 December 1932. # speaker: goldman # cite: L4129-4132 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "ded-sedov-berlin":
    Objection! As you deduced: officials made those entries, not the witness's friends. The French ministry ordered the visa, and its consulate in Berlin entered it in the son's passport on 3 December 1932. # speaker: goldman # cite: L4129-4132, L4159-4167 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "moscow-report-olberg":
    Objection! Olberg's words come from Moscow's own trial report: the trip to Copenhagen did not come off. # speaker: goldman # cite: L6977-6982 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "comintern-press-konditorei-bristol":
    Objection! Even Moscow's defenders, in the Comintern press, drew the café and the hotel with their doors on two different streets. # speaker: goldman # cite: L7094-7107 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "arbeiderbladet-1937-01-29":
    Objection! Arbeiderbladet backed the witness's internment and printed hostile articles about him. It asked the airfield itself. # speaker: goldman # cite: L8725-8729, L8744-8746 # dramatized: counsel's words are not recorded; the facts are the book's
- else:
    Objection! A conservative Norwegian paper reported that no foreign aircraft reached Oslo in December 1935. # speaker: goldman # cite: L8692-8695 # dramatized: counsel's words are not recorded; the facts are the book's
}
On Copenhagen and Norway the key facts come from officials, unfriendly papers and Moscow's own record. The notarised statements stand beside them, not alone. # speaker: goldman # cite: L4688-4692 # dramatized: counsel's words are not recorded; the facts are the book's
-> DONE

= s4_wrong_proposal
# wrong: proposal-former-members
# close
Close: that is how the witness answered "ex parte", by offering his opponents as witnesses. But Beals says everything already on the table is from his side. Find one item that is not. No mark lost. # speaker: narrator # cite: L9301-9304
-> DONE

= s4_wrong_holtzman
# wrong: moscow-report-holtzman
# close
Close: Moscow's own record, yes, but this page is the charge itself, not what the witness relies on. Which item from outside his circle backs his account? No mark lost. # speaker: narrator # cite: L4084-4088
-> DONE

= s4_wrong_statements
# wrong: witness-statements-100
That is the very bundle Beals is challenging. Show something that does not come from the witness's side. # speaker: narrator # cite: L4688-4692
-> DONE

= s4_wrong_household
# wrong: knudsen-wolf-statements
His landlord and his secretary. That proves Beals's point rather than answering it. # speaker: narrator # cite: L4194-4198
-> DONE

= s4_wrong_communique
# wrong: communique-1937-01-24
The witness's own words. Beals would call them the most one-sided of all. # speaker: narrator # cite: L8307-8327
-> DONE

= s4_hints
Is everything in the record from the witness's followers? # hint: 1
Open the foreign ministry telegram of 3 December 1932: who sent it? # hint: 2 # point: telegram-paris-to-consul-berlin.from
Name it: officials and unfriendly papers report the key facts, and he offered his opponents as witnesses. Present one of them. # hint: 3
-> DONE

// Questions with nothing to do with the trial, aimed at the Mexican authorities (Trotsky's reading).
// [DRAMATIZED: basis L4768-4771, L3423-3425]
= s5
# answer: statement-mexican-section
# speaker: beals
# cite: L4768-4771, L3423-3425
You direct the Mexican section of your Fourth International from this house. You have never once said in public that you stand apart from its work. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s5_press
Mr Chairman, does this question have anything to do with the Moscow charges? # speaker: goldman # dramatized: counsel's words are not recorded; the facts are the book's
The witness may answer it if he wishes. # speaker: dewey # dramatized: the chairman's words are not recorded
I am glad to. # speaker: trotsky
Trotsky writes that several of Beals's questions had nothing to do with the trial and were meant to compromise him with the Mexican authorities. That is his reading of Beals's purpose. # speaker: narrator # cite: L4768-4771
His asylum depends on staying out of Mexican politics. What has he said in public about the Mexican section? # speaker: narrator # cite: L3386-3388
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
Objection! I have declared publicly that I can bear no responsibility for the work of the Mexican section. I value this asylum far too much to allow myself any carelessness. # speaker: trotsky # cite: L3423-3425
And from Tampico I promised President Cárdenas to keep strictly out of Mexican politics. # speaker: trotsky # cite: L3386-3388
-> DONE

= s5_wrong_tampico
# wrong: tampico-telegram-cardenas
# close
Close: that is his promise to the President about Mexican politics. But Beals says he never said in public that he stands apart from the section's work. Which statement names the section? No mark lost. # speaker: narrator # cite: L3386-3388, L3423-3425
-> DONE

= s5_wrong_proposal
# wrong: proposal-former-members
That is about witnesses. Beals is asking about Mexico. # speaker: narrator # cite: L9301-9304
-> DONE

= s5_wrong_archives
# wrong: t-archives
The archive is about papers. Beals is asking whether the witness meddles in Mexican politics. # speaker: narrator # cite: L5517-5523
-> DONE

= s5_wrong_hippodrome
# wrong: hippodrome-speech-1937-02-09
A speech to a New York meeting about Moscow, not a word about Mexico's politics. # speaker: narrator # cite: L3790-3806
-> DONE

= s5_hints
What is this question really about: Moscow's charges, or his asylum? # hint: 1
Open his public statement on the Mexican section: what did he declare? # hint: 2 # point: statement-mexican-section.declared
Name it: he said publicly that he bears no responsibility for the section's work. Present that statement. # hint: 3
-> DONE

// The honest correction. No document answers it; the press lets the witness own the error.
// [DRAMATIZED: basis L8346-8349]
= s6
# speaker: beals
# cite: L8346-8349
Your own questions to Moscow were wrong in places. You admit it yourself. If your questions were inaccurate, why should we trust your account? # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s6_press
{ s6_press > 1:
    The witness has already owned the error. Beals's next point is now in the testimony. # speaker: narrator # cite: L8346-8349
    -> DONE
}
For once Beals has not misquoted anything. # speaker: narrator
No document makes an admitted error go away. How should the witness answer? # speaker: narrator
* [Let the witness correct the record]
    ~ honest_correction = true
    Mr Beals is right, and I have said so myself. My questions were built on the first telegraph reports, so in some minor details they are inexact. # speaker: trotsky # cite: L8346-8348 # credibility: +1
    In substance they keep their force today. # speaker: trotsky # cite: L8348-8349
    The witness owns the mistake before anyone can hold it against him. That makes what comes next easier to believe. # speaker: narrator
* [Insist the questions were accurate]
    The questions were accurate, Mr Beals. # speaker: goldman # dramatized: counsel's words are not recorded; the facts are the book's
    The witness himself has said the opposite. # speaker: beals # expression: smug # dramatized: Beals's words are not recorded; the point is built from the book
    He has. The questions rest on the first wire reports and are inexact in some minor details. Counsel who deny what their own client has admitted lose the room. # speaker: narrator # cite: L8346-8348
    No, Mr Goldman. Mr Beals is right: they were written from the first telegraph reports, and some minor details are wrong. In substance they stand. # speaker: trotsky # cite: L8346-8349
- The book does not say which details were wrong, and the game will not guess. # speaker: narrator # cite: L8346-8349
Then what is left of them? # speaker: beals # reveal: s7 # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s6_wrong_questions
# wrong: thirteen-questions-1937-01-27
# close
Close, but not yet. Beals has caught a real error. The witness has to own it before showing what still stands. Press the point. No mark lost. # speaker: narrator # cite: L8346-8349
-> DONE

// [DRAMATIZED: basis L8346-8357, L8481-8489, L8550-8553]
= s7
# hidden
# answer: thirteen-questions-1937-01-27, communique-1937-01-24
# speaker: beals
# cite: L8346-8357
Questions built on wire reports are no test at all. Every one of them hung on some detail the reports got wrong. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s7_press
They were printed by newspapers all over the world. # speaker: trotsky # cite: L8485-8486
Printed, perhaps. Answered, no. Because they were not worth answering. # speaker: beals # expression: smug # dramatized: Beals's words are not recorded; the point is built from the book
Which of the questions depended on any detail of the wire reports at all, and what became of them? # speaker: narrator
-> DONE

= s7_right
# objection
# breakthrough
# music: breakthrough
Objection! The questions that mattered needed no wire-report detail: with which passport did Pyatakov fly, with what visa, and in which hotel did he spend the night? # speaker: goldman # cite: L8481-8489, L8550-8552 # dramatized: counsel's words are not recorded; the facts are the book's
The first were with the court by 25 January, all thirteen by the 28th, the day of the prosecutor's speech. Not one was put to Pyatakov. # speaker: trotsky # cite: L8349-8357
{ honest_correction:
    Errors of detail, admitted first by the witness himself; the passport, the visa and the night in Norway, never answered. Beals says nothing. # speaker: narrator # cite: L8346-8349, L4711-4712
- else:
    Counsel's first instinct was to deny; the witness corrected him, and that is what lets this point stand. Beals says nothing. # speaker: narrator # cite: L8346-8349, L4711-4712
}
-> DONE

= s7_wrong_aftenposten
# wrong: aftenposten-1937-01-25
The airfield answers Pyatakov's story. Beals's point is about the witness's questions: were they worth answering? # speaker: narrator # cite: L8692-8695
-> DONE

= s7_wrong_knudsen
# wrong: knudsen-telegram-1937-01-29
Knudsen's telegram went to Moscow too, but it is not the witness's questions. Show what the witness asked. # speaker: narrator # cite: L8717-8724
-> DONE

= s7_wrong_arbeiderbladet
# wrong: arbeiderbladet-1937-01-29
A Norwegian interview, not the questions to the court. Show what the witness asked and what became of it. # speaker: narrator # cite: L8725-8763
-> DONE

= s7_hints
Beals says the questions all depended on the wire reports. Did they? # hint: 1
Open the thirteen questions: read question four. # hint: 2 # point: thirteen-questions-1937-01-27.q4
Name it: the passport, the visa and the hotel needed no wire-report detail, and none was ever put to Pyatakov. Present the thirteen questions. # hint: 3
-> DONE

= wrong
That item does not settle Beals's point. Press the statement to hear the witness, and check the dates and issuers in the record. # speaker: narrator
-> DONE

=== after_beals_norway ===
# bg: blue-house
# music: calm
In Trotsky's telling, Beals fell silent after each answer, and by now not even his advisers in the public could find a question that helped the Moscow version. That is the witness's account. # speaker: narrator # cite: L4711-4713, L4739-4741
-> two_regimes
