// Case 1 "Behind Closed Doors", part B: from the judge's "On what do you base your suspicion?"
// (L1104) to the civil oath (L1915), then the debrief. Included by drammen.ink.
// Source of the whole hearing: Trotsky's own reconstruction (L798-802). Statements and lines the
// book does not record carry a visible # dramatized: tag (outline 01-drammen.md).

=== part_two ===
# bg: drammen-court
# music: tense
The witness has just said that the GPU may also have been behind the raid on his home. # speaker: narrator # cite: L1100-1104
What do you base that suspicion on? # speaker: judge # cite: L1104
I offer it only as a hypothesis, Mr President. # speaker: trotsky # cite: L1104-1105
But I keep asking myself who gave these young men the plan, and who fitted them out with such complete, military-grade equipment for listening to my telephone. # speaker: trotsky # cite: L1105-1108 # add: phone-tapping-apparatus
Norway's Nazis are still a small group, as the last elections showed. My first thought was the Gestapo, hunting for my friends in Germany. I still have no doubt that it had a hand in this. # speaker: trotsky # cite: L1108-1112
And what is that belief based on? # speaker: judge # cite: L1112-1113
In the weeks before the raid, fascists came into our yard several times, even into the house, mostly pretending they might buy it. Meeting me, they acted as if I were invisible. None ever said good day. # speaker: trotsky # cite: L1113-1119 # add: house-buyer-visits
For all their malice they had little courage: one brave girl, Jordis Knudsen, was enough to turn them back. # speaker: trotsky # cite: L1119-1121
A few days before the raid a foreigner in Tyrolean costume walked into the yard. When he saw me he looked away. I asked what he wanted. Bread, he said. He was a tourist, from Austria. # speaker: trotsky # cite: L1121-1124 # add: tyrolean-visitor-claim
An Austrian happened to be lodging with us that week. He showed the man courteously to the gate, then came back and told me: that is no Austrian; he talks like someone from the north of Germany. # speaker: trotsky # cite: L1124-1127 # add: austrian-lodger-observation
I am certain that this "tourist" came to prepare the raid. # speaker: trotsky # cite: L1127-1128
That last sentence is the witness's conviction. The book offers no proof of it. # speaker: narrator
At this point the main defendant, R. H., breaks in. The book gives his words in one short burst; here they are taken one at a time. # speaker: narrator # cite: L1128-1131
-> ce_tourist

// ---------------------------------------------------------------------------------------
// CE: the Tyrolean tourist (casefile C14; outline CE-6). R. H. speaks.
=== ce_tourist ===
# cross: ce_tourist
# title: The Tyrolean Tourist
# witness: defendant-rh
# place: Drammen district court, 11 December 1936
# after: after_tourist
-> DONE

= s1
# speaker: defendant-rh
# cite: L1129
The man came from Mecklenburg.
-> DONE

= s1_press
Mecklenburg: that is in the north of Germany. # speaker: trotsky # expression: thinking # cite: L1129 # dramatized: the witness's aside is the game's
That is where he came from. # speaker: defendant-rh # dramatized: R. H.'s words here are the game's
The book records nothing more from R. H. on this point. Note that his answer agrees with what the lodger heard. # speaker: narrator # cite: L1124-1127, L1129
-> DONE

= s1_wrong_visitor
# wrong: tyrolean-visitor-claim
# close
Close: this carries a related fact. "Austrian" does clash with Mecklenburg, but R. H. is right here: the lie was the visitor's. Which of R. H.'s claims does the visitor's own story break? # speaker: narrator # cite: L1123-1124, L1129
-> DONE

= s2
# speaker: defendant-rh
# answer: tyrolean-visitor-claim, austrian-lodger-observation
# cite: L1129-1130
# dramatized: R. H. said "he really was a tourist, in Tyrolean trousers" (L1129-1130); "what he told you" is the game's
He was exactly what he told you he was: a tourist, in Tyrolean trousers.
-> DONE

= s2_press
A tourist, you say. And this tourist walked into a private yard to buy bread? Norway has bakeries. # speaker: trotsky # expression: thinking # cite: L1134-1135
He was a tourist. # speaker: defendant-rh # expression: pressed # dramatized: R. H.'s repetition is the game's
What exactly did the visitor tell you he was? Compare it with what R. H. has just told the court. # speaker: narrator
-> DONE

= s2_right
# objection
Objection! So the defendant knows this man, and knows he came from Mecklenburg. Yet in my yard the same man told me he was an Austrian tourist. # speaker: trotsky # cite: L1121-1124, L1131-1133 # breakthrough
# sfx: gavel
{ presented == "austrian-lodger-observation":
    And my lodger, an Austrian himself, heard it at once: north-German speech, not Austrian. # speaker: trotsky # cite: L1124-1127
- else:
    He gave himself a false country. R. H. has just given him his real one. # speaker: trotsky # cite: L1123-1124, L1129
}
A real tourist has no reason to lie about where he comes from. Of everything the defendant has said, I accept exactly one item: the Tyrolean trousers. # speaker: trotsky # expression: smug # cite: L1132-1136
... # speaker: defendant-rh # expression: shaken
# music: breakthrough
Exposed: R. H. knew the visitor, and the visitor had lied about his origin. Still not proved: that he prepared the raid. That remains the witness's belief. # speaker: narrator # cite: L1127-1136
-> DONE

