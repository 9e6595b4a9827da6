# Good Faith — "Nine Months" (English): the scripted beats.
#
# Each event: the news (present tense, third person, fits an 80x24 screen), a title, the
# historical note (.history, our own words, one to three sentences). Each option: a one-line
# label in the second person, and .news for when the computer makes the choice.

## Opening phase

event-the_bargain = The Secretary is due to announce in Amman tomorrow that talks will resume, but the terms are not settled. Most of the PLO leadership told the President not to return without a settlement freeze. In his office, his advisers table another trade: the 104 prisoners held since before the Oslo accords, in exchange for pausing new moves at the UN. Washington needs an answer.
    .title = The terms of re-entry
    .history = On the night of 18 July 2013 most of the Palestinian leadership argued against resuming talks without a settlement freeze. The President instead authorised an offer to pause the campaign at the UN in return for the release of 104 prisoners held since before the 1993 accords, and the Secretary announced the resumption of talks in Amman the next day.
    .source = { source-inside-story }: the Palestinian leadership's meeting of 18 July 2013, and the offer of 104 prisoners for no new UN moves that the President authorised; { source-groundwork }: the groundwork laid before the talks
event-the_bargain-prisoners_for_no_un = You take the trade: 104 prisoners for no new UN moves.
    .news = The Palestinian leadership accepts: 104 prisoners, in exchange for nine months without new UN moves.
event-the_bargain-hold_out_for_restraint = You hold out for restraint on building as well as the releases.
    .news = The Palestinian leadership holds out, and Washington extracts an Israeli promise of restraint on building.
event-the_bargain-keep_un_route = You keep the UN route open and resume on a US letter alone.
    .news = The Palestinian leadership keeps the UN route open; the talks resume on the strength of a US letter alone.

event-cabinet_vote = The Israeli cabinet meets on the releases. Ministers of the Prime Minister's own party and of its settler-aligned partner call it a reward for murder; the centrists are divided. More than twenty names on the list hold Israeli citizenship or residency. The Prime Minister has written an open letter asking Israelis to back a painful step.
    .title = The cabinet votes on prisoners
    .history = On 28 July 2013 the Israeli cabinet approved the releases by 13 votes to 7, in four tranches over the nine months, with the last tranche, which held Israeli citizens, left to a separate decision. The accounts differ on what had been promised: the Prime Minister said he had agreed to about 80 releases, while the Secretary believed he had heard agreement to all 104.
    .source = { source-inside-story }: the cabinet vote of 28 July 2013, 13 to 7, and the misunderstanding over 80 or 104 prisoners
event-cabinet_vote-four_tranches = You carry the vote: four tranches, the last with its own vote.
    .news = The cabinet approves releases in four tranches; the last, with Israeli citizens, will need its own vote.
event-cabinet_vote-without_citizens = You leave Israeli citizens off the list, as you understood the deal.
    .news = The cabinet approves releases but leaves Israeli citizens off the list.
event-cabinet_vote-vote_it_down = You let the cabinet reject the releases.
    .news = The cabinet rejects the releases, and the bargain falls apart.

event-washington_launch = The Israeli cabinet has voted. In Ramallah, the Palestinian President still waits for what he asked for in return: a private US assurance that borders will be based on the 1967 lines. Tomorrow the two negotiating teams are due in the Oval Office, and the letter must be sent or held back before they sit down.
    .title = Launch in Washington
    .history = On 29 July 2013, the day after the Israeli vote, the Secretary confirmed in a private letter to the Palestinian President that the US still held, as its President had said in May 2011, that borders should be based on the 1967 lines with agreed swaps. The next day, 30 July, the negotiators met the US President, who voiced scepticism and promised to back any agreement.
    .source = { source-inside-story }: the letter of 29 July 2013, a day after the cabinet vote, and the negotiators' White House meeting of 30 July
event-washington_launch-send_letter = You send the private letter: borders based on 1967, with agreed swaps.
    .news = The Secretary sends the private letter: the US position is borders based on the 1967 lines with agreed swaps.
event-washington_launch-withhold_letter = You hold the letter back, to keep Israel's trust.
    .news = The Secretary holds back the letter the Palestinian President asked for.

event-tenders_before_release = Israel's housing ministry is ready to publish tenders for about 1,200 homes in East Jerusalem and West Bank settlements, days before the first prisoners go free. The settler-aligned partner calls it the price of the releases; the Palestinian side calls it proof of bad faith before the first session.
    .title = Tenders before the talks
    .history = On 11 August 2013, days before the first release, Israel published tenders for about 1,200 homes in East Jerusalem and West Bank settlements. Israeli officials said such building had been expected under the terms of the talks; Palestinian officials said it poisoned the talks before they began. Most governments, the UN Security Council and the International Court of Justice (in 2004) hold the settlements to breach the Fourth Geneva Convention, which Israel disputes; Washington called continued building illegitimate without calling it illegal.
    .source = public record: the Israeli housing ministry's tenders of 11 August 2013, and, on the settlements, { source-unsc-446 } and { source-icj-2004 }; { source-inside-story }: more than 2,000 units announced during the talks, and the US policy since 2009 of not accepting continued settlement activity as legitimate
event-tenders_before_release-publish = You let the tenders go out.
    .news = The housing ministry publishes tenders for about 1,200 homes.
event-tenders_before_release-hold_back = You hold the tenders back until after the first session.
    .news = The government holds the tenders back, to its partner's anger.
