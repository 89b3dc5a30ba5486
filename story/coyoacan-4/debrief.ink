// The debrief for the whole of Case 2 (all four sittings): a short spoken wrap-up, the
// discussion questions and a glossary. Outline 02-coyoacan-b.md, "Debrief facts".
// Lines marked "Outside the book" carry no seed citation.

=== debrief ===
# bg: black
# scene: Debrief: The Blue House
# music: calm
Four sittings, three alibis. Copenhagen: documents put Sedov in Berlin, Moscow's own Olberg said the trip did not come off, and the Hotel Bristol had been pulled down in 1917, by the book's account. # speaker: narrator # cite: L4116-4172, L6977-6982, L7081-7084
The Bois de Boulogne: a wire report of the landing at Cassis, a fire at Saint-Palais on the day he arrived, and two months ill there, far from Paris. Kjeller: no foreign aircraft all winter, by the airfield's own book. # speaker: narrator # cite: L8179-8266, L8744-8763
Trotsky's conclusion: by Radek's own last words, the case rested on Radek and Pyatakov; with Romm's meeting and Pyatakov's flight gone, it falls. That is his argument, not a court's verdict. # speaker: narrator # cite: L8882-8891, L8913-8941
{ honest_correction:
    With Beals you kept the account consistent with the record, and let the witness own his one real error first, as the book itself does. # speaker: narrator # cite: L8346-8349
- else:
    With Beals you kept the account consistent with the record. Your first instinct was to deny his one real error; the book itself admits it. # speaker: narrator # cite: L8346-8349
}
Remember: every document here reaches us through Trotsky's book, and Beals only through the eyes of the man he questioned. # speaker: narrator # cite: L4700-4713, L4763-4777
Outside the book: the hearing's record appeared in 1937 as "The Case of Leon Trotsky"; the full commission's findings, in 1938, as "Not Guilty": the trials were frame-ups. In 1988 the Supreme Court of the USSR annulled the verdicts. # speaker: narrator
Outside the book: Beals gave his own reasons for resigning in the Saturday Evening Post in June 1937. Read it beside Trotsky's account. # speaker: narrator
Outside the book: defenders of the verdicts argued that a café Bristol adjoined a hotel and led into it (J. R. Campbell, 1939; S.-E. Holmström, 2008); others dispute this. None of it touches the documents that put Sedov in Berlin. # speaker: narrator # cite: L4129-4132, L4159-4172
Outside the book: in Trotsky's papers at Harvard, Pierre Broué (1980) and J. Arch Getty (1986) found 1932 contacts with oppositionists in the USSR that he kept from the commission. Broué still judged the trials frame-ups; others doubt Trotsky's candour. # speaker: narrator
Outside the book: most historians regard the charges against Trotsky as fabricated. The three alibis settle three meetings, not everything he did in exile. # speaker: narrator
{
- regime_view == "members":
    In "Two regimes" you sided with the commissioners' view. Keep your reasons for the questions. # speaker: narrator
- regime_view == "witness":
    In "Two regimes" you sided with the witness. Keep your reasons for the questions. # speaker: narrator
- else:
    In "Two regimes" you kept your judgement open. A good question to return to. # speaker: narrator
}
# scene: Questions for discussion
Arbeiderbladet disliked Trotsky. Why can a hostile newspaper be a stronger witness for his alibi than his friends are, and what could it still get wrong? # speaker: narrator # cite: L8725-8729 # question
Trotsky wanted sharp, distrustful questions; his counsel was openly on his side; the most hostile member resigned. Was the Coyoacán hearing balanced enough to be trusted? What would have made it stronger? # speaker: narrator # cite: L4579-4584, L4733-4734, L4763-4764 # question
The witness admitted that his thirteen questions were inexact in places. Did that make his account weaker or stronger? Why? # speaker: narrator # cite: L8346-8349 # question
Historians later found that Trotsky kept some 1932 contacts from the commission. Does that change how you judge the three alibis? Why, or why not? # speaker: narrator # question
# scene: Glossary
Amalgam: Trotsky's word for a fabricated charge that mixes unrelated people and facts. # speaker: narrator # cite: L5840-5843
Sub-commission: the five members sent to Coyoacán to find out whether Trotsky had enough material to justify a full inquiry. # speaker: narrator # cite: L4569-4573
Ex parte: "from one side only"; the charge that a party's own witnesses cannot be trusted. # speaker: narrator # cite: L9272-9273
Capitulator: an oppositionist who recanted and went over to the regime: Pyatakov at the end of 1927, Radek in 1929. # speaker: narrator # cite: L3582-3584, L3613-3616
Rehabilitation (outside the book): the formal annulment of a Soviet verdict by a Soviet court. # speaker: narrator
The Blue House is closed. # speaker: narrator # end: coyoacan-4
-> END