= s2_wrong_buyers
# wrong: house-buyer-visits
The "house buyers" were other men on other days. The statement is about this one visitor: who did he say he was? # speaker: narrator
-> DONE

= s2_wrong_phone
# wrong: phone-tapping-apparatus
The listening equipment raises questions about the raiders, but it says nothing about who the man in Tyrolean costume was. # speaker: narrator
-> DONE

= s2_wrong_goebbels
# wrong: goebbels-posters
German hostility towards you is real, by your account, but it is general. It does not show what this visitor claimed about himself. # speaker: narrator
-> DONE

= s2_hints
Re-read "exactly what he told you". What did the man tell you he was when you met him in the yard? # hint: 1
Open "The visitor's own story" and read the line "Who he said he was". # hint: 2 # point: tyrolean-visitor-claim.claimed
Name it: he told you he was an Austrian; R. H. says Mecklenburg, and the lodger heard north German. He was not what he told you. # hint: 3
-> DONE

= s3
# speaker: defendant-rh
# cite: L1130
He was about eighteen.
-> DONE

= s3_press
Eighteen? That man was twenty-three at the very least. # speaker: trotsky # cite: L1133-1134
It is his estimate against yours. Nothing in the record fixes the visitor's age, so there is nothing here to present. # speaker: narrator
-> DONE

= s4
# speaker: defendant-rh
# cite: L1130-1131
He had no connection with our plan.
-> DONE

= s4_press
You expect the court to believe that? # speaker: trotsky # expression: thinking # dramatized: Trotsky's words here are the game's
Careful. Even if you show that R. H. knew the man, that does not prove the man helped plan the raid. The book gives only the witness's belief that he was an "instructor". # speaker: narrator # cite: L1127-1128
-> DONE

= s5
# speaker: defendant-rh
# cite: L1131
We ran into him by chance, at the hotel.
-> DONE

= s5_press
By chance, at a hotel? I do not believe it. # speaker: trotsky # cite: L1135-1136
The fascists, and the German ones above all, have shown often enough how they hate me. When the French right-wing press campaigned against me, its material came from Germany. # speaker: trotsky # cite: L1137-1139
The Gestapo once found a bundle of my old letters, from before Hitler, in a house search in Berlin. Goebbels then papered Germany with posters about my "criminal activity". My German comrades have been sentenced to many decades in prison. # speaker: trotsky # cite: L1139-1144 # add: goebbels-posters
When was that? # speaker: advokat-w # cite: L1144
All along. The arrests and sentences have not stopped, not even in recent months. # speaker: trotsky # cite: L1148-1149
He explains: for years he had argued that the Comintern's line in Germany helped the Nazis, and that a workers' united front could have stopped Hitler in 1929–1932. That, he says, is why the Gestapo wanted his letters. # speaker: narrator # cite: L1149-1166
But there is a second explanation, just as likely. While it prepared the Moscow trial, the GPU needed my archives. Using fascists was less compromising than using "Communists", and each police has its agents inside the other. # speaker: trotsky # cite: L1166-1173 # reveal: s6
R. H. has gone red in the face. # speaker: narrator # cite: L1174
-> DONE

= s6
# hidden
# speaker: defendant-rh
# expression: angry
# cite: L1174-1175
We had no contact with the GPU, and none with the Gestapo!
-> DONE

= s6_press
I am not claiming the defendants knew who was pulling the strings. Young fascists seldom do; they end up as "cannon fodder" for other people's plans. # speaker: trotsky # cite: L1175-1177
The witness accuses the men behind the raid, not these defendants of knowing them. There is nothing to present against this statement. # speaker: narrator
-> DONE

= wrong
That item does not touch this statement. Listen to what R. H. is actually claiming, and look for the item that says the opposite. # speaker: narrator
-> DONE

=== after_tourist ===
# music: tense
Lawyer W. picks up several issues of a Russian-language journal. One of them he keeps back in his hand: No. 48, February 1936. # speaker: narrator # cite: L1177-1179, L1233, L1240 # add: bulletin-opposition
# add: bulletin-48
The questions that follow are W.'s, put here as the claims behind them (dramatized; the book reports them as questions and remarks). # speaker: narrator # cite: L1177-1268
-> ce_bulletin

// ---------------------------------------------------------------------------------------
// CE: Bulletin No. 48 (casefile C15, C21; outline CE-7). Askvig is in the room.
=== ce_bulletin ===
# cross: ce_bulletin
# title: Bulletin No. 48
# witness: advokat-w
# place: Drammen district court, 11 December 1936
# after: after_bulletin
-> DONE

= s1
# speaker: advokat-w
# cite: L1178-1179
The witness is the publisher of this journal.
-> DONE

= s1_press
Not on paper. But I write most of it, and politically I answer for all of it. # speaker: trotsky # cite: L1180-1181
He does not hide behind the technicality. Nothing here to contradict. # speaker: narrator
-> DONE

= s2
# speaker: advokat-w
# cite: L1182-1187
The witness wrote these articles on Norwegian soil; that in itself was an attack on a government friendly to Norway.
-> DONE