event-tenders_before_release-blocs_only = You publish only the tenders inside the large blocs.
    .news = The government publishes only the tenders inside the large settlement blocs.

## The talks open

event-first_tranche = The first 26 prisoners are due to go free tonight. Relatives of their victims protest outside the prison and plead with the courts; in Ramallah, crowds prepare a welcome. The release is the first instalment of the bargain.
    .title = The first release
    .history = On the night of 13 August 2013 Israel released the first 26 prisoners, after families of their victims had protested and gone to court against it.
    .source = { source-inside-story }: releases in four tranches; public record: news reports of the first release, of 26 prisoners, on 13 August 2013
event-first_tranche-release = You release the first 26, as agreed.
    .news = Israel releases the first 26 prisoners.
event-first_tranche-hold_back = You hold the release back, and let the bargain fail.
    .news = Israel holds the first release back; the bargain is broken.

event-first_session = The first session opens at a think tank in Jerusalem. The Israeli team has brought a camera crew for a handshake; one Palestinian negotiator refuses to pose, and the Prime Minister's envoy insists on being in any picture. It has to be settled before the work can begin.
    .title = The first session
    .history = The first session was held in mid-August 2013 at a think tank in Jerusalem, and a planned handshake photograph set off a row over who would appear in it. Both sides still left satisfied: the Israelis because the Palestinians reaffirmed the aim of ending the conflict, the Palestinians because every issue would be on the table.
    .source = { source-inside-story }: the first session at a Jerusalem think tank and the dispute over the handshake photograph
event-first_session-heads_only = You propose a handshake between the two heads of delegation only.
    .news = Only the two heads of delegation shake hands for the cameras.
event-first_session-full_photo = You insist on a photo of both full teams.
    .news = Both teams pose for the cameras, one Palestinian negotiator unwillingly.
event-first_session-no_cameras = You send the cameras away and start work.
    .news = The cameras are sent away, and the work begins without a picture.

event-news_blackout = The Secretary asks for the talks to be kept out of the press: nothing said in public until there is something to say. Both teams agree, for now. But leaders who say nothing cannot prepare their publics for the compromises ahead, and silence leaves the field to rumours.
    .title = A news blackout
    .history = The Secretary asked both sides to keep the substance of the talks out of the press. By November the Israeli negotiators, who said they had kept to the order, were angry at a string of Palestinian press reports they blamed on the other team.
    .source = { source-inside-story }: the Secretary's gag order on the talks, and the leaks each side blamed on the other
event-news_blackout-strict_silence = You impose strict silence on both teams.
    .news = The Secretary imposes strict silence on both teams.
event-news_blackout-guided_briefings = You allow guided briefings to prepare both publics.
    .news = The Secretary allows guided briefings to prepare both publics.

## Late summer

event-camp_raid = Before dawn, an Israeli arrest raid in the Qalandia refugee camp turns into clashes, and Israeli forces shoot dead three young Palestinians. The army says its soldiers came under attack; residents say they fired on a crowd. A session is due within hours, and the Palestinian team is divided on whether to go.
    .title = Raid in Qalandia
    .history = On 26 August 2013, hours before a scheduled session, Israeli forces killed three young Palestinians during an arrest raid in the Qalandia refugee camp. In the same weeks Palestinian attacks killed Israelis and other incidents killed more Palestinians; one Palestinian negotiator urged a halt, but the talks went on.
    .source = { source-inside-story }: three young Palestinians shot in an arrest raid on 26 August 2013, hours before a session; public record: the raid was in the Qalandia refugee camp
event-camp_raid-keep_talking = You protest through the Americans and keep the session.
    .news = The Palestinian side protests through the Americans and keeps the session.
event-camp_raid-call_off_session = You call off today's session.
    .news = The Palestinian side calls off the day's session.
event-camp_raid-halt_until_inquiry = You halt the talks until there is an inquiry.
    .news = The Palestinian side halts the talks until there is an inquiry.

event-soldiers_killed = Two Israeli soldiers are killed in the West Bank within three days: one lured away and killed by a Palestinian he knew, one shot by a sniper in Hebron. The Prime Minister's partners demand an answer on the ground: let Jewish families move into a disputed building in Hebron.
    .title = Two soldiers killed
    .history = Palestinian attacks killed at least four Israelis by mid-November 2013, among them two soldiers in separate attacks on 20 and 22 September. After the second, in Hebron, the Israeli government said it would let settlers move into a disputed building in the city.
    .source = { source-inside-story }: renewed Palestinian attacks killed three Israelis in the early weeks; public record: news reports of two soldiers killed on 20 and 22 September 2013, of the decision on a building in Hebron, and of at least four Israelis killed in attacks by mid-November 2013
event-soldiers_killed-keep_talking = You condemn the killings and keep the talks going.
    .news = The Israeli government condemns the killings and keeps talking.
event-soldiers_killed-hebron_house = You let settlers move into the disputed Hebron building.
    .news = The Israeli government lets settlers move into a disputed building in Hebron.
event-soldiers_killed-call_off_session = You call off this week's session.
    .news = The Israeli side calls off this week's session.

