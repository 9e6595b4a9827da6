# Good Faith — "Nine Months" (English): triggered, random and follow-up events.
# Violence is told plainly: who, where, how many; never how.

## Triggered

event-new_partner = The coalition has lost its majority in the Knesset. The Prime Minister has days to find a new partner before the opposition can force elections. Labor's 15 seats would make the government more dovish; the ultra-Orthodox Shas party's 11 would keep it on the right, but short of room.
    .title = No majority
event-new_partner-bring_in_labor = You bring Labor into the government, with its backing for the talks.
    .news = Labor joins the government, promising to back the talks.
event-new_partner-bring_in_religious_party = You bring in the ultra-Orthodox Shas party.
    .news = The ultra-Orthodox Shas party joins the government, on its own terms on Jerusalem.
event-new_partner-call_elections = You call early elections.
    .news = The Prime Minister calls early elections.

event-labor_offer = The Labor leader lets it be known that the party would join the government to back a serious deal, if the Prime Minister asks. The settler-aligned partner says it will not sit with Labor.
    .title = Labor's offer
event-labor_offer-widen_coalition = You widen the coalition and bring Labor in.
    .news = Labor joins the government; the coalition grows to back the talks.
event-labor_offer-decline = You thank Labor and keep the coalition as it is.
    .news = The Prime Minister thanks Labor and keeps the coalition as it is.

event-bias_charge_palestinian = Palestinian officials say in public that the Secretary has become Israel's advocate: more visits to Jerusalem, more time on Israel's needs, and less pressure on settlements. The charge leads the Arab press.
    .title = Taking Israel's side?
event-bias_charge_palestinian-rebalance = You spend time in Ramallah and press Israel on building.
    .news = The Secretary spends more time in Ramallah and presses Israel on building.
event-bias_charge_palestinian-hold_course = You hold your course: any deal has to pass the Israeli cabinet.
    .news = The Secretary holds course, saying any deal has to pass the Israeli cabinet.

event-bias_charge_israeli = Israeli ministers say in public that the Secretary is pressing Israel alone while ignoring incitement and Palestinian moves abroad. The charge leads the Israeli press, and the settler-aligned partner joins in.
    .title = Pressing Israel alone?
event-bias_charge_israeli-rebalance = You reassure the Israeli cabinet and press Ramallah on incitement.
    .news = The Secretary reassures the Israeli cabinet and presses Ramallah on incitement.
event-bias_charge_israeli-hold_course = You hold your course: the gaps are where they are.
    .news = The Secretary holds course, saying the gaps are where they are.

event-palestinian_breaking_point = The Palestinian leadership meets in Ramallah. Speaker after speaker says the talks have become a cover for settlement and a burden on the President's standing, and that the UN and national unity are the only leverage left. The President must decide whether to stay. Walking out costs either side alike: Washington and the other side trust it less.
    .title = The leadership meets
event-palestinian_breaking_point-turn_to_un_and_unity = You leave the talks for the UN and for unity with Hamas.
    .news = The Palestinian leadership leaves the talks, turning to the UN and to unity with Hamas.
event-palestinian_breaking_point-one_last_chance = You give the talks one last chance, at a cost at home.
    .news = The Palestinian President gives the talks one last chance.

event-israeli_breaking_point = The Israeli security cabinet meets. Ministers say the talks reward pressure and incitement, and that Washington no longer understands Israel's security. The Prime Minister must decide whether to stay at the table. Walking out costs either side alike: Washington and the other side trust it less.
    .title = The cabinet meets
event-israeli_breaking_point-suspend_talks = You suspend the talks.
    .news = The Israeli cabinet suspends the talks.
event-israeli_breaking_point-one_last_chance = You give the talks one last chance, at a cost at home.
    .news = The Israeli Prime Minister gives the talks one last chance.

event-extension_israel = The extension bargain is before the Israeli cabinet: the last tranche and more releases, and no building announced outside East Jerusalem, for talks that go on past April. The settler-aligned partner threatens to quit; the centrists urge a yes.
    .title = The cabinet and the extension
event-extension_israel-accept_bargain = You accept the bargain and take it to the cabinet.
    .news = The Israeli cabinet accepts the extension bargain.
