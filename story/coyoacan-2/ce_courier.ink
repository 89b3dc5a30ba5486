// CE-4: Romm, the courier. Transcript pages of moscow-report-romm, in the order of the record.
// Contradictions: s1 (Radek on Romm's past), s5 (Radek's correction about the names).
// Proofs: story/coyoacan-2/proofs.json. Staged questions carry # dramatized.

=== ce_courier ===
# cross: ce_courier
# title: The Courier
# witness: romm
# transcript: moscow-report-romm
# place: Moscow, January 1937 · read into the record at Coyoacán
# after: after_courier
-> DONE

= s1
# speaker: romm
# answer: moscow-report-radek-on-romm
# cite: L7621-7627
Radek? At first I knew him only through literary matters. Later, in 1926 and 1927, we were tied together by "anti-party Trotskyist work".
-> DONE

= s1_press
What exactly did that work consist of, and with whom? The prosecutor does not ask, and Romm does not say. # speaker: goldman # cite: L7628-7639 # dramatized: Trotsky's point in the book, staged as Goldman's
Those were our most open years: a printed platform, meetings of tens of thousands of workers. Anyone really with us knew dozens of people. Romm, carefully, names one: Radek. # speaker: trotsky # expression: thinking # cite: L7641-7649
The Soviet diplomat Troyanovsky assures New York that Romm "really" was a Trotskyist. The trial's own report answers him: read what Radek said about Romm. # speaker: trotsky # cite: L7649-7654 # add: troyanovsky # add: moscow-report-radek-on-romm # sfx: paper
-> DONE

= s1_right
# objection
Objection! Romm speaks of joint Trotskyist work with Radek in 1926 and 1927. Radek, in the same trial: Romm was "no politician", and sided with the opposition only on the Chinese question. # speaker: goldman # sfx: objection # cite: L7652-7654
# breakthrough
That question was 1927. So on every other question he parted company with us. This is the man they dragged into the light as a terrorist. # speaker: trotsky # expression: angry # cite: L7654-7657
Two years of joint work are hard to believe when the one partner Romm names narrows it to a single question, in 1927. # speaker: goldman # cite: L7626, L7652-7656
-> DONE

= s1_wrong_correction
# wrong: moscow-report-radek-correction
Radek does correct Romm there, but about what a letter said, not about Romm's past. This page is about 1926 and 1927. # speaker: narrator
-> DONE

= s1_wrong_chautemps
# wrong: chautemps-letter-1933-06-29
A French minister's letter of 1933 tells us nothing about Moscow in 1926 and 1927. # speaker: narrator
-> DONE

= s1_wrong_nyt
# wrong: nyt-1937-02-17
That newspaper concerns the summer of 1933. The witness is talking about his political past, years earlier. # speaker: narrator
-> DONE

= s1_wrong_record
# wrong: moscow-report-romm
That is Romm's own testimony, the very thing we are testing. Who else in the trial spoke about him? # speaker: narrator
-> DONE

= s1_hints
Romm dates his joint Trotskyist work to 1926 and 1927, and he names only one partner: Radek. # hint: 1
Read what Radek told the same court about Romm: since when he knew him, and on which question Romm sided with the opposition. # hint: 2 # point: moscow-report-radek-on-romm.question
Radek says Romm was no politician and joined them on the Chinese question only, a question of 1927. Present Radek's words against this page. # hint: 3
-> DONE

= s2
# speaker: romm
# cite: L7693-7694, L7723-7724
In summer 1931, passing through Berlin, I met Putna, who offered to bring me together with Sedov. I met Sedov, and when he asked whether I would carry a message to Radek if need be, I said yes.
-> DONE

= s2_press
Who was Putna to you? # speaker: goldman # add: putna # dramatized: a staged question; the answer is from Trotsky's book
A general staff officer, a veteran of the civil war, later military attaché in London. I dealt with him very little, and only on military matters. I never once talked to him about the opposition. # speaker: trotsky # cite: L7694-7700
When I read in Prinkipo that he had been made attaché in London, I took it that he had fully regained the authorities' trust. Abroad, neither my son nor I could have had any tie with him. # speaker: trotsky # cite: L7701-7705
And Romm's reasons for taking the job? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
None given. After a four-year pause he simply agrees. Yet he must have known that Blumkin was shot after visiting me in 1929 and trying to carry a letter of mine to friends in Russia. # speaker: trotsky # expression: thinking # cite: L7710-7718, L7725-7731
Trotsky's point: only a rare devotion would take such a risk, and the record shows no sign of any devotion at all. # speaker: narrator # cite: L7734-7740
-> DONE

= s3
# speaker: romm
# cite: L7765-7768
A few days before I left for Geneva, while I was in Paris, a letter reached me by the city post: a short note from Sedov asking me to pass the envelope inside to Radek.
-> DONE

