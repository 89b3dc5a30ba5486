# grace: 0
INCLUDE ../common.ink
INCLUDE drammen-b.ink
// Case 1, "Behind Closed Doors", sitting 2: the Drammen district court, 11 December 1936,
// from the judge's "On what do you base your suspicion?" (L1104) to the civil oath (L1915).
// Sitting 1 is ../drammen-1. Records: record.json here, and ../drammen-shared.
// Source of the whole hearing: Trotsky's own reconstruction (L798-802).

-> briefing

=== briefing ===
# bg: title
# music: calm
# scene: Case 1 · Behind Closed Doors · Sitting 2
Everything here comes from one book, "Stalins Verbrechen" (1937), by Leon Trotsky. There is no stenogram of this hearing: he wrote it down afterwards and vouched for it under oath. # speaker: narrator # cite: L798-802
Drammen, 11 December 1936. The five young fascists who raided his home in August are on trial; he is their victim, called as a witness, and held since late August in internment. # speaker: narrator # cite: L270-286, L524-528, L781-790
In the first sitting the defence lawyer W. questioned him about his asylum, his letters and his archives. He answered that the GPU, the Soviet political police, wanted those archives, and might be behind the raid on his home too. # speaker: narrator # cite: L809-811, L1050-1057, L1100-1104
-> part_two