event-extension_israel-reject_bargain = You turn the bargain down.
    .news = The Israeli government turns the extension bargain down.

event-extension_palestine = Israel has accepted the extension bargain. The Palestinian leadership must decide whether months more of talks, with prisoners released and building slowed, are worth the questions of a sceptical street.
    .title = The leadership and the extension
event-extension_palestine-accept_extension = You accept the extension.
    .news = The Palestinian leadership accepts the extension.
event-extension_palestine-reject_extension = You turn the extension down.
    .news = The Palestinian leadership turns the extension down.

event-plan_b_ready = The applications to join UN conventions are ready and signed by the chief negotiator. One signature from the President would send them to the UN, and end the pledge that bought the prisoners' release.
    .title = The briefcase is ready
event-plan_b_ready-sign_now = You sign the applications now.
    .news = The Palestinian President signs applications to join UN conventions.
event-plan_b_ready-keep_in_reserve = You keep them in reserve, as leverage.
    .news = The Palestinian leadership keeps the UN applications in reserve.

event-early_unity = Months of quiet contacts with Hamas have produced a draft: an end to the split, a government of independents, elections later. Egypt is ready to host the signing.
    .title = A draft for unity
event-early_unity-sign_early = You sign the unity deal now.
    .news = Fatah and Hamas sign a unity deal.
event-early_unity-talks_first = You put it off until the talks with Israel are settled.
    .news = The President puts the unity deal off until the talks with Israel are settled.

event-violence_spiral = Each incident now follows the last within days: funerals, arrests, clashes at checkpoints, alerts in Israeli towns. Each side's public sees its own dead and the other's hostility. Security chiefs on both sides warn that the violence could slip out of control.
    .title = A spiral
event-violence_spiral-emergency_diplomacy = You drop everything for calls to both security chiefs.
    .news = The Secretary drops everything to calm both sides.
event-violence_spiral-leave_it_to_them = You leave it to the two sides' security services.
    .news = Washington leaves it to the two sides' security services.

event-stalemate = The weekly sessions go round in circles. Both teams repeat their positions; neither leader has moved. The press on both sides asks what the talks are for.
    .title = Going nowhere

event-implementation_dispute = A vague clause in what was signed is already read two ways: each side's officials explain it to their public in opposite terms, and each accuses the other of going back on its word.
    .title = Two readings of one clause

## Follow-ups

event-homecoming = Released prisoners are welcomed home at the President's headquarters with flags and speeches. For their families it is the first night together in decades, and in their people's eyes they are prisoners of a national struggle. Israeli families of their victims watch the pictures with anger, and the Israeli government calls the celebration incitement to terror.
    .title = Homecoming

event-minister_scoffs = The defence minister briefs journalists against the American security plan: Israeli papers report that he dismissed it as worthless, since no camera or sensor replaces soldiers on the border.
    .title = The minister scoffs

event-revenues_withheld = Israel withholds the tax revenues it collects for the Palestinian Authority, as it has done after earlier UN moves. Salaries in the West Bank are at risk.
    .title = Revenues withheld

## Random: violence

event-arrest_raid = An Israeli army arrest raid in a West Bank town turns into an exchange of fire and stone-throwing. Two Palestinians are killed. The army says it came for a man planning attacks; residents say the dead were not involved.
    .title = An arrest raid
event-arrest_raid-protest_and_stay = You protest to the Americans and stay at the table.
    .news = The Palestinian side protests to the Americans and stays at the table.
event-arrest_raid-call_off_session = You call off this week's session.
    .news = The Palestinian side calls off this week's session.
event-arrest_raid-demand_inquiry = You demand an international inquiry.
    .news = The Palestinian side demands an international inquiry.

event-attack_on_israelis = A Palestinian attacker kills an Israeli at a junction in the West Bank and is arrested after a search. Hamas praises the attack. Israeli ministers call it terror bred by Palestinian incitement; the President's office says it rejects violence against civilians.
    .title = An attack
event-attack_on_israelis-condemn_and_continue = You condemn the attack and keep the talks going.
    .news = The Israeli government condemns the attack and keeps the talks going.
event-attack_on_israelis-closures = You close off the area and step up arrest operations.
    .news = Israel closes off the area and steps up arrest operations.
