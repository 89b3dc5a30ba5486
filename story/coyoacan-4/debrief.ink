// The debrief for the whole of Case 2 (all four sittings): a short spoken wrap-up, the
// discussion questions and a glossary. Outline 02-coyoacan-b.md, "Debrief facts".
// Lines marked "Outside the book" carry no seed citation.

=== debrief ===
# bg: black
# scene: Debrief: The Blue House
# music: calm
Four sittings, three alibis. Nothing is scored here: which alibi would you defend first before a sceptic? # speaker: narrator
* [Copenhagen, November 1932]
    Documents put Sedov in Berlin, Moscow's own Olberg said the trip did not come off, and by the book's account the Hotel Bristol was gone since 1917. # speaker: narrator # cite: L4116-4172, L6977-6982, L7081-7084
* [The Bois de Boulogne, July 1933]
    A wire report of the landing at Cassis, a fire at Saint-Palais on the day he arrived, and two months ill there, far from Paris. # speaker: narrator # cite: L8179-8266
* [Kjeller, December 1935]
    No foreign aircraft all winter, by the airfield's own customs book, reported by a paper that disliked him. # speaker: narrator # cite: L8725-8763
- Trotsky's conclusion: by Radek's own last words the case rested on Radek and Pyatakov; with Romm's meeting and Pyatakov's flight gone, it falls. That is his argument, not a court's verdict. # speaker: narrator # cite: L8882-8891, L8913-8941
{ honest_correction:
    With Beals you kept the account consistent with the record, and let the witness own his one real error first, as the book itself does. # speaker: narrator # cite: L8346-8349
- else:
    With Beals you kept the account consistent with the record. Your first instinct was to deny his one real error; the book itself admits it. # speaker: narrator # cite: L8346-8349
}
Remember: every document here reaches us through Trotsky's book, and Beals only through the eyes of the man he questioned. # speaker: narrator # cite: L4700-4713, L4763-4777
Outside the book: the hearing's record appeared in 1937 as "The Case of Leon Trotsky"; the full commission's findings, in 1938, as "Not Guilty": the trials were frame-ups. In 1988 the Supreme Court of the USSR annulled the verdicts. # speaker: narrator
Outside the book: defenders of the verdicts argued that a café Bristol adjoined a hotel and led into it (J. R. Campbell, 1939; S.-E. Holmström, 2008); others dispute this. None of it touches the documents that put Sedov in Berlin. # speaker: narrator # cite: L4129-4132, L4159-4172
Outside the book: in Trotsky's papers at Harvard, Pierre Broué (1980) and J. Arch Getty (1986) found 1932 contacts with oppositionists in the USSR that he kept from the commission. Broué still judged the trials frame-ups; others doubt Trotsky's candour. # speaker: narrator
Which of these later findings weighs most when you judge the three alibis? Nothing is scored. # speaker: narrator
* [The 1932 contacts he kept from the commission]
    It tells against his candour, though not against the documents on the three meetings. # speaker: narrator
* [The dispute about the Bristol]
    It touches one detail of Holtzman's story, not the passport and telegrams that put Sedov in Berlin. # speaker: narrator # cite: L4129-4132
* [The annulment of the verdicts in 1988]
    A Soviet court undid the verdicts; it did not re-examine the alibis in public. # speaker: narrator
- Outside the book: Beals gave his own reasons in the Saturday Evening Post, June 1937; read them beside Trotsky's. Most historians regard the charges as fabricated; the alibis settle three meetings, not everything he did in exile. # speaker: narrator
Arbeiderbladet disliked Trotsky. Why can a hostile newspaper be a stronger witness for his alibi than his friends are, and what could it still get wrong? # speaker: narrator # cite: L8725-8729 # question
Trotsky wanted sharp, distrustful questions; his counsel was openly on his side; the most hostile member resigned. Was the Coyoacán hearing balanced enough to be trusted? What would have made it stronger? # speaker: narrator # cite: L4579-4584, L4733-4734, L4763-4764 # question
The witness admitted that his thirteen questions were inexact in places. Did that make his account weaker or stronger? Why? # speaker: narrator # cite: L8346-8349 # question
Historians later found that Trotsky kept some 1932 contacts from the commission. Does that change how you judge the three alibis? Why, or why not? # speaker: narrator # question
Words to keep. Ex parte: "from one side only". Amalgam: Trotsky's word for a charge that mixes unrelated people and facts. Capitulator: an oppositionist who recanted, as Pyatakov did at the end of 1927. # speaker: narrator # cite: L9272-9273, L5840-5843, L3582-3584
Sub-commission: the five members sent to Coyoacán to see whether a full inquiry was justified. Rehabilitation (outside the book): the annulment of a Soviet verdict by a Soviet court. The Blue House is closed. # speaker: narrator # cite: L4569-4573 # end: coyoacan-4
-> END
