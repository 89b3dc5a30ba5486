// CE-9 — "Beals: the defendants, Copenhagen, the archive" (outline 02-coyoacan-b.md).
// Every statement is [DRAMATIZED]: the book records none of Beals's questions (L4700-4713).
// After each settled point a note passes to Beals from the public (staging, basis L4711-4713).

=== ce_beals_defendants ===
# cross: ce_beals_defendants
# title: Beals: the Defendants, Copenhagen, the Archive
# witness: beals
# place: The blue house, Coyoacán, April 1937
# after: after_beals_defendants
-> DONE

// [DRAMATIZED: basis L8335-8337, L8512-8514, L4665-4676]
= s1
# answer: pravda-aug-1936-articles, pyatakov
# speaker: beals
# cite: L8335-8337, L8512-8514
You call Pyatakov one of your bitterest enemies for nine years. Yet you tell us he was close to you, and that your wife always made him welcome. Which is it? # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s1_press
Both, Mr Beals, in different years. For some years, roughly 1923 to 1928, we really were close. He knew my family, and my wife always received him warmly. # speaker: trotsky # cite: L8512-8514
By 1925 he had grown tired of the opposition, and of politics altogether; his economic work satisfied him. He stayed a "Trotskyist" out of inertia and old ties until the end of 1927. # speaker: trotsky # cite: L3579-3582
At the first wave of repression he broke with his past for good, and was taken straight into the Central Committee. # speaker: trotsky # cite: L3582-3587
Friends in one decade, enemies in the next. How convenient for the witness. # speaker: beals # expression: smug # dramatized: Beals's words are not recorded; the point is built from the book
The witness's account of a broken friendship. Is there anything on the record that shows where Pyatakov himself stood by the time of the trials? # speaker: narrator
-> DONE

= s1_right
# objection
# breakthrough
# music: breakthrough
Objection! The two answers belong to different years, and the record shows which side Pyatakov was on by the time of the trials. # speaker: goldman # dramatized: counsel's words are not recorded; the facts are the book's
{ presented == "pyatakov":
    His own card: with the Opposition from 1923, broken with it at the end of 1927. And in August 1936 he wrote in Pravda demanding several death sentences for each of the sixteen. # speaker: goldman # cite: L3579-3587, L3676-3680 # dramatized: counsel's words are not recorded; the facts are the book's
- else:
    In August 1936, while the sixteen were on trial, Pyatakov published a furious article in Pravda demanding several death sentences for each of them. So did Radek. # speaker: goldman # cite: L3676-3680 # dramatized: counsel's words are not recorded; the facts are the book's
}
Close until 1927; nine years later he was calling for the heads of my supposed fellow conspirators. That is not a contradiction, Mr Beals. It is a calendar. # speaker: trotsky # cite: L3579-3587, L3676-3680
-> DONE

= s1_wrong_bulletin
# wrong: bulletin-1929-radek
# close
Close: right idea, wrong man. That article is about Radek and the betrayal of Blumkin. Trotsky says his verdicts on Pyatakov were hardly milder, but this page does not show them. What shows where Pyatakov himself stood? # speaker: narrator # cite: L3950-3961
-> DONE

= s1_wrong_radek
# wrong: moscow-report-radek-closing
Radek's last words tie the case to his and Pyatakov's testimony. They do not show where Pyatakov stood towards Trotsky. Find something Pyatakov did. # speaker: narrator # cite: L8882-8891
-> DONE

= s1_wrong_knudsen
# wrong: knudsen-telegram-1937-01-29
Knudsen speaks about one conversation that, he says, could not have happened in December 1935. He says nothing about what Pyatakov thought of Trotsky. # speaker: narrator # cite: L8717-8724
-> DONE

= s1_hints
"Nine years" of enmity, and closeness "from about 1923 to 1928": do the two claims have to cover the same years? # hint: 1
Open the Pravda articles of August 1936: what did Pyatakov demand for the sixteen defendants? # hint: 2 # point: pravda-aug-1936-articles.demand
Name it: close until his break at the end of 1927; by August 1936 Pyatakov demanded death sentences for the sixteen. Present the Pravda articles. # hint: 3
-> DONE

// Press-only. [DRAMATIZED: basis L6949-6950, L4081-4083]
= s2
# speaker: beals
# cite: L6949-6950
You admit Holtzman was an old party member whom you and your son knew personally. A visit from an acquaintance is hardly unlikely. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s2_press
I knew him, yes. Knowing a man does not put him in my room in Copenhagen. # speaker: trotsky # cite: L6949-6950
His story stands or falls on two details he gave himself: my son meeting him there, and the Hotel Bristol. # speaker: trotsky # cite: L4084-4090, L6958-6963
And of all the supposed visitors, he alone named dates: 23 to 25 November 1932. There is no mystery in that. The newspapers had reported when I came to Copenhagen. # speaker: trotsky # cite: L4081-4083
Nothing to contradict here: the witness agrees that he knew Holtzman. The details are what can be checked. # speaker: narrator
-> DONE