= s2_press
# music: tense
How interesting: Norway's fascists have become Stalin's defenders against me. And, like the Passport Office chief, they hold my criticism of Léon Blum against me as well. # speaker: trotsky # cite: L1188-1191
They seem to defend every regime in the world except Norway's own, where they keep the right to overturn it. The raid on my home, followed to its end, was a first trial run for civil war in Norway. # speaker: trotsky # cite: L1191-1195
W. throws up his hands in theatrical astonishment. # speaker: narrator # cite: L1196
Oh, all in the name of "order". Franco rose for order; Hitler prepares a world war for it. Your clients began with disorder in my archives, only because they are too weak, for now, to do worse. # speaker: trotsky # cite: L1197-1205
This is an argument, not a contradiction. # speaker: narrator
-> DONE

= s3
# speaker: advokat-w
# cite: L1206-1209
The Bulletin is banned in Russia, yet it boasts of followers there, so the witness must have been smuggling it in from Norway.
-> DONE

= s3_press
Not by me, not at all. But the journal does find its way into Russia, by many roads. Hundreds, even thousands of Soviet citizens are abroad at any time: diplomats, traders, sailors, students. Many read it on the quiet. # speaker: trotsky # cite: L1209-1215
Rumour has it that Litvinov never goes out without the newest number in his coat. Under oath I could not vouch for that. # speaker: trotsky # expression: smug # cite: L1216-1219
The judges and jurors smile. # speaker: narrator # cite: L1219
Source check: is the Litvinov story evidence? No. The witness himself says he cannot swear to it. Treat it as a joke. # speaker: narrator # cite: L1216-1219
The Bulletin has come out for eight years: in Germany until Hitler banned it in 1933, now in Paris under French press law. Even Turkey never interfered. Hitler aside, that distinction goes to Norway's fascists and its government. # speaker: trotsky # cite: L1224-1232
-> DONE

= s4
# speaker: advokat-w
# answer: askvig-sundby-visit
# cite: L1233-1234
# dramatized: W. asked only whether he wrote the unsigned article (L1233-1234); "no one has asked" is the game's
No one has asked the witness about this article before today. Did he write it?
-> DONE

= s4_press
No one? # speaker: trotsky # expression: thinking # dramatized: the exchange is the game's
It is a simple question. Did you write it? # speaker: advokat-w # expression: smug # dramatized: the exchange is the game's
Some weeks ago the chief of police came to Sundby. Your memory of his visit enters the record. # speaker: narrator # cite: L1236-1243 # add: askvig-sundby-visit
-> DONE

= s4_right
# objection
Objection! The lawyer wants to know about this article as well? Then I have a confrontation to put before the court, and a sensational one. # speaker: trotsky # cite: L1234-1236 # breakthrough
# sfx: paper
Some weeks ago, with this very issue in his hand, the chief of the Norwegian police, Askvig, came to see me at Sundby, where I am held. He is sitting in this courtroom now. # speaker: trotsky # cite: L1236-1238
On the Passport Office chief's orders he put the same question: was the unsigned article in No. 48 mine? I asked: is Konstad investigating, into what, under which law? I called the question impudent and did not answer. # speaker: trotsky # cite: L1238-1243
And today that very issue turns up in the defence lawyer's hands. # speaker: trotsky # expression: smug # cite: L1243-1244
… # speaker: askvig # expression: shaken
The book records no reply from Askvig. # speaker: narrator # music: breakthrough
-> DONE

= s4_wrong_askvig
# wrong: askvig
# close
Close: this carries a related fact. Askvig is the man, and he is in court, but his card does not say what he asked you. Open the record of his visit. # speaker: narrator # cite: L1236-1243
-> DONE

= s4_wrong_issue
# wrong: bulletin-48
Yes, this is the issue. But the statement says no one has asked about it before. Who came to you with this same issue? # speaker: narrator
-> DONE

= s4_wrong_journal
# wrong: bulletin-opposition
The journal's history shows you took responsibility for it. It does not show who asked you this question before. # speaker: narrator
-> DONE

= s4_wrong_prosecutor
# wrong: prosecutor-statement-bulletin
That tells you how the issue got into the file. But the statement is about the question. Who asked it before the defence did? # speaker: narrator
-> DONE

= s4_hints
Re-read "no one has asked". Have you been asked this before, with this same issue? # hint: 1
Open "Askvig's visit to Sundby": which issue did he bring, and what did he ask? # hint: 2 # point: askvig-sundby-visit.question
Name it: weeks ago the police chief, sent by the Passport Office, brought you No. 48 and asked the same question. # hint: 3
-> DONE

= s5
# speaker: judge
# cite: L1245-1246
Norwegian law allows the defence to use all the material of the preliminary investigation.
-> DONE

= s5_press
I don't dispute that, Mr President. My question is a different one: who had this issue added to the file? # speaker: trotsky # cite: L1247-1248
# reveal: s6
Before the prosecutor can answer, W. has a reply ready. # speaker: narrator # dramatized: in the book the prosecutor answers at once; W.'s reply is the game's
-> DONE

= s6
# hidden
# speaker: advokat-w
# answer: prosecutor-statement-bulletin
# cite: L1245-1254
# dramatized: W. does not say this; the claim builds on the president's ruling (L1245-1246)
The prosecution put No. 48 in the file; the defence only uses it.
-> DONE

= s6_press
Let the prosecutor say who put it there. # speaker: trotsky # expression: thinking # cite: L1247-1248
The defence asked for it. I was against including it, because I cannot see what it has to do with this case. # speaker: prosecutor # cite: L1249-1254 # add: prosecutor-statement-bulletin
The prosecutor's answer goes into your record. # speaker: narrator
-> DONE

