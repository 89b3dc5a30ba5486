// Case 1, part A: the first half of "On the Internment" (seed L806-1104).
// Four cross-examinations in the book's order: ce_asylum, ce_practical, ce_letter, ce_archives.
// W.'s questions are turned into statements (outline: "the key convention"); where a statement
// or line is not recorded by the book, it carries a visible # dramatized: tag.

// ---------------------------------------------------------------------------------------
// CE 1 — the conditions of asylum and the Justice Minister's "barbs" (L809-894, L545-557)
// ---------------------------------------------------------------------------------------
=== ce_asylum ===
# cross: ce_asylum
# title: The Conditions of Asylum
# witness: advokat-w
# place: Drammen district court, 11 December 1936
# after: after_asylum
-> DONE

= s1
# speaker: advokat-w
# cite: L809-813
The witness was admitted on two conditions: keep out of Norwegian politics, and do nothing from Norway against other states.
-> DONE

= s1_press
Two conditions, and I kept both. Even the Central Passport Office granted that I never meddled in Norwegian affairs. # speaker: trotsky # cite: L811-815
Towards other states my work was a writer's work. Yes, what I write is Marxist, and so revolutionary. The government, which quotes Marx itself now and then, knew my views when it gave me the visa. # speaker: trotsky # cite: L815-818
And everything I publish carries my name. No country has ever prosecuted a line of it. # speaker: trotsky # cite: L819-820
The witness is very sure of himself. # speaker: advokat-w # expression: smug # dramatized: W.'s words here are the game's
The Passport Office's "admission" is his report; the book names no document for it. # speaker: narrator # cite: L813-815
-> DONE

= s2
# speaker: advokat-w
# cite: L821, L828
When he visited Veksal, the Justice Minister himself explained to the witness what those conditions meant.
-> DONE

= s2_press
He did visit, soon after I arrived, with the party leader Martin Tranmæl and Kolbjörnson, a journalist close to the government. # speaker: trotsky # cite: L828-831
Smiling a little awkwardly, the minister said the government hoped my activity would hold no "Stacheln", no barbs, aimed at other states. # speaker: trotsky # cite: L831-833
The word puzzled me, but he was struggling in German, so I did not press him. # speaker: trotsky # expression: thinking # cite: L833-835
I took him to mean: no plots, no gun-running, no base for conspiracies. Political criticism, a "barb"? That never occurred to me. I thought Norway a civilised democracy, and I have not yet dropped that opinion. # speaker: trotsky # cite: L835-842
Your account of the minister's words enters the record. # speaker: narrator # add: justice-minister-veksal-remarks
-> DONE

= s3
# answer: arbeiterbladet-interview-1935
# speaker: advokat-w
# cite: L843-844
And the minister told the witness plainly that he was not allowed to publish articles on current political questions.
-> DONE

= s3_press
Back then, the minister would have been ashamed to put it that way. # speaker: trotsky # expression: pressed # cite: L845-846
Writing about politics has been my profession for nearly forty years, gentlemen; it is my life. Was I to trade my convictions for a visa, out of gratitude? No: the government slanders itself after the fact. # speaker: trotsky # cite: L846-850
Words against words. Is there anything in print from that visit? # speaker: narrator
-> DONE

= s3_right
# objection
# breakthrough
# music: breakthrough
Objection! Right after that little talk about barbs, Kolbjörnson asked me for an interview for Arbeiterbladet. # speaker: trotsky # expression: angry # cite: L851-852
I asked the minister, half in jest, whether an interview would be taken as meddling in Norwegian politics. He said no: having given me a visa, they had to introduce me to the Norwegian public. # speaker: trotsky # cite: L853-856 # update: justice-minister-veksal-remarks answer # update: arbeiterbladet-interview-1935 answer
So, with the minister and Tranmæl sitting by in silence, I said that Moscow had helped Italy in Abyssinia, had turned conservative, forges history, and that war would come unless revolution stopped it. # speaker: trotsky # cite: L856-863
Arbeiterbladet printed it on 26 July 1935. If it was barbs the minister feared, that interview had plenty. # speaker: trotsky # cite: L863-865
A minister who had forbidden political writing sat through a political interview, and said it was fine. That he sat there rests on the witness's sworn memory; the print shows the party's paper ran the interview. # speaker: narrator # cite: L850-865
-> DONE

= s3_wrong_koht
# wrong: koht-election-speech
Koht spoke in 1936, about what the government knew. W.'s claim is about what the Justice Minister told you at Veksal in 1935. Keep the speech for later. # speaker: narrator # cite: L886-888
-> DONE

= s3_wrong_autobio
# wrong: autobiography-norwegian-edition
The autobiography came out in 1936. It cannot show what the minister said at Veksal the year before. # speaker: narrator # cite: L866-867
-> DONE

= s3_wrong_conditions
# wrong: entry-conditions
The conditions, as the book reports them, say nothing about articles either way. They cannot show what the minister told you. # speaker: narrator # cite: L236-238
-> DONE

= s3_wrong_remarks
# wrong: justice-minister-veksal-remarks
The witness quotes himself. My clients quote the minister. # speaker: advokat-w # expression: smug # dramatized: W.'s words here are the game's
Your own memory of the word "barbs" is your word against W.'s. What happened next, in front of witnesses, and in print? # speaker: narrator # cite: L851-865
-> DONE