event-makhul_demolition = In the Jordan Valley, army bulldozers demolish the homes, tents and animal pens of Khirbet al-Makhul, a Palestinian herding village. Israel says they were built without permits in Area C and that its courts upheld the orders; the families say Palestinians there are almost never granted a permit.
    .title = A village demolished
    .history = On 16 September 2013 the Israeli army demolished the herding community of Khirbet al-Makhul in the Jordan Valley, one of hundreds of Palestinian structures UN OCHA recorded as demolished in Area C and East Jerusalem that year; four days later soldiers turned back European diplomats bringing emergency shelter. Israel said the structures lacked permits; Palestinians and the UN said permits in Area C are almost never granted to them.
    .source = { source-ocha-2013 }: the demolition of Khirbet al-Makhul in the Jordan Valley on 16 September 2013, the hundreds of structures demolished in Area C and East Jerusalem that year, and the diplomats turned back on 20 September; Israel's position that the structures lacked permits

## Autumn

event-rome_meeting = In Rome, the Secretary and the Prime Minister meet at the US ambassador's residence. For six of seven hours they talk alone, on a bench in the garden, while their aides wait. No one outside knows where the Prime Minister stands on the core issues; this is the Secretary's chance to find out.
    .title = Seven hours in Rome
    .history = On 23 October 2013 the Secretary and the Prime Minister met for about seven hours in Rome, most of the time alone. Their aides were not told what was said, and afterwards the Secretary spoke of it only in general terms.
    .source = { source-inside-story }: the seven-hour meeting of the Secretary and the Prime Minister in Rome, 23 October 2013
event-rome_meeting-core_issues = You go through the core issues, one by one.
    .news = The Secretary takes the Prime Minister through the core issues, one by one.
event-rome_meeting-press_on_settlements = You press on settlement building.
    .news = The Secretary presses the Prime Minister on settlement building.
event-rome_meeting-security_first = You start with security, the Prime Minister's flagship issue.
    .news = The Secretary starts with security, the Prime Minister's flagship issue.

event-second_tranche = The second tranche of 26 prisoners is due. Bereaved Israeli families march on the Prime Minister's office; the settler-aligned partner asks for building in return. In Ramallah the President prepares a welcome at his headquarters.
    .title = The second release
    .history = Israel released a second group of 26 prisoners on the night of 29 to 30 October 2013.
    .source = { source-inside-story }: the second release, followed at once by new settlement plans; public record: news reports of 26 prisoners released on 29–30 October 2013
event-second_tranche-release = You release the second 26, as agreed.
    .news = Israel releases the second tranche of 26 prisoners.
event-second_tranche-hold_back = You hold the release back, and let the bargain fail.
    .news = Israel holds the second release back; the bargain is broken.

event-gaza_power_cut = Gaza's only power plant shuts down for lack of fuel. With Egypt's army closing the smuggling tunnels, fuel is scarce: homes get electricity a few hours a day, and water pumps, sewage works and hospitals fall back on generators. Israel says its limits on the crossings keep weapons from Hamas; for Gaza's people, the closure punishes everyone.
    .title = Gaza in the dark
    .history = On 1 November 2013 Gaza's only power plant shut down for lack of fuel, after Egypt had closed most smuggling tunnels; UN OCHA reported daily blackouts of many hours and strain on water, sewage and health services. Israel has restricted the crossings into Gaza since Hamas took control in 2007, citing arms smuggling and attacks; Palestinians and UN agencies describe a closure that punishes a whole population.
    .source = { source-ocha-2013 }: Gaza's power plant shut down on 1 November 2013 for lack of fuel after Egypt closed the tunnels; Israel's restrictions on the Gaza crossings since 2007, and its stated reasons

event-plans_after_release = Within hours of the release, plans for new homes in East Jerusalem and the West Bank are ready to move. Israeli officials say the building was part of the understanding that started the talks; the Palestinian side says it agreed to nothing of the kind and traded UN moves for prisoners, not for settlements.
    .title = Plans after the release
    .history = New settlement plans followed the second release at once. The accounts differ: the Prime Minister said the Palestinians had accepted building in exchange for the prisoners, and later that Washington knew how much Israel would build; the Palestinians denied any such trade; the US account is that the Secretary had heard of about 2,000 units, not of long-term plans or of East Jerusalem.
    .source = { source-inside-story }: settlement plans announced right after the second release, the dispute over whether building had been part of the understanding, and the US footnote
event-plans_after_release-announce = You let the plans go ahead, as your partner expects.
    .news = Israel advances plans for new homes in East Jerusalem and the West Bank.
event-plans_after_release-hold_back = You shelve the plans for now.
    .news = The government shelves the new plans, for now.
event-plans_after_release-blocs_only = You advance only the plans inside the blocs.
    .news = The government advances only the plans inside the large settlement blocs.

event-hotel_clash = At a hotel west of Jerusalem both teams arrive angry. The Palestinian chief negotiator sets a briefcase on the table: applications to join fifteen UN treaties, to go to the President if Israel calls the bargain prisoners for settlements. Israel's chief negotiator answers with what the freed prisoners did. Voices rise.
    .title = "Prisoners for settlements"
    .history = At a session in early November 2013 the Palestinian chief negotiator brought applications to fifteen UN treaties and said the bargain had been prisoners for no UN moves, not prisoners for settlements, and that each new unit made the negotiators outcasts at home; Israel's chief negotiator answered with the crimes of the men Israel was freeing. That night the two leading Palestinian negotiators gave the President a joint letter of resignation.
    .source = { source-inside-story }: the November 2013 session at a hotel west of Jerusalem, the briefcase of UN applications, each side's answer on prisoners for settlements, and the joint letter of resignation
event-hotel_clash-resign_in_protest = You and your colleague hand the President your resignation.
    .news = The Palestinian negotiators hand the President a joint letter of resignation.
