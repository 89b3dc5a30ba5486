// CE-2 — Berman-Yurin and David: the visitors who saw nothing (outline CE-2), and
// CE-3 — the rescue theories, read into the record by Finnerty, with Source check 1 at S2
// (outline CE-3 and Source check 1). Both are staged, and every statement says so on screen
// (# dramatized): the book summarises Berman-Yurin's and David's testimony without quoting it,
// and does not record the rescue theories being raised at the hearing (basis L6944-7080 and
// L7081-7179). Proofs: story/coyoacan-1/proofs.json.

VAR absence_ticks = 0
VAR tick_address = false
VAR tick_papers = false
VAR tick_villa = false
VAR tick_rumour = false
VAR tick_guard = false
VAR sc1_done = false

=== ce_visitors_intro ===
# scene: The Moscow record · Berman-Yurin and David
# music: tense
# add: moscow-report-berman-david
Next, Berman-Yurin and Fritz David. The book only summarises them, so these pages are our wording. Pressing them turns up silence: list what a real visitor could not have missed. # speaker: narrator # cite: L6944-6946, L6966-6972, L7061-7078
-> ce_visitors

=== ce_visitors ===
# cross: ce_visitors
# title: The Visitors Who Saw Nothing
# witness: berman-yurin
# transcript: moscow-report-berman-david
# place: Read into the record at Coyoacán; testimony of August 1936 (summary)
# after: after_visitors
-> DONE

= s1
# speaker: berman-yurin
# cite: L6944-6946, L6966-6967, L6970-6972
# dramatized: the book summarises their testimony; these words are ours
Sedov, in Berlin, sent each of us to his father in Copenhagen; each of us travelled on his own.
-> DONE

= s1_press
How did they travel, and where did they find him? Which passports, which address, where did they sleep? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
The record does not say, and neither judge nor prosecutor asks one concrete question. Not one of my "visitors" even names the part of town. # speaker: trotsky # cite: L7063-7064, L7077-7080
{ not tick_address:
    ~ tick_address = true
    ~ tick_papers = true
    ~ absence_ticks = absence_ticks + 2
    Checklist: address or district, passports, lodging: not named. # speaker: narrator # sfx: paper # cite: L7063-7064, L7077-7078
}
-> DONE

= s3
# answer: moscow-report-holtzman
# speaker: berman-yurin
# cite: L6966-6968
# dramatized: the book summarises their testimony; these words are ours
Sedov sent us from Berlin; in Copenhagen we found Trotsky ourselves.
-> DONE

= s3_press
Did either of them see Sedov in Copenhagen? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Neither mentions him there. They found their own way to me; from what they say, my son had told them all they needed in Berlin. # speaker: trotsky # cite: L6967-6968, L7001-7002, L7019-7021
All four "terrorists" say my son put them in touch with me. Where was my son? On that, their stories part company. # speaker: trotsky # expression: thinking # cite: L6999-7000
-> DONE

= s3_right
# objection
# breakthrough
# music: breakthrough
Objection! If Sedov was in Copenhagen that week, as Holtzman's page says, he walked Holtzman, who already knew Trotsky, to the door, yet left these two strangers to find him alone. Hard to believe, and the prosecutor never noticed. # speaker: goldman # cite: L6969, L7015-7016, L7019-7026, L7003-7004
-> DONE

= s3_wrong_olberg
# wrong: moscow-report-olberg
# close
Close: Olberg is about Sedov's trip, but his account fits this page, since Sedov stayed in Berlin. It clashes with Holtzman, not with these two. # speaker: narrator # cite: L6977-6982
-> DONE

= s3_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
Neither of these men mentions the Bristol. # speaker: narrator # cite: L6966-6968
-> DONE

= s3_wrong_herriot
# wrong: telegram-sedova-to-herriot
The telegram confirms Sedov in Berlin, and these two do not dispute that. Whose story needs Sedov in Copenhagen? # speaker: narrator # cite: L4154-4156
-> DONE