= s2_wrong_holtzman
# wrong: moscow-report-holtzman
# close
Close: Holtzman's page is where his story starts, but there is nothing to contradict here: the witness agrees he knew him. Keep the page for when someone misstates it. No mark lost. # speaker: narrator
-> DONE

= s2_wrong_berlin
# wrong: sedov-passport, telegram-sedova-to-herriot, telegram-paris-to-consul-berlin, moscow-report-olberg
# close
Close: strong evidence on where Sedov was, but Beals has only said the witness knew Holtzman, and the witness agrees. Press instead. No mark lost. # speaker: narrator
-> DONE

// [DRAMATIZED: basis L7009-7012, L7033-7037, L4094-4109]
= s3
# answer: moscow-report-olberg
# speaker: beals
# cite: L7033-7037, L6969, L6977-6982
Your son tried openly to reach Copenhagen and failed, you say. But Moscow's defendants agree that he got there, quietly. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s3_press
He tried, openly, and he failed. The Weimar republic was in its last days, and the Berlin police grew stricter by the week. # speaker: trotsky # cite: L4094-4099
We telephoned him in Berlin from Copenhagen every day; the telephone office can confirm it. Our friends in Copenhagen knew we waited for him in vain, and his friends in Berlin knew he could not get a visa. # speaker: trotsky # cite: L4099-4109
And why come in secret? To walk Holtzman from a hotel to my door, and wander in and out of the room? Holtzman had met me before. He could have found me on his own. # speaker: trotsky # cite: L7013-7026
Or to see his parents, and leave no trace. # speaker: beals # expression: smug # dramatized: Beals's words are not recorded; the point is built from the book
Then why, a few days later, make a perfectly legal journey to France for the very same purpose? # speaker: trotsky # cite: L7027-7030
That is the witness's reasoning. But Beals says Moscow's defendants agree. Do they all? # speaker: narrator
-> DONE

= s3_right
# objection
# breakthrough
# music: breakthrough
Objection! They do not agree. On the evening of 20 August 1936 Olberg told the court that his trip to Copenhagen with Sedov did not come off; Sedov's wife went alone. # speaker: goldman # cite: L6977-6982 # dramatized: counsel's words; the facts are the book's
So Holtzman puts Sedov in Copenhagen, Olberg says he never went, and the prosecutor took no notice. # speaker: goldman # cite: L6999-7004 # dramatized: counsel's words; the point is the book's
-> DONE

= s3_wrong_berlin
# wrong: sedov-passport, telegram-paris-to-consul-berlin, telegram-sedova-to-herriot
# close
Close: this puts the son in Berlin, a strong answer to the secret trip. But Beals claims Moscow's defendants agree he came. Is there a defendant who said otherwise? No mark lost. # speaker: narrator # cite: L4129-4132, L4159-4170, L6977-6982
-> DONE

= s3_wrong_hotel
# wrong: sozial-demokraten-1936-09-01
The Danish paper settles the hotel, not the son. Beals is asking where Sedov was. # speaker: narrator # cite: L7081-7084
-> DONE

= s3_wrong_cafe
# wrong: comintern-press-konditorei-bristol
The café story is about a building. Beals is asking whether the son travelled. # speaker: narrator # cite: L7098-7102
-> DONE

= s3_wrong_holtzman
# wrong: moscow-report-holtzman
That is the claim itself: Holtzman says Sedov was there. You need something that shows he was not. # speaker: narrator # cite: L4084-4090
-> DONE

= s3_hints
Beals says Moscow's defendants agree. Did every defendant who spoke of Copenhagen put Sedov there? # hint: 1
Open Olberg's page: what did Moscow's other Copenhagen defendant say about the trip? # hint: 2 # point: moscow-report-olberg.trip
Name it: Olberg, a defendant in the same trial, said the trip did not come off. Present Olberg's page. # hint: 3
-> DONE