= s3_press
Nine or ten months after one single meeting, with no check of any kind, my son supposedly sends this man a conspirator's letter, by ordinary local mail. # speaker: trotsky # cite: L7768-7772
Why not hand it over in person? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
The prosecutor never asks. My guess is this: his office did not know for sure whether my son was living in Berlin or in Paris in spring 1932, so it named no meeting place at all. # speaker: trotsky # expression: thinking # cite: L7773-7784
That is Trotsky's explanation of the record's silence. The record itself only says "city post". # speaker: narrator # cite: L7766
-> DONE

= s4
# speaker: romm
# cite: L7787-7792
I took the letter to Geneva and gave it to Radek when we met. He read it quickly in front of me and put it in his pocket.
-> DONE

= s4_press
A letter read quickly on the spot was in no cipher: as plain as a birthday card. And Radek interrupted the witness in court about this very letter. Read his correction. # speaker: trotsky # cite: L7797-7802, L7844-7846 # add: moscow-report-radek-correction # sfx: paper
-> DONE

= s5
# speaker: romm
# answer: moscow-report-radek-correction
# cite: L7804-7807
Radek told me what was in it: directives to unite with the Zinovievists and to turn to terror against the party leadership, first of all against Stalin and Voroshilov.
-> DONE

= s5_press
Why would Radek tell a mere courier what a most secret letter said? The first rule of any underground is that each member knows only what his own task requires. # speaker: trotsky # cite: L7812-7821
Then why is it in the testimony? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Because without it, Romm could not expose a "directive" from me, and his evidence would be worth nothing to the prosecutor. # speaker: trotsky # expression: angry # cite: L7823-7826
-> DONE

= s5_right
# objection
Objection! Romm says the letter named Stalin and Voroshilov. Radek, who received it, broke in: those names were not in it, "because we never named names in our letters". # speaker: goldman # sfx: objection # cite: L7844-7848
# breakthrough
Then where did Romm get the names? If he invented that detail, perhaps he invented the whole letter. The prosecutor let it pass. # speaker: trotsky # cite: L7848-7852
-> DONE

= s5_wrong_radek
# wrong: moscow-report-radek-on-romm
# close
Close: the right witness, Radek, but this page of his is about Romm's past, not what the letter said. Radek spoke about the letter too; find that page. # speaker: narrator
-> DONE

= s5_wrong_chautemps
# wrong: chautemps-letter-1933-06-29
The minister's letter belongs to France in 1933. This page is about a letter handed over in Geneva in 1932. # speaker: narrator
-> DONE

= s5_wrong_nyt
# wrong: nyt-1937-02-17
The newspaper is about Trotsky's landing in 1933. It says nothing about what a letter to Radek contained. # speaker: narrator
-> DONE

= s5_wrong_record
# wrong: moscow-report-romm
That is the claim itself. Who else in the trial could say what that letter contained? # speaker: narrator
-> DONE

= s5_hints
Re-read which names Romm says the letter contained. # hint: 1
Read Radek's interruption: what does he say about names in their letters? # hint: 2 # point: moscow-report-radek-correction.names
The recipient says the first letter named no one; the courier says it named Stalin and Voroshilov. Present Radek's correction here. # hint: 3
-> DONE

= s6
# speaker: romm
# cite: L7852-7856, L7881-7883, L7894-7896, L7912-7914
In autumn 1932 Radek told me the bloc with the Zinovievists had formed on Trotsky's directive. His reply was handed to me, then bound into a German book, which I posted in Berlin, poste restante.
-> DONE

= s6_press
None of the sixteen defendants of August 1936 knew of a "parallel centre", not even Reingold, who by Trotsky's account named everyone. Yet a TASS correspondent knew of it since autumn 1932? # speaker: goldman # cite: L8043-8050 # dramatized: Trotsky's point in the book, staged as Goldman's
Radek's readiness to tell Romm such things is clairvoyant. In my view the scheme of 1932 was built backwards, in 1937. # speaker: trotsky # cite: L7871-7880
"Handed to me and then bound": why is the letter first given to the courier? # speaker: goldman # cite: L7894-7896 # dramatized: a staged question; the answer is from Trotsky's book
So that he can say what it contained. Had Radek simply bound it into a book, Romm could only have told the court he delivered a German book. # speaker: trotsky # cite: L7897-7906
And poste restante, to some Berlin post office: no person, no address that anyone could check. # speaker: trotsky # expression: thinking # cite: L7912-7923
-> DONE

= wrong
That item doesn't answer this page of the record. Look for what contradicts the witness, preferably from the same trial. # speaker: narrator
-> DONE
