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
Next, the two other "visitors", Berman-Yurin and Fritz David. The book quotes neither man; it summarises them, so these pages are our wording of its summary. # speaker: narrator # cite: L6944-6946, L6966-6972
Pressing these pages mostly turns up silence. Keep a list of what a real visitor could not have missed: the address, the passports and lodging, the house, its people, the talk of the day. # speaker: narrator # cite: L7061-7078
-> ce_visitors

=== ce_visitors ===
# cross: ce_visitors
# title: Berman-Yurin and David: The Visitors Who Saw Nothing
# witness: berman-yurin
# transcript: moscow-report-berman-david
# place: Read into the record at Coyoacán; testimony of August 1936 (summary)
# after: after_visitors
-> DONE

= s1
# speaker: berman-yurin
# cite: L6966-6967, L6970-6972
# dramatized: the book summarises their testimony; these words are ours
Sedov, in Berlin, sent each of us to Copenhagen and recommended us to his father.
-> DONE

= s1_press
What did Sedov tell them about the house? The street, the address? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Nothing in the record. Not one of my supposed visitors names my address, or even the part of town. # speaker: trotsky # cite: L7063-7064
I had never heard these two names before the trial reports. Complete strangers, recommended, we are told, by my son, then a student of twenty-six. # speaker: trotsky # cite: L6148-6149, L6970-6972
{ not tick_address:
    ~ tick_address = true
    ~ absence_ticks = absence_ticks + 1
    Checklist: address or district, not named. # speaker: narrator # sfx: paper # cite: L7063-7064
}
-> DONE

= s2
# speaker: berman-yurin
# cite: L6944-6946
# dramatized: the book summarises their testimony; these words are ours
Each of us travelled on his own, independently of the others.
-> DONE

