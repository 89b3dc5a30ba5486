// Sitting 3, the Norwegian answer and Moscow's reply (L8575-8783).
// Source check 3 (sc_arbeiderbladet), Moscow's session of 27 January with the Soviet
// representation's report (moscow_reply, a short source check 4), the deduction
// "open is not landed" (deduce_open), then CE-7 "Moscow Answers" (ce_moscow).
// Outline: 02-coyoacan-b.md, sc-arbeiderbladet, CE-7, sc-mission-report, ded-open-not-landed.

=== sc_arbeiderbladet ===
# scene: Source check · Arbeiderbladet, 29 January 1937
Before Moscow's reply, a Norwegian paper asked the airfield again. Goldman puts the clipping on the table. # speaker: narrator # dramatized: the book quotes the article; it does not say it was laid before the hearing this way # cite: L8725-8730 # add: arbeiderbladet-1937-01-29 # sfx: paper
- (q_who2) Before you lean on it, judge it. Who is speaking in the interview part of this article? # speaker: narrator # add: gulliksen # check: arbeiderbladet-1937-01-29 who
* [Knudsen, Trotsky's Norwegian host] Knudsen's denial is mentioned in it, and he telegraphed Moscow that day. But read who answers the reporter's questions: the airfield's director. # speaker: narrator # cite: L8717-8724, L8736-8746
    -> q_who2
* [The Norwegian government] The paper belongs to the governing party, but a party's paper is not the government, and the voice in the interview is the airfield director's. # speaker: narrator # cite: L8725-8726, L8744-8746
    -> q_who2
+ [A reporter, writing down the airfield director's answers #best] Yes. A staff reporter questions Director Gulliksen of Kjeller and prints his replies. # speaker: narrator # cite: L8744-8746
- (q_basis) Where does the director's knowledge come from? # speaker: narrator # check: arbeiderbladet-1937-01-29 basis
+ [The airfield's book of daily customs records #best] Yes. Before answering, he went through the book in which the customs records are entered day by day. # speaker: narrator # cite: L8750-8751
* [His own memory of a busy winter] Memory would be weak. But he did not rely on it. # speaker: narrator # cite: L8750-8751
    -> q_basis
* [What Trotsky's lawyer told him] No. The lawyer wrote to him only later, after the article. # speaker: narrator # cite: L8764-8767
    -> q_basis
- (q_forwhom) Whose side is the paper on? # speaker: narrator # check: arbeiderbladet-1937-01-29 for-whom
* [On Trotsky's side, since it reports a fact that helps him] Helping him is the effect, not the stake. Read the issuer: the governing party's paper, which approved his internment. # speaker: narrator # cite: L8725-8729
    -> q_forwhom
+ [The governing party's paper, which backed his internment #best] Yes. It approved his internment and, while he was held, printed very hostile articles about him. A source with no sympathy for him that reports a fact in his favour carries extra weight. # speaker: narrator # cite: L8725-8729
* [The opposition's paper, out to embarrass the government] Read the issuer again: it is the paper of the governing party itself, whose government had interned him. # speaker: narrator # cite: L8725-8729
    -> q_forwhom
- (q_couldcheck) A paper can misquote a man. What checks that here? # speaker: narrator # check: arbeiderbladet-1937-01-29 could-check
* [Aftenposten's report of 25 January] It backs the fact, but it cannot show that Arbeiderbladet quoted the director rightly. Only the director can. # speaker: narrator # cite: L8692-8695, L8764-8777
    -> q_couldcheck
* [The Soviet representation's inquiry] That inquiry was meant to confirm Pyatakov, the paper says. It did not check the interview. # speaker: narrator # cite: L8735-8736
    -> q_couldcheck
+ [Asking the director himself, in writing, whether he was quoted right #best] Yes, and it was done: Trotsky's Norwegian lawyer wrote to him, and the director answered in writing that his statement was reported correctly. # speaker: narrator # cite: L8764-8777
- Here is that letter, on the airfield's letterhead. And Aftenposten had already reported the same thing on 25 January. # speaker: goldman # dramatized: counsel's words are not recorded # cite: L8764-8779, L8692-8695 # add: gulliksen-letter # sfx: paper
- (q_rating) How strong is this source, and for what? # speaker: narrator # check: arbeiderbladet-1937-01-29 rating
+ [Strong, for what Kjeller recorded #best] Yes. A hostile paper, a register, a written confirmation. But it speaks for Kjeller. It says nothing about any other place in Norway. # speaker: narrator # cite: L8744-8763
* [Weak, because it helps Trotsky] Helping him is not the test. Ask who made it and how. Here a hostile paper read a register. # speaker: narrator # cite: L8725-8729, L8750-8751
    -> q_rating
* [Conclusive for the whole of Norway] Careful. The customs book covers Kjeller, nothing more. # speaker: narrator # cite: L8744-8763
    -> q_rating
- -> moscow_reply

=== moscow_reply ===
# scene: The Moscow report · session of 27 January 1937
The Moscow report again. # speaker: goldman # dramatized: Goldman reading the report aloud is staged # cite: L8697-8698 # add: moscow-report-session-1937-01-27 # sfx: paper
Vyshinsky asks Pyatakov at which Norwegian airfield he landed. "Near Oslo." He knows no name. He was too agitated to notice anything. "I remember it well." # speaker: goldman # cite: L8697-8705 # dramatized: counsel's words are not recorded; the facts are the book's
-> deduce_reply

// Deduction (issue 15.2): why the prosecutor came back to the landing on the 27th. The book:
// Aftenposten's report of the 25th went round the world; Vyshinsky had to react, and did so
// in his own way (L8692-8705). By the 26th at the latest he had the Norwegian press's denial by
// telegram (L8352-8354). Trotsky's questions, though before the court, were never put (L8349-8357).
=== deduce_reply ===
# deduction: deduce_reply
# title: Why That Day?
# prompt: Pyatakov had told of his flight days before. Why did the prosecutor return to the landing on the 27th? Combine the session with the record that came just before it.
# after: reply_report
-> DONE

= right
# combine: aftenposten-1937-01-25 + moscow-report-session-1937-01-27
Aftenposten's report of the 25th went round the world; by the 26th at the latest, Trotsky writes, the prosecutor had the Norwegian denial by telegram. Then these questions. # speaker: goldman # cite: L8692-8698, L8352-8354 # dramatized: counsel's words are not recorded; the facts are the book's
- (q_conclusion) Read together, what do they show? # speaker: narrator # check: ded-answer-to-oslo conclusion
* [That Pyatakov changed his story once Oslo denied it]
    No. He held to it: near Oslo, "I remember it well". The prosecutor's interest changed, not the witness's account. # speaker: narrator # cite: L8699-8705
    -> q_conclusion
* [That the session settled which airfield he used]
    Read the session again: asked twice, he said only "near Oslo" and could give no name. # speaker: narrator # cite: L8697-8705
    -> q_conclusion
+ [That the prosecutor was answering Oslo's denial, and still got no airfield named #best]
    Yes. Vyshinsky had to react, Trotsky writes, and did it in his own way: a witness who names no field, then a document. # speaker: goldman # cite: L8695-8705 # add: ded-answer-to-oslo
* [That the prosecutor was taking up Trotsky's questions]
    His first questions were before the court from the 25th, yet not one was put to Pyatakov. The book links this session to the Norwegian report. # speaker: narrator # cite: L8349-8357, L8692-8698
    -> q_conclusion
- -> DONE

= wrong_later
# combine: knudsen-telegram-1937-01-29 + moscow-report-session-1937-01-27
# combine: arbeiderbladet-1937-01-29 + moscow-report-session-1937-01-27
# combine: gulliksen-letter + moscow-report-session-1937-01-27
Read the date: that came on the 29th of January or later, after this session. A session cannot answer what has not yet been said. # speaker: narrator # cite: L8717-8730, L8764-8767
-> DONE

= wrong_trotsky
# combine: thirteen-questions-1937-01-27 + moscow-report-session-1937-01-27
# combine: communique-1937-01-24 + moscow-report-session-1937-01-27
Trotsky's own questions were before the court, but none was put to Pyatakov. The book ties this session to a Norwegian paper's report. # speaker: narrator # cite: L8349-8357, L8692-8698
-> DONE

= wrong
Those two do not explain the session of the 27th. Look for what was published just before it. # speaker: narrator
-> DONE

= hints
Something appeared between Pyatakov's story and the 27th. What did Norway report? # hint: 1
Open Aftenposten: read what it reported, and when. # hint: 2 # point: aftenposten-1937-01-25.reported
Combine Aftenposten's evening edition with the session of 27 January. # hint: 3
-> DONE

=== reply_report ===
Then the prosecutor reads out a report from the Soviet representation in Norway, and has it filed. # speaker: goldman # cite: L8705-8712 # add: soviet-mission-report # dramatized: counsel's words are not recorded; the facts are the book's
Kjeller airfield near Oslo, it says, is open all year to aircraft of other countries under international rules, and landings and take-offs are possible in the winter months as well. # speaker: goldman # cite: L8707-8710 # dramatized: counsel's words are not recorded; the facts are the book's
That is all it says. Many papers, Mr Trotsky notes, called it "surprising", and meant it kindly. # speaker: goldman # cite: L8705-8707 # dramatized: counsel's words are not recorded; the facts are the book's
- (q_who) Who produced this report? # speaker: narrator # check: soviet-mission-report who
* [The Moscow court] The court filed it; it did not write it. Read the issuer: the Soviet representation in Norway, read out by the prosecutor. # speaker: narrator # cite: L8705-8712
    -> q_who
+ [The Soviet representation in Norway #best] Yes. A Soviet body, whose government brought the charge. The book calls it the representation; it does not say embassy. # speaker: narrator # cite: L8707-8708
* [The Norwegian airfield] No. Kjeller's director spoke to Arbeiderbladet. This is Moscow's own paper. # speaker: narrator # cite: L8707-8708, L8744-8746
    -> q_who
- (q_compare) What does it NOT say? # speaker: narrator # check: soviet-mission-report compare
* [That winter flying was possible] It does say that: landings and take-offs are possible in winter. # speaker: narrator # cite: L8707-8710
    -> q_compare
* [That the airfield is near Oslo] It does say that: read the "Open" line, "Kjeller near Oslo". # speaker: narrator # cite: L8707-8708
    -> q_compare
+ [That any foreign plane landed at Kjeller in December 1935 #best] Exactly. Not a word on whether anything landed. And Arbeiderbladet adds that Moscow's foreign commissariat made its inquiry to confirm the testimony. # speaker: narrator # cite: L8710-8717, L8735-8736
- Before we read the session line by line, put two things in the record side by side. # speaker: goldman # dramatized: counsel's words are not recorded
-> deduce_open

=== deduce_open ===
# deduction: deduce_open
# title: What Is Moscow's Report Worth?
# prompt: Two records speak of the same airfield in the same winter. Find them and put them side by side.
# after: before_moscow
-> DONE

= right
# combine: soviet-mission-report + arbeiderbladet-1937-01-29
# combine: soviet-mission-report + gulliksen-letter
# combine: soviet-mission-report + aftenposten-1937-01-25
# combine: soviet-mission-report + knudsen-telegram-1937-01-29
- (q_conclusion) Side by side, what do they show? # speaker: narrator # check: ded-open-not-landed conclusion
* [That no foreign plane could have landed at Kjeller that winter]
    Too strong. Moscow's report says winter landings were possible, and nobody in Norway denied it. # speaker: narrator # cite: L8707-8717
    -> q_conclusion
+ [That the field could take a foreign plane, and its own records show none came #best]
    An airfield that could receive a foreign plane is not an airfield that did. # speaker: goldman # add: ded-open-not-landed # cite: L8705-8717 # dramatized: counsel's words; the argument is the book's (L8713-8717)
* [That Moscow's report is false]
    Nothing shows that. What it says may well be true; it simply does not say what the trial needed. # speaker: narrator # cite: L8705-8717
    -> q_conclusion
- Put it generously, as Mr Trotsky does: give Moscow not 31 days but 224, and there is still no plane. # speaker: goldman # cite: L8781-8783 # dramatized: counsel's words are not recorded; the facts are the book's
-> DONE

= wrong_veksal
# combine: soviet-mission-report + fact-veksal-residence
Distance is another matter. The report is about landings; pair it with something that says what landed. # speaker: narrator # cite: L8567-8570
-> DONE

= wrong_tageblatt
# combine: soviet-mission-report + berliner-tageblatt-1935-12-21
Berlin, not Kjeller. The Tageblatt says nothing about the airfield. # speaker: narrator # cite: L8415-8419
-> DONE

= wrong_session
# combine: soviet-mission-report + moscow-report-session-1937-01-27
Both come from the same Moscow session. One cannot check the other. # speaker: narrator # cite: L8697-8712
-> DONE

= wrong
Those two do not meet. One of them should say what the airfield could do; the other, what it actually recorded. # speaker: narrator
-> DONE

= hints
Read the report's verbs: "open", "possible". Does it say any plane landed? # hint: 1
Open Arbeiderbladet and read what the customs book shows for the autumn and winter. # hint: 2 # point: arbeiderbladet-1937-01-29.gap
Combine Moscow's report with the customs-book evidence: what it could receive, against what it received. # hint: 3
-> DONE

=== before_moscow ===
Now the session itself, and the witness Bukhartsev before it. # speaker: goldman # dramatized: counsel's words are not recorded
Press what the report says. Where it contradicts the Norwegian record, present it. # speaker: narrator
-> ce_moscow

// -------------------------------------------------------------------------------------
// CE-7 — "Moscow Answers": Bukhartsev, then the session of 27 January (L8575-8717)
// -------------------------------------------------------------------------------------
=== ce_moscow ===
# cross: ce_moscow
# title: Moscow Answers
# witness: pyatakov
# transcript: moscow-report-session-1937-01-27
# place: The Moscow report, read at Coyoacán, April 1937
# after: interlude
-> DONE

= s1
# answer: arbeiderbladet-1937-01-29, gulliksen-letter, aftenposten-1937-01-25, knudsen-telegram-1937-01-29
# speaker: bukhartsev
# cite: L8606-8608, L8653-8655
Stirner told me a special plane would take Pyatakov to Oslo and bring him back. Before going home, Pyatakov told me he had been there and seen him.
-> DONE

= s1_press
"And bring him back." Then the plane did not touch down for a few minutes. # speaker: goldman # cite: L8680-8684 # dramatized: counsel's words are not recorded; the facts are the book's
It waited: the rest of the afternoon and the whole night, fifteen hours at the least, and surely took on fuel there. A foreign aircraft, parked on Oslo's airfield overnight. # speaker: trotsky # cite: L8682-8688 # add: inf-plane-overnight
When did Pyatakov fly back? # speaker: ruehle # dramatized: the book raises this point; who asked it is not recorded
The report gives no date for his return. The night on the field is my inference from Bukhartsev's words. # speaker: trotsky # cite: L8606-8608, L8680-8688
-> DONE

= s1_right
# objection
# breakthrough
# music: breakthrough
Objection! A plane that flew him there and back would have stood on that field all night. # speaker: goldman # sfx: objection # dramatized: counsel's words; the inference is Trotsky's (L8680-8688)
{
- presented == "aftenposten-1937-01-25":
    Aftenposten asked the airfield: not one foreign aircraft arrived in Oslo in December 1935. # speaker: goldman # cite: L8692-8695 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "knudsen-telegram-1937-01-29":
    Knudsen's telegram: officially confirmed, no foreign or private aircraft landed at Oslo airfield in December 1935. # speaker: goldman # cite: L8717-8721 # dramatized: counsel's words are not recorded; the facts are the book's
- else:
    The director, from his customs book: no foreign aircraft at Kjeller from 19 September 1935 to 1 May 1936, and a military patrol on the field all night. # speaker: goldman # cite: L8750-8763 # dramatized: counsel's words are not recorded; the facts are the book's
}
No special plane came, so none took him there or brought him back. # speaker: dewey # cite: L8692-8695, L8750-8763 # dramatized: the chairman's words are not recorded
-> DONE

= s1_wrong_veksal
# wrong: fact-veksal-residence
Where Trotsky lived says nothing about what came down at the airfield. # speaker: narrator # cite: L201-204
-> DONE

= s1_wrong_mission
# wrong: soviet-mission-report
That is Moscow's own paper, and it talks about what was possible, not what happened. # speaker: narrator # cite: L8705-8712
-> DONE

= s1_wrong_inference
# wrong: inf-plane-overnight
That is our own reasoning about the plane. Now show the record that it runs into. # speaker: narrator # cite: L8680-8688
-> DONE

= s1_hints
"…and bring him back." How long does the plane wait in Oslo? # hint: 1
Open Arbeiderbladet: what does the customs book show from September to May? # hint: 2 # point: arbeiderbladet-1937-01-29.gap
Name it: a special plane there and back, against a customs book with no foreign aircraft all winter. # hint: 3
-> DONE

= s2
# speaker: bukhartsev
# cite: L8669-8671
I understood that Stirner could arrange all of it through German official figures.
-> DONE

= s2_press
The prosecutor asked him: isn't it hard to fly from one country into another? # speaker: goldman # cite: L8664-8667 # dramatized: counsel's words are not recorded; the facts are the book's
He remembers that borders exist. He forgets them as soon as it comes to the landing, the passport, the visa, the hotel. # speaker: trotsky # expression: smug # cite: L8667-8669
And Stirner himself, if he exists, is beyond the prosecutor's reach. # speaker: trotsky # cite: L8598-8601
This is what a witness says he understood about a third man. It cannot be tested against a document. # speaker: narrator
-> DONE

= s3
# speaker: pyatakov
# cite: L8697-8705
Which airfield? Near Oslo. I do not know its name. Near Oslo; I remember it well.
-> DONE

= s3_press
Who could forget such a thing? And yet he cannot name it. # speaker: trotsky # cite: L8703-8705
"In Oslo" before, "near Oslo" now. Is that a contradiction? # speaker: stolberg # dramatized: who raised this is not recorded
No. The book calls Kjeller both "near Oslo" and Oslo's only airfield. The two phrases fit the same field. # speaker: goldman # cite: L8707-8708, L8766 # dramatized: counsel's words; the facts are the book's
-> DONE

= s4
# speaker: pyatakov
# cite: L8700-8703
I was too agitated to notice anything in particular when we landed.
-> DONE

= s4_press
A foreign aircraft should have drawn the attention of the Norwegian air authorities, and someone should have checked the passengers' passports. # speaker: goldman # cite: L8501-8503 # dramatized: counsel's words are not recorded; the facts are the book's
He noticed nothing. No one can prove what a man did or did not feel. Leave it. # speaker: narrator
-> DONE

= s5
# answer: ded-open-not-landed, arbeiderbladet-1937-01-29, knudsen-telegram-1937-01-29
# speaker: vyshinsky
# cite: L8696-8697, L8705-8712, L8735-8736
# dramatized: the report's content and its filing are in the record; "that answers the Norwegian papers" gives the purpose the book and Arbeiderbladet name (L8696-8697, L8735-8736)
Our representation in Norway reports that Kjeller near Oslo is open to foreign aircraft all year, and winter landings are possible. That answers the Norwegian papers. I ask that it be filed.
-> DONE

= s5_press
Does it? # speaker: goldman # dramatized: counsel's question is not recorded
The question only begins here. # speaker: trotsky # expression: pressed # cite: L8713
Nobody had asked Moscow for flying conditions in a Norwegian winter. The world had asked whether one plane came. # speaker: trotsky # cite: L8714-8717
Arbeiderbladet says what the inquiry was for: Moscow's foreign commissariat made it to confirm the testimony. # speaker: narrator # cite: L8735-8736
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
Objection! The report says what could happen at Kjeller. The papers said what did not. # speaker: goldman # sfx: objection # dramatized: counsel's words; the argument is the book's (L8713-8717)
{
- presented == "arbeiderbladet-1937-01-29":
    Two days after the report was filed, Arbeiderbladet asked Kjeller again, and got the same answer from the customs book. # speaker: goldman # cite: L8744-8763 # dramatized: counsel's words are not recorded; the facts are the book's
- presented == "knudsen-telegram-1937-01-29":
    Two days after the report was filed, Knudsen telegraphed the prosecutor himself: officially confirmed that day, no foreign or private aircraft landed at Oslo airfield in December 1935. # speaker: goldman # cite: L8717-8721 # dramatized: counsel's words are not recorded; the facts are the book's
}
No one in Norway said planes cannot fly in winter. Kjeller's register: no foreign aircraft from 19 September 1935 to 1 May 1936. Open, yes; landed, no. The papers were not answered. # speaker: goldman # cite: L8713-8717, L8761-8763 # dramatized: counsel's words are not recorded; the facts are the book's
-> DONE

= s5_wrong_aftenposten
# wrong: aftenposten-1937-01-25
# close
Close: this is what Moscow had to answer, but it came before the report. What shows the report did not answer it? Your deduction, or what Norway said again afterwards. No mark lost. # speaker: narrator # cite: L8692-8695, L8717-8721, L8725-8763
-> DONE

= s5_wrong_questions
# wrong: thirteen-questions-1937-01-27
Questions, not facts about the field. # speaker: narrator # cite: L8327-8330
-> DONE

= s5_wrong_veksal
# wrong: fact-veksal-residence
Distance is not the point here. The prosecutor is talking about the airfield. # speaker: narrator # cite: L8567-8570
-> DONE

= s5_wrong_session
# wrong: moscow-report-session-1937-01-27
That is the same session. The report is part of it. # speaker: narrator # cite: L8697-8712
-> DONE

= s5_wrong_mission
# wrong: soviet-mission-report
# close
Close: its silence on landings is the point. Now set that silence beside what Kjeller recorded: your deduction does it. No mark lost. # speaker: narrator # cite: L8705-8712
-> DONE

= s5_wrong_reply
# wrong: ded-answer-to-oslo
# close
Close: your deduction suggests, on Trotsky's reading, that the report was meant as an answer to Oslo. Did it answer? Set what it says beside what Kjeller recorded. No mark lost. # speaker: narrator # cite: L8695-8717
-> DONE

= s5_hints
Read the report's verbs: "open", "possible". Does it say any plane landed? # hint: 1
Look at what your deduction put side by side: the customs book's autumn-to-spring gap. # hint: 2 # point: ded-open-not-landed.so
Open is not landed, and the Norwegian papers said nothing landed. Present the deduction. # hint: 3
-> DONE

= wrong
That is not where this line of the report gives way. Press it, and read the Norwegian documents again. # speaker: narrator
-> DONE