event-hotel_clash-open_briefcase = You urge the President to sign the UN applications now.
    .news = The Palestinian chief negotiator urges the President to sign the UN applications now.
event-hotel_clash-lodge_protest = You lodge a formal protest and stay at the table.
    .news = The Palestinian team lodges a formal protest and stays at the table.

event-clash_reply = The Palestinian team says each new settlement unit makes its members outcasts at home. Israel's chief negotiator argued in cabinet for freeing prisoners convicted of killing Israelis, against the anger of their victims' families, and has a public to answer to as well. The US envoy waits for the reply.
    .title = The reply
    .history = At the same session Israel's chief negotiator listed crimes committed by prisoners Israel was freeing and said that houses could be taken down, but lives could not be given back. The US envoy called a time-out, and the meeting resumed awkwardly.
    .source = { source-inside-story }: the Israeli negotiator's reply at the same session, setting the prisoners Israel was releasing against houses that could be demolished
event-clash_reply-name_the_cost = You name the prisoners Israel is freeing, and what they did.
    .news = Israel's chief negotiator lists what the freed prisoners did, and asks what the other side has given.
event-clash_reply-hear_the_grievance = You acknowledge the grievance about the building.
    .news = Israel's chief negotiator acknowledges the grievance about the building.
event-clash_reply-call_time_out = You ask the US envoy for a time-out.
    .news = Israel's chief negotiator asks the US envoy for a time-out.

event-resignation_letter = The two leading Palestinian negotiators have handed the President a joint letter of resignation. They say the Israeli government is using the talks as cover to build, and that they will not provide it.
    .title = A letter of resignation
event-resignation_letter-refuse_it = You refuse the resignation and keep your chief negotiator.
    .news = The President does not accept the resignation; the chief negotiator stays on.
event-resignation_letter-accept_it = You accept it and appoint a new team.
    .news = The President accepts the resignation and names a new team.
event-resignation_letter-leave_it_open = You leave the letter unanswered, as a signal to Washington.
    .news = The President leaves the letter unanswered, a signal to Washington.

event-incitement_and_occupation = Days after the Secretary warned on television that failed talks could bring a third intifada, the Prime Minister shows him a video on hostility to Israel taught in Palestinian schools and media: for Israel's government, incitement is the real obstacle. For the Palestinians, the real obstacle is the occupation, and the anger it breeds.
    .title = Two obstacles
    .history = On 7 November 2013 the Secretary warned in a television interview that failure could bring a third intifada. In a tense meeting soon after, the Prime Minister showed him a video on incitement and rejected his comparison with the hostility he had seen as a soldier in Vietnam.
    .source = { source-inside-story }: the Prime Minister's video on incitement, the Secretary's remarks on the Palestinian view and his warning of a third intifada; public record: the Secretary's television interview of 7 November 2013
event-incitement_and_occupation-warn_publicly = You repeat the warning: without a deal, violence will come.
    .news = The Secretary repeats the warning that failure could bring violence.
event-incitement_and_occupation-take_up_incitement = You take the incitement complaint to the Palestinian President.
    .news = The Secretary takes the incitement complaint to the Palestinian President.
event-incitement_and_occupation-name_both = You tell both leaders each must address the other's fear.
    .news = The Secretary tells both leaders that each must address the other's fear.

event-iran_interim_deal = In Geneva, Iran and six world powers agree an interim nuclear deal: limits on enrichment in return for some relief from sanctions. The Israeli Prime Minister warns that it leaves Iran's centrifuges in place. For weeks, Washington's attention is elsewhere.
    .title = The Iran deal
    .history = On 24 November 2013 Iran and six world powers reached an interim agreement in Geneva that froze parts of Iran's nuclear programme in exchange for limited relief from sanctions. The Israeli Prime Minister had argued that it gave Iran relief without dismantling a single centrifuge.
    .source = { source-inside-story }: the Prime Minister's view of the emerging Iran deal; public record: the interim agreement on Iran's nuclear programme signed in Geneva on 24 November 2013 (the Joint Plan of Action)
event-iran_interim_deal-denounce_it = You denounce the deal in public.
    .news = The Israeli Prime Minister denounces the interim deal in public.
event-iran_interim_deal-work_quietly = You voice your concerns to Washington in private.
    .news = The Israeli Prime Minister voices concerns to Washington in private.

## Winter

event-security_plan = The US security envoy presents his plan for the Jordan Valley after a withdrawal: early-warning stations, remote Israeli monitoring of the crossings, American technology. Israel's negotiator and most security chiefs praise it, the Prime Minister calls it a basis for discussion, and the defence minister dismisses it. The Palestinian side, not yet briefed, wants a full Israeli withdrawal within three years, and would accept an American force in its place.
    .title = A plan for the Jordan Valley
    .history = In early December 2013 the Secretary presented to Israel security proposals for the West Bank and the Jordan Valley drawn up under a retired US general. Israel's chief negotiator and most of its security chiefs liked them, the Prime Minister called them a basis for discussion, and the defence minister dismissed them. The Palestinian President, who sought a full withdrawal within three years and was open to an American force, resented being briefed at a meeting the general did not attend.
    .source = { source-inside-story }: the US security proposals of early December 2013 for the Jordan Valley and how Israel's chief negotiator, its security chiefs, the Prime Minister and the defence minister received them; the Palestinian demand for full withdrawal within three years and openness to a US force; the December meeting with the Palestinian President held without the general
event-security_plan-israelis_first = You work it through with the Israelis first.
    .news = The Secretary works the plan through with the Israelis first.
