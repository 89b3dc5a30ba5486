// The debrief for the whole of Case 2 (all four sittings). Outline 02-coyoacan-b.md, "Debrief facts".
// Lines marked "Outside the book" carry no seed citation; [VERIFY] items of the outline are left out
// (the exact public date of the commission's findings; the wording of Beals's own article).

=== debrief ===
# bg: black
# scene: Debrief: The Blue House
# music: calm
Debrief: what the four sittings showed, and with what. Unless a line says "outside the book", it is the book's account. # speaker: narrator
Copenhagen, November 1932. Holtzman said Sedov met him at the Hotel Bristol and took him to Trotsky. Sedov was in Berlin: his mother's telegram of 1 December 1932 calls him a student in Berlin, the French foreign ministry's telegram of 3 December says the same, and his passport holds the French visa of 3 December and a border stamp of the 4th. His parents met him at the Gare du Nord in Paris on 6 December. # speaker: narrator # cite: L4116-4137, L4148-4172, L7047-7048
Moscow's own defendant Olberg said Sedov's trip to Copenhagen did not come off. The Hotel Bristol had been pulled down in 1917, as Sozial-Demokraten reported on 1 September 1936; the café found five months later had no vestibule and its door on another street. # speaker: narrator # cite: L6977-6982, L7081-7107
The Bois de Boulogne, end of July 1933. Romm said he met Trotsky near Paris. The interior minister's letter of 29 June 1933 allowed him only a southern department; a New York Times wire of 25 July 1933 reported his landing by motorboat at Cassis; he reached Saint-Palais near Royan on 25 July, the day of a fire on the property recorded by local papers of the 26th and a fire brigade certificate; he then lay ill for two months under a doctor's care, about 500 km from Paris. # speaker: narrator # cite: L8130-8133, L8144-8148, L8179-8190, L8216-8222, L8240-8250, L8255-8266
Kjeller, December 1935. Pyatakov said he flew from Berlin to Oslo. Aftenposten reported on 25 January 1937 that no foreign aircraft had come; on 29 January Arbeiderbladet, no friend of Trotsky's, printed the airfield director's answer from his customs book: no foreign aircraft at Kjeller between 19 September 1935 and 1 May 1936. The director confirmed it by letter; Knudsen telegraphed the prosecutor. # speaker: narrator # cite: L8692-8695, L8717-8779
Trotsky also said he lived in a remote village at least two hours from the airfield, not in a villa suburb thirty minutes away. And the Soviet mission's report that Kjeller was open all year said a landing was possible, not that one took place. # speaker: narrator # cite: L8567-8570, L8705-8717
The conclusion Trotsky draws: by Radek's own last words the case for the link rested on Radek and Pyatakov; Radek's link ran only through Romm; with the Bois de Boulogne and Kjeller gone, the main charge falls. That is his argument, not a court's verdict. # speaker: narrator # cite: L8882-8891, L8913-8941
Beals. You kept the witness's account consistent with the record by checking dates, issuers and exact words, and once by letting the witness admit an error of his own. # speaker: narrator # cite: L8346-8349
{ honest_correction:
    You let him own that error before anything else. That is also what the book does: it says plainly that the thirteen questions were inexact in minor details. # speaker: narrator # cite: L8346-8349
- else:
    Your first instinct was to deny the error; the witness corrected you. The book itself says plainly that the thirteen questions were inexact in minor details. # speaker: narrator # cite: L8346-8349
}
Remember: the book records none of Beals's questions. Those in this sitting were constructed from claims and facts in the book, and Beals's side of the story is not in it at all. # speaker: narrator # cite: L4700-4713
# scene: What happened next
In the book: Dewey's report of 9 May 1937 recommended finishing the inquiry, and the full commission was to meet in September. The Coyoacán record, about 250,000 words taken down by a sworn stenographer, was to appear in American and English editions. # speaker: narrator # cite: L4787-4808, L4644-4647
Outside the book: the Coyoacán record was published in 1937 as "The Case of Leon Trotsky". The full commission reached its findings in September 1937 and published them in 1938 as the book "Not Guilty". It found that the Moscow trials were frame-ups, and Trotsky and his son not guilty. # speaker: narrator
Outside the book: in 1988 the Supreme Court of the USSR annulled the verdicts. In February it did so for Bukharin, Rykov and the others condemned in 1938; on 13 June for the defendants of the August 1936 and January 1937 trials, among them Zinoviev, Kamenev, Pyatakov and Radek. # speaker: narrator
# scene: Where the book is one-sided, and where historians differ
Every document in this case reaches us through Trotsky's book, often in his own translation. Beals appears only through the eyes of the man he questioned. # speaker: narrator # cite: L4763-4777
Outside the book: Beals published his own account of why he resigned, in the Saturday Evening Post in June 1937. Read it beside Trotsky's; the game does not summarise it for you. # speaker: narrator
The "Bristol" dispute. The book's position: there had been no Hotel Bristol since 1917; the café had no vestibule and its entrance on another street; and in any case Sedov was in Berlin. # speaker: narrator # cite: L7081-7107, L7146-7155
Outside the book: defenders of the verdicts kept the café explanation alive. J. R. Campbell ("Soviet Policy and Its Critics", 1939) said café and hotel were in one building and the hotel could be entered through the café. Sven-Eric Holmström (Cultural Logic, 2008) argued from photographs that a Bristol stood next to a hotel and was connected with it, and that Trotsky's side misled the commission. Others have disputed these conclusions. # speaker: narrator
The game does not rule on the café's doors. Notice, though, that the café question does not touch the documents that put Sedov in Berlin. # speaker: narrator # cite: L4129-4132, L4159-4172
Outside the book: working in Trotsky's own papers at Harvard, Pierre Broué (1980) and J. Arch Getty (1986) found that in 1932 Trotsky and Sedov had contacts with oppositionists inside the USSR about a "bloc", which Trotsky did not reveal to the commission. Broué, himself a Trotskyist, still judged the trials frame-ups, and argued that those real contacts gave the GPU something to build on; others use the find to question Trotsky's candour in 1937. # speaker: narrator
That is the archive Beals asked about, and the archive Trotsky offered in full. # speaker: narrator # cite: L5517-5523
Outside the book: most historians regard the charges against Trotsky in the Moscow trials as fabricated; a small minority of writers defends the confessions. The three alibis concern three particular meetings. They do not settle everything Trotsky did in exile. # speaker: narrator
{
- regime_view == "members":
    In the "Two regimes" exchange you sided with the commissioners' view. Keep your reasons for the questions below. # speaker: narrator
- regime_view == "witness":
    In the "Two regimes" exchange you sided with the witness. Keep your reasons for the questions below. # speaker: narrator
- else:
    In the "Two regimes" exchange you kept your judgement open. That question is a good one to return to. # speaker: narrator
}
# scene: Questions for discussion
Questions for discussion. # speaker: narrator
1. Arbeiderbladet disliked Trotsky. Why can a hostile newspaper be a stronger witness for his alibi than his friends are, and what could it still get wrong? # speaker: narrator # cite: L8725-8729 # question
2. The Soviet mission said Kjeller was open to foreign aircraft all winter. Why does "it was possible" not answer "did it happen"? Give an example from everyday life. # speaker: narrator # cite: L8705-8717 # question
3. Trotsky wanted sharp, distrustful questions; his counsel was openly on his side; the most hostile member resigned. Was the Coyoacán hearing balanced enough to be trusted? What would have made it stronger? # speaker: narrator # cite: L4579-4584, L4733-4734, L4763-4764 # question
4. The witness admitted that his thirteen questions were inexact in places. Did that make his account weaker or stronger? Why? # speaker: narrator # cite: L8346-8349 # question
5. Historians later found that Trotsky kept some 1932 contacts from the commission. Does that change how you judge the three alibis? Why, or why not? # speaker: narrator # question
# scene: Glossary
Glossary. # speaker: narrator
Alibi: positive proof that someone was somewhere else at the time claimed. The book gives its own definition. # speaker: narrator # cite: L5094-5097
Amalgam: Trotsky's word for a fabricated charge that mixes unrelated people and facts. He says his side was using it eight years before the Kirov murder. # speaker: narrator # cite: L5840-5843
Sub-commission: the five members sent to Coyoacán to find out whether Trotsky had enough material to justify a full inquiry. # speaker: narrator # cite: L4569-4573
Counsel to the commission: its own lawyer, John Finnerty, not to be confused with Trotsky's counsel, Albert Goldman. # speaker: narrator # cite: L4576-4584
Stenographic report: a word-for-word record of a hearing. Moscow and Coyoacán each produced one. # speaker: narrator # cite: L4644-4650
Ex parte: "from one side only"; the charge that a party's own witnesses cannot be trusted. # speaker: narrator # cite: L9272-9273
Customs protocol book: Kjeller's daily register of arrivals, checked by the director before he answered the press. # speaker: narrator # cite: L8750-8751
Storting: the Norwegian parliament, of which Konrad Knudsen was a member. # speaker: narrator # cite: L4195, L8717-8718
Capitulator: an oppositionist who recanted and went over to serving the regime: Pyatakov at the end of 1927, Radek in 1929. # speaker: narrator # cite: L3582-3584, L3613-3616
Fourth International: the international grouping of Trotsky's supporters. # speaker: narrator # cite: L3423-3425
Source check: asking who made a document, when, for whom and why. A hostile source is one that has no wish to help the person it ends up helping. # speaker: narrator
Rehabilitation (outside the book): the formal annulment of a Soviet verdict by a Soviet court. # speaker: narrator
The Blue House is closed. # speaker: narrator # end: coyoacan-4
-> END