// Misstatement of the record. [DRAMATIZED: basis L7098-7107, L4084-4088, L7128-7132]
= s4
# answer: moscow-report-holtzman
# speaker: beals
# cite: L7098-7102
Holtzman told the court he met your son at the Bristol café, next door to a hotel. And that café existed. So his story stands. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s4_press
The Hotel Bristol was pulled down in 1917. The Danish governing party's own paper said so on 1 September 1936, straight after the trial. # speaker: trotsky # cite: L7081-7084 # caption: Footnote: the Bristol's history is disputed by some writers; the debrief gives both sides
Hotel, café: a stenographer may have slipped. # speaker: beals # dramatized: Beals's words are not recorded; the point is built from the book
The trial was held in Russian. How does a stenographer mishear a word as un-Russian as "Bristol"? The reports were corrected and read, with foreign journalists present, and no one saw a slip until the Danish paper spoke. # speaker: trotsky # cite: L7086-7093
The slip theory was first floated by one of Moscow's defenders abroad, Trotsky says; here Beals borrows it. # speaker: narrator # cite: L7086-7088
Beals has just told the commission what Holtzman said. Is that what the report says? # speaker: narrator
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
Objection! That is not what Holtzman said. He told the court he had agreed with Sedov to stay at the Hotel Bristol, and that he met him in the vestibule of the hotel. # speaker: goldman # cite: L4084-4088, L7128-7132 # dramatized: counsel's words are not recorded; the facts are the book's
No café appears in his testimony. The café comes from the Comintern press in February 1937, after five months of silence. # speaker: goldman # cite: L7094-7102 # dramatized: counsel's words are not recorded; the facts are the book's
And a café has no vestibule. By the Comintern's own drawings, the café and the hotel open onto two different streets. So where did they meet: in a vestibule with no Bristol, or in a Bristol with no vestibule? # speaker: trotsky # cite: L7102-7107
-> DONE

= s4_wrong_cafe
# wrong: comintern-press-konditorei-bristol
# close
Close: this shows the café appeared only in February 1937, months later, in other people's words. Now show what Holtzman himself said. # speaker: narrator # cite: L7094-7102
-> DONE

= s4_wrong_hotel
# wrong: sozial-demokraten-1936-09-01
Beals does not dispute that the hotel was gone. His mistake is about Holtzman's words. # speaker: narrator # cite: L7081-7084
-> DONE

= s4_wrong_passport
# wrong: sedov-passport
The passport shows where Sedov was. First correct what Beals says Holtzman said. # speaker: narrator # cite: L4129-4132
-> DONE

= s4_hints
Whose words is Beals quoting: Holtzman's at the trial, or someone's later? # hint: 1
Open Holtzman's page: which building did he name, and which part of it? # hint: 2 # point: moscow-report-holtzman.vestibule
Name it: Holtzman said "hotel" and "vestibule"; the café first appeared in the Comintern press in February 1937. Present Holtzman's page. # hint: 3
-> DONE

// [DRAMATIZED: basis L5544-5547, L5860-5866, L4250-4273]
= s5
# answer: t-archives
# speaker: beals
# cite: L5544-5547
Part of your archive was taken in Paris last November. What you offer this commission is a selection: the papers you choose. # dramatized: Beals's words are not recorded; the point is built from the book
-> DONE

= s5_press
Part of it was stolen, on the night to 7 November, from a scholarly institute in Paris. I say the GPU carried it to Moscow in diplomatic bags. # speaker: trotsky # expression: angry # cite: L5544-5547
If those papers held anything against me, where is it? So far they have made no use of them. The prosecutor did not put a single letter of mine before the court. # speaker: trotsky # cite: L5860-5862, L4262-4263
Who took the papers is the witness's conclusion. Beals's real point is about selection: who decides what the commission gets to see? # speaker: narrator
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
Objection! No selection, Mr Beals. I have offered this commission all my correspondence, political and private. # speaker: trotsky # cite: L5517-5523
About two thousand letters written in a year of banishment and eight of emigration, with the letters I received and copies of my answers, my letters to my son among them. # speaker: trotsky # cite: L4250-4267
Set my private letters beside my articles and books, and see whether I ever said one thing in public and another in private. # speaker: trotsky # cite: L5862-5866
-> DONE

= s5_wrong_burglary
# wrong: paris-burglary
That is Beals's premise, not the answer to it. He asks who chooses what the commission sees. # speaker: narrator # cite: L5544-5547
-> DONE

= s5_wrong_statements
# wrong: witness-statements-100
Those are other people's statements. Beals is talking about the witness's own papers. # speaker: narrator # cite: L4688-4692
-> DONE

= s5_wrong_hippodrome
# wrong: hippodrome-speech-1937-02-09
A public speech is something he chose to say. Beals asks what he offers the commission of his papers. # speaker: narrator # cite: L3790-3806
-> DONE

= s5_hints
"A selection": what exactly did the witness put at the commission's disposal? # hint: 1
Open the archive offer: what did the witness put at the commission's disposal? # hint: 2 # point: t-archives.offer
Name it: he offered all his correspondence, private letters included. Present the archive offer. # hint: 3
-> DONE