event-security_plan-both_together = You brief both leaders at the same time.
    .news = The Secretary briefs both leaders on the plan at the same time.
event-security_plan-rework_for_minister = You rework it to meet the defence minister's objections.
    .news = The Secretary reworks the plan to meet the defence minister's objections.

event-third_tranche = The third tranche of 26 prisoners is due. Ministers on the Israeli right push a bill to apply Israeli law in the Jordan Valley, and settlement tenders are expected to follow the release. In Ramallah the families wait.
    .title = The third release
    .history = Israel released a third group of 26 prisoners at the end of December 2013.
    .source = { source-inside-story }: releases in four tranches; public record: news reports of the third release, on 30–31 December 2013
event-third_tranche-release = You release the third 26, as agreed.
    .news = Israel releases the third tranche of 26 prisoners.
event-third_tranche-hold_back = You hold the release back, and let the bargain fail.
    .news = Israel holds the third release back; the bargain is broken.

event-tenders_after_third = As after each release, the housing ministry readies tenders, this time for about 1,400 homes in the West Bank and East Jerusalem. The US envoy warns that they will be read as the price of the prisoners; the ministry says they are in areas that would stay Israeli in any deal.
    .title = Tenders after the third release
    .history = On 10 January 2014, after the third release, Israel published tenders for about 1,400 homes in West Bank settlements and East Jerusalem. Washington and the Palestinian leadership protested; the Israeli government said the building was in areas Israel would keep in any agreement.
    .source = { source-inside-story }: announcements after each release; public record: the tenders Israel published on 10 January 2014
event-tenders_after_third-publish = You let the tenders go out.
    .news = The housing ministry publishes tenders for about 1,400 homes.
event-tenders_after_third-hold_back = You hold the tenders back.
    .news = The government holds the tenders back, to its partner's anger.
event-tenders_after_third-blocs_only = You publish only the tenders inside the large blocs.
    .news = The government publishes only the tenders inside the large settlement blocs.

event-minister_remarks = An Israeli newspaper prints the defence minister's private remarks mocking the Secretary's zeal and dismissing the US security plan as worthless. Washington calls them offensive. Without the defence minister's consent, no security clause can pass the Israeli cabinet.
    .title = The defence minister's remarks
    .history = On 14 January 2014 an Israeli newspaper published private remarks in which the defence minister called the Secretary obsessive and messianic and dismissed the US security plan. He apologised the same day, after American protests.
    .source = { source-inside-story }: the defence minister's private remarks about the Secretary, published on 14 January 2014; public record: his apology the same day
event-minister_remarks-demand_apology = You tell the minister to apologise.
    .news = The Prime Minister tells the defence minister to apologise, and the apology comes the same day.
event-minister_remarks-stand_by_minister = You stand by your minister in public.
    .news = The Prime Minister stands by the defence minister in public.
event-minister_remarks-say_nothing = You say nothing and let it pass.
    .news = The Prime Minister says nothing, and the row fades slowly.

event-coalition_ultimatum = After the Prime Minister's office suggested that some settlers might live on under Palestinian rule, the Jewish Home leader attacks the Prime Minister day after day. The Prime Minister's aides hint at "other options", which the press reads as Labor. The partner's 12 seats are the difference between a majority and elections.
    .title = An ultimatum
    .history = In late January 2014, after the Prime Minister said he would uproot no settlers and his office suggested some might stay under Palestinian sovereignty, the Jewish Home leader attacked him publicly. The Prime Minister threatened to fire him unless he apologised, while aides spoke of other coalition options; a partial apology ended the crisis.
    .source = { source-inside-story }: the Davos remark, the partner's attacks, the ultimatum with ‘other options’ and the half-apology, late January 2014
event-coalition_ultimatum-ultimatum = You demand an apology by Sunday, or the party is out.
    .news = The Prime Minister demands an apology by Sunday, or the partner is out.
event-coalition_ultimatum-court_labor = You open talks with Labor in earnest.
    .news = The Prime Minister opens talks with Labor in earnest.
event-coalition_ultimatum-let_it_pass = You let the attacks pass without an answer.
    .news = The Prime Minister lets the attacks pass without an answer.

event-partner_answers = The deadline for the apology approaches. Senior figures of the partner argue that a feud is not worth losing the cabinet seats from which they can fight a freeze and further releases.
    .title = The partner's answer
event-partner_answers-half_apology = The partner's leader issues a half-apology, and the party stays in the government.
    .news = The Jewish Home leader says no personal offence was meant, and the party stays in the government.
event-partner_answers-walk_out = The partner refuses to apologise, and leaves the government.
    .news = The Jewish Home party refuses to apologise and leaves the government.

## The framework

event-framework_wording = The US framework takes shape clause by clause. On borders, the 1967 lines with agreed swaps; on refugees, compensation and a home in the Palestinian state, with some admitted to Israel at its discretion; on Jerusalem, Palestinian "aspirations"; on recognition, a Jewish nation-state. The question is whose text it becomes.
    .title = The framework's wording
    .history = By late January 2014 the US had negotiated framework wording mostly with the Israeli Prime Minister, who accepted a border based on the 1967 lines with agreed swaps and a discretionary admission of some refugees, but only vague words on Jerusalem, and insisted on recognition of Israel as the Jewish people's nation-state. The Palestinian President objected strongly to that clause; the US envoy worked on the text in parallel with the Palestinian chief negotiator.
    .source = { source-inside-story }: the framework's wording on borders, refugees, Jerusalem and recognition, negotiated with the Prime Minister and in parallel with the Palestinian negotiator, late January 2014