= s3_hints
Re-read "we found Trotsky ourselves". In another account, who had Sedov as an escort? # hint: 1
Open Holtzman's page: who took him from the vestibule to Trotsky's lodging? # hint: 2 # point: moscow-report-holtzman.escort
Name it: if Sedov was in Copenhagen that week, escorting a man who already knew Trotsky, why leave two strangers to find him alone? The accounts sit badly together. # hint: 3
-> DONE

= s5
# speaker: berman-yurin
# cite: L3232-3237, L6946
# dramatized: the book summarises their testimony; these words are ours
In one conversation he gave us terrorist instructions, and told us not to contact the terrorist centre in Moscow.
-> DONE

= s5_press
What did the room look like? Who else was in the house? What was everyone talking about? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
The pages say nothing. # speaker: narrator # cite: L7065-7076
Think about what they would have seen: it is in your record from the direct examination. Present those items here: each counts as "Close", so none costs a mark. Any other item still does. # speaker: narrator
-> DONE

= s5_wrong_villa
# wrong: copenhagen-villa
# close
Absence check: the house was a dancer's villa, furnished to suit her trade. Visitors would surely have mentioned it. Not one does. # speaker: trotsky # cite: L7065-7069
{ not tick_villa:
    ~ tick_villa = true
    ~ absence_ticks = absence_ticks + 1
    Checklist: the dancer's villa, not mentioned. # speaker: narrator # sfx: paper
}
-> DONE

= s5_wrong_rumour
# wrong: zinoviev-death-rumour
# close
Absence check: the whole house was talking about the report of Zinoviev's death. Any visitor would have heard it. Neither man says a word about it. # speaker: trotsky # cite: L7070-7074
{ not tick_rumour:
    ~ tick_rumour = true
    ~ absence_ticks = absence_ticks + 1
    Checklist: the Zinoviev rumour, not mentioned. # speaker: narrator # sfx: paper
}
-> DONE

= s5_wrong_guard
# wrong: secretaries-and-guard
# close
Absence check: not one of my visitors says a word about my secretaries, or my guard. # speaker: trotsky # cite: L7075-7076
{ not tick_guard:
    ~ tick_guard = true
    ~ absence_ticks = absence_ticks + 1
    Checklist: secretaries and guard, not mentioned. # speaker: narrator # sfx: paper
}
-> DONE

= wrong
That is about Sedov or the Bristol, not about what these visitors say or would have seen. # speaker: narrator
-> DONE

=== after_visitors ===
# music: calm
# scene: The absence checklist
Silent on all five: address, villa, Zinoviev rumour, secretaries and guard, passports and lodging. { absence_ticks >= 5:You ticked all five yourself.|You ticked {absence_ticks} yourself.} Silence alone proves nothing; it matters because no real visitor could miss these, and the court never asked. # speaker: narrator # cite: L7061-7080
-> ce_rescue_intro

=== ce_rescue_intro ===
# scene: The rescue theories
# music: tense
# add: comintern-press-konditorei-bristol
The commission should hear the published defences of the verdict too, such as the Comintern press's "Konditorei Bristol" of February 1937. I will read them into the record. # speaker: finnerty # cite: L4733-4736, L7086-7107 # dramatized: the book does not record these theories being read at the hearing
Before he reads, place the new paper among what the record already holds. # speaker: narrator
# scene: Deduction · Two papers, one building
-> deduce_papers

// Deduction (issue 15.2): the café story set beside the Danish paper it answers. The book's
// own conclusion: Moscow's court answered Sozial-Demokraten with silence; the Stalinists kept
// silent five months, then the Comintern press made its "rescuing discovery" (L7081-7086,
// L7092-7099). Pritt's slip theory (L7086-7088) is a guess that names no other building;
// the book does not say where or how he put it.
=== deduce_papers ===
# deduction: deduce_papers
# title: Moscow's Answer
# prompt: Moscow's defenders have spoken. Combine their paper with the record it answers: what does the pair show?
# after: rescue_reading
-> DONE