= s6_right
# objection
Objection! The prosecutor has just told us: the issue went into the file because the defence demanded it, against his wishes. # speaker: trotsky # cite: L1249-1254 # breakthrough
So, gentlemen of the court and jury: through the police, and without any legal basis, the Passport Office chief tried to get from me, a prisoner, the very answer that the burglars' fascist lawyer wanted for his own purposes. # speaker: trotsky # cite: L1255-1258
And the "socialist" government has put this man in charge of reading my letters. # speaker: trotsky # expression: angry # cite: L1258-1260
# music: breakthrough
A caution: this is the witness's conclusion from the order of events. The book shows no direct contact between the Passport Office chief and W. # speaker: narrator # cite: L1236-1260
-> DONE

= s6_wrong_askvig
# wrong: askvig-sundby-visit, askvig
That shows the Passport Office's interest in No. 48. The statement is about who put the issue in the file. # speaker: narrator
-> DONE

= s6_wrong_issue
# wrong: bulletin-48
The issue itself cannot say who wanted it in the file. Someone in this courtroom has answered that. # speaker: narrator
-> DONE

= s6_wrong_journal
# wrong: bulletin-opposition
The journal's history is not the point. Who asked for this issue to be in the file? # speaker: narrator
-> DONE

= s6_hints
Re-read "the prosecution put No. 48 in the file". Who really asked for it? # hint: 1
Open "The prosecutor's answer": at whose request was the issue added? # hint: 2 # point: prosecutor-statement-bulletin.who-asked
Name it: the prosecutor says the defence demanded the issue, and he opposed it. # hint: 3
-> DONE

= wrong
That does not answer what the lawyer is claiming. Think about who has asked you about this journal, and why. # speaker: narrator
-> DONE

=== after_bulletin ===
# music: calm
So: did the witness write this article? # speaker: advokat-w # cite: L1233-1234
- (authorship)
* [Deny it]
    The article also appeared over his signature in papers in Europe and America. A denial would be untrue. Choose again. # speaker: narrator # cite: L1261-1263
    -> authorship
* [Refuse, as at Sundby]
    He could: the president has said a witness may refuse questions that might harm him. But a police errand for the Passport Office is not a court. The book's witness answers here. Choose again. # speaker: narrator # cite: L991-993, L1241-1243
    -> authorship
* [Admit it]
    -> admit