= s2_press
With which passports? How did they find the house? Where did they sleep? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
The record does not say. Neither the judge nor the prosecutor asks one concrete question. # speaker: trotsky # cite: L7077-7080
{ not tick_papers:
    ~ tick_papers = true
    ~ absence_ticks = absence_ticks + 1
    Checklist: passports, how they found him, lodging, not named. # speaker: narrator # sfx: paper # cite: L7077-7078
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
Objection! Compare Holtzman's page. In his account Sedov was in Copenhagen himself and walked Holtzman, a man who had met Trotsky before, from the hotel to the door. # speaker: goldman # cite: L6969, L7015-7016
These two had never seen Trotsky, yet they had to find him alone. Sedov guiding the one who knew the way and leaving the strangers to themselves: that is hard to believe. # speaker: goldman # cite: L7019-7026
All four say Sedov connected them. Holtzman: Sedov was in Copenhagen. Berman-Yurin and David: not a word of him there. Olberg: the trip never happened. # speaker: goldman # cite: L6999-7003
And the prosecutor did not notice the slightest contradiction. That is the strangest thing of all. # speaker: trotsky # cite: L7003-7004
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
Name it: if Sedov was in Copenhagen escorting a man who already knew Trotsky, why leave two strangers to find him alone? The accounts sit badly together. # hint: 3
-> DONE

= s4
# speaker: berman-yurin
# cite: L7019-7020
# dramatized: the book summarises their testimony; these words are ours
We had never seen Trotsky before.
-> DONE

= s4_press
A strange conspirator I must be: keeping my plans from my own family and friends, yet confiding them to two strangers off the street. # speaker: trotsky # expression: angry # cite: L6972-6974
My explanation: strangers to me, perhaps, but not strangers to the GPU. # speaker: trotsky # cite: L6974-6976
That is Trotsky's reading. The page itself says only that they were strangers to him. # speaker: narrator # cite: L7019-7020
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
Think about what they would have seen: it is in your record from the direct examination. Present those items here; they cost nothing. # speaker: narrator
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
The pages are silent on all five points. Address or district: not named. The dancer's villa: not mentioned. The Zinoviev rumour: not mentioned. Secretaries and guard: not mentioned. Passports and lodging: not named. # speaker: narrator # cite: L7061-7078
{ absence_ticks >= 5:
    You ticked all five yourself. # speaker: narrator
- else:
    You ticked {absence_ticks} of the five yourself; the others are filled in now. # speaker: narrator
}
Neither judge nor prosecutor asked one concrete question. My explanation: one careless question and the whole flimsy construction would have come down. # speaker: trotsky # cite: L7079-7080
Silence is not proof on its own. It matters here because no real visitor could have missed these details, and because the court never asked. # speaker: narrator # cite: L7061-7080
-> ce_rescue_intro

=== ce_rescue_intro ===
# scene: The rescue theories
# music: tense
# add: comintern-press-konditorei-bristol
Since the Danish paper's report, defenders of the verdict have tried to rescue the Bristol. Added to the record: the Comintern press's "Konditorei Bristol" answer of February 1937. # speaker: narrator # cite: L7094-7099
The commission should hear the published defences of the verdict too. I will read them into the record. # speaker: finnerty # cite: L4733-4736, L7086-7107 # dramatized: the book does not record these theories being read at the hearing
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
# cite: L7098-7099
# dramatized: a published theory the book answers; Finnerty reading it at the hearing is staged
There was no Hotel Bristol in Copenhagen, but there was a Konditorei, a café, called Bristol.
-> DONE

= s2_press
When was this café found? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
In February of this year, after five months of silence. # speaker: trotsky # cite: L7094-7098
Two newspapers, then, on one building. Before going on, weigh them as sources. # speaker: narrator
{ sc1_done:
    You have already weighed the two papers. # speaker: narrator
- else:
    ~ sc1_done = true
    -> source_check_1 ->
}
-> DONE

= s3
# speaker: finnerty
# cite: L7099-7101
# dramatized: a published theory the book answers; Finnerty reading it at the hearing is staged
The café shares a wall with a hotel, the Grand Hotel Kopenhagen.
-> DONE

= s3_press
So one building has the name, and the other has the lobby. Put them together and you have Holtzman's hotel! # speaker: trotsky # expression: smug # cite: L7100-7102
A name from one building and a lobby from the other. Does that fit Holtzman's words? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
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
Grant him great ingenuity: he goes round the corner and finds a hotel with another name. Still, any mix-up of names could only come before they met. Once face to face, both would know exactly where they stood, and remember it. # speaker: trotsky # cite: L7110-7116
No one who had been there could later describe a café as a hotel lobby. # speaker: trotsky # cite: L7116-7118
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
Objection! Holtzman says they met in the vestibule of a hotel. A café has no vestibule. # speaker: goldman # cite: L7102-7103, L4087-4088
And look at the Comintern press's own drawing: the café's door and the hotel's door open onto two different streets. # speaker: goldman # cite: L7103-7106
So where was the meeting? In the vestibule without the Bristol, or in the Bristol without a vestibule? # speaker: trotsky # expression: smug # cite: L7106-7107
The drawings are the Comintern's; that a café has no vestibule is Trotsky's point. Later writers still argue over this building, as the debrief shows. # speaker: narrator # cite: L7102-7106
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
Objection! Holtzman himself said that "for conspiratorial reasons" he would not even travel with Sedov. If discovered, that journey meant certain death for him. # speaker: goldman # cite: L7130-7135
That a man so careful chose a well-known Trotskyist haunt for his meeting is hard to believe. # speaker: goldman # cite: L7135-7141
And if he knew the café that well, he would not have confused it with the Grand Hotel. He would have steered well clear of it. # speaker: trotsky # cite: L7142-7145
Nonsense piled on nonsense. So much for correcting the stenographer's "slip". # speaker: trotsky # expression: smug # cite: L7141-7146
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
Sozial-Demokraten, 1 September 1936. Who published it, and with what stake? # speaker: narrator # check: sozial-demokraten-1936-09-01 who
* [The paper of Denmark's governing party #best]
    Yes. And by Trotsky's account Soviet pressure on that same government had kept him out of Denmark in 1932. Did the paper have any reason to do him favours? A question worth asking, not a fact. # speaker: narrator # cite: L7081, L6939-6941
* [Trotsky's supporters in Denmark]
    No. It was the governing party's paper. Trotsky even claims there were no Trotskyists in Denmark in 1932. # speaker: narrator # cite: L7081, L7121-7122
* [The Moscow court]
    No. Moscow answered the Danish report with silence. # speaker: narrator # cite: L7084-7086
- When did it appear? # speaker: narrator # check: sozial-demokraten-1936-09-01 when
* [Right after the trial, on 1 September 1936 #best]
    Yes: within days of the verdict, before anyone had time to build a theory around it. # speaker: narrator # cite: L7081-7082
* [In February 1937]
    No, that is the Comintern press's answer. The Danish report came first. # speaker: narrator # cite: L7094-7098
* [Before the trial]
    No. It checked a detail from the trial, so it came after. # speaker: narrator # cite: L7081-7082
- Could its writers check the fact? # speaker: narrator # check: sozial-demokraten-1936-09-01 could-check
* [Easily: a Copenhagen paper on a Copenhagen building #best]
    Yes. The old hotel lived on only in old guidebooks; any local reader could check. # speaker: narrator # cite: L4144-4146, L4176
* [No: they had to rely on Trotsky]
    No. A local paper needs nobody's word about what stands in its own city. # speaker: narrator # cite: L7081-7084
* [Only by asking Moscow]
    No. The building was in Copenhagen, not in Moscow. # speaker: narrator
- What could still be wrong, and how do we know its text? # speaker: narrator # check: sozial-demokraten-1936-09-01 why-wrong
* [We know it only through Trotsky's book, which reports the finding but does not quote the article #best]
    Yes. We have its finding, not its words. The facsimile says so. # speaker: narrator # cite: L7081-7085
* [Nothing: a newspaper report is proof]
    Newspapers err too, and we have not even seen this one. We have Trotsky's report of it. # speaker: narrator # cite: L7081-7085
* [We have the full article in the record]
    No. The book gives only its finding. # speaker: narrator # cite: L7081-7085
- Now the other paper: the Comintern press's "Konditorei" story. Who published it, and with what stake? # speaker: narrator # check: comintern-press-konditorei-bristol who
* [The accusers' camp, defending the verdict #best]
    Yes. The Comintern was directed from Moscow; its papers were rescuing the trial. # speaker: narrator # cite: L7098, L7139-7141
* [Independent Danish journalists]
    No. The book calls it the Comintern press and names no paper. # speaker: narrator # cite: L7098
* [Trotsky's own supporters]
    No. It was written against him. # speaker: narrator # cite: L7098-7099
- When did it appear? # speaker: narrator # check: comintern-press-konditorei-bristol when
* [In February 1937, after five months of silence #best]
    Yes. A correction that comes five months late, once the first report has gone round the world, deserves a second look. # speaker: narrator # cite: L7094-7098
* [Right after the trial]
    No. Right after the trial came the Danish report, and then silence. # speaker: narrator # cite: L7081-7086
* [During the trial]
    No. Nobody raised the Bristol during the trial. # speaker: narrator # cite: L7092-7093
- Could its writers check the fact? # speaker: narrator # check: comintern-press-konditorei-bristol could-check
* [Yes, and they printed drawings: which anyone can check, and which undercut their own conclusion #best]
    Yes. Their own sketch puts the café's door and the hotel's on different streets. # speaker: narrator # cite: L7104-7106
* [No: nobody could check a café]
    They could, and did: they drew it. # speaker: narrator # cite: L7104-7106
* [Only Holtzman could]
    Holtzman was dead by then; the paper relied on its own drawings. # speaker: narrator # cite: L427-429, L7104-7106
- What could still be wrong, and how do we know its text? # speaker: narrator # check: comintern-press-konditorei-bristol why-wrong
* [We know it only through Trotsky's book, which reports its claims and drawings without printing the article #best]
    Yes. As with the Danish paper, we see it through its opponent's eyes. Weigh both with that in mind. # speaker: narrator # cite: L7098-7107
* [Nothing: it comes from the other side, so it must be false]
    Not so fast. Where a source comes from tells you what to check, not what the answer is. # speaker: narrator
* [We have the paper's own text in the record]
    No. We have Trotsky's report of it. # speaker: narrator # cite: L7098-7107
- Two papers, one building. Back to the theory. # speaker: narrator
->->

=== after_rescue ===
# music: tense
One more thing never asked. Holtzman surely travelled on a false passport. Foreigners register wherever they stay, so with it his story could be checked in minutes. Who supplied it? Where did he sleep? # speaker: trotsky # cite: L7158-7166, L7168-7171
The prosecutor asked none of it. That silence, to me, marks him as a partner in the forgery. # speaker: trotsky # expression: angry # cite: L7172-7179
Holtzman's margin note is completed. # speaker: narrator # sfx: stamp # update: moscow-report-holtzman complete
That is Trotsky's charge against Vyshinsky. What the record shows is narrower: the questions were never asked. # speaker: narrator # cite: L7049-7051, L7158-7171
The commission has heard the Copenhagen episode. # speaker: dewey # sfx: gavel # dramatized: the book does not record Dewey's words here
-> debrief