= wrong
That item does not touch Beals's point. Press the statement to hear the witness, then look for the item that settles it. # speaker: narrator
-> DONE

=== after_beals_defendants ===
# bg: blue-house
# music: calm
The defendants, Copenhagen, the archive. Have you more, Mr Beals? # speaker: dewey # dramatized: the chairman's words are not recorded
On Norway. On the witnesses. And on Mexico. # speaker: beals # expression: pressed # dramatized: Beals's words are not recorded
Before he goes on, look again at two papers on the table from Copenhagen week. # speaker: narrator
# scene: Deduction · One government, one week
-> deduce_sedov

// Deduction (issue 15.2): the ministry's order and the consulate's visa. The book: the visa of
// 3 December is in the passport, the border stamp of the 4th; so Holtzman could not have seen
// Sedov in Copenhagen, because he was in Berlin (L4159-4177). What the two papers fix is the visa
// entered in Berlin on 3 December and a border crossing on the 4th (the post is not named).
=== deduce_sedov ===
# deduction: deduce_sedov
# title: One Government, One Week
# prompt: Two records on the table carry what one government did in one week of 1932. Find them, read them together, and say what they fix.
# after: before_beals_norway
-> DONE

= right
# combine: telegram-paris-to-consul-berlin + sedov-passport
The order and its execution: Paris authorises a visa on 3 December; the consulate in Berlin enters it that day; a border stamp follows on the 4th. # speaker: goldman # cite: L4129-4132, L4159-4170 # dramatized: counsel's words are not recorded; the facts are the book's
- (q_conclusion) What do the two fix, read together? # speaker: narrator # check: ded-sedov-berlin conclusion
* [That Sedov cannot have been in Copenhagen at any time from 23 to 25 November 1932]
    Too much for these two. They date 3 and 4 December; a secret trip a week earlier is not ruled out by them. # speaker: narrator # cite: L4129-4132, L4159-4170
    Trotsky reaches November by adding other evidence: his son's failed efforts to get a visa, the daily calls, the witnesses, and his answer to the secret-trip theory. # speaker: narrator # cite: L4094-4109, L7009-7049
    -> q_conclusion
* [That Sedov was in Paris on 3 December, when the ministry's telegram was sent]
    Paris is the sender: the ministry wired its consul in Berlin, where, it wrote, Sedov was "at present a student". The visa was entered in Berlin. # speaker: narrator # cite: L4159-4170
    -> q_conclusion
+ [That French officials visaed him in Berlin on 3 December; he crossed a border on the 4th #best]
    Yes. A ministry's telegram and a consulate's visa, made on the days themselves: neither comes from the witness's side. The book does not say which border post stamped the passport. # speaker: goldman # cite: L4129-4132, L4159-4170 # add: ded-sedov-berlin
- -> DONE

= wrong_mother
# combine: telegram-sedova-to-herriot + telegram-paris-to-consul-berlin
# combine: telegram-sedova-to-herriot + sedov-passport
Close: his mother's telegram starts it, but she is of the family. Find where the French state acted on her request, and where the act was carried out. # speaker: narrator # cite: L4116-4132
-> DONE

= wrong_olberg
# combine: moscow-report-olberg + sedov-passport
# combine: moscow-report-olberg + telegram-paris-to-consul-berlin
Olberg's words are Moscow's record, and he gives no date for the trip that did not come off. Pair what French officials produced that week: a ministry's telegram and a consulate's visa. # speaker: narrator # cite: L6977-6982, L4129-4132, L4159-4167
-> DONE

= wrong_sozial
# combine: sozial-demokraten-1936-09-01 + sedov-passport
# combine: sozial-demokraten-1936-09-01 + telegram-paris-to-consul-berlin
The Danish paper is about a building, four years later. Look for two records of the same week. # speaker: narrator # cite: L7081-7085
-> DONE

= wrong
Those two do not record what the same government did in the same week. Read the issuer and date of each. # speaker: narrator
-> DONE

= hints
Look at who issued each record on the table, and when. # hint: 1
Open Sedov's passport: who entered the visa, where, and on what day? # hint: 2 # point: sedov-passport.visa
Combine the Paris telegram to the consul in Berlin with Sedov's passport. # hint: 3
-> DONE

=== before_beals_norway ===
Goldman lays out the papers on Norway and Mexico: the communiqué and the thirteen questions, the Norwegian press, the director's letter, the statement on the Mexican section. # speaker: narrator # sfx: paper # dramatized: the book does not describe how the papers were laid out # add: communique-1937-01-24 # add: thirteen-questions-1937-01-27 # add: aftenposten-1937-01-25 # add: arbeiderbladet-1937-01-29 # add: gulliksen-letter # add: statement-mexican-section
-> ce_beals_norway