= right
# combine: sozial-demokraten-1936-09-01 + comintern-press-konditorei-bristol
The Danish paper checked the building on 1 September 1936; the café story is dated February 1937. # speaker: goldman # cite: L7081-7085, L7094-7099 # dramatized: counsel's words are not recorded; the dates are the book's
- (q_conclusion) Read together, what do the two show? # speaker: narrator # check: ded-late-rescue conclusion
* [That the Danish paper was wrong about the hotel, and Holtzman's Bristol stood]
    Read the café story's first claim: Copenhagen has no Hotel Bristol. The defenders agree with the Danish paper on that. # speaker: narrator # cite: L7098-7099
    -> q_conclusion
* [That Moscow's side answered the Danish paper at once, within weeks]
    Read the Danish paper's line on Moscow's answer: silence. The café story came in February 1937, five months later. # speaker: narrator # cite: L7084-7086, L7094-7098
    -> q_conclusion
+ [That the café came only after the Danish finding, the hotel given up #best]
    Yes. First the Danish paper; then five months of silence and a "rescuing discovery" (both Trotsky's words), which still grants there is no Hotel Bristol. # speaker: goldman # cite: L7081-7086, L7094-7099 # add: ded-late-rescue
* [That Holtzman had meant the café all along, and was misheard]
    That is what the defenders say, not what the dates show. Holtzman's own words were a hotel and its vestibule. # speaker: narrator # cite: L4084-4088, L7098-7103
    -> q_conclusion
- -> DONE

= wrong_holtzman
# combine: comintern-press-konditorei-bristol + moscow-report-holtzman
That is the next question: does a café fit Holtzman's words? First find what the café story was answering. # speaker: narrator # cite: L7098-7103
-> DONE

= wrong_shown
# combine: sozial-demokraten-1936-09-01 + moscow-report-holtzman
That contradiction is already shown. Moscow's defenders have since answered it: pair their paper with the one it answers. # speaker: narrator # cite: L7081-7085, L7094-7099
-> DONE

= wrong_pritt
# combine: pritt + sozial-demokraten-1936-09-01
Pritt's stenographer's slip answers the Danish paper with a guess, and it names no other building. Find the paper that offers one. # speaker: narrator # cite: L7086-7088, L7098-7101
-> DONE

= wrong
Those two are not a finding and its answer. Look for one paper that found something out, and another that answered it. # speaker: narrator
-> DONE

= hints
Moscow's defenders did not speak first. Which paper had already checked the building? # hint: 1
Open the Danish paper and read its date, then the café story's. # hint: 2 # point: sozial-demokraten-1936-09-01.date
Combine Sozial-Demokraten with the "Konditorei Bristol" story, and read their dates in order. # hint: 3
-> DONE

=== rescue_reading ===
Then hear the defences themselves. # speaker: dewey # dramatized: the chairman's words are not recorded
-> ce_rescue

=== ce_rescue ===
# cross: ce_rescue
# title: The Rescue Theories
# witness: finnerty
# transcript: comintern-press-konditorei-bristol
# place: Read into the record at Coyoacán; published defences of the verdict, 1936–1937
# after: after_rescue
-> DONE

= s1
# speaker: finnerty
# cite: L7086-7088, L4176-4178
# dramatized: a published theory the book answers; Finnerty reading it at the hearing is staged
The name "Bristol" was simply taken down wrongly by the stenographer.
-> DONE

= s1_press
Whose theory is that? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
One of the GPU's lawyers; I believe the irreplaceable Mr Pritt. # speaker: trotsky # cite: L7086-7088
The trial was held in Russian: "Bristol" is hardly a word a Russian stenographer writes by accident. The corrected reports were read by judges and public, with foreign journalists in the room. # speaker: trotsky # expression: smug # cite: L7088-7092
Nobody found the "slip" until the Danish paper did. And my son's presence: was that a slip of the pen too? # speaker: trotsky # cite: L7092-7094, L4178-4180
Noted: five months of silence, September 1936 to February 1937. An argument, not a document, so there is nothing to present here. # speaker: narrator # cite: L7081-7082, L7094-7098
-> DONE

= s2
# speaker: finnerty
# cite: L7098-7101
# dramatized: a published theory the book answers; Finnerty reading it at the hearing is staged
There was no Hotel Bristol in Copenhagen, but there was a Konditorei, a café, called Bristol, sharing a wall with the Grand Hotel Kopenhagen.
-> DONE

= s2_press
When was this café found? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
In February of this year, after five months of silence. So one building has the name, the other has the lobby: put them together and you have Holtzman's hotel! # speaker: trotsky # expression: smug # cite: L7094-7102
Two newspapers, then, on one building. Before going on, weigh them as sources. # speaker: narrator
{ sc1_done:
    You have already weighed the two papers. # speaker: narrator
- else:
    ~ sc1_done = true
    -> source_check_1 ->
}
-> DONE

= s4
# answer: moscow-report-holtzman, comintern-press-konditorei-bristol
# speaker: finnerty
# cite: L7098-7107, L7139-7141
# dramatized: the Comintern press's conclusion; Finnerty reading it at the hearing is staged
So Holtzman's meeting with Sedov took place at the Konditorei Bristol.
-> DONE

= s4_press
Suppose Holtzman mixed up the names when he fixed the meeting in Berlin. How would Sedov have found the place? # speaker: goldman # cite: L7108-7110 # dramatized: Trotsky's own question in the book, staged as Goldman's
Grant him great ingenuity: he finds a hotel with another name round the corner. Still, a mix-up of names could only come before they met; face to face, both would know where they stood. # speaker: trotsky # cite: L7110-7116
No one who had been there could later describe a café as a hotel lobby. # speaker: trotsky # cite: L7116-7118
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
Objection! Holtzman met Sedov in the vestibule of a hotel, and a café has no vestibule. By the Comintern's own drawing, café and hotel open onto two different streets. # speaker: goldman # cite: L7102-7106, L4087-4088
So where was the meeting? In the vestibule without the Bristol, or in the Bristol without a vestibule? # speaker: trotsky # expression: smug # cite: L7106-7107
-> DONE

= s4_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
The rescue already concedes the hotel was gone. The question now is whether the café fits Holtzman's words. # speaker: narrator # cite: L7098-7099
-> DONE

= s4_wrong_herriot
# wrong: telegram-sedova-to-herriot
That is about Sedov, not the building. # speaker: narrator # cite: L4154-4156
-> DONE

= s4_wrong_villa
# wrong: copenhagen-villa
That is Trotsky's lodging, not the meeting place. # speaker: narrator # cite: L7065-7066
-> DONE

= s4_wrong_ded
# wrong: ded-late-rescue
# close
Close: your deduction dates the café story, but this page claims the meeting took place there. Does a café fit Holtzman's words? No mark lost. # speaker: narrator # cite: L7098-7103
-> DONE

= s4_hints
Re-read Holtzman's page: where exactly did they meet? # hint: 1
Open Holtzman's testimony and read the line about the meeting. # hint: 2 # point: moscow-report-holtzman.vestibule
Name it: Holtzman met Sedov in a hotel's vestibule, and a café has none; by the Comintern's own drawing, café and hotel open onto different streets. Present Holtzman's page, or the drawing. # hint: 3
-> DONE

= s5
# answer: moscow-report-holtzman
# speaker: finnerty
# cite: L7119-7120, L7136-7141
# dramatized: the Comintern press's inference; Finnerty reading it at the hearing is staged
For years the Bristol café had been the Trotskyists' meeting place, which is why Holtzman chose it.
-> DONE

= s5_press
Were there Trotskyists in Denmark in 1932? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
It is an anachronism. In 1932 we did not find a single "Trotskyist" in Denmark. German ones came only in 1933, after the fascist takeover. # speaker: trotsky # cite: L7120-7123
That is Trotsky's assertion; the book gives no other source for it. But grant the café its reputation. Would Holtzman have chosen it? # speaker: narrator # cite: L7121-7126
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
Objection! "For conspiratorial reasons" Holtzman would not even travel with Sedov. That he chose a known Trotskyist haunt, and then mistook it for a hotel, is hard to believe. # speaker: goldman # cite: L7130-7145
-> DONE

= s5_wrong_comintern
# wrong: comintern-press-konditorei-bristol
That paper is the source of this claim. Presenting it cannot contradict it. # speaker: narrator # cite: L7119-7120
-> DONE

= s5_wrong_sozial
# wrong: sozial-demokraten-1936-09-01
That is about the hotel's demolition, not about who met in the café. # speaker: narrator # cite: L7081-7084
-> DONE

= s5_wrong_rumour
# wrong: zinoviev-death-rumour
That has nothing to do with the meeting place. # speaker: narrator # cite: L7070-7074
-> DONE

= s5_hints
Re-read Holtzman's own words about how he wanted to travel. # hint: 1
Find the line "for conspiratorial reasons" on his page. # hint: 2 # point: moscow-report-holtzman.travel
Name it: a man who would not even travel with Sedov, to stay unseen, is hard to picture choosing a café known as a Trotskyist meeting place. # hint: 3
-> DONE

= wrong
That does not touch this theory. Read it again: what does it claim about the building, or about Holtzman? # speaker: narrator
-> DONE

// Source check 1 — Two newspapers on one building (outline: at CE-3 S2). Four prompts per item.
=== source_check_1 ===
# scene: Source check · Two newspapers on one building
- (q_who2) Sozial-Demokraten, 1 September 1936. Who published it, and with what stake? # speaker: narrator # check: sozial-demokraten-1936-09-01 who
* [A paper friendly to Trotsky, since its finding helps him]
    Helping his case is the effect, not the stake. Read the "Paper" line: the organ of Denmark's governing party. Trotsky even claims there were no Trotskyists in Denmark in 1932. # speaker: narrator # cite: L7081, L7121-7122
    -> q_who2
* [An independent Copenhagen paper, tied to no party]
    Read the "Paper" line again: it belonged to the governing party. A party in government has interests of its own. # speaker: narrator # cite: L7081-7082
    -> q_who2
+ [The paper of Denmark's governing party #best]
    Yes. And by Trotsky's account Soviet pressure on that same government had kept him out of Denmark in 1932. Did the paper have any reason to do him favours? A question worth asking, not a fact. # speaker: narrator # cite: L7081, L6939-6941
- (q_when2) When did it appear? # speaker: narrator # check: sozial-demokraten-1936-09-01 when
+ [Right after the trial, on 1 September 1936 #best]
    Yes: within days of the verdict, before anyone had time to build a theory around it. # speaker: narrator # cite: L7081-7082
* [In February 1937]
    No, that is the Comintern press's answer. The Danish report came first. # speaker: narrator # cite: L7094-7098
    -> q_when2
* [In November 1932, the week Holtzman named]
    That is the week Holtzman named, not the day the paper wrote. Read the "Date" line: 1 September 1936, right after the trial. # speaker: narrator # cite: L7081-7082, L4081-4082
    -> q_when2
- (q_couldcheck2) Could its writers check the fact? # speaker: narrator # check: sozial-demokraten-1936-09-01 could-check
* [Only by asking Holtzman where he had stayed]
    Holtzman had been shot with the other fifteen by then. The paper needed no witness: what stood at that address is a local fact. # speaker: narrator # cite: L427-429, L7081-7084
    -> q_couldcheck2
+ [Easily: a Copenhagen paper on a Copenhagen building #best]
    Yes. The old hotel lived on only in old guidebooks; any local reader could check. # speaker: narrator # cite: L4144-4146, L4176
* [No: a building gone since 1917 leaves nothing to check]
    A vanished building still leaves traces in its own city. Trotsky notes the hotel lived on only in old guidebooks. # speaker: narrator # cite: L4144-4146, L4176
    -> q_couldcheck2
- (q_whywrong2) What could still be wrong, and how do we know its text? # speaker: narrator # check: sozial-demokraten-1936-09-01 why-wrong
* [Nothing: a paper with no reason to favour him has no reason to err]
    No stake is not no error: papers get facts wrong too. And we have not seen this one's text, only Trotsky's report of it. # speaker: narrator # cite: L7081-7085
    -> q_whywrong2
* [Nothing: the full article is in the record]
    Read the note under the facsimile: a reconstruction. The book gives the paper's finding, not its words. # speaker: narrator # cite: L7081-7085
    -> q_whywrong2
+ [We know it only through Trotsky's book, which reports the finding but does not quote the article #best]
    Yes. We have its finding, not its words. The facsimile says so. # speaker: narrator # cite: L7081-7085
- (q_who) Now the other paper: the Comintern press's "Konditorei" story. Who published it, and with what stake? # speaker: narrator # check: comintern-press-konditorei-bristol who
+ [The accusers' camp, defending the verdict #best]
    Yes. The Comintern was directed from Moscow; its papers were rescuing the trial. # speaker: narrator # cite: L7098, L7139-7141
* [Danish journalists, since it is about a Copenhagen café]
    A café in Copenhagen does not tell you who wrote about it. The book names no paper or writer, only "the Comintern press": whoever wrote it spoke for the side defending the verdict. # speaker: narrator # cite: L7098, L7139-7141
    -> q_who
* [The Danish paper, correcting its own report]
    Two different papers. Read the issuer: the Comintern press. The Danish finding came from the governing party's paper; this answers it. # speaker: narrator # cite: L7081-7084, L7094-7099
    -> q_who
- (q_when) When did it appear? # speaker: narrator # check: comintern-press-konditorei-bristol when
* [Right after the trial, like the Danish report]
    That is the Danish paper's date. Read this item's date line: after the Danish report came silence. # speaker: narrator # cite: L7081-7086
    -> q_when
+ [In February 1937, after five months of silence #best]
    Yes. A correction that comes five months late, once the first report has gone round the world, deserves a second look. # speaker: narrator # cite: L7094-7098
* [In April 1937, for this hearing]
    That is when it is read into this record, and the reading is staged. Read the date line: the paper itself is older. # speaker: narrator # cite: L7094-7098
    -> q_when
- (q_couldcheck) Could its writers check the fact? # speaker: narrator # check: comintern-press-konditorei-bristol could-check
* [Yes, and its drawings bear out Holtzman]
    Right that they drew it; wrong about what the drawing shows. Read the drawing line: the café's door and the hotel's open onto two different streets. # speaker: narrator # cite: L7104-7106
    -> q_couldcheck
* [Only Holtzman could]
    Holtzman was dead by then; the paper relied on its own drawings. # speaker: narrator # cite: L427-429, L7104-7106
    -> q_couldcheck
+ [Yes, and they printed drawings: which anyone can check, and which undercut their own conclusion #best]
    Yes. Their own sketch puts the café's door and the hotel's on different streets. # speaker: narrator # cite: L7104-7106
- (q_whywrong) What could still be wrong, and how do we know its text? # speaker: narrator # check: comintern-press-konditorei-bristol why-wrong
+ [We know it only through Trotsky's book, which reports its claims and drawings without printing the article #best]
    Yes. As with the Danish paper, we see it through its opponent's eyes. Weigh both with that in mind. # speaker: narrator # cite: L7098-7107
* [Nothing: it comes from the other side, so it must be false]
    Not so fast. Where a source comes from tells you what to check, not what the answer is. # speaker: narrator
    -> q_whywrong
* [Nothing: its own text is in the record]
    Read the facsimile's heading, "(summary)", and its note: a reconstruction. We have Trotsky's report of it. # speaker: narrator # cite: L7098-7107
    -> q_whywrong
- Two papers, one building. Back to the theory. # speaker: narrator # scene: The rescue theories
->->

=== after_rescue ===
# music: tense
Never asked: which false passport Holtzman used, who supplied it, where he slept. With it, his story could be checked in minutes. That silence marks the prosecutor as a partner in the forgery. # speaker: trotsky # expression: angry # cite: L7158-7179
Holtzman's margin note is completed. That is Trotsky's charge; what the record shows is narrower: the questions were never asked. # speaker: narrator # sfx: stamp # update: moscow-report-holtzman complete # cite: L7049-7051, L7158-7171
-> debrief
