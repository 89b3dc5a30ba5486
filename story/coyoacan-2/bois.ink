// CE-5: Romm in the Bois de Boulogne. Transcript pages of moscow-report-romm.
// First pass: s4 cannot be broken; pressing s4 opens the direct examination (dx_alibi).
// Second pass (from resume_bois): s4 falls to the deduction card (or Lanis and Segal),
// which reveals s7, Finnerty's dramatized question about the luggage.

=== ce_bois ===
# cross: ce_bois
# title: Romm in the Bois de Boulogne
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
How did Sedov know that Romm had arrived? # speaker: goldman
The record does not say. To tell my son he was in Paris, Romm would have needed his address or his telephone number, and he names neither. So the initiative is left to my son, and no address of his has to appear in the record. # speaker: trotsky # expression: thinking # cite: L7930-7936
-> DONE

= s2
# speaker: romm
# cite: L7936-7938
Sedov set a meeting in a café on the Boulevard Montparnasse, and said he wanted to arrange a meeting for me with Trotsky.
-> DONE

= s2_press
Had the witness ever asked to meet Trotsky? # speaker: goldman
Never, by his own account. He had risked his head as a courier without once trying to meet me or write to me. On a word from my son he is ready at once, just as he was ready at once for Putna and for the letters. # speaker: trotsky # cite: L7938-7947
In Trotsky's reading, Romm's part was to agree to everything and start nothing himself. # speaker: narrator # cite: L7946-7949
-> DONE

= s3
# speaker: romm
# cite: L7951-7956
Some days later we met in the same café, and from there we went to the Bois de Boulogne, where we met Trotsky.
-> DONE

= s3_press
Which café? # speaker: goldman
He does not name it. Trotsky's comment: a named café might turn out to have burned down the night before; after the Hotel Bristol in Copenhagen, the accusers had learned to name no buildings. # speaker: narrator # cite: L7951-7954
-> DONE

= s4
# speaker: romm
# answer: deduction-arrival-25-july, lanis-segal-statements
# cite: L7956-7963
When was that? At the end of July 1933.
-> DONE

= s4_press
{ alibi_heard:
    At the end of July 1933 I was at Saint-Palais near Royan, in bed. The commission now has the records of those days. # speaker: trotsky # cite: L8238-8257
    -> DONE
}
The prosecutor pressed him on it, and Romm repeated it and made it precise: the end of July 1933. Trotsky calls it a truly fatal date. # speaker: narrator # cite: L7957-7965
I was not in the Bois de Boulogne at the end of July 1933. I could not have been. I was five hundred kilometres from Paris, on the shore of the Atlantic, and I was ill. # speaker: trotsky # expression: angry # cite: L8130-8133
The commission has said it before: a denial by the witness, on its own, carries no weight with us. # speaker: dewey # cite: L4616-4618
Then let the records speak. Mr Chairman, I ask leave to take the witness through those weeks, one exhibit at a time. # speaker: goldman
Granted. Romm's pages stay open; we will come back to them. # speaker: dewey # sfx: gavel
-> dx_alibi

= s4_right
# objection
Objection! Romm puts Trotsky in the Bois de Boulogne at the end of July 1933. The record puts him five hundred kilometres away. # speaker: goldman # sfx: objection
# breakthrough
{ presented == "deduction-arrival-25-july":
    On 25 July he arrived at Saint-Palais near Royan. The day is fixed by a fire on the property, dated by the local papers of 26 July and the fire brigade's certificate; the reporter who covered that fire saw Trotsky in the car. From that day Vera Lanis and Segal saw him in bed with lumbago and fever. # speaker: goldman # cite: L8240-8257
- else:
    Vera Lanis and Segal were waiting at the house at Saint-Palais. They spent the last days of July with the Trotskys and saw him go to bed with lumbago and fever the moment he arrived. And the day of that arrival, 25 July, is fixed by the fire. # speaker: goldman # cite: L8240-8257
}
From the day he arrived he lay ill, and by his account he stayed ill for two months under a doctor's care. # speaker: goldman # cite: L8253-8257, L8265-8266
He could not have been walking in the Bois de Boulogne at the end of July. # speaker: goldman # music: breakthrough
The friends' statements now stand on a public, datable event. The commission takes note. # speaker: dewey # cite: L8244-8251
A moment, counsel. I have a question for the witness before we close this page. # speaker: finnerty # reveal: s7
-> DONE

= s4_wrong_chautemps
# wrong: chautemps-letter-1933-06-29
The letter shows where he was allowed to live. Permission is not presence: where he actually was needs witnesses and records. # speaker: finnerty # cite: L8144-8149
-> DONE

= s4_wrong_nyt
# wrong: nyt-1937-02-17
The telegram proves the secret landing at Cassis on 24 July. It says nothing about where he was a week later. # speaker: finnerty # cite: L8216-8222
-> DONE

= s4_wrong_register
# wrong: hotel-register-24-25-july
The register puts him on the road on the night of 24 to 25 July, not at the end of the month. # speaker: finnerty # cite: L8194-8195
-> DONE

= s4_wrong_fire
# wrong: local-papers-1933-07-26, fire-brigade-certificate
The papers and the fire brigade date a fire, not a man. What ties Trotsky himself to that fire? Combine it with the right witness first. # speaker: finnerty # cite: L8244-8251
-> DONE

= s4_wrong_bardon
# wrong: bardon-statement
Bardon saw him in the car, but his statement on its own gives no date. Tie it to something that can be dated first. # speaker: finnerty # cite: L8250-8251
-> DONE