= s3_hints
Re-read "not allowed to publish". What happened straight after the talk about barbs? # hint: 1
Open the Arbeiterbladet interview of 26 July 1935 and look at who was in the room. # hint: 2 # point: arbeiterbladet-interview-1935.present
Name it: at that same visit the minister said a political interview was no meddling, and sat through it; his party's paper printed it. # hint: 3
-> DONE

= s4
# answer: autobiography-norwegian-edition, arbeiterbladet-interview-1935
# speaker: advokat-w
# cite: L865-874
# dramatized: W. does not say this; the claim condenses his later charge (L1184-1187) and the government's turn (L461-470)
The governing party has never lent its own name to the witness's attacks on Stalin's regime.
-> DONE

= s4_press
A party in government does not go about printing attacks on a friendly state. # speaker: advokat-w # expression: smug # dramatized: W.'s line is the game's; basis his later charge (L1184-1187)
My fight against the Soviet bureaucracy is the reason I am in exile at all, for the third time. Everyone in Oslo who let me in knew it. # speaker: trotsky # cite: L870-872
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
{ presented == "arbeiterbladet-interview-1935":
    Objection! My 1935 interview appeared in Arbeiterbladet, the governing party's own central paper. # speaker: trotsky # cite: L241, L864-865
    And there is more. # speaker: trotsky # dramatized: Trotsky's words here are the game's
}
Objection! Only a few months ago my autobiography came out in Norwegian, from a publishing house of the governing party. # speaker: trotsky # expression: angry # cite: L865-867
Its preface lashes the cult of the infallible leader and the Bonapartist rule of Stalin and his circle, and argues that the bureaucratic caste must be overthrown. # speaker: trotsky # cite: L867-870
It also says that this very fight is why I am in exile for the third time. A man willing to give up that fight would have had no reason to come knocking at Norway's door. # speaker: trotsky # cite: L870-874
The party's own press put its name on the witness's case against Stalin, in Norway, before the internment. # speaker: narrator # cite: L865-874
-> DONE

= s4_wrong_koht
# wrong: koht-election-speech
Koht's speech is about what the government knew, not about anything the party published under its own name. # speaker: narrator # cite: L886-891
-> DONE

= s4_wrong_tranmael
# wrong: tranmael-article-1936
Tranmæl's article judges your conduct. W. says the party never published your attacks on Stalin. Look for something the party itself printed. # speaker: narrator # cite: L545-550
-> DONE

= s4_wrong_sund
# wrong: sund-statement
That is about Norwegian law. The claim is about what the party printed. # speaker: narrator # cite: L947-953
-> DONE

= s4_hints
Re-read "lent its own name". What did the party's own presses print? # hint: 1
Open the Norwegian edition of "My Life": look at the publisher, then the preface. # hint: 2 # point: autobiography-norwegian-edition.preface
Name it: months ago the party's own publisher printed your attack on Stalin's regime. # hint: 3
-> DONE

= s5
# answer: koht-election-speech, koht
# speaker: advokat-w
# cite: L461-466, L843-844
# dramatized: W.'s question (L843-844) turned into a claim about the whole government
The government never expected the witness to go on writing political articles from Norway.
-> DONE

= s5_press
Then why did the demand of 26 August ask me to promise that from then on I would not write on current politics? From then on. # speaker: trotsky # expression: thinking # cite: L461-464
That is the witness's reading. The government's expectations are the government's business. # speaker: advokat-w # dramatized: W.'s reply is the game's
Did anyone in the government say in public what it expected? # speaker: narrator
-> DONE

= s5_right
# objection
# breakthrough
# music: breakthrough
Objection! About ten days before I was detained, Foreign Minister Koht spoke at an election meeting. # speaker: trotsky # cite: L886-888
The government, he said, had of course known that I would keep writing my political articles, my "politische Chroniken", and still held it a duty to stand by the right of asylum. # speaker: trotsky # cite: L888-891
The government's own semi-official paper printed the speech. Members of the jury, you have all read it. # speaker: trotsky # cite: L891-892
In my view, the Foreign Minister's public word convicts the Justice Minister of a plain untruth. # speaker: trotsky # expression: angry # cite: L892-894
Koht's words are on record. Calling them proof of an untruth is Trotsky's judgement. # speaker: narrator # cite: L886-894
-> DONE

= s5_wrong_interview
# wrong: arbeiterbladet-interview-1935
The interview shows one minister letting you speak in 1935. W. claims the whole government never expected you to keep writing. Did a minister say in public what the government knew? # speaker: narrator # cite: L851-865
-> DONE

= s5_wrong_autobio
# wrong: autobiography-norwegian-edition
# close
Close: this carries a related fact, but it shows what the party's publisher printed, not what the government expected. Is there a minister's own public word? # speaker: narrator # cite: L865-867
-> DONE

= s5_wrong_tranmael
# wrong: tranmael-article-1936
Tranmæl says you kept your conditions. W.'s claim is about what the government expected of you. # speaker: narrator # cite: L545-550
-> DONE