event-framework_wording-line_by_line_with_pm = You negotiate it word by word with the Prime Minister.
    .news = The US team negotiates the framework word by word with the Prime Minister.
event-framework_wording-parallel_drafts = You negotiate it with both sides in parallel, more slowly.
    .news = The US team negotiates the framework with both sides in parallel.
event-framework_wording-us_parameters = You present it as American parameters, take it or leave it.
    .news = The US team presents the framework as American parameters.

event-camps_answer = Word of the framework's refugee clause reaches the camps. From Balata to Shatila to Jabalia, refugee committees march against any text that settles refugees in a Palestinian state and lets Israel choose who returns: the right of return, they say, is no leader's to sign away. In Israel, groups of Jews who came from Arab lands ask that their own lost homes and property be counted too.
    .title = The camps answer

event-paris_dinner = Over dinner in Paris, the Palestinian President rejects one element of the draft after another. His side's reasons: the Prime Minister will neither put a map on the table nor say "1967", Jerusalem appears only as "aspirations", and the text asks him to recognise a Jewish nation-state. His side notes, too, that the Secretary has met the Prime Minister almost twice as often as him.
    .title = Dinner in Paris
    .history = At a dinner in Paris on 19 February 2014 the Secretary found the Palestinian President deeply negative about the framework. Palestinians felt the mediator put Israel's needs first, noting he had met the Israeli Prime Minister nearly twice as often; the Americans believed they had moved the Prime Minister further than the Palestinians could see.
    .source = { source-inside-story }: the Paris dinner of 19 February 2014 and the next morning's meeting; the Palestinian objections (no map, no ‘1967’, Jerusalem as ‘aspirations’, the nation-state clause); the count of meetings with each leader
event-paris_dinner-hear_him_out = You hear out the President's grievances before touching the text.
    .news = The Secretary hears out the Palestinian President's grievances.
event-paris_dinner-hold_the_text = You hold the text: you believe the Israelis have moved.
    .news = The Secretary holds the text, saying the Israelis have moved further than they show.
event-paris_dinner-move_on_jerusalem = You move the Jerusalem wording toward a Palestinian capital.
    .news = The Secretary moves the Jerusalem wording toward a Palestinian capital.

event-washington_visit = The Palestinian President is in Washington. Over lunch at the Secretary's home, he is asked whether the fourth release could slip by a few days. At the White House the US President presses him to weigh the whole package rather than single clauses. The US draft now speaks of a Palestinian capital in Jerusalem.
    .title = In Washington
    .history = On 16 March 2014, over lunch at the Secretary's home, the Palestinian President refused a request to accept a short delay in the fourth release, a moment he later described as a turning point. At the White House the next day the US President urged him to look past the details, and the US proposals now spoke of a Palestinian capital in Jerusalem.
    .source = { source-inside-story }: the lunch of 16 March 2014, the White House meeting of 17 March and the request to delay the fourth release
event-washington_visit-refuse_delay = You refuse: the release date is your word to your people.
    .news = The Palestinian President refuses any delay in the fourth release.
event-washington_visit-accept_short_delay = You accept a delay of a few days.
    .news = The Palestinian President accepts a delay of a few days.
event-washington_visit-ask_written_terms = You ask for every commitment in writing.
    .news = The Palestinian President asks for every commitment in writing.

## The spring

event-fourth_tranche_due = The fourth and last tranche is due: 26 prisoners, some of them Israeli citizens, which needs its own cabinet vote. The Israeli government asks for the talks to be extended first, saying the Palestinians must not take the prisoners and leave. The settler-aligned partner threatens to quit if it goes out. In Ramallah, the President has set a deadline.
    .title = The fourth release
    .history = The fourth release, due on 29 March 2014, included Israeli citizens and needed a separate cabinet vote. The Israeli government held no vote, seeking first an agreement to extend the talks; the Palestinian President had told his people the release would come on schedule.
    .source = { source-inside-story }: the fourth tranche, due on 29 March 2014, which included Israeli citizens and needed a separate vote, and the Prime Minister's wish for an extension first
event-fourth_tranche_due-hold_for_extension = You hold the vote until an extension is agreed.
    .news = The Israeli government holds back the fourth release until an extension is agreed.
event-fourth_tranche_due-release_on_time = You put the release to the cabinet and carry it.
    .news = The Israeli cabinet approves the fourth release on time.
event-fourth_tranche_due-cancel = You cancel the fourth release.
    .news = The Israeli government cancels the fourth release.

event-extension_bargain = To save the talks, the Secretary assembles a bigger bargain: Israel frees the last tranche and 400 more prisoners and announces no building outside East Jerusalem; the Palestinians agree to talk into 2015. To win the Israeli cabinet, the offer adds a prize: the early release of an American jailed for spying for Israel.
    .title = The extension bargain
    .history = In late March 2014 the Secretary put together a package: Israel would release the fourth tranche and 400 more prisoners and halt settlement announcements outside East Jerusalem, the Palestinians would extend the talks, and the US would free Jonathan Pollard, an American serving a life sentence for spying for Israel. The US President, who had opposed using Pollard without a real breakthrough, agreed reluctantly.
    .source = { source-inside-story }: the bargain assembled in late March 2014 (the fourth tranche, 400 more prisoners and a settlement halt outside East Jerusalem for an extension) and the release of a convicted spy, which the US President approved reluctantly
