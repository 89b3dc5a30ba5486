# grace: 0
INCLUDE ../common.ink
INCLUDE drammen-a.ink
// Case 1, "Behind Closed Doors", sitting 1: the Drammen district court, 11 December 1936.
// This file and drammen-a.ink: briefing, opening and four cross-examinations
// (ce_asylum, ce_practical, ce_letter, ce_archives). Sitting 2 is ../drammen-2.
// Records: record.json here, and ../drammen-shared (people and documents of both sittings).
// Outline: ../shared/design/cases/01-drammen.md. Source: the seed, cited as # cite: Lx-y.

// Set when the player chooses to correct the sworn account (ce_archives.s3_right).
VAR footnote_corrected = false

-> briefing

=== briefing ===
# bg: title
# music: calm
# scene: Case 1 · Behind Closed Doors
Before you go in, a word about the source. # speaker: narrator
Everything in this case comes from one book, "Stalins Verbrechen" (1937), written by Leon Trotsky himself. # speaker: narrator # cite: L798-802
There is no stenogram of this hearing. He wrote it down afterwards from fresh memory and his notes, and he vouched for it under oath. Where only he says something, the game calls it his testimony, not a proven fact. # speaker: narrator # cite: L798-802
# bg: veksal
# scene: Norway, 1935–1936
In 1935 Norway's new Labour government let the exiled revolutionary in. He signed a condition of non-interference in the country's affairs and settled with his wife in the village of Veksal, in the house of the editor Konrad Knudsen. # speaker: narrator # cite: L201-203, L232-238
On the night of 5 to 6 August 1936, five young Norwegian fascists with false police badges broke in for his archives. Knudsen's daughter blocked his door; they fled, snatching a few papers from a table. # speaker: narrator # cite: L270-285
The police identified them the next day. They stayed free. # speaker: narrator # cite: L285-286, L344-345
# music: tense
On 14 August the Soviet agency TASS announced a "Trotskyist-Zinovievist" terror plot, tied, it claimed, to the Gestapo. At the Moscow trial of the sixteen, all were condemned and shot. Trotsky was named as the man behind it. # speaker: narrator # cite: L345-363, L427-430, L1896-1897
On 26 August the police chief Askvig brought new terms: no writing on current politics, no interviews, police reading all mail. Trotsky refused. He was arrested on the 28th, by the book's date; an internment decree followed on the 31st. # speaker: narrator # cite: L455-476, L600-602
Since 2 September he and his wife have been held at Sundby, a house 36 km from Oslo, guarded by thirteen police. Their letters pass through the Central Passport Office. # speaker: narrator # cite: L524-528
When he tried to sue his slanderers, the government issued a decree on 29 October that let the Justice Minister forbid an interned foreigner any lawsuit. A letter from the minister on 11 November extended the ban to courts anywhere. # speaker: narrator # cite: L701-709, L721-729
What is at stake: officially he is a witness to a break-in. But the defence means to put him in the dock, and he, gagged since the internment, sees this closed room as a rare place to answer his accusers. # speaker: narrator # cite: L1893-1901
# scene: Source check
Now the raiders' trial. Compare two things the government side said about it. # speaker: narrator
Before the elections, the government press wrote that the raiders faced some years in prison. Once Trotsky was locked up, the trial was put off until after the elections, and the Justice Minister called the raid "youthful mischief". # speaker: narrator # cite: L773-781
What changed between the two statements?
* [New facts about the raid came to light]
    Nothing in the book suggests that. The raid was the same raid. # speaker: narrator # cite: L773-781
* [The victim was interned, and the elections were coming]
    That is the book's answer. The facts of the raid had not changed; the raid's victim was now a prisoner, and the trial date had been moved past the elections. # speaker: narrator # cite: L776-781
* [The raiders had apologised]
    The book reports no apology. The raid was the same raid. # speaker: narrator # cite: L773-781
- What changed was the calendar and the victim's status. Trotsky adds that the trial was first meant as a vote-winner, two weeks before the elections. That is his reading of the government's motives. # speaker: narrator # cite: L773-781
-> opening

=== opening ===
# bg: drammen-court
# music: calm
# scene: Drammen district court, 11 December 1936
- (q_who) The doors are closed: no public, no press. Who asked for that? # speaker: narrator # cite: L781-785 # check: judge who
+ [The government #best]
    Yes. The government asked, and the court agreed. The witness said he had no use for closed doors. # speaker: narrator # cite: L781-785, L993-995
* [The witness, to keep his answers private]
    The opposite: he said he had no use for closed doors. The request came from the government. # speaker: narrator # cite: L781-785, L993-995
    -> q_who
* [The accused young men, to spare themselves publicity]
    They came as free men, but the book does not say they asked. It says the government asked, and the court agreed. # speaker: narrator # cite: L781-789
    -> q_who
- The accused came from their homes as free men. The witness is brought in by about a dozen police. The public benches are empty; only his guard sits there. # speaker: narrator # cite: L785-789
To his right, the young men of the night raid, listening hard. To his left, eighteen jurors and alternates, some of them workers, some from the lower middle class. Behind the judges sit a few high officials. # speaker: narrator # cite: L789-794
The jurors will take no notes while the witness speaks. The court has his particulars; the defence may put its questions. # speaker: judge # sfx: gavel # cite: L792-793, L807-809
Then I shall begin where it matters. On what terms was the witness let into Norway? Did he keep them? And why, then, was he interned? # speaker: advokat-w # expression: smug # cite: L809-811
This time you are the one under questioning. W. will turn his questions into claims. Press a claim to hear your answer; when a claim is false, present the document that shows it. # speaker: narrator
He speaks German; every answer is translated. # speaker: narrator # cite: L797-798
-> ce_asylum