= s5_hints
Re-read "never expected". Who could say what the government expected? A minister, in public. # hint: 1
Open Koht's election speech and read what he said the government knew. # hint: 2 # point: koht-election-speech.words
Name it: the Foreign Minister said publicly that the government knew you would keep writing political articles. # hint: 3
-> DONE

= s6
# answer: tranmael-article-1936, martin-tranmael
# speaker: advokat-w
# cite: L545-557, L1851-1853
# dramatized: W. asked why he was interned (L809-811); the claim about the party is the game's, basis L552-557
By mid-August the governing party itself held that the witness had broken his conditions.
-> DONE

= s6_press
Which condition, and when? On 21 August, days before I was interned, Arbeiterbladet ran a long interview with me on its front page, headed: Trotsky proves the Moscow accusations are invented. # speaker: trotsky # expression: pressed # cite: L875-881
Pure barbs, and the ministers surely read it. Yet the order that interned me does not mention it. It cites old articles of mine printed in France and America. # speaker: trotsky # cite: L881-886
What the order cited, and what it left out, is on record. Why it chose so is Trotsky's argument. Who in the governing party judged your conduct in mid-August? # speaker: narrator # cite: L466-470, L882-886
-> DONE

= s6_right
# objection
# breakthrough
# music: breakthrough
Objection! On 17 August, after the fascists had poured out their "revelations" and Moscow its accusations, the party leader himself wrote in Arbeiterbladet. # speaker: trotsky # expression: angry # cite: L545-548 # dramatized: the book quotes this article in its narrative chapter, not in its record of the hearing
Martin Tranmæl: during my stay I had "exactly" fulfilled the conditions set when I entered Norway. # speaker: trotsky # cite: L548-550 # dramatized: from the book's narrative chapter, not its record of the hearing
As editor he knew my writing better than anyone, including the articles the Passport Office would use against me a few days later. # speaker: trotsky # cite: L550-552
Herr Tranmæl changed his mind soon enough. # speaker: advokat-w # expression: smug # dramatized: W.'s retort is the game's; the book itself reports the turn (L552-557)
He did, once the government had approved the Passport Office report it had ordered itself. My articles had not changed. Only the report had appeared. # speaker: trotsky # cite: L552-557
True: the book itself says Tranmæl turned, days later. But in mid-August the party's leader wrote in print that the conditions were kept. # speaker: narrator # cite: L545-557
-> DONE

= s6_wrong_sund
# wrong: sund-statement
Sund speaks about Norwegian law. W. is talking about the conditions of your asylum. Keep Sund for the question of law. # speaker: narrator # cite: L947-953
-> DONE

= s6_wrong_koht
# wrong: koht-election-speech
Koht said what the government knew you would do. W. claims you broke your word. Who judged whether you kept it? # speaker: narrator # cite: L886-891
-> DONE

= s6_wrong_conditions
# wrong: entry-conditions
That is the promise itself, not evidence that you kept it. # speaker: narrator # cite: L236-238
-> DONE

= s6_wrong_swen
# wrong: swen-press-statement
# close
Close: this carries a related fact, but Swen is a policeman, not the party. What did the governing party itself say in mid-August? # speaker: narrator # cite: L336-338
-> DONE

= s6_hints
Re-read "the governing party itself". Who in the party wrote about your conduct in mid-August? # hint: 1
Open Tranmæl's article of 17 August 1936: the date, then what it says. # hint: 2 # point: tranmael-article-1936.words
Name it: on 17 August the party's leader wrote in its paper that you had kept your conditions exactly. # hint: 3
-> DONE

= wrong
That does not touch what I said. # speaker: advokat-w # expression: smug # dramatized: W.'s words here are the game's
That item does not answer this claim. Read the claim again: who said what, and when? # speaker: narrator
-> DONE