event-extension_bargain-offer_with_spy = You put the whole bargain on the table, the spy's release included.
    .news = The Secretary puts the bargain on the table, the spy's release included.
event-extension_bargain-offer_without_spy = You offer the bargain without the spy's release.
    .news = The Secretary offers the bargain without the spy's release.
event-extension_bargain-no_offer = You let the clock run and keep your capital.
    .news = The Secretary makes no new offer.

event-homes_708 = While the Palestinian leadership waits for the fourth release, Israel reissues a tender for 708 homes in Gilo that found no bidders last year. Israel regards Gilo as a neighbourhood of its capital, which no understanding on building ever covered; the Palestinians, and most governments, regard it as a settlement on land occupied in 1967, and read the timing as a message.
    .title = 708 homes
    .history = On 1 April 2014, as the Palestinian leadership waited for word of the fourth release, Israel reissued on easier terms a tender for 708 homes in Gilo, beyond the 1967 line in Jerusalem, that had drawn no bids in 2013; Israel held that building in its capital had never been part of the understanding. On 8 April the Secretary told a Senate committee that this was the moment the effort went "poof", and his department then said that both sides had taken unhelpful steps.
    .source = { source-inside-story }: 708 homes approved for a Jerusalem neighbourhood beyond the 1967 line on 1 April 2014, and East Jerusalem left out of the understanding on building because Israel considered it sovereign; public record: { source-times-of-israel }, on the Gilo tender reissued after drawing no bids in 2013, and { source-senate-2014 }
event-homes_708-let_it_stand = You let the approval stand.
    .news = The approval of 708 homes in Gilo stands.
event-homes_708-shelve_it = You have the approval shelved for now.
    .news = The government has the approval shelved for now.

event-un_conventions = In Ramallah the leadership gathers at the table where, nine months ago, the President argued for the talks. No word has come on the fourth release. The papers to join fifteen UN conventions and treaties are ready, and guests are taking their seats. The Americans say a vote is coming; the Palestinians say they have heard that before.
    .title = Fifteen conventions
    .history = On the evening of 1 April 2014, with no Israeli vote on the fourth release, the Palestinian President signed accession to fifteen UN conventions and treaties. Israel saw a breach of the no-UN pledge; the Palestinians saw an answer to a broken release date. The Palestinian negotiator and the Americans also disagree on how many times US officials had called the release imminent: he said nine, they said three or four.
    .source = { source-inside-story }: the signing of accession to fifteen UN conventions and treaties on 1 April 2014, after the fourth release did not come, and the dispute over how often the release had been called imminent
event-un_conventions-sign_fifteen = You sign the fifteen accessions, and say the talks can go on.
    .news = The Palestinian President signs accession to fifteen UN conventions and treaties.
event-un_conventions-wait_another_day = You wait one more day for the Israeli vote.
    .news = The Palestinian President waits one more day for the Israeli vote.
event-un_conventions-full_un_campaign = You sign, and launch the full UN campaign, the Court included.
    .news = The Palestinian President signs, and launches a full UN campaign, the International Criminal Court included.

event-envoy_meetings = The US special envoy meets both teams again and again to rescue an extension, insisting this time on every term in writing. Both teams say they want the talks to go on, on conditions the other side rejects.
    .title = Nine meetings
    .history = In the three weeks after 1 April 2014 the US special envoy met the two teams nine times to save the talks, insisting on written terms; by 23 April the sides seemed close to an extension.
    .source = { source-inside-story }: the special envoy's nine meetings with both teams in April 2014 to put an extension in writing
event-envoy_meetings-put_it_in_writing = You work through the terms, line by line, on paper.
    .news = The special envoy and both teams work the extension terms onto paper.
event-envoy_meetings-let_it_cool = You let tempers cool before the next round.
    .news = The talks on an extension pause while tempers cool.

event-unity_deal = Emissaries of the President's movement are in Gaza, and a deal with Hamas is ready: an end to seven years of division, a government of independents, elections later. It would bring the Palestinian territories under one authority again. Israel says it would bring into the talks a movement that rejects its existence.
    .title = Unity
    .history = On 23 April 2014, a week before the deadline, Fatah and Hamas announced an agreement to end their seven-year split and form a government of national consensus, which was sworn in that June.
    .source = { source-inside-story }: the Fatah–Hamas agreement of 23 April 2014 to end their split and form a unity government
event-unity_deal-sign_unity = You seal the unity deal.
    .news = Fatah and Hamas announce an agreement to end their split and form a unity government.
event-unity_deal-unity_on_your_terms = You seal it, with the government bound to your programme.
    .news = Fatah and Hamas announce a unity deal; the President says the new government will follow his programme.
event-unity_deal-postpone_unity = You put unity off until the talks are settled.
    .news = The President puts the unity deal off until the talks are settled.

event-cabinet_suspends = Israel's security cabinet meets on the unity deal. Ministers say Israel will not negotiate with a government backed by Hamas, a terror organisation that rejects Israel's existence and fires rockets from Gaza. The Palestinian side says the new government will recognise Israel and renounce violence, as the President does. Walking out costs either side alike: Washington and the other side trust it less.
    .title = The cabinet answers
    .history = On 24 April 2014 Israel's security cabinet voted unanimously to suspend the negotiations, saying it would not talk with a government backed by Hamas. The Palestinian leadership said the new government would follow the President's policy of recognition and non-violence.
    .source = { source-inside-story }: the Israeli cabinet's vote of 24 April 2014 to suspend the talks; public record: news reports that the security cabinet took the vote unanimously
