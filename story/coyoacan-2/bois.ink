// CE-5: Romm in the Bois de Boulogne. Transcript pages of moscow-report-romm.
// First pass: s4 cannot be broken; pressing s4 opens the direct examination (dx_alibi).
// Second pass (from resume_bois): s4 falls to the deduction card (or Lanis and Segal),
// which reveals s7, Finnerty's dramatized suggestion about the luggage.
// Proofs: story/coyoacan-2/proofs.json. Staged lines carry # dramatized.

=== ce_bois ===
# cross: ce_bois
# title: The Meeting in the Bois de Boulogne
# witness: romm
# transcript: moscow-report-romm
# place: Moscow, January 1937 · read into the record at Coyoacán
# after: after_bois
-> DONE

= s1
# speaker: romm
# cite: L7924-7929
I met Sedov again in July 1933, in Paris. I had come from Geneva, and a few days later Sedov telephoned me.
-> DONE

= s1_press
How did Sedov know that Romm had arrived? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
The record does not say. Romm names neither my son's address nor his number; so the initiative is left to my son, and no address of his need appear in the record. # speaker: trotsky # expression: thinking # cite: L7930-7936
-> DONE

= s2
# speaker: romm
# cite: L7936-7938
Sedov set a meeting in a café on the Boulevard Montparnasse, and said he wanted to arrange a meeting for me with Trotsky.
-> DONE

= s2_press
Had the witness ever asked to meet Trotsky? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Never, by his own account. He risked his head as a courier without once trying to meet or write to me; on a word from my son he is ready at once, as with Putna and the letters. # speaker: trotsky # cite: L7938-7947
In Trotsky's reading, Romm's part was to agree to everything and start nothing himself. # speaker: narrator # cite: L7946-7949
-> DONE

= s3
# speaker: romm
# cite: L7951-7956
Some days later we met in the same café, and from there we went to the Bois de Boulogne, where we met Trotsky.
-> DONE

= s3_press
Which café? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
He does not name it. Trotsky's comment: a named café might turn out to have burned down the night before; after the Hotel Bristol in Copenhagen, the accusers had learned to name no buildings. # speaker: narrator # cite: L7951-7954
-> DONE

= s4
# speaker: romm
# answer: lanis-segal-statements, deduction-arrival-25-july
# cite: L7956-7963
Asked by the prosecutor when that was: at the end of July 1933.
-> DONE

= s4_press
{ alibi_heard:
    At the end of July 1933 I was at Saint-Palais near Royan, in bed. The commission now has the records of those days. # speaker: trotsky # cite: L8238-8257
    -> DONE
}
Pressed by the prosecutor, Romm repeated the date and made it precise. Trotsky calls it a truly fatal date: at the end of July 1933 he was 500 km from Paris, and ill. # speaker: narrator # cite: L7957-7965, L8130-8133
A denial alone carries no weight with us, as we said on the first day. Take the witness through those weeks, counsel; Romm's pages stay open. # speaker: dewey # sfx: gavel # cite: L4616-4618 # dramatized: Dewey said the first sentence on the first day; this ruling is staged
-> dx_alibi

= s4_right
# objection
Objection! Romm puts Trotsky in the Bois de Boulogne at the end of July 1933. The record puts him 500 km away. # speaker: goldman # sfx: objection
# breakthrough
{ presented == "deduction-arrival-25-july":
    On 25 July he reached Saint-Palais near Royan: the day is fixed by the fire on the property, in the local papers and the fire brigade's certificate, and the reporter covering it saw Trotsky in the car. # speaker: goldman # cite: L8240-8251
    From that day Vera Lanis and Segal, waiting at the house, saw him in bed with lumbago and fever through the last days of July. # speaker: goldman # cite: L8253-8257
- else:
    Vera Lanis and Segal spent the last days of July with him at Saint-Palais and saw him take to bed with lumbago and fever on arrival: 25 July, the day of the fire. # speaker: goldman # cite: L8240-8257
}
The last days of July in bed at Saint-Palais and the end of July in the Bois de Boulogne cannot both be true. The witnesses are his household; the day rests on public records. # speaker: goldman # music: breakthrough # cite: L8244-8257, L7956-7963
A moment, counsel. I have a suggestion for the witness before we close this page. # speaker: finnerty # reveal: s7 # dramatized: the book does not record this question at the hearing
-> DONE