= admit
In a court of law I have no reason at all to hide it: yes, I wrote it. It was printed with my name under it in a good many papers in Europe and America. # speaker: trotsky # cite: L1260-1263
It is entirely about the persecution of so-called Trotskyists in the Soviet Union. I have written dozens like it. # speaker: trotsky # cite: L1263-1264
My papers are stolen by fascists in Norway and by GPU agents in Paris. People who use the same methods soon find they have the same interests. # speaker: trotsky # expression: angry # cite: L1265-1268
He refused an unlawful police question, but he answers the court. # speaker: narrator # cite: L1241-1243, L1260-1261
Extracts from the article are read out. Then W. holds up a French book: "Défense du terrorisme", Paris 1936. Was its preface, written in 1936 and therefore in Norway, from the witness's pen? # speaker: narrator # cite: L1268-1272 # add: defense-du-terrorisme
Why ask? My name and a date stand under the preface. The book dates from 1919 and answered Kautsky's attack on the Bolsheviks. It is about mass revolutionary action, not the individual terror Marxists have always rejected. # speaker: trotsky # cite: L1273-1281
- (q_when) What was written in Norway? # speaker: narrator # check: defense-du-terrorisme when
+ [Only the new preface; the book itself is from 1919 #best]
    Yes. W.'s "written in Norway" covers a preface, not the book. # speaker: narrator # cite: L1270-1276
* [The whole book, in 1936]
    That is the date of the Paris edition. The book dates from 1919; only the preface, signed and dated, is from 1936. # speaker: narrator # cite: L1270-1276
    -> q_when
- When it first came out, Norway's Prime Minister, its Justice Minister and several other ministers belonged to the Communist International. They surely read it. What they took from it is their affair. # speaker: trotsky # expression: smug # cite: L1282-1286
So the defendants need not have broken in for my letters: my books set out my revolutionary aims far more clearly. # speaker: trotsky # cite: L1289-1292
Passages of the preface are read out. Then W. shows another book: "La révolution trahie", Grasset, Paris 1936. Was it written while the witness was in Norway? # speaker: narrator # cite: L1286-1294 # add: la-revolution-trahie
Yes. Luckily I finished it before the internment and sent two copies abroad, to the French and American translators. The Passport Office held the others over two months, asking professors and diplomats: scholarship or politics? # speaker: trotsky # cite: L1295-1303
Let the court note: written in Norway. # speaker: advokat-w # cite: L1321-1326
And let the court note that the Soviet oligarchy has attentive friends among Norway's fascists. Stalin and Quisling, at any rate, worked together to have me interned. # speaker: trotsky # cite: L1327-1329
- (q_whywrong4) Stalin and Quisling working together: what is that? # speaker: narrator # check: la-revolution-trahie why-wrong
* [A finding of the Drammen court, since he said it there]
    Said in court is not found by the court. Nothing in the record shows it: it is his accusation. # speaker: narrator # cite: L1327-1329
    -> q_whywrong4
+ [His accusation; the book does not prove it #best]
    Right. Keep it apart from what the record shows. # speaker: narrator
- The court takes a half-hour recess. # speaker: narrator # cite: L1332 # sfx: gavel
-> moscow_trial

=== moscow_trial ===
# bg: drammen-court
# music: tense
# caption: Part II: the Moscow trial
After the recess, W. announces a question about the Moscow trial of the 16 and lays the official German-language report of the trial before the court. # speaker: narrator # cite: L1332-1334 # add: official-trial-report
# sfx: paper
That question has nothing to do with this case, all the more since the raid on the witness's home came before the first news of the coming trial. # speaker: prosecutor # cite: L1334-1337
The court is inclined to agree. # speaker: judge # cite: L1337-1338
Check the prosecutor's dates: the raid was on the night of 5–6 August, the TASS announcement on 14 August. He is right about the order. # speaker: narrator # cite: L270-271, L345-347
* [Accept that the question is excluded]
    The witness in the book did the opposite. He had been waiting for a chance to answer the Moscow charges. # speaker: narrator # cite: L1339-1341
    -> allow
* [Ask the court to let the lawyer ask everything]
    -> allow

= allow
Please, let the lawyer ask me whatever he wishes, and about the Moscow trial most of all. # speaker: trotsky # cite: L1339-1341
True, the trial came after the raid. But the raid may have been a step in preparing it, as the Paris theft prepares new trials. And my political and moral character is surely of some interest to the court. # speaker: trotsky # cite: L1341-1347
If the witness wishes to answer, the court will not stand in the way. # speaker: judge # cite: L1348-1349
What does the witness know about where this trial came from? # speaker: advokat-w # cite: L1350
That is too vague for a court. The real question is whether the charges made against me in Moscow are true. My answer: no. They are false, every word. # speaker: trotsky # cite: L1351-1356
The witness then names Stalin as the organiser of the falsification. The hall goes very quiet. He says he knows the weight of what he is saying and weighs every word. # speaker: narrator # cite: L1356-1370
- (q_whywrong3) Is Stalin's part proved at Drammen? # speaker: narrator # check: official-trial-report why-wrong
+ [No: it is his accusation in court #best]
    Right. The game does not treat it as proved. # speaker: narrator
* [Yes: the official report shows it]
    No. The report is the prosecution's record; he reads it against itself, but that is argument, not proof of who organised the trial. # speaker: narrator # cite: L1524-1530
    -> q_whywrong3
* [Yes: he said it on oath, weighing every word]
    An oath binds a witness to say what he believes; it does not turn a belief into proof. No document before the Drammen court shows who organised the trial. # speaker: narrator # cite: L801-802, L1356-1370
    -> q_whywrong3
- He argues that the main confessions were obtained only between 7 and 14 August, shortly before the trial, and that the haste left contradictions. # speaker: narrator # cite: L1469-1474 # add: confessions-7-14-aug
He cites his son's "Red Book", 120 pages against the charges, using under a tenth of the evidence he says he holds. # speaker: narrator # cite: L1485-1493 # add: rotbuch
And he points to the earlier Kirov cases: 104 unnamed "White Guards" shot, then 14 members of Nikolaev's group, none of whom named any of the later 16. # speaker: narrator # cite: L1510-1517 # add: kirov-official-records
You held up the official report to me. This book is the most damning evidence against those who staged the trial: on every page the defendants accuse themselves, and not once can they say anything concrete. # speaker: trotsky # cite: L1524-1530
A word before the next testimony. All 16 defendants were shot after the trial. Their confessions came after long pressure, which the witness describes at length. Exposing a false confession is not an accusation against the man who made it. # speaker: narrator # cite: L427-430, L1531-1546
Then the witness turns to the one confession that names a time and a place: that of the defendant Holtzman (the book writes "Golzmann"), whom he calls the most important witness against himself and his son. # speaker: narrator # cite: L1776-1778, L1785-1786 # add: moscow-report-holtzman
The lines below condense the witness's summary of the report; the book does not quote the report itself. # speaker: narrator # cite: L1776-1790
-> ce_bristol

// ---------------------------------------------------------------------------------------
// CE: the Hotel Bristol (casefile C1; outline CE-8). No source for the demolition is named at
// Drammen (L1790-1795); the Sozial-Demokraten report is in the Copenhagen chapter and is not used here.
=== ce_bristol ===
# cross: ce_bristol
# title: The Moscow Trial: the Hotel Bristol
# witness: advokat-w
# place: Drammen district court, 11 December 1936 (after the recess)
# after: after_bristol
-> DONE

= s1
# speaker: advokat-w
# cite: L1778-1779
# dramatized: W. reads out the witness's summary of the report (L1776-1790); the book does not say W. read it
From the report: in November 1932 Holtzman travelled to Copenhagen to meet the witness.
-> DONE

= s1_press
Holtzman never visited me, in Copenhagen or anywhere else. # speaker: trotsky # cite: L1791-1792
In this hearing that is the witness's word alone. No document in your record settles it. # speaker: narrator
-> DONE

= s2
# speaker: advokat-w
# answer: hotel-bristol-demolished
# cite: L1779-1783
# dramatized: W. reads out the witness's summary of the report (L1776-1790); the book does not say W. read it
There, in the lobby of the Hotel Bristol, he met the witness's son.
-> DONE

= s2_press
The Hotel Bristol. You are sure of the name? # speaker: trotsky # expression: thinking # dramatized: Trotsky's words here are the game's
It is in the report. # speaker: advokat-w # dramatized: W.'s words here are the game's
It is the one confession in the trial that names a place. Look at the place itself: the witness's note on the Hotel Bristol enters the record. # speaker: narrator # cite: L1785-1786, L1794-1795 # add: hotel-bristol-demolished
-> DONE

= s2_right
# objection
Objection! The Hotel Bristol, where Holtzman says he met my son in 1932, was pulled down in 1917, fifteen years before. # speaker: trotsky # cite: L1778, L1794-1795 # breakthrough
# sfx: gavel
# music: breakthrough
Footnote: at Drammen he names no document for the demolition. A later chapter cites a Danish paper; Moscow's defenders then pointed to a Café Bristol beside a hotel. # speaker: narrator # cite: L1794-1795, L7081-7107
Outside the book, historians still argue over the Bristol. Case 2 returns to it. # speaker: narrator
-> DONE

= s2_wrong_rotbuch
# wrong: rotbuch
The Red Book argues against many charges, but the statement names one place. Which single fact breaks this meeting place? # speaker: narrator
-> DONE

= s2_wrong_report
# wrong: official-trial-report, moscow-report-holtzman
That is where the claim comes from. A report cannot refute itself here. What do you know about the hotel? # speaker: narrator
-> DONE

= s2_wrong_kirov
# wrong: kirov-official-records, confessions-7-14-aug
That concerns how the confessions were assembled, not whether this hotel stood in 1932. # speaker: narrator
-> DONE

= s2_wrong_sedov
# wrong: sedov
Your son's whereabouts matter for the next statement, and nothing in this hearing documents them. Here, look at the place itself. # speaker: narrator
-> DONE

= s2_hints
Re-read the place: the lobby of which hotel? If you hold nothing on it yet, press W. about the name. # hint: 1
Open "The Hotel Bristol, Copenhagen" and read the year. # hint: 2 # point: hotel-bristol-demolished.demolished
Name it: the hotel was demolished in 1917, fifteen years before the meeting Holtzman described. # hint: 3
-> DONE

= s3
# speaker: advokat-w
# cite: L1783
# dramatized: W. reads out the witness's summary of the report (L1776-1790); the book does not say W. read it
The son then took him to the witness.
-> DONE

= s3_press
My son did not come to Copenhagen while I was there. He has never been to Denmark at all. # speaker: trotsky # cite: L1792-1794
Visas, telegrams and witnesses, he says, turn the whole story to dust. But none of them is described in this hearing. # speaker: narrator # cite: L1795-1798
Nothing in your record documents where his son was. That question returns in a later case. # speaker: narrator
-> DONE

= s4
# speaker: advokat-w
# cite: L1784-1785
# dramatized: W. reads out the witness's summary of the report (L1776-1790); the book does not say W. read it
In a long conversation the witness laid out a programme of terror for him.
-> DONE

= s4_press
The witness says he has never hidden his views. Had he thought individual terror could free anyone, he would have said so openly. # speaker: narrator # cite: L1663-1669
But since his first years as a revolutionary he had rejected it as harmful to the workers' movement, as the Russian Marxists did against the terrorists of their day. # speaker: trotsky # cite: L1669-1680
His view, not a refutation of the specific charge. # speaker: narrator
-> DONE

= s5
# speaker: advokat-w
# cite: L1785-1790
# dramatized: W. reads out the witness's summary of the report (L1776-1790); the book does not say W. read it
Holtzman admitted no link with the Gestapo and no terrorist acts, which makes his story the most credible in the trial.
-> DONE

= s5_press
That is exactly how it is meant to look. # speaker: trotsky # cite: L1785-1790
None of the old revolutionaries admitted a link with the Gestapo, and Smirnov and Holtzman denied any part in terror. Yet all 16, without exception, said that I had called for murder from abroad. # speaker: trotsky # cite: L1760-1766
That shared minimum, his "Gesamtkoeffizient", is what he believes the GPU demanded of every defendant. # speaker: narrator # cite: L1766-1769
Even my old opponent Friedrich Adler wrote that the practical aim of the trial was to strip me of asylum in Norway. # speaker: trotsky # cite: L1770-1775
-> DONE

= wrong
That does not touch what the report claims here. Find the detail in the statement that can be checked, and the item that checks it. # speaker: narrator
-> DONE

=== after_bristol ===
# music: calm
Holtzman was no exception. All the other confessions are built the same way; my son's Red Book shows it. # speaker: trotsky # cite: L1798-1800
I have facts, papers and witnesses that would bring the whole Moscow construction down, before any newspaper, commission of inquiry or independent court. But my hands are tied: Norway's government has made its asylum a trap. # speaker: trotsky # cite: L1800-1809
He tells of Koht's warm welcome in Moscow that summer, and of a half-joking talk with his host Knudsen, already heard by the court. Moscow, he had said, would hire Norway's ships and buy its herring, for Trotsky. # speaker: narrator # cite: L1810-1823
Knudsen was hurt: did he really think they traded in principles here? The witness answered that he did not say the government meant to sell him, only that the Kremlin wanted to buy him. # speaker: narrator # cite: L1823-1827
- (q_whywrong2) Moscow wanted to buy him with trade, he says. What is that claim? # speaker: narrator # check: koht-election-speech why-wrong
* [What Koht and Litvinov agreed, as Trotsky reports it]
    Read him closely: he says he does not mean the two ministers talked of an open deal. No document of one is produced. The trade motive is his reading. # speaker: narrator # cite: L1828-1854
    -> q_whywrong2
+ [His reading; the book gives no document for it #best]
    Right. And in fairness he grants that Koht behaved better in the campaign than many ministers. # speaker: narrator # cite: L1830-1854
- Then he turns to the Justice Minister, Trygve Lie, who is not in court. His words reach us only as the witness reports them. # speaker: narrator # cite: L1855 # caption: Recollection: the Justice Minister's words, as the witness reported them
-> ce_oath

// ---------------------------------------------------------------------------------------
// CE: the closing (casefile C16, C17; outline CE-9 folded into the closing before the oath).
// The statements are the minister's words as Trotsky reported them in court (L1855-1877).
=== ce_oath ===
# cross: ce_oath
# title: Closing: The Minister's Word
# witness: trygve-lie
# place: Drammen district court, 11 December 1936: the witness's recollection
# after: after_oath
-> DONE

= s1
# cite: L1855-1858
By telephone, on the eve of the internment: the minister had received the witness's letter and found much of it true.
-> DONE

= s1_press
The call came out of the blue, with police already posted round our yard. He could not have sounded sweeter. # speaker: trotsky # cite: L1855-1857
-> DONE

= s2
# cite: L1858-1860
He asked just one thing: that the letter stay out of the press, and that the witness not reply to that day's government statement.
-> DONE

= s2_press
I told him that of course I would hold back until the final decision. # speaker: trotsky # cite: L1862-1863
He agreed to stay silent on the strength of the minister's next words. # speaker: narrator
-> DONE

= s3
# cite: L1860-1861
The cabinet would meet that evening, and he hoped the decision would be reconsidered.
-> DONE

= s3_press
A revision, then. And the next day? # speaker: trotsky # expression: thinking # dramatized: Trotsky's words here are the game's
The next day I was arrested. My secretaries were searched, and above all they took the five copies of my letter reminding the minister of his part in my political interview. # speaker: trotsky # cite: L1863-1866 # add: seized-letter-copies # sfx: stamp
Both secretaries were then expelled from the country. # speaker: trotsky # cite: L894-898
- (q_compare) The minister hoped for a revision; the next day came the arrest and the seizure. Does the seizure prove his hope was a lie? # speaker: narrator # check: seized-letter-copies compare
* [Yes: the seizure shows he never meant it]
    That goes beyond the record. The book shows what happened next, not what he meant the night before. Trotsky reads it as bad faith; that is his reading. # speaker: narrator # cite: L1855-1867
    -> q_compare
* [It has nothing to do with his words]
    It does: it is what followed them, and it involves a letter, probably the one he asked to keep quiet. It just cannot prove what he hoped. # speaker: narrator # cite: L1858-1866
    -> q_compare
+ [No: a hope cannot be disproved, only the promise of a deed #best]
    Right. A minister can hope and be outvoted. The deed shows only that no revision came, and that copies of a letter, probably the one he phoned about, were taken. # speaker: narrator # cite: L1860-1866
- The witness adds that the minister feared the letter would hurt his chances at the election. That is his reading of the motive. # speaker: narrator # cite: L1866-1867
-> DONE

= s4
# answer: decree-29-oct-1936, jm-letter-11-nov-1936
# cite: L1874-1876
On the day of the internment: the witness would naturally be able to defend himself against the charges.
-> DONE

= s4_press
Moscow never dared to ask for my extradition; it would have had to argue its case before a Norwegian court. So I could only sue the Norwegian "Communists" and fascists who repeated the Moscow slanders. # speaker: trotsky # cite: L1868-1874
How did that attempt end? # speaker: narrator
-> DONE

= s4_right
# objection
Objection! When I tried to sue, the government issued a new emergency decree on 29 October: the Justice Minister could now forbid an interned foreigner to bring any lawsuit, and he used that power at once. # speaker: trotsky # cite: L701-709 # breakthrough # dramatized: in court he spoke only of "emergency laws" (L1877-1878); the details come from the book's narrative chapter (L701-729)
# sfx: stamp
When I tried the courts of Czechoslovakia and Switzerland, he wrote to me on 11 November that lawsuits anywhere were forbidden. If I wanted justice elsewhere, I must leave Norway. # speaker: trotsky # cite: L721-729 # dramatized: from the book's narrative chapter (L721-729), not its record of the hearing
What the minister says and what he does are two very different things. His emergency laws amount to a message to every hired slanderer: attack Trotsky as you please; he is tied up and cannot answer. # speaker: trotsky # expression: angry # cite: L1876-1881 # music: breakthrough
-> DONE

= s4_wrong_letter
# wrong: seized-letter-copies
That is what followed the night before. This promise is about defending yourself. How did you try, and what stopped you? # speaker: narrator
-> DONE

= s4_wrong_sund
# wrong: sund-statement
The chief prosecutor found that you broke no law. That is not the same as being allowed to sue your slanderers. What stopped you? # speaker: narrator
-> DONE

= s4_wrong_conditions
# wrong: entry-conditions
Your conditions of entry say nothing about lawsuits. The question is what the government did when you tried to go to court. # speaker: narrator
-> DONE

= s4_hints
Re-read "defend yourself". How did you try, and what followed? # hint: 1
Open the decree of 29 October 1936: what does it let the minister forbid? # hint: 2 # point: decree-29-oct-1936.power
Name it: the minister promised a defence, then took the power to forbid every lawsuit and used it at once. # hint: 3
-> DONE

= wrong
That does not answer the minister's words. Ask what actually happened after he said them. # speaker: narrator
-> DONE

=== after_oath ===
# music: calm
Judges and jurors: you called me here to testify about the break-in at my home, and the government was good enough to deliver me under a strong police escort. # speaker: trotsky # cite: L1881-1884
Yet the same government confiscated my statements for the French magistrate on the Paris theft. Why? Perhaps because here the culprits are Norwegian fascists, its enemies, and there the GPU, for now its friends. # speaker: trotsky # cite: L1884-1892 # add: confiscated-paris-statements
- (q_whywrong) Why the difference? What is his answer? # speaker: narrator # check: confiscated-paris-statements why-wrong
+ [His reading of the government's motives #best]
    Right: the escort and the confiscation are on record; the "why" is his. # speaker: narrator # cite: L1881-1892
* [Proved by the contrast itself: escort for one case, confiscation for the other]
    The contrast is on record, but it shows that the two cases were treated differently, not why. The "why" is his. # speaker: narrator # cite: L1881-1892
    -> q_whywrong
* [The government's own explanation]
    The book gives no reason from the government. The escort and the confiscation are on record; the reason, with his own "perhaps", is his. # speaker: narrator # cite: L1884-1892
    -> q_whywrong
- I charge the Norwegian government with trampling on the most basic rules of justice. The trial of the 16 is the first of a series. I am the chief accused and know most: by what right am I silenced? # speaker: trotsky # cite: L1893-1898
The minister may well punish me again for what I have said in this room. But I undertook to tell you the truth and only the truth, and I have done so. # speaker: trotsky # cite: L1902-1905
# sfx: gavel
Do the parties have any further questions for the witness? None. # speaker: judge # cite: L1906-1907
Is the witness prepared to swear to everything he has said? # speaker: judge # cite: L1907-1908
- (oath)
* [Swear a religious oath]
    He belongs to no religion. A religious oath from him would not be honest. Choose again. # speaker: narrator # cite: L1909
    -> oath
* [Decline to swear]
    He had promised the truth and meant to stand by every word. Declining would go back on that. Choose again. # speaker: narrator # cite: L1904-1905, L1911-1912
    -> oath
* [Offer a civil oath]
    -> civil

= civil
A religious oath I cannot give, since I hold no faith. But I know what my testimony weighs. I will swear a civil oath, and answer in law for every word I have said here. # speaker: trotsky # cite: L1909-1912
# music: stop
Everyone rises. With his hand raised, the witness repeats the words of the oath. # speaker: narrator # cite: L1912-1913
Then, under police escort, he leaves the courtroom and returns to Sundby, his place of internment. # speaker: narrator # cite: L1913-1915
He swore to every word. Where one of his words later proved wrong, the date his son began handing over the archives, his book corrected it in print, in a footnote. # speaker: narrator # cite: L1065-1066, L1087-1091
-> debrief

// ---------------------------------------------------------------------------------------
=== debrief ===
# bg: black
# scene: Debrief
# music: calm
What the witness showed: the party, its paper and two ministers against the claim that he broke his conditions; the chief prosecutor against "which law?". # speaker: narrator # cite: L850-894, L947-953
Then R. H.'s own words against the tourist's story, the police chief's visit against the defence's "own" question, and a hotel pulled down in 1917 against Holtzman. # speaker: narrator # cite: L1121-1136, L1233-1254, L1778-1798
- (q_couldcheck) One last check. Of today's contradictions, which rests only on the witness's own sworn word? # speaker: narrator # check: hotel-bristol-demolished could-check
+ [The Hotel Bristol's demolition #best]
    Yes. At Drammen he named no document for it. Remember too that the whole hearing is his reconstruction; the government's case reaches us only through him. # speaker: narrator # cite: L798-802, L1794-1795, L1851-1853
* [Tranmæl's article of 17 August]
    No: that was printed in the party's paper, though the book quotes it in its narrative, not in the hearing. The Bristol rests on his word alone. # speaker: narrator # cite: L545-550, L1794-1795
    -> q_couldcheck
* [The prosecutor's answer about No. 48]
    No: the prosecutor said it in open court, before the judges. The Bristol rests on his word alone. # speaker: narrator # cite: L1249-1254, L1794-1795
    -> q_couldcheck
- Not proved at Drammen: who was behind the raid, GPU agents in Norwegian offices, or trade pressure behind the internment. He called these hypotheses and readings. # speaker: narrator # cite: L1104-1105, L1097-1100, L1836-1854
Next, in the book: on 19 December he and his wife were put aboard the tanker "Ruth" for Mexico, where they landed at Tampico on 9 January 1937. The book does not report the raiders' verdict. # speaker: narrator # cite: L2009-2013, L3333-3349
Outside the book: in 1988 the Soviet Supreme Court rehabilitated the defendants of the 1936 trial; most historians regard their confessions as false. # speaker: narrator
He refused to answer the police about No. 48 but answered the court. Was that consistent? Why? # speaker: narrator # cite: L1241-1243, L1260-1261 # question
R. H. admitted knowing the visitor. What more would a court need before calling the visitor part of the plot? # speaker: narrator # cite: L1127-1136 # question
The confession that named a place named a hotel he says was gone by 1917. How much should one checkable detail count against a whole confession? # speaker: narrator # cite: L1778-1798 # question # end: drammen-2
-> END