event-cabinet_suspends-suspend_talks = You suspend the talks.
    .news = Israel's security cabinet votes to suspend the talks.
event-cabinet_suspends-suspend_until_terms = You suspend the talks until the new government accepts Israel's conditions.
    .news = Israel's security cabinet suspends the talks until the new government accepts its conditions.
event-cabinet_suspends-keep_door_open = You keep the door open, on conditions.
    .news = Israel's security cabinet keeps the door open, on conditions, to its partner's fury.

event-deadline_day = 29 April: the nine months set for the talks run out today. Whatever has been agreed by now is what the two sides take home.
    .title = The deadline
    .history = The nine-month period ended on 29 April 2014 without a framework and without an extension, five days after Israel's security cabinet had suspended the talks. That day Peace Now counted 13,851 settlement homes advanced during the talks: tenders for 4,868 and plans for 8,983, in the West Bank and East Jerusalem.
    .source = { source-inside-story }: the nine-month period of the talks ended on 29 April 2014; { source-peace-now-2014 }: 13,851 settlement units advanced during the talks, 4,868 in tenders and 8,983 in plans

event-security_plan_planners = Military planners from the US team present their plan for the Jordan Valley after a withdrawal: early-warning stations, remote Israeli monitoring of the crossings, American technology. Israel's negotiator and most security chiefs praise it, the Prime Minister calls it a basis for discussion, and the defence minister dismisses it. The Palestinian side, not yet briefed, wants a full Israeli withdrawal within three years, and would accept an American force in its place.
    .title = A plan for the Jordan Valley
    .history = In early December 2013 the Secretary presented to Israel security proposals for the West Bank and the Jordan Valley drawn up under a retired US general. Israel's chief negotiator and most of its security chiefs liked them, the Prime Minister called them a basis for discussion, and the defence minister dismissed them. The Palestinian President, who sought a full withdrawal within three years and was open to an American force, resented being briefed at a meeting the general did not attend.
    .source = { source-inside-story }: the US security proposals of early December 2013 for the Jordan Valley and how Israel's chief negotiator, its security chiefs, the Prime Minister and the defence minister received them; the Palestinian demand for full withdrawal within three years and openness to a US force; the December meeting with the Palestinian President held without the general
event-security_plan_planners-israelis_first = You work it through with the Israelis first.
    .news = The Secretary works the plan through with the Israelis first.
event-security_plan_planners-both_together = You brief both leaders at the same time.
    .news = The Secretary briefs both leaders on the plan at the same time.
event-security_plan_planners-rework_for_minister = You rework it to meet the defence minister's objections.
    .news = The Secretary reworks the plan to meet the defence minister's objections.

event-autumn_attacks = Two more Israelis are killed in attacks: in October a man is killed at his home in a Jordan Valley settlement, and on 13 November a young soldier is stabbed to death on a bus in Afula. Anger grows in Israel, and with it the pressure on the government over the prisoner releases.
    .title = Attacks in the autumn
    .history = In October 2013 a retired Israeli officer was killed at his home in the Jordan Valley settlement of Brosh Habika, and on 13 November an Israeli soldier was stabbed to death on a bus in Afula. With the two soldiers killed in September, Palestinian attacks had killed at least four Israelis by mid-November 2013.
    .source = public record: news reports of an Israeli killed at his home in Brosh Habika in the Jordan Valley in October 2013 and of a soldier stabbed on a bus in Afula on 13 November 2013; at least four Israelis had been killed in attacks by mid-November 2013

event-passover_eve_shooting = On the eve of Passover an Israeli police officer driving with his family is shot dead on a road near Hebron.
    .title = A shooting near Hebron
    .history = On 14 April 2014, the eve of Passover, an off-duty Israeli police officer was shot dead as he drove with his family near Hebron; his wife was wounded.
    .source = public record: news reports of an off-duty Israeli police officer shot dead near Hebron on 14 April 2014, the eve of Passover

source-inside-story = “The Explosive, Inside Story” (2014)
    .cite = “The Explosive, Inside Story of How John Kerry Built an Israel-Palestine Peace Plan—and Watched It Crumble”, a reported account of the 2013–14 talks (2014)
source-groundwork = “Laying the Groundwork for a Return to Peace Talks” (Center for American Progress, 2013)
    .cite = Center for American Progress, “Laying the Groundwork for a Return to Peace Talks”, a policy brief (2013)
source-unsc-446 = UN Security Council resolution 446 (1979)
    .cite = UN Security Council, resolution 446 (1979)
source-icj-2004 = the International Court of Justice advisory opinion of 9 July 2004
    .cite = International Court of Justice, advisory opinion of 9 July 2004 on the legal consequences of the construction of a wall in the occupied Palestinian territory
source-ocha-2013 = UN OCHA reports on the occupied Palestinian territory (2013)
    .cite = UN Office for the Coordination of Humanitarian Affairs (OCHA), humanitarian bulletins and reports on the occupied Palestinian territory (2013)
source-times-of-israel = The Times of Israel, 1 April 2014
source-senate-2014 = the Secretary's testimony to the Senate Foreign Relations Committee, 8 April 2014
    .cite = Testimony of the US Secretary of State to the Senate Foreign Relations Committee, 8 April 2014
source-peace-now-2014 = the Peace Now report of 29 April 2014
    .cite = Peace Now, report of 29 April 2014 on settlement building during the nine months of talks