= s4_wrong_chautemps
# wrong: chautemps-letter-1933-06-29
The letter shows where he was allowed to live. Permission is not presence: where he actually was needs witnesses and records. # speaker: narrator # cite: L8144-8149
-> DONE

= s4_wrong_nyt
# wrong: nyt-1937-02-17
# close
Close: the same issue prints his answer, 500 km from Paris and ill, but a denial alone carries no weight with the commission; the 1933 wire ends at Cassis. Who was with him in late July? # speaker: narrator # cite: L8130-8134, L4616-4618, L8253-8257
-> DONE

= s4_wrong_register
# wrong: hotel-register-24-25-july
The register puts him on the road on the night of 24 to 25 July, not at the end of the month. # speaker: narrator # cite: L8194-8195
-> DONE

= s4_wrong_fire
# wrong: local-papers-1933-07-26, fire-brigade-certificate
# close
Close: the papers and the fire brigade date a fire, not a man. What ties Trotsky himself to that fire, and who saw him in the days after? # speaker: narrator # cite: L8244-8257
-> DONE

= s4_wrong_bardon
# wrong: bardon-statement
# close
Close: Bardon saw him in the car, but his statement on its own gives no date, and a car is not the last days of July. Who was with him then? # speaker: narrator # cite: L8250-8257
-> DONE

= s4_wrong_account
# wrong: saint-palais-illness, saint-palais-visitors
# close
Close: this carries the weeks at Saint-Palais, but in Trotsky's own words. Who saw him there in the last days of July, and gave a statement? # speaker: narrator # cite: L8253-8281
-> DONE

= s4_hints
Romm, pressed by the prosecutor, fixed the date himself: "end of July 1933". Press this page to hear where Trotsky says he was. # hint: 1
Open the statements of Vera Lanis and Segal: when were they with him, and where? # hint: 2 # point: lanis-segal-statements.days
They spent the last days of July with him at Saint-Palais, ill in bed, and the fire fixes the day he arrived. Present their statements, or your deduction card. # hint: 3
-> DONE

= s5
# speaker: romm
# cite: L7977-7981
The conversation lasted about twenty to twenty-five minutes. As I understood it, he met me to confirm by word of mouth the instructions in the letter I was taking to Moscow.
-> DONE

= s5_press
What does the witness remember of it? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
Nothing. His very first meeting with me, and not one living detail: did we walk or sit on a bench, did I smoke a cigar or a pipe? Only the length, twenty to twenty-five minutes. # speaker: trotsky # cite: L7969-7978
And the purpose? "As I understood it": so vague that the witness can only guess at it afterwards. # speaker: trotsky # cite: L7980-7984
Why would I confirm, through a courier nobody had any reason to trust, directives I had already written to Radek? # speaker: trotsky # expression: thinking # cite: L7984-7991
Without the meeting, Romm could only say he delivered a book with a letter in its cover, a letter nobody has ever produced. # speaker: goldman # cite: L7996-8001 # dramatized: Trotsky's point in the book, staged as Goldman's
-> DONE

= s6
# speaker: romm
# cite: L8010-8022
He said he agreed to the parallel centre if it kept the bloc with the Zinovievists and worked actively, and he urged industrial sabotage without fear of human victims. I said I was surprised: that would undermine the country's defence.
-> DONE