event-attack_on_israelis-blame_authority = You hold the Palestinian Authority responsible in public.
    .news = The Israeli government holds the Palestinian Authority responsible in public.

event-rockets_from_gaza = Rockets fired from Gaza land near Israeli towns in the south; no one is hurt, and families spend the night in shelters. Hamas, which rules Gaza, says it did not fire them, and Israel says it holds Hamas responsible.
    .title = Rockets from Gaza
event-rockets_from_gaza-strike_back = You order strikes on launch sites in Gaza.
    .news = Israel strikes launch sites in Gaza; one Palestinian is killed.
event-rockets_from_gaza-hold_fire = You hold fire and let Egypt pass a warning.
    .news = Israel holds fire and asks Egypt to pass a warning to Hamas.

event-settler_attack = Israeli settlers set fire to cars and daub slogans on a mosque in a Palestinian village, a "price tag" attack. The Palestinian side says the army stood by; the Israeli police open an investigation.
    .title = A "price tag" attack
event-settler_attack-arrest_suspects = You order the police to make arrests.
    .news = The Israeli police arrest suspects in the attack.
event-settler_attack-routine_inquiry = You leave it to the routine inquiry.
    .news = The attack is left to a routine inquiry.

event-holy_site_tension = Clashes break out at the compound Jews call the Temple Mount and Muslims call al-Haram al-Sharif, after Jewish activists visit and Muslim worshippers protest. Police close the gates for a day. Jordan, which oversees the Muslim holy sites, protests, and outside powers press both governments to restore calm.
    .title = Tension at the holy site
event-minister_statement = A minister from the settler-aligned party tells a rally that there will never be a Palestinian state west of the Jordan, and that Israel should annex much of the West Bank. In Ramallah it is heard as the government's real intent; the President's office calls it incitement.
    .title = A minister's words
event-minister_statement-disown_it = You say in public that the minister does not speak for the government.
    .news = The Prime Minister says the minister does not speak for the government.
event-minister_statement-let_it_stand = You let the words stand.
    .news = The Israeli government says nothing about the minister's words.

event-official_praise = At a rally for released prisoners, an official of the President's movement hails them as heroes of the national struggle. Israeli ministers call it incitement, since the men were convicted of killing Israelis; for many Palestinians they are prisoners who paid with decades of their lives.
    .title = An official's words
event-official_praise-disown_it = You say in public that violence against civilians has no place in the struggle.
    .news = The Palestinian President says violence against civilians has no place in the struggle.
event-official_praise-let_it_stand = You let the words stand.
    .news = The Palestinian President says nothing about the official's words.
event-night_arrests = Before dawn, army units enter towns and refugee camps across the West Bank and arrest dozens of people, as on most nights. Israel says the arrests stop attacks before they happen; Palestinians say that under occupation no home is safe at night, and that the raids rarely make the news.
    .title = Night arrests

event-checkpoint_queues = At a checkpoint between the West Bank and Jerusalem, thousands of workers queue from before dawn; after a security alert the crossing closes for hours and many lose a day's pay. Israel says the checks keep attackers out; Palestinians say they are the daily price of occupation, paid by people who have done nothing.
    .title = The checkpoint

## Random: settlements

event-tenders_published = The housing ministry has tenders ready for new homes in West Bank settlements. The settler-aligned partner wants them published; Washington asks for restraint.
    .title = Settlement tenders
event-tenders_published-publish = You let the tenders go out.
    .news = The housing ministry publishes tenders for new settlement homes.
event-tenders_published-postpone = You postpone them.
    .news = The government postpones the tenders, to its partner's anger.
event-tenders_published-blocs_only = You publish only those inside the large blocs.
    .news = The government publishes tenders only inside the large settlement blocs.

event-plans_advanced = A planning committee advances long-term plans for some 1,500 homes in West Bank settlements. Israel says plans are years from building; the Palestinian side says each plan is land taken in advance.
    .title = Plans advanced

event-east_jerusalem_plan = The Jerusalem district committee approves new housing beyond the 1967 line in the city. Israel says it is building in its capital, outside any understanding; the Palestinian side says it is building in theirs.
    .title = Building in East Jerusalem

## Random: coalition crises

event-coalition_spat = A Jewish Home minister mocks the talks on the radio and hints that the party will not stay for long. Likud hardliners join in.
    .title = A partner's warning