= s4_wrong_account
# wrong: saint-palais-illness, saint-palais-visitors
That is the witness's own account of the weeks that followed. Give me the people who saw him in the last days of July, or a record that fixes the day. # speaker: finnerty # cite: L8265-8281
-> DONE

= s4_hints
Romm, pressed by the prosecutor, fixed the date himself: "end of July 1933". Press this page to hear where Trotsky says he was. # hint: 1
On the timeline board, look at the last days of July: who was with Trotsky, and where? # hint: 2 # point: lanis-segal-statements.days
From 25 July he was at Saint-Palais, ill in bed. The fire dates the arrival; the housekeeper and the helper saw the days after. Present the "at Saint-Palais on 25 July" deduction, or their statements. # hint: 3
-> DONE

= s5
# speaker: romm
# cite: L7977-7981
The conversation lasted about twenty to twenty-five minutes. As I understood it, he met me to confirm by word of mouth the instructions in the letter I was taking to Moscow.
-> DONE

= s5_press
What does the witness remember of it? # speaker: goldman
Nothing. It was his very first meeting with me, and he gives not one living detail: did we walk along the paths or sit on a bench, did I smoke cigars, cigarettes or a pipe? Only the length, twenty to twenty-five minutes. # speaker: trotsky # cite: L7969-7978
And the purpose? "As I understood it": so vague that the witness can only guess at it afterwards. # speaker: trotsky # cite: L7980-7984
Why would I confirm, through a courier nobody had any reason to trust, directives I had already written to Radek? # speaker: trotsky # expression: thinking # cite: L7984-7991
Without the meeting, Romm could only say he delivered a book with a letter hidden in its cover, a letter that neither Radek, nor Romm, nor the prosecutor has ever produced. # speaker: goldman # cite: L7996-8001
-> DONE

= s6
# speaker: romm
# cite: L8010-8022
He said he agreed to the parallel centre if it kept the bloc with the Zinovievists and worked actively, and he urged industrial sabotage without fear of human victims. I said I was surprised: that would undermine the country's defence.
-> DONE

= s6_press
So I am to have poured out my heart, in a park, to an unknown young man who did not even share my supposed "defeatism". # speaker: trotsky # cite: L8022-8026
And the later letters Romm says he carried? # speaker: goldman
He never says what they contained. In Trotsky's words, the letters in this trial all resemble one another. # speaker: narrator # cite: L8030-8033
-> DONE

= s7
# speaker: finnerty
# hidden
# answer: shachtman-letter-1933-08-08, cassis-drivers-statements
# cite: L8187-8188, L8196-8203
Your companions and all your luggage went on towards Paris. Might you not have joined them there after all?
-> DONE

= s7_press
It is the question Moscow answered for itself. The luggage had been checked in Turkey under Max Shachtman's name; once our incognito was gone, GPU agents in Marseille saw it travel towards Paris with my collaborators and concluded I had gone there too. # speaker: trotsky # cite: L8196-8203
Relations between Moscow and Paris were tense then. The GPU knew about me only what the papers printed, and the papers lost our trail right after the landing. # speaker: trotsky # expression: thinking # cite: L8203-8215
So, in his view, they assumed he must have spent a few days in Paris to settle his affairs, and chose "end of July". That is his explanation; the question is what the records show. # speaker: narrator # cite: L8229-8238
-> DONE

= s7_right
# objection
Objection! Counsel's premise is that Trotsky went where the luggage went. The record shows the party split at sea. # speaker: goldman # sfx: objection
# breakthrough
Only Trotsky and his wife took the motorboat; the four collaborators went on to Marseille with all the luggage. From Cassis the cars drove straight north-west, to the Gironde. # speaker: goldman # cite: L8187-8193
{ presented == "shachtman-letter-1933-08-08":
    And one of those four wrote afterwards. Shachtman went via Le Havre to New York, and on 8 August 1933 regretted that he had been cut off from the Trotskys on the way without even a goodbye. # speaker: goldman # cite: L8281-8286
- else:
    The drivers Leprince and Molinier, and Lasté who rode with them, describe that drive in every detail. And Shachtman, who had the luggage, wrote on 8 August that he never even got to say goodbye. # speaker: goldman # cite: L8247-8249, L8281-8286
}
Three of the collaborators later had to travel from Paris to Royan to see him. Had he been in Paris, they would not have needed to. # speaker: goldman # cite: L8278-8283
A fair answer. I withdraw the question. # speaker: finnerty
-> DONE

= s7_wrong_chautemps
# wrong: chautemps-letter-1933-06-29
The letter shows he had every reason to stay away from Paris. I am asking for evidence that he did. # speaker: finnerty # cite: L8150-8159
-> DONE

= s7_wrong_register
# wrong: hotel-register-24-25-july
The book does not say where that hotel was. On its own it cannot settle which road you took. # speaker: finnerty # cite: L8194-8195
-> DONE

= s7_wrong_nyt
# wrong: nyt-1937-02-17
It ends at Cassis with a waiting car. It does not say where the car went. # speaker: finnerty # cite: L8221-8222
-> DONE

= s7_wrong_crates
# wrong: shachtman-luggage-crates
That is the witness's explanation of why Moscow guessed Paris. It does not show that the witness himself did not go there. # speaker: finnerty # cite: L8196-8203
-> DONE

= s7_hints
My premise: the companions and the luggage went to Paris. # hint: 1
What did one of those companions write afterwards, and where did he sail from? # hint: 2 # point: shachtman-letter-1933-08-08.regret
Shachtman never even got to say goodbye, and the others had to travel from Paris to Royan to see Trotsky. Present his letter, or the drivers' statements. # hint: 3
-> DONE

= wrong
That doesn't answer this page. Ask yourself what the item proves, and about which day. # speaker: dewey
-> DONE