= s6_press
So I am to have poured out my heart, in a park, to an unknown young man who did not even share my supposed "defeatism". # speaker: trotsky # cite: L8022-8026
And the later letters Romm says he carried? # speaker: goldman # dramatized: a staged question; the answer is from Trotsky's book
He never says what they contained. In Trotsky's words, the letters in this trial all resemble one another. # speaker: narrator # cite: L8030-8033
-> DONE

= s7
# speaker: finnerty
# hidden
# answer: cassis-drivers-statements, shachtman-letter-1933-08-08
# cite: L8187-8188, L8196-8203
# dramatized: Moscow's assumption as Trotsky explains it, put to him by Finnerty; not recorded at the hearing
Your four companions took all your luggage on towards Paris, and you went to Paris with them.
-> DONE

= s7_press
It is the assumption Moscow made. Our luggage, checked under Shachtman's name, was known to be mine once the incognito was gone; GPU agents saw it head for Paris and concluded I had too. # speaker: trotsky # cite: L8196-8203
Relations between Moscow and Paris were tense then. The GPU knew about me only what the papers printed, and the papers lost our trail right after the landing. # speaker: trotsky # expression: thinking # cite: L8203-8215
So, in his view, they assumed he must have spent a few days in Paris to settle his affairs, and chose "end of July". That is his explanation; the question is what the records show. # speaker: narrator # cite: L8229-8238
-> DONE

= s7_right
# objection
Objection! Counsel's premise is that Trotsky went where the luggage went. The party split at sea: only he and his wife took the motorboat. # speaker: goldman # sfx: objection # cite: L8187-8188
# breakthrough
{ presented == "shachtman-letter-1933-08-08":
    One of those four wrote afterwards. On 8 August 1933 Shachtman regretted that he had been cut off from the Trotskys on the way without even a goodbye. # speaker: goldman # cite: L8283-8286
- else:
    The drivers Leprince and Molinier, and Lasté, describe the drive from Cassis: at once, without a minute's delay, north-west to Saint-Palais. Not to Paris. # speaker: goldman # cite: L8189-8193, L8247-8249
}
A fair answer. I withdraw the suggestion. # speaker: finnerty # dramatized: the book does not record this exchange
-> DONE

= s7_wrong_chautemps
# wrong: chautemps-letter-1933-06-29
The letter shows he had every reason to stay away from Paris, not that he did. # speaker: narrator # cite: L8150-8159
-> DONE

= s7_wrong_register
# wrong: hotel-register-24-25-july
The book does not say where that hotel was. On its own it cannot settle which road he took. # speaker: narrator # cite: L8194-8195
-> DONE

= s7_wrong_nyt
# wrong: nyt-1937-02-17
# close
Close: the telegram shows he left the ship at sea, away from the luggage. But it ends at Cassis with a waiting car; where did the car go? # speaker: narrator # cite: L8218-8222
-> DONE

= s7_wrong_boat
# wrong: bolgaria-motorboat-stop
# close
Close: that is the split at sea, but in Trotsky's own words. Who else, travelling with him or with the luggage, gave a statement or wrote a letter? # speaker: narrator # cite: L8186-8188, L8247-8249, L8283-8286
-> DONE

= s7_wrong_crates
# wrong: shachtman-luggage-crates
That is the witness's explanation of why Moscow guessed Paris. It does not show that he himself did not go there. # speaker: narrator # cite: L8196-8203
-> DONE

= s7_hints
Re-read the premise: where the luggage went, he went. Where did the motorboat's passengers go from Cassis? # hint: 1
Open the drivers' statements: which way did the cars drive from Cassis? # hint: 2 # point: cassis-drivers-statements.route
The cars drove at once north-west to Saint-Palais, not to Paris, and Shachtman wrote that he never got to say goodbye. Present the drivers' statements, or his letter. # hint: 3
-> DONE

= wrong
That doesn't answer this page. Ask yourself what the item proves, and about which day. # speaker: narrator
-> DONE