event-coalition_spat-rebuke_partner = You rebuke the minister in the cabinet.
    .news = The Prime Minister rebukes the Jewish Home minister in the cabinet.
event-coalition_spat-placate_partner = You placate the partner with a few hundred new homes.
    .news = The government placates its partner with a few hundred new homes.

event-annexation_bill = Right-wing members of the Knesset table a bill to apply Israeli law to the Jordan Valley. The Palestinian side calls it annexation during the talks; the bill's backers call it security.
    .title = A bill on the Jordan Valley
event-annexation_bill-shelve_bill = You have the bill shelved.
    .news = The government has the Jordan Valley bill shelved.
event-annexation_bill-let_it_advance = You let the bill advance.
    .news = The government lets the Jordan Valley bill advance.

event-centrist_pressure = The centrist partners say the talks have produced nothing and demand to see progress, or they will rethink their place in the government.
    .title = The centrists push
event-centrist_pressure-promise_progress = You promise them progress, and a say in the talks.
    .news = The Prime Minister promises the centrists progress, and a say in the talks.
event-centrist_pressure-dismiss = You dismiss the demand.
    .news = The Prime Minister dismisses the centrists' demand.

## Random: leaks

event-leak_palestinian_side = Palestinian media carry details of the sessions. The Israeli team says its positions are shown in the worst light, and that the other side broke the blackout.
    .title = A leak in Ramallah

event-leak_israeli_side = An Israeli newspaper reports what the Palestinian team is said to have conceded. Critics in Ramallah demand denials; the Palestinian team says the story is false.
    .title = A leak in Jerusalem

event-leak_draft = A draft of the framework leaks. Each side's hardliners quote the clauses that hurt most; the settler-aligned partner reads out the words on borders, and PLO critics the words on refugees.
    .title = The draft leaks

## Random: international moves

event-eu_guidelines = The European Union's guidelines take effect: its funds and programmes no longer go to Israeli bodies beyond the 1967 lines. Israel calls them interference; the Palestinian side calls them overdue.
    .title = EU guidelines

event-un_criticism = The UN's Middle East envoy tells the Security Council that settlement announcements are undermining the talks.
    .title = Criticism at the UN

event-un_agency_bid = With no pledge to restrain it, the Palestinian leadership applies to join another UN agency. Israel calls it a unilateral step; the Palestinians call it their right.
    .title = A UN application

event-iran_talks_round = A new round of nuclear talks with Iran takes the Secretary away for days. In Jerusalem, ministers say Washington is trading Israel's security for a deal with Tehran.
    .title = Iran talks

event-syria_crisis = After a chemical attack near Damascus, Washington weighs strikes on Syria. For weeks the Middle East file that matters in the White House is Syria, not the talks.
    .title = Syria

event-arab_league_statement = Arab foreign ministers back the Palestinian President: they reject recognising Israel as a Jewish state, and repeat their offer of normal relations in return for a withdrawal to the 1967 lines.
    .title = The Arab League speaks

event-jordan_holy_sites = Jordan's parliament protests against Israeli moves around the Muslim holy sites in Jerusalem, which the kingdom oversees. Some members call for expelling Israel's ambassador.
    .title = Jordan protests

event-european_divestment = A large European pension fund cuts ties with Israeli banks over their lending in the settlements. Israeli ministers warn of a boycott campaign; business leaders warn of isolation.
    .title = Divestment

event-egypt_gaza_border = Egypt's army closes more smuggling tunnels under the Gaza border. Hamas loses money and weapons; Gaza loses goods and fuel.
    .title = Egypt closes tunnels

## Random: economic news

event-salary_crisis = The Palestinian Authority cannot pay full salaries this month. Teachers and civil servants strike; donors' pledges arrive late.
    .title = No salaries
event-salary_crisis-emergency_aid = You rush emergency budget support to Ramallah.
    .news = Washington rushes emergency budget support to Ramallah.
event-salary_crisis-leave_to_donors = You leave it to the other donors.
    .news = Washington leaves the salary crisis to the other donors.

event-investment_news = The first projects of the economic package break ground in the West Bank. Palestinians wait to see whether the jobs are real.
    .title = Investment