=== after_asylum ===
# music: tense
Gentlemen, the asylum turned out to be a trap. An office meant to check foreigners' passports now polices my scholarly work, done outside Norway. And the demand to gag me, in my view, comes from Moscow. # speaker: trotsky # expression: angry # cite: L900-905, L913-916
- (q_whywrong) From Moscow: what is that? # speaker: narrator # check: justice-minister-veksal-remarks why-wrong
+ [His charge; the book gives no document for it #best]
    Right. Konstad's Passport Office reads his mail; that is on record. That Moscow stands behind it is his charge. # speaker: narrator # cite: L527-528, L625-626, L1255-1260, L913-916
* [A documented fact, since the Office does read his mail]
    The mail control is on record; who stands behind it is not. The book gives no document for "from Moscow": it is his charge. # speaker: narrator # cite: L527-528, L1255-1260, L913-916
    -> q_whywrong
* [The Passport Office's own reason]
    No. The reason the government gave, as he reports it, is his "harmful activity", with the Nation article as its chief example. "From Moscow" is his charge about what that stated reason hides. # speaker: narrator # cite: L466-470, L908-910, L913-916
    -> q_whywrong
- Had it been up to Herr Trygve Lie and Herr Konstad, neither the Communist Manifesto nor Capital would ever have appeared. Both were written by political exiles. # speaker: trotsky # cite: L905-908
What is the witness's connection with the Fourth International? # speaker: advokat-w # cite: L917
* [Deny any connection]
    That would not be true, and the book's witness did not try it. # speaker: narrator # cite: L917-919
* [Say it is only a sympathy]
    The book's witness did not play it down. # speaker: narrator # cite: L917-919
* [Own it]
    That is what he did. # speaker: narrator # cite: L917-919
- I support it. In a sense I started it, and I take political responsibility for it. # speaker: trotsky # cite: L917-919
-> ce_practical

// ---------------------------------------------------------------------------------------
// CE 2 — practical work, and which law? (L917-958)
// ---------------------------------------------------------------------------------------
=== ce_practical ===
# cross: ce_practical
# title: Practical Work, and Which Law?
# witness: advokat-w
# place: Drammen district court, 11 December 1936
# after: after_practical
-> DONE

= s1
# answer: declined-council-letter
# speaker: advokat-w
# cite: L917-920
# dramatized: W. said only "so the witness also does practical revolutionary work" (L920); the council is from the witness's answer (L924-927)
So the witness sits on the Fourth International's council and does its practical work.
-> DONE

= s1_press
You cannot cleanly separate theory from practice, and I would be the last to want to. # speaker: trotsky # expression: thinking # cite: L921-922
But the life I am allowed in today's democratic Europe gives me, unfortunately, no way into practical work. # speaker: trotsky # cite: L922-924
He does not pretend his ideas are meant to stay on paper. But the council? What did he do when his movement elected him to it? # speaker: narrator # cite: L921-928
-> DONE

= s1_right
# objection
# breakthrough
# music: breakthrough
Objection! This summer the Fourth International's conference elected me, in my absence, to its council, more an honour than a working post. # speaker: trotsky # cite: L924-927
I declined it in a special letter, precisely so as to hand the Konstads of every country no pretext for police intrigue. # speaker: trotsky # cite: L927-928
I sit on no council: I declined the seat. I write articles, and when groups or people ask for my advice, I give it by letter. # speaker: trotsky # cite: L924-928, L939-941
He sits on no council. That he has no way into practical work rests on his own word; he does advise by letter when asked. # speaker: narrator # cite: L922-924, L939-941
-> DONE

= s1_wrong_sund
# wrong: sund-statement
Sund speaks to the law. W. is talking about your role in the International. Keep Sund; the law comes next. # speaker: narrator # cite: L947-953
-> DONE

= s1_wrong_conditions
# wrong: entry-conditions
The conditions are a promise about Norway. W. asks about your place in an international movement. # speaker: narrator # cite: L811-813
-> DONE

= s1_wrong_tranmael
# wrong: tranmael-article-1936
Tranmæl judged your conduct in Norway. W. says you do practical work for the International. What did you do when they elected you to their council? # speaker: narrator # cite: L545-550
-> DONE

= s1_hints
Re-read "sits on the Fourth International's council". What did you do when the movement elected you to it? # hint: 1
Open the letter declining the council seat: what did you answer? # hint: 2 # point: declined-council-letter.decision
Name it: you declined the council seat, so you do not sit on it. # hint: 3
-> DONE

= s2
# speaker: advokat-w
# cite: L929-930
# dramatized: the witness raises these press tales himself (L929-930); W. does not cite them
The Norwegian press says the witness organised the rising in Spain and the strikes in France and Belgium.
-> DONE

= s2_press
Those fairy tales get a shrug from me, nothing more. # speaker: trotsky # cite: L929-934
In truth the rising in Spain was started by the political friends of the defendants and of their lawyer. # speaker: trotsky # expression: angry # cite: L934-936
If I could go to Spain to do practical work, I would go at once, and give everything to help the Spanish workers defeat fascism. Instead I must make do with articles, and advice when I am asked. # speaker: trotsky # cite: L936-941
-> DONE

= s3
# speaker: advokat-w
# cite: L944-946
# dramatized: the witness mentions this complaint himself (L944-947); W. does not
Lawyers in this country have already asked the prosecution to act against the witness.
-> DONE

= s3_press
We are in a court, an institution that exists to punish breaches of the law. So: have I broken a law? Which one? # speaker: trotsky # expression: pressed # cite: L941-944
You know, gentlemen, that another fascist lawyer, Herr H., asked the prosecution to proceed against me for my "activity", literary or terrorist, I could not tell you which. # speaker: trotsky # cite: L944-947
Two instances threw the complaint out. # speaker: trotsky # cite: L947 # add: herr-h-complaint
The complaint enters the record. That it was rejected twice is Trotsky's report. # speaker: narrator # cite: L944-947
-> DONE

= s4
# answer: sund-statement, sund, herr-h-complaint
# speaker: advokat-w
# cite: L941-947
# dramatized: W. never says this; the claim answers the witness's own "Which law?" (L941-944)
Norway's prosecutors have found that the witness's activity breaks the law.
-> DONE

= s4_press
Which law? Name it. # speaker: trotsky # expression: pressed # cite: L943
The law is for the court to weigh, not the witness. # speaker: advokat-w # expression: smug # dramatized: W.'s reply is the game's
Who in Norway decides whether someone is to be prosecuted? # speaker: narrator
-> DONE

= s4_right
# objection
# breakthrough
# music: breakthrough
Objection! Reichsstaatsanwalt Sund, the official guardian of this country's laws, has said in the press that nothing in all the material before him shows that I broke any Norwegian law, or gave any ground for proceedings at all. # speaker: trotsky # cite: L947-951
He said it on 26 September: five weeks after the Moscow trial, almost a month after my internment. # speaker: trotsky # cite: L951-953
I salute his courage. His statement shows open distrust of the Moscow accusations, and condemns the reprisals against me. I think that settles it. # speaker: trotsky # cite: L953-958
Sund's finding is on record, and so is the rejected complaint, on Trotsky's report. Reading Sund as a rebuke to Moscow and the government is Trotsky's view. # speaker: narrator # cite: L944-958
-> DONE

= s4_wrong_tranmael
# wrong: tranmael-article-1936
Tranmæl judged the conditions of your asylum. W. now talks about the law. # speaker: narrator # cite: L545-550
-> DONE

= s4_wrong_swen
# wrong: swen-press-statement
# close
Close: this carries a related fact, but Swen is a policeman, not a prosecutor, and he spoke in August. What did the chief prosecutor say? # speaker: narrator # cite: L336-338
-> DONE

= s4_wrong_conditions
# wrong: entry-conditions
Breaking a condition of residence would not make it a crime. W. says your activity is against the law. Who decides that? # speaker: narrator # cite: L811-813
-> DONE

= s4_hints
Re-read "prosecutors have found". What did Norway's chief prosecutor say? # hint: 1
Open the chief prosecutor's statement: the date, and the finding. # hint: 2 # point: sund-statement.finding
Name it: Norway's chief prosecutor said publicly that nothing before him showed you broke any Norwegian law. # hint: 3
-> DONE

= wrong
And what is that supposed to prove? # speaker: advokat-w # expression: smug # dramatized: W.'s words here are the game's
That item does not answer this claim. Who said what, and when? # speaker: narrator
-> DONE

=== after_practical ===
# music: tense
W. takes a sheet of paper from his file and holds it up. # speaker: narrator # sfx: paper
Does the witness know this letter? Who wrote it? # speaker: advokat-w # cite: L959
I dictated it to my secretary. It was presumably stolen by the gentlemen in the dock, during their uninvited visit. Pardon me. # speaker: trotsky # cite: L960-961
"Presumably": the book's word is "wohl"; he cannot prove who took it. The book does not print the letter: all we have is his description. # speaker: narrator # cite: L960-964 # add: stolen-letter-herr-h
-> ce_letter

// ---------------------------------------------------------------------------------------
// CE 3 — the stolen letter: advice or an order? (L959-980)
// ---------------------------------------------------------------------------------------
=== ce_letter ===
# cross: ce_letter
# title: The Stolen Letter
# witness: advokat-w
# place: Drammen district court, 11 December 1936
# after: after_letter
-> DONE

= s1
# speaker: advokat-w
# cite: L939-941
# dramatized: W.'s claim is the game's, built on the witness's own words about advice by letter (L939-941)
From Norway, the witness steers people abroad by letter.
-> DONE

= s1_press
I answer when I am asked. Groups and individuals write for my advice, and I give it. # speaker: trotsky # cite: L939-941
Steering is your word, Herr Advokat, not mine. # speaker: trotsky # dramatized: Trotsky's words here are the game's
-> DONE

= s2
# answer: stolen-letter-herr-h
# speaker: advokat-w
# expression: smug
# cite: L962-965
# dramatized: W. asked "only advice, or more?" (L965); "orders nobody asked for" is the game's
Only advice? In this letter the witness hands out orders nobody asked for.
-> DONE

= s2_press
What exactly do you think it gives? # speaker: trotsky # expression: thinking # dramatized: Trotsky's words here are the game's
The jury may draw its own conclusions. # speaker: advokat-w # expression: smug # dramatized: W.'s words here are the game's
W. has the letter. So do you, now. What does it answer, and what does it give? # speaker: narrator
-> DONE

= s2_right
# objection
# breakthrough
# music: breakthrough
Objection! Nobody? The letter itself answers questions people put to me: my opinion on whether someone I know, Herr H., can be trusted. Advice, once again. # speaker: trotsky # cite: L962-964
Two cautions. This rests on his own description: the book does not print the letter. And it never says this Herr H. is the lawyer who complained. # speaker: narrator # cite: L944-947, L962-964
-> DONE

= s2_wrong_paris
# wrong: stolen-letter-paris
That is a different stolen letter, the one Swen showed you on the island. The book never says the two are the same. Read the one W. is holding. # speaker: narrator # cite: L327-329, L959
-> DONE

= s2_wrong_council
# wrong: declined-council-letter
It shows you declined the council seat. But W. is asking what this letter says. Read it. # speaker: narrator # cite: L924-928
-> DONE

= s2_wrong_complaint
# wrong: herr-h-complaint
Same initial, but the book never says the lawyer who complained is the man the letter talks about. And the question is what the letter itself gives. # speaker: narrator # cite: L944-947, L962-964
-> DONE

= s2_hints
Re-read "nobody asked for". What is in front of W. right now? # hint: 1
Open the letter W. shows: what does it answer, and what does it give? # hint: 2 # point: stolen-letter-herr-h.answers
Name it: the letter answers questions put to you, with an opinion on whether a man can be trusted. Someone asked. # hint: 3
-> DONE

= s3
# speaker: advokat-w
# cite: L966
Call it advice if you like. From the witness, advice is an order.
-> DONE

= s3_press
You mean an order? # speaker: trotsky # cite: L966
W. nods. # speaker: narrator # cite: L966
In the Nazi parties the leader decides everything, no doubt even a night raid on somebody's home. The degenerate Comintern has picked up the same habits. # speaker: trotsky # expression: angry # cite: L966-969
Drill people in blind obedience and you get servants, not revolutionaries. I hold no office, and I am nobody's anointed leader. # speaker: trotsky # cite: L969-971
My advice is always careful and hedged, because from far away I cannot weigh everything. People follow it only as far as it convinces them. It has no other force. # speaker: trotsky # cite: L971-974
-> DONE

= s4
# speaker: advokat-w
# cite: L974-979
# dramatized: the defence's implied motive, as the witness answers it (L974-980)
My clients had every reason to look in the witness's papers. His letters hold what his articles hide.
-> DONE

= s4_press
The young men who stole this harmless letter hoped, no doubt, to find proof of plots and coups in my archive. Their ignorance of politics advised them badly. # speaker: trotsky # cite: L974-977
There is nothing in my letters that you will not find in my articles. My archive goes along with my published work; it does not contradict it. # speaker: trotsky # cite: L977-980
-> DONE

= wrong
That proves nothing about this letter. # speaker: advokat-w # expression: smug # dramatized: W.'s words here are the game's
That item does not answer this claim. What is W. actually holding up? # speaker: narrator
-> DONE

=== after_letter ===
# music: tense
And for those who want to accuse me … # speaker: trotsky # expression: angry # cite: L980
There is no charge against you here. You were summoned as a witness. # speaker: judge # sfx: gavel # cite: L981-982
I understand that very well, Mr President. But the lawyer … # speaker: trotsky # cite: L982-983
I bring no accusation against the witness. We are only defending ourselves. # speaker: advokat-w # cite: L987
Of course. Only your defence of a night raid on my home consists of gathering up every slander ever told about me, from whatever source, and serving it up again. It is that "defence" I am defending myself against. # speaker: trotsky # cite: L988-990
That is your right. You may in general refuse to answer any question that could harm you. # speaker: judge # cite: L991-992
* [Take the right: decline to answer what could harm you]
    A fair right, and many witnesses use it. The book's witness chose otherwise, and said so loudly. # speaker: narrator # cite: L993
* ["No question here could harm me, Mr President."]
    That is what he said. # speaker: narrator # cite: L993
- No question here could harm me, Mr President! I will answer anything anyone wants to ask me. Closed doors are of no use to me whatsoever. # speaker: trotsky # expression: angry # cite: L993-995
In his view no slander machine in history matches the one turned against him, with a budget he reckons in millions of pure gold, and fascists and so-called Communists draw from the same well: the GPU. # speaker: narrator # cite: L995-1001
My archive is one of the best answers to all of it. # speaker: trotsky # cite: L1001-1003
In what way? # speaker: prosecutor # cite: L1004
# music: calm
My archives are kept abroad and run from January 1928: every letter I received since, and a copy of every answer, thousands, with no gaps. I can lay them before any impartial commission or public court, at any moment. # speaker: trotsky # cite: L1004-1013 # add: t-archives
- (q_couldcheck) He offers his whole archive. What would a historian want to know about it first? # speaker: narrator # check: t-archives could-check
* [Nothing: offering it proves his innocence]
    No. An offer proves confidence, not innocence. What counts is what others find when they read it. # speaker: narrator # cite: L1004-1013
    -> q_couldcheck
+ [Whether it is complete, and who else can read it #best]
    Yes. An archive convinces when others can check it: he offers exactly that, to any commission or court. # speaker: narrator # cite: L1004-1013
* [How many letters it holds]
    Thousands, he says. Size impresses, but a big archive with gaps, or one no one else may read, proves little. Ask first about completeness and access. # speaker: narrator # cite: L1004-1013
    -> q_couldcheck
- Picture a deeply religious man, gentlemen, who has tried all his life to live by the Bible. One day his enemies, armed with forged papers and false witnesses, accuse him of secretly spreading atheism. # speaker: trotsky # cite: L1014-1019
What would he do? Point to his family, his friends, his books, years of his letters, and say: read them; ask the hundreds who have known me. # speaker: trotsky # cite: L1019-1026
The presiding judge nods. So do some of the jurors. # speaker: narrator # cite: L1027-1028
I am in the same position, after forty years of defending revolutionary Marxism. Let a court hear witnesses, study documents, and examine my archives for the years my enemies most want to blacken. The GPU knows their worth. # speaker: trotsky # cite: L1028-1047
What does that mean, GPU? The jurors do not know the term. # speaker: judge # cite: L1048-1049
How did the witness explain it?
* [The Soviet political police]
    Right. # speaker: narrator # cite: L1050
* [Nazi Germany's secret state police]
    That is the Gestapo, another name you will hear today. # speaker: narrator # cite: L1109-1111
* [The Moscow-led Communist International]
    That is the Comintern, which he has just mentioned. # speaker: narrator # cite: L969
- The Soviet Union's political police. It began as a shield for the people's revolution; today it shields the bureaucracy from the people. # speaker: trotsky # cite: L1050-1052
The bureaucracy hates me because I fight its privileges and its arbitrary rule. To leave me defenceless against slander, the GPU is trying to get hold of my archives, by robbery, burglary, even murder. # speaker: trotsky # expression: angry # cite: L1052-1057
What leads you to that conclusion? # speaker: prosecutor # cite: L1057-1058
This time the testimony is your own, under oath. It goes into the record statement by statement. Press it to hear it in full. # speaker: narrator # cite: L801-802
-> ce_archives

// ---------------------------------------------------------------------------------------
// CE 4 — the archives and the GPU; the self-correction (L1058-1104, footnote L1087-1091)
// The correction is the book's own footnote, written after the hearing: never staged as
// happening in the courtroom (outline, Pitfall 5).
// ---------------------------------------------------------------------------------------
=== ce_archives ===
# cross: ce_archives
# title: The Archives (your sworn account)
# witness: trotsky
# place: Drammen district court, 11 December 1936
# after: after_archives
-> DONE

= s1
# speaker: trotsky
# cite: L1058-1060
On 10 October I wrote to my son in Paris, for the second or third time, that the GPU would try to steal my archives.
-> DONE

= s1_press
I told him I had no doubt of it, and proposed that he give the Paris part of the archives at once to a scholarly institution: perhaps the Dutch Institute for Social History, better still an American one. # speaker: trotsky # cite: L1059-1063
The letter of 10 October enters the record. # speaker: narrator # add: letter-to-son-10-oct-1936 # cite: L1058-1063
-> DONE

= s2
# speaker: trotsky
# cite: L1063-1064
That letter went through the Passport Office, like all my letters. I had no other way.
-> DONE

= s2_press
Since the internment, every letter to or from Sundby passes through the Central Passport Office. Its chief is Konstad. # speaker: narrator # cite: L527-528, L625-627
It is in no hurry. # speaker: trotsky # expression: thinking # cite: L527-528
-> DONE

= s3
# answer: sedov-statement-19-nov-1936
# speaker: trotsky
# cite: L1065-1066
My son set about it at once, handing the archives to the Paris branch of the Dutch institute.
-> DONE

= s3_press
That is all the witness says about it in court. # speaker: narrator # cite: L1065-1066
In the book, a small footnote mark sits at the end of this sentence. # speaker: narrator # cite: L1066, L1087
-> DONE

= s3_right
# objection: hold-it
# breakthrough
# music: breakthrough
# scene: Later: writing up the testimony
Hold it. That sentence is mine, and it is not right. # speaker: trotsky # expression: shaken # cite: L1087-1091
His son's written statement to the examining magistrate, dated 19 November 1936, shows that the first part of the archive was handed over before the letter of 10 October arrived. # speaker: narrator # cite: L1087-1089
His son had acted on earlier letters, which had voiced the same fear for the archives, only less categorically. So "at once", after 10 October, is wrong. # speaker: narrator # cite: L1089-1091
The sworn account says one thing; a document says another. What do you do with your own sentence?
* [Correct it, in print, for everyone to see]
    ~ footnote_corrected = true
    Then the record must say so. My son did not begin because of the letter of 10 October. He had already begun, on my earlier warnings. # speaker: trotsky # sfx: stamp # credibility: +1 # cite: L1087-1091
    That is exactly what the book does: it prints the correction as a footnote to his own sworn testimony. A witness who fixes his own mistake in public becomes easier to believe, not harder. # speaker: narrator # cite: L1087-1091
* [Let it stand: the point is the same either way]
    Perhaps the larger point survives. The sentence does not. # speaker: narrator # cite: L1087-1091
    The book itself would not let it stand: Trotsky printed the correction in a footnote. Getting your own facts right is part of telling the truth, even when they do not help you. # speaker: narrator # cite: L1087-1091
- The footnote is added to the record. # speaker: narrator # update: sedov-statement-19-nov-1936 footnote
- (q_compare) What does the correction change? # speaker: narrator # check: sedov-statement-19-nov-1936 compare
* [It proves he lied under oath]
    No. It shows one sentence was wrong, and he corrected it himself. The timing behind his suspicion is weaker; the suspicion stands, as a suspicion. # speaker: narrator # cite: L1087-1100
    -> q_compare
+ [It weakens the timing behind his suspicion of the Passport Office #best]
    Yes. The book leaves the suspicion standing, as a suspicion. It does not say whether the earlier letters named the institute, or passed through that office. # speaker: narrator # cite: L1087-1100
* [Nothing at all]
    It changes the timing: his suspicion of the Passport Office leaned on it. The book leaves the suspicion standing, as a suspicion. # speaker: narrator # cite: L1087-1100
    -> q_compare
- -> DONE

= s3_wrong_letter
# wrong: letter-to-son-10-oct-1936
{ ce_archives.s5_press:
    The letter shows what you proposed on 10 October. The question is when your son actually began. # speaker: narrator # cite: L1058-1063
- else:
    Nothing in the record contradicts your account yet. Press on through it. No mark lost. # speaker: narrator # credibility: +1
}
-> DONE

= s3_wrong_burglary
# wrong: paris-burglary
{ ce_archives.s5_press:
    The burglary shows how the theft was done, not when the hand-over began. # speaker: narrator # cite: L1066-1071
- else:
    Nothing in the record contradicts your account yet. Press on through it. No mark lost. # speaker: narrator # credibility: +1
}
-> DONE

= s3_wrong_archives
# wrong: t-archives
{ ce_archives.s5_press:
    That is what the archive holds, not when the hand-over began. # speaker: narrator # cite: L1004-1013
- else:
    Nothing in the record contradicts your account yet. Press on through it. No mark lost. # speaker: narrator # credibility: +1
}
-> DONE

= s3_hints
Re-read the third statement: "at once". At once after what? # hint: 1
Open your son's statement of 19 November 1936: when was the first part handed over, compared with your letter of 10 October? # hint: 2 # point: sedov-statement-19-nov-1936.handover
Name it: the hand-over began before your letter of 10 October arrived, so "at once, after it" is wrong. # hint: 3
-> DONE

= s4
# speaker: trotsky
# cite: L1066-1071
After he had delivered part of it, burglars burned through the institute's door, worked all night, and took nothing but my papers: 85 kilograms.
-> DONE

= s4_press
They used a welding set on the heavy door, searched every shelf and every box, and left even the money lying on a table. # speaker: trotsky # cite: L1067-1071
The method was as good as a GPU calling card. Every French paper but L'Humanité said, openly or between the lines, that Moscow ordered it. The Paris police said French burglars have no such equipment. # speaker: trotsky # cite: L1071-1078
Luckily they were in too much of a hurry. That first batch was a twentieth of my Paris archive, mostly old newspapers, with very few letters. They will try again, perhaps here in Norway. # speaker: trotsky # cite: L1078-1084
The burglary enters the record. Who ordered it is his conclusion; the book names no culprit caught. # speaker: narrator # add: paris-burglary # cite: L1065-1083
And there is one more thing he wants the judges to notice. # speaker: narrator # reveal: s5
-> DONE

= s5
# hidden
# speaker: trotsky
# cite: L1084-1100
The GPU struck soon after I named the institute in a letter that passed through the Passport Office. May I not suspect it has agents in the offices that read my mail?
-> DONE

= s5_press
{ ce_archives.s5_press == 1:
    If that is so, then the control of my letters becomes direct help for the burglars. # speaker: trotsky # cite: L1099-1100
    It was the Paris raid that first made me think the raid by these gentlemen was also started by the GPU. # speaker: trotsky # expression: angry # cite: L1100-1104
    He gestures towards the defendants. They stare back. # speaker: narrator # cite: L1102-1103
    # scene: Later: writing up the testimony
    After the hearing, Trotsky wrote this testimony down for his book. The book does not say when he added the footnote, or when he first saw the document behind it. # speaker: narrator # cite: L798-802, L1087-1091
    One document he cites there is his son's written statement to the examining magistrate. # speaker: narrator # add: sedov-statement-19-nov-1936 # cite: L1087-1091
    Your sworn account is on record. Does anything in it need correcting? # speaker: narrator
- else:
    A suspicion, as he says himself, and a question to the judges. Your son's statement is in the record. Does any sentence of your account need correcting? # speaker: narrator # cite: L1087-1100
}
-> DONE

= s5_wrong_sedov
# wrong: sedov-statement-19-nov-1936
# close
Close: this carries a related fact, and it weakens the timing of this suspicion. But first fix the statement of fact it contradicts. # speaker: narrator # cite: L1087-1091
-> DONE

= wrong
{ ce_archives.s5_press:
    That item does not touch this sentence. Which sentence of your account does your son's statement contradict? # speaker: narrator
- else:
    Nothing in your record contradicts your own account so far. Press, or move on. No mark lost. # speaker: narrator # credibility: +1
}
-> DONE

=== after_archives ===
# bg: drammen-court
# music: tense
# scene: Drammen district court, 11 December 1936
{ footnote_corrected:
    Back in the courtroom of 11 December, the account stands as he swore it. You corrected it, as the book does. # speaker: narrator # cite: L1087-1091
- else:
    Back in the courtroom of 11 December, the account stands as he swore it. The book corrected it for you. # speaker: narrator # cite: L1087-1091
}
-> wrap_up

=== wrap_up ===
# bg: black
# music: calm
# scene: End of sitting 1
So far: a minister sat through his political interview; the party's own press printed his attack on Stalin; Koht said the government knew he would keep writing; the chief prosecutor found no law broken. # speaker: narrator # cite: L850-894, L947-953
The stolen letter gave advice in answer to questions, on his own description. And his sworn account of the archives needed a correction, which his book made. # speaker: narrator # cite: L959-966, L1087-1091
Next sitting: the judge asks what he bases his suspicion on, and the defence turns to a tourist, a Russian journal and the Moscow trial. # speaker: narrator # cite: L1104
The government asked for closed doors, yet the witness said he had no use for them. Who gains from a closed hearing, and who loses? # speaker: narrator # cite: L782-785, L993-995 # question
Our only text of this hearing is the witness's own. What would you want to check, and where could you look? # speaker: narrator # cite: L798-802 # question
His book corrected his own sworn account in a footnote. Does that make him a weaker witness or a stronger one? # speaker: narrator # cite: L1087-1091 # question # end: drammen-1
-> END