event-business_warning = Israeli business leaders warn the government that failure of the talks could bring boycotts and isolation, and urge it to make a deal.
    .title = Business speaks

## Random: protests

event-ramallah_protest = Protesters march in Ramallah against the talks, calling them a cover for settlement. Security forces line the streets near the President's headquarters.
    .title = Protest in Ramallah
event-ramallah_protest-let_them_march = You let them march and say you hear them.
    .news = The President lets the protesters march and says he hears them.
event-ramallah_protest-disperse = You have the security forces disperse them.
    .news = Palestinian security forces disperse the protest.

event-families_protest = Families of Israelis killed in attacks protest against the prisoner releases outside the Prime Minister's office, holding pictures of their dead.
    .title = The families protest

event-settler_rally = Tens of thousands rally in Jerusalem against any withdrawal from Judea and Samaria, as they call the West Bank; settler leaders warn the Prime Minister that the government will fall first.
    .title = Rally against withdrawal

event-peace_rally = Thousands rally in Tel Aviv for a two-state agreement, urging the government not to waste the chance.
    .title = Rally for peace

## Repudiation

event-palestinian_repudiation = The vague clauses of the signed framework are read one way in Ramallah and another in Jerusalem, and every week brings a new dispute. The PLO leadership says the text has become a trap, and that the President should withdraw his signature.
    .title = A signature in doubt
event-palestinian_repudiation-repudiate = You withdraw from the framework and leave the talks.
    .news = The Palestinian leadership withdraws from the framework and leaves the talks.
event-palestinian_repudiation-stand_by_text = You stand by the text, at a cost at home.
    .news = The Palestinian President stands by the signed text, at a cost at home.

event-israeli_repudiation = The vague clauses of the signed framework are read one way in Jerusalem and another in Ramallah, and every week brings a new dispute. Ministers say the Palestinians are pocketing Israeli concessions, and demand that the government walk away.
    .title = A signature in doubt
event-israeli_repudiation-repudiate = You renounce the framework and suspend the talks.
    .news = The Israeli cabinet renounces the framework and suspends the talks.
event-israeli_repudiation-stand_by_text = You stand by the text, at a cost at home.
    .news = The Israeli Prime Minister stands by the signed text, at a cost at home.

# The texts the chairs nobody plays put to a leader's chair (drafters.toml).
event-framework_put = The US team puts its framework to you: the clauses on the table are now in its words, and your chair must answer. If you accept, the text is signed when the other signatories accept it too; if you reject it, the team goes back to revise; or you keep it on the table and amend it yourself before putting it again.
    .title = The US text, put to you
event-framework_put-accept = You accept the US text as it stands.
event-framework_put-amend = You keep the text on the table to amend it yourself.
event-framework_put-reject = You reject the US text.
event-counter_put = The other side's leader answers with a text of its own: the clause it found hardest is replaced by wording its side can live with, and the table is put to you. If you accept, the text is signed when the other signatories accept it too; you may also reject it, or keep it on the table and amend it yourself.
    .title = A counter-proposal, put to you
event-counter_put-accept = You accept the counter-proposal.
event-counter_put-amend = You keep the text on the table to amend it yourself.
event-counter_put-reject = You reject the counter-proposal.
event-opening_put = The other side's leader tables its side's own positions on core issues the table had left open, and puts the table to you. These are its opening terms, not a compromise. If you accept, the text is signed when the other signatories accept it too; you may also reject it, or keep it on the table and amend it yourself.
    .title = The other side's opening text, put to you
    .history = In the autumn of 2013 each side set out its own terms. The Palestinian President had asked that the talks be based on the 1967 lines, and his side wanted Israel's forces out of the Jordan Valley within three years, with an American force acceptable after them. The Israeli Prime Minister wanted an Israeli force in the Jordan Valley for the long term, and held recognition of Israel as the nation-state of the Jewish people to be essential.
    .source = { source-inside-story }: the President's request that talks be based on the 1967 lines (July 2013); the two leaders' positions on the Jordan Valley (autumn 2013); the Prime Minister's insistence on the nation-state clause (January 2014)
event-opening_put-accept = You accept the other side's text as it stands.
event-opening_put-amend = You keep the text on the table to amend it yourself.
event-opening_put-reject = You reject the other side's text.
