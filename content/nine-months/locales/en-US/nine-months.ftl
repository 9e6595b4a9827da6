# Good Faith — "Nine Months" (English): pack, actors, meters, issues, roles, actions.
#
# Conventions: news in the plain present tense; choices in the second person, one line;
# chairs by title, never by name; each side's position in terms its supporters would
# recognise. Historical notes (.history) may name people as facts. Beats are in beats.ftl,
# other events in events.ftl, endings in endings.ftl.

pack-nine-months = Nine Months: the 2013-14 talks

scenario-nine-months = Nine Months
    .description = July 2013. After nearly three years without formal negotiations, the US Secretary of State has brought the Israeli government and the Palestinian leadership back to the table, with nine months, until 29 April 2014, to reach an agreement or at least a framework for one. The terms of re-entry are thin: prisoner releases in four tranches in exchange for no new Palestinian moves at the UN. Israel also counts on an understanding with Washington that some settlement building will go on, which the Palestinians say they never accepted. Each side doubts the other wants a deal; each leader has a coalition or a street that could end his career; the mediator has other crises and a president who is sceptical. You take one chair, week by week. History is the default path, not a rail.

## Budget and tags

resource-time = Time
resource-capital = Political capital
tag-prisoners = Prisoners

## Actors (names without an article: they begin sentences such as "… accepts")

actor-israel = Israeli government
actor-palestine = Palestinian leadership
actor-defence_minister = Israeli defence minister
actor-usa = US mediators
actor-israeli_team = Israeli negotiating team
actor-palestinian_team = Palestinian negotiating team
actor-jewish_home = Jewish Home party
actor-centrists = Centrist coalition partners
actor-labor = Labor party
actor-israeli_public = Israeli public
actor-settlers = Settler movement
actor-palestinian_critics = PLO and Fatah critics
actor-palestinian_public = Palestinian public
actor-hamas = Hamas
actor-white_house = White House
actor-eu = European Union
actor-un = United Nations
actor-jordan = Jordan
actor-egypt = Egypt
actor-arab_league = Arab League
actor-iran_talks = Iran nuclear talks

## Reactions: the news line when an actor's rule fires

reaction-israel-digs_in = The Israeli government digs in: it says its security will not be negotiated under foreign pressure.
reaction-israel-placates_partner = To keep its settler-aligned partner on board, the Israeli government advances new settlement building.
reaction-israel-eases_restrictions = The Israeli government issues more work permits and eases some checkpoints in the West Bank.
reaction-israel-deadly_clashes = In the West Bank, clashes with Israeli forces during arrest operations and protests cost Palestinian lives again; the army says its troops came under attack.
reaction-israel-cabinet_endorses = Ministers defend the signed text in the Knesset, and more Israelis give the talks a chance.
reaction-palestine-digs_in = The Palestinian leadership digs in: it says it will not sign under dictation.
reaction-palestine-coordination_holds = Palestinian and Israeli security forces keep coordinating, and most of the West Bank stays quiet this week.
reaction-palestine-acts_against_cells = Palestinian security forces arrest members of an armed cell, and Israeli officials take note.
reaction-palestine-shores_up_standing = The Palestinian leadership takes the state of the talks to the PLO's bodies and the Fatah leadership, and wins their backing to go on.
reaction-palestine-leadership_endorses = The PLO leadership endorses the signed text, and the President's standing rises a little.
reaction-defence_minister-briefs_against = In off-the-record briefings, the defence minister dismisses the American security ideas as naive.
reaction-usa-keeps_channels_open = The US team hosts a quiet working dinner for both delegations, away from the cameras.
reaction-usa-visits_jerusalem = The Secretary flies to Jerusalem for another long evening with the Prime Minister.
reaction-usa-visits_ramallah = The Secretary drives to Ramallah for another long meeting with the President.
reaction-usa-courts_defence_minister = US generals walk the Israeli defence minister through the security ideas, one more time.
reaction-usa-launches_economic_package = The Secretary sets in motion the plan, announced in May, to draw private investment into the Palestinian economy.
reaction-usa-asks_for_restraint = The Secretary asks the Prime Minister for a few quiet weeks on building.
reaction-usa-leans_on_israel = Washington tells the Israeli government that new building makes the mediators' job harder.
reaction-usa-leans_on_palestinians = Washington tells the Palestinian leadership that walking away would cost it American support.
reaction-usa-returns_to_file = The Secretary's staff clear time in his calendar for the Middle East again.
reaction-usa-files_borders = The clause on borders goes into the US file of agreed texts.
reaction-usa-files_security = The clause on security goes into the US file of agreed texts.
reaction-usa-files_jerusalem = The clause on Jerusalem goes into the US file of agreed texts.
reaction-usa-files_refugees = The clause on refugees goes into the US file of agreed texts.
reaction-usa-files_recognition = The clause on recognition goes into the US file of agreed texts.
reaction-usa-files_settlements = The understanding on settlements goes into the US file of agreed texts.
reaction-usa-files_prisoners = The understanding on prisoners goes into the US file of agreed texts.
reaction-usa-files_holy_sites = The understanding on the holy sites goes into the American file of agreed texts.
reaction-usa-files_extension = With more releases and a halt to building agreed, both sides accept to keep talking past April.
reaction-palestinian_team-drafts_plan_b = The Palestinian negotiators add another UN application to their "Plan B" file.
reaction-jewish_home-threatens = The Jewish Home party threatens to leave the government if the text on the table is signed.
reaction-jewish_home-quits_over_text = The Jewish Home party leaves the government over the signed text, taking its 12 seats.
reaction-jewish_home-walks_out = Its patience gone, the Jewish Home party leaves the government, taking its 12 seats.
reaction-jewish_home-values_office = Jewish Home ministers tell their base that the cabinet table is where a freeze can be stopped.
reaction-jewish_home-attacks_pm = The Jewish Home leader attacks the Prime Minister in public for giving too much away.
reaction-centrists-demand_progress = The centrist partners ask, in public, what the talks have produced.
reaction-centrists-quit = The chief negotiator's small centrist party leaves the coalition, saying the government never meant to move: 6 seats go.
reaction-centrists-welcome = The centrist partners welcome the signed text and promise to defend it.
reaction-labor-moves_to_dissolve = Without a majority, the opposition tables a bill to dissolve the Knesset.
reaction-labor-majority_restored = The government has a majority again, and the dissolution bill is dropped.
reaction-labor-senses_the_mood = With polls showing support for a deal, Labor signals it would back the government on one.
reaction-labor-offers_safety_net = Labor offers the government a safety net in the Knesset for the signed text.
reaction-israeli_public-judges_text = Israeli polls and commentators weigh the signed text: what does Israel give, what does it get?
reaction-israeli_public-backs_talks_in_principle = Polls show most Israelis still back talks in principle, whatever they expect of them.
reaction-israeli_public-party_rebels = Members of the Prime Minister's own party break ranks over the signed text, and the coalition loses 15 votes.
reaction-israeli_public-doubts = Israeli commentators call the talks a waste of time, and the centrists grow nervous.
reaction-israeli_public-return_fears = Israeli commentators warn that admitting refugees, however few, opens the door to a return that would end the Jewish majority; Jews from Arab lands ask where their own claims stand.
reaction-israeli_public-nothing_to_show = Months of talks and nothing signed: fewer Israelis believe the talks will bring anything.
reaction-settlers-lobby = Settler leaders lobby ministers against the text on the table.
reaction-settlers-rally = Settler leaders call the signed text a betrayal and press their allies in the cabinet.
reaction-settlers-donors_fund = Donors abroad pour money into settlement building and new outposts, which settler groups say will make any withdrawal impossible.
reaction-settlers-quiet_growth = With nothing signed, building goes on in the settlements under plans approved long ago, with no announcement.
reaction-palestinian_critics-denounce_building = PLO and Fatah critics say the new building proves the talks are a cover.
reaction-palestinian_critics-drumbeat = PLO and Fatah critics keep up their attacks on the talks in the Palestinian press.
reaction-palestinian_critics-revolt = Fatah and PLO figures say the President has signed away Palestinian rights; crowds in the West Bank call him a traitor.
reaction-palestinian_critics-denounce_text = PLO and Fatah critics call the signed text a surrender.
reaction-palestinian_critics-warn = PLO and Fatah critics warn the President against the wording on the table.
reaction-palestinian_public-wants_a_state = Polls show most Palestinians still want a state, whatever they think of the talks.
reaction-palestinian_public-steadies = However low the President's standing falls, many Palestinians still see him as the only address for a state.
reaction-palestinian_public-loses_patience = Palestinian commentators ask what the talks have delivered, and the leadership's standing slips.
reaction-palestinian_public-judges_text = Palestinian polls and commentators weigh the signed text: what does Palestine give, what does it get?
reaction-palestinian_public-camps_reject = In the refugee camps, from Lebanon to Gaza, crowds reject the signed refugee clause: the right of return, they say, was not the leadership's to give away.
reaction-palestinian_public-nothing_to_show = Months of talks and nothing signed: fewer Palestinians believe the talks will bring anything.
reaction-hamas-denounces = Hamas denounces the signed text and calls the talks a betrayal.
reaction-hamas-courts_unity = Hamas sends messages to Ramallah about ending the split.
reaction-hamas-backers_arm = Money and weapons from Iran reach the armed groups in Gaza that reject the talks, Islamic Jihad first among them.
reaction-white_house-other_priorities = In Washington, other crises compete for the President's attention.
reaction-white_house-asks_for_results = The White House asks the Secretary what the talks are producing.
reaction-eu-warns = European governments warn that settlement building undermines the talks.
reaction-un-statement = The UN Secretary-General calls on both sides to show restraint.
reaction-jordan-concern = Jordan warns that the text on the table threatens its own security and its role in Jerusalem.
reaction-jordan-guards_its_role = Jordan warns that the text on the table touches its own role: its oversight of the holy sites, or the security of its border.
reaction-jordan-keeps_contacts = Jordanian and Egyptian officials and both sides' security chiefs keep quiet contacts going.
reaction-egypt-gaza_calm = Egypt brokers a few quiet days between Israel and the armed groups in Gaza.
reaction-arab_league-backs_president = The Arab League backs the Palestinian President's refusal of the Jewish-state wording.
reaction-arab_league-holds_to_initiative = The Arab states remind the President that their peace initiative asks for an agreed solution for the refugees.
reaction-iran_talks-draws_attention = A new round of nuclear talks with Iran takes the Secretary away from the file.

## Meters

meter-coalition_seats = Coalition seats (of 120)
meter-public_support = Support for the talks
meter-legitimacy = Palestinian leadership's standing
meter-violence = Violence
meter-casualties_israeli = Israelis killed
meter-casualties_palestinian = Palestinians killed
meter-units_announced = Settlement units announced
meter-pressure = International pressure
meter-us_capital = Washington's political capital
meter-us_attention = The Secretary's time
meter-momentum = Momentum

## Flags

flag-talks_open = Talks in session
flag-gag_order = News blackout
flag-restraint = Quiet on building
flag-no_un_pledge = No new UN moves
flag-tranches_on = Releases scheduled
flag-citizens_excluded = Citizens left off the list
flag-freeze_track = Building restraint agreed
flag-un_open = UN route kept open
flag-letter_sent = US letter on the 1967 lines
flag-economic_package = Economic package
flag-security_envoy = Security envoy
flag-arab_backing = Arab backing
flag-security_plan = US security plan
flag-resignation = Negotiators' resignation
flag-jewish_home_out = Jewish Home out of government
flag-labor_in = Labor in government
flag-centrists_out = Centrist party out of government
flag-elections_called = Elections called
flag-fourth_delayed = Fourth release delayed
flag-bargain_broken = Release bargain broken
flag-extension_offer = Extension offer
flag-extension_israel_yes = Israel accepts extension
flag-extension_agreed = Extension agreed
flag-settlement_halt = Settlement halt
flag-un_conventions = UN conventions signed
flag-unity_deal = Unity deal
flag-talks_suspended = Talks suspended
flag-palestinian_exit = Palestinians leave the talks
flag-session_off = Session called off
flag-new_units = New building announced

## Issues and their options

issue-borders = Borders
    .description = Israel's government reads UN Resolution 242 of 1967 as a call for secure and recognised boundaries, not a return to the old lines, which were only the armistice lines of 1949; it points to the Jewish people's ties to Judea and Samaria, and wants defensible borders with the large settlement blocs, where most settlers live, inside Israel. The Palestinian leadership wants an end to the occupation that began in 1967: Resolution 242 called for withdrawal from land occupied in that war, and it wants a state on the 1967 lines with only small and equal swaps: already a historic compromise, a state on 22 per cent of historic Palestine.
issue-borders-security_border = A border drawn by Israel's security needs, no mention of 1967
issue-borders-settlement_blocs = Israel keeps the large settlement blocs; the rest is negotiated
    .ambiguous = A border that "reflects changes on the ground since 1967"
issue-borders-lines_1967_swaps = Negotiated on the 1967 lines, with mutually agreed swaps
    .ambiguous = Negotiated "in light of" the 1967 lines and later realities
issue-borders-lines_1967 = The 1967 lines, with only small and equal swaps

issue-security = Security and the Jordan Valley
    .description = Israel's government and its defence minister point to Gaza and southern Lebanon, where withdrawals were followed by rockets: they want Israeli forces able to stop weapons and fighters crossing from the east, for as long as the threat lasts. The Palestinian leadership says a sovereign state cannot host a foreign army without an end date: it wants a withdrawal with a timetable, and accepts a third party, such as American forces, in the meantime.
issue-security-long_term_presence = Israeli forces stay in the Jordan Valley, with no end date
issue-security-us_security_package = The US plan: phased, tested withdrawal; early warning; US technology
    .ambiguous = The US plan, with withdrawal "as performance allows"
issue-security-phased_withdrawal = Full Israeli withdrawal within three years; a third party after
issue-security-international_force = An international force replaces Israeli forces at once

issue-jerusalem = Jerusalem
    .description = Israel's government sees Jerusalem as the Jewish people's capital for three thousand years, the city of the Temple Mount, Judaism's holiest site, and of the Western Wall; divided from 1948 to 1967, when Jews could not reach the Wall, it was reunited in 1967, and Israel will not see it divided again. The Palestinian leadership sees East Jerusalem, occupied in 1967 and annexed by Israel in a step the UN has never recognised, with al-Aqsa Mosque, the Dome of the Rock and the Church of the Holy Sepulchre, as the capital of Palestine; for its public there is no state without it.
issue-jerusalem-undivided = An undivided Jerusalem under Israeli sovereignty
issue-jerusalem-aspirations = The text notes Palestinian "aspirations" for a capital in Jerusalem
issue-jerusalem-capital_in_jerusalem = A Palestinian capital in Jerusalem, its bounds to be negotiated
    .ambiguous = A Palestinian capital "in the Jerusalem area"
issue-jerusalem-neighbourhood_formula = Jewish neighbourhoods to Israel, Arab ones to Palestine; two capitals
issue-jerusalem-east_jerusalem_capital = East Jerusalem, as it was before 1967, the capital of Palestine

issue-refugees = Refugees
    .description = Israel's government says a return of refugees to Israel would end the Jewish majority, the reason the state exists; refugees should find their home in the Palestinian state, with compensation, and Jews who left Arab lands deserve redress too. The Palestinian leadership says the uprooting of 1948, the Nakba, is the founding injustice; the right of return, affirmed by UN General Assembly Resolution 194 of 1948, belongs to each refugee and cannot be signed away, though how it is exercised can be negotiated.
issue-refugees-compensation_only = Compensation, for Jews from Arab lands too; no admission named
issue-refugees-resettlement_in_palestine = Refugees settled in the Palestinian state, with compensation
issue-refugees-discretionary_admission = As before, plus some admitted to Israel at its sole discretion
    .ambiguous = "A just and agreed solution", with numbers left unnamed
issue-refugees-right_of_return = The right of return recognised, to homes inside Israel

issue-recognition = Recognition
    .description = Israel's government accepted a demilitarised Palestinian state in the Prime Minister's Bar-Ilan speech of 2009, on one condition: that the Palestinians accept Israel as the state of the Jewish people, ending all claims on it; without that, it fears the conflict would go on by other means. The Palestinian leadership says the PLO recognised Israel in 1993; defining it as a Jewish state would prejudge the refugees and the rights of Israel's Palestinian citizens, and is not asked of any other neighbour.
issue-recognition-jewish_nation_state = Israel as "the nation-state of the Jewish people"; equal rights for all
    .ambiguous = "Two states for two peoples", each its people's national home
issue-recognition-mutual_recognition = Mutual recognition of the two states, as in the 1993 letters
issue-holy_sites = The holy sites
    .description = The compound Jews call the Temple Mount and Muslims call al-Haram al-Sharif, and the Western Wall beneath it. Israel's government says the Temple Mount is Judaism's holiest place and the Wall its place of prayer, which Jews could not reach from 1948 to 1967: Israel must keep sovereignty over both, and leaves the mosques to the Muslim religious trust. The Palestinian leadership says al-Aqsa Mosque and the Dome of the Rock are the heart of its people's bond with Jerusalem, and of all Muslims': al-Haram al-Sharif must be under Palestinian sovereignty, the Wall under Israel's. Since 1967 Jordan has overseen the Muslim holy sites, where Muslims pray and others may visit.
issue-holy_sites-israeli_sovereignty = Israeli sovereignty over the Temple Mount and the Wall; the Muslim trust runs the mosques
issue-holy_sites-custodianship = The arrangements since 1967 stay: Jordan oversees the Muslim sites, the Wall is Israel's
    .ambiguous = The holy places "open to all faiths", their status to be agreed
issue-holy_sites-palestinian_sovereignty = Palestinian sovereignty over al-Haram al-Sharif; the Western Wall is Israel's

issue-settlements = Settlements during the talks
    .description = Israel's government says building in Jerusalem and in the blocs changes nothing a final deal would not, and its coalition depends on it; it froze new building in the West Bank for ten months in 2009-10, and the Palestinians came to direct talks only in its last weeks, in September 2010, and left when it ended. The Palestinian leadership says the settlements are illegal under international law, that every new unit takes land the talks are meant to share, and that building during talks makes each round a cover for more of the same.
issue-settlements-freeze = A full freeze, East Jerusalem included, while the talks last
issue-settlements-slowdown = A quiet slowdown outside the blocs
    .ambiguous = Unwritten "restraint"
issue-settlements-halt_outside_jerusalem = No new announcements in the West Bank; East Jerusalem excepted
issue-settlements-no_limits = No limits: building goes on as before

issue-prisoners = Prisoners
    .description = Israel's government releases people convicted of killing Israelis, and each release reopens the grief of their victims' families; it wants releases tied to progress. The Palestinian leadership sees the prisoners held since before the 1993 accords as prisoners of a national struggle whose release Israel owed from the Oslo years and never completed; bringing them home is the President's proof that talking delivers.
issue-prisoners-all_104 = All 104 pre-Oslo prisoners, Israeli citizens included, in four tranches
issue-prisoners-without_citizens = The pre-Oslo prisoners, Israeli citizens excepted
    .ambiguous = The last tranche "subject to a separate cabinet decision"
issue-prisoners-wider_release = The last tranche and more prisoners, for more months of talks

## Roles

role-secretary_of_state = the Secretary of State
    .description = You lead the US mediation. You cannot sign, but you can draft the framework clause by clause, visit each leader, shuttle between them, press or reassure them, bring in the President, and prepare the ground: an economic package, a security envoy, Arab backing. The Israeli government, the Palestinian leadership and the Israeli defence minister must all accept a proposal. Pressing Israel costs you more at home than pressing the Palestinians. If either side comes to see you as the other's lawyer, it walks away. You see every red line.
    .success = A framework on borders, security, Jerusalem, refugees and recognition, signed and still holding on 29 April, with enough trust between the leaders to survive its vague words. Partial: a framework with reservations, or an extension both sides accept.

role-prime_minister = the Prime Minister of Israel
    .description = You lead a coalition of 68 seats of 120. The settler-aligned Jewish Home party (12 seats) will quit over the 1967 lines, a divided Jerusalem or a freeze; the centrists want progress; Labor waits outside and may offer a safety net; your defence minister holds a veto on security. You can draft and propose, meet the Secretary, rally or widen your coalition, approve or restrain building, call the President, address the nation, work with the Palestinian security forces or order arrests, and rein in your ministers. You want security in the Jordan Valley and recognition of Israel as the Jewish state. The Palestinians discount any text from you: it must be clearly good for them. Lose your majority for two weeks and elections follow.
    .success = A framework both sides sign and still honour on 29 April, while your coalition holds. Partial: a framework with reservations, or an extension.

role-palestinian_president = the Palestinian President
    .description = You lead the PLO and the Palestinian Authority in the West Bank; Gaza is ruled by Hamas. Your critics opposed returning to talks without a freeze; your public wants an end to the occupation, the prisoners home, and a state on the 1967 lines with its capital in East Jerusalem. You can draft and propose, meet the Secretary, consult the leadership, address your people, keep up or suspend security coordination, curb incitement or raise Israel's, reach out to Israelis, and hold the UN route and unity with Hamas in reserve. The Israeli government discounts any text from you. If your standing collapses, the street makes your choice for you.
    .success = A framework both sides sign and still honour on 29 April, while your standing holds. Partial: a framework with reservations, or an extension.

role-israeli_negotiator = Israel's chief negotiator
    .description = You lead Israel's team in the weekly sessions, beside the Prime Minister's own envoy, who presses to settle security before any map. You believe a deal is possible; the Prime Minister has not said so in public. You can draft and propose, brief the Prime Minister, work a private channel with your counterpart, work with the US envoy, put maps on the table or put security first, and lobby Labor. A text from you needs the Prime Minister's trust in you, the defence minister's assent and the Palestinians' yes, and they discount a text from the Israeli side.
    .success = A framework both sides sign and still honour on 29 April. Partial: a framework with reservations, or an extension.

role-palestinian_negotiator = the Palestinian chief negotiator
    .description = You lead the Palestinian team, answer to the President, and speak to the world's press. You doubt the Israeli government will pay the price of a deal, and you pay the price each time the talks fail. You can draft and propose, brief the President, work a private channel with your counterpart and with the US envoy, brief the press, threaten to resign, prepare the UN applications, and consult the factions. A text from you needs the President's trust in you and both Israeli signatures, and the Israeli side discounts a text from the Palestinians.
    .success = A framework both sides sign and still honour on 29 April. Partial: a framework with reservations, or an extension.

objective-secretary_of_state-talks_running = The talks are in session, neither suspended nor abandoned.
objective-secretary_of_state-even_hand = Both leaders trust you (40 or more), within 15 points of each other.
objective-secretary_of_state-bridge = The leaders trust each other enough to sign: Israeli 30 or more, Palestinian 25 or more.
objective-secretary_of_state-borders_clause = A clause on borders is on the table that crosses no signatory's red line.
objective-secretary_of_state-security_clause = A clause on security is on the table that crosses no signatory's red line.
objective-secretary_of_state-jerusalem_clause = A clause on Jerusalem is on the table that crosses no signatory's red line.
objective-secretary_of_state-refugees_clause = A clause on refugees is on the table that crosses no signatory's red line.
objective-secretary_of_state-recognition_clause = A clause on recognition is on the table that crosses no signatory's red line.
objective-secretary_of_state-framework = All five framework issues are signed.
objective-secretary_of_state-quiet = Violence stays below 40.
objective-prime_minister-coalition_holds = Your coalition holds a majority: 61 seats or more.
objective-prime_minister-security_first = A security clause is signed that keeps Israeli forces or the US plan in the Jordan Valley.
objective-prime_minister-recognition = Israel is recognised as the nation-state of the Jewish people.
objective-prime_minister-borders_clause = A clause on borders is on the table that crosses no signatory's red line.
objective-prime_minister-security_clause = A clause on security is on the table that crosses no signatory's red line.
objective-prime_minister-jerusalem_clause = A clause on Jerusalem is on the table that crosses no signatory's red line.
objective-prime_minister-refugees_clause = A clause on refugees is on the table that crosses no signatory's red line.
objective-prime_minister-recognition_clause = A clause on recognition is on the table that crosses no signatory's red line.
objective-prime_minister-framework = All five framework issues are signed.
objective-prime_minister-not_blamed = Washington does not blame you: its trust in you is 45 or more.
objective-palestinian_president-street_holds = Your standing holds: 35 or more.
objective-palestinian_president-prisoners_home = All four tranches of prisoners are home.
objective-palestinian_president-borders_1967 = A border based on the 1967 lines is signed.
objective-palestinian_president-jerusalem_capital = A Palestinian capital in Jerusalem is signed.
objective-palestinian_president-borders_clause = A clause on borders is on the table that crosses no signatory's red line.
objective-palestinian_president-security_clause = A clause on security is on the table that crosses no signatory's red line.
objective-palestinian_president-jerusalem_clause = A clause on Jerusalem is on the table that crosses no signatory's red line.
objective-palestinian_president-refugees_clause = A clause on refugees is on the table that crosses no signatory's red line.
objective-palestinian_president-recognition_clause = A clause on recognition is on the table that crosses no signatory's red line.
objective-palestinian_president-framework = All five framework issues are signed.
objective-israeli_negotiator-pm_backing = The Prime Minister trusts you: 45 or more.
objective-israeli_negotiator-working_channel = Your counterpart trusts you: 50 or more.
objective-israeli_negotiator-borders_clause = A clause on borders is on the table that crosses no signatory's red line.
objective-israeli_negotiator-security_clause = A clause on security is on the table that crosses no signatory's red line.
objective-israeli_negotiator-jerusalem_clause = A clause on Jerusalem is on the table that crosses no signatory's red line.
objective-israeli_negotiator-refugees_clause = A clause on refugees is on the table that crosses no signatory's red line.
objective-israeli_negotiator-recognition_clause = A clause on recognition is on the table that crosses no signatory's red line.
objective-israeli_negotiator-framework = All five framework issues are signed.
objective-palestinian_negotiator-president_backing = The President trusts you: 50 or more.
objective-palestinian_negotiator-working_channel = Your counterpart trusts you: 50 or more.
objective-palestinian_negotiator-borders_clause = A clause on borders is on the table that crosses no signatory's red line.
objective-palestinian_negotiator-security_clause = A clause on security is on the table that crosses no signatory's red line.
objective-palestinian_negotiator-jerusalem_clause = A clause on Jerusalem is on the table that crosses no signatory's red line.
objective-palestinian_negotiator-refugees_clause = A clause on refugees is on the table that crosses no signatory's red line.
objective-palestinian_negotiator-recognition_clause = A clause on recognition is on the table that crosses no signatory's red line.
objective-palestinian_negotiator-framework = All five framework issues are signed.

## Actions

action-draft_text = Draft a clause
    .description = Put one issue's wording on the table; every party's support is recomputed.
action-put_proposal = Put the table to the signatories
    .description = The Israeli government, the Palestinian leadership and the defence minister answer; if all accept, whatever is new on the table is signed. Once a week, from mid-October, when the sessions have mapped the gaps. A leader never tables a text that crosses their own side's red lines. Power is unequal: the Palestinian side needs 25 to sign, Israel 15, as promises to the weaker side have often been put off.
action-meet_secretary = Meet the Secretary of State
    .description = A long private meeting: you and the Americans trust each other more.
action-channel = Open a private channel to your counterpart
    .description = A quiet meeting outside the sessions: your counterpart trusts you more, and the leaders a little more each other.
action-work_with_envoy = Work with the US envoy
    .description = Draft side by side with the special envoy: trust grows both ways and the talks gain momentum.
action-visit = Visit a leader
    .description = Fly in for a long meeting: that leader trusts you more. The other side counts your visits.
action-shuttle = Shuttle between the leaders
    .description = A week of carrying messages both ways: each leader trusts the other a little more.
action-press = Press a leader
    .description = Lean on one side: pressure counts toward its yes, but it trusts you less. Power is unequal, and the rule says so: pressing Israel costs 6 of your capital in Washington, where Congress stands close to Israel, against 2 for the Palestinians; and pressure moves the stronger party less: a sixth of it counts toward Israel's yes, a quarter toward the Palestinians'.
action-seek_restraint = Ask Israel for quiet on building
    .description = A few weeks without new settlement announcements: the Palestinians trust you and Israel a little more; the Israeli cabinet and its partner resent it.
action-reassure_israel = Offer Israel security assurances
    .description = American commitments on security and Iran: Israel and its defence minister trust you more; the Palestinians notice.
action-support_authority = Shore up the Palestinian Authority
    .description = Budget help and public backing: the leadership's standing and trust in you rise; Congress grumbles.
action-address_israelis = Speak to the Israeli public
    .description = Make the case for a deal in Israeli media and forums: Israeli support rises; the government resents being bypassed.
action-economic_package = Launch the economic package
    .description = Put the investment plans for the Palestinian economy (announced in May 2013) into motion, once: the leadership's standing and its public's support rise.
action-security_envoy = Appoint a special envoy for security
    .description = A retired general to design security arrangements, once: Israel and its defence minister trust you more, and while the minister doubts you, the envoy's briefings win some of that back.
action-arab_backing = Seek Arab backing
    .description = Ask the Arab League to endorse land swaps and cover compromise, once: the Palestinian side can accept more, and while a text with agreed swaps is on the table, the Arab states' words help the President at home.
action-domestic_outreach = Make the case at home
    .description = Brief Congress and community leaders: you regain political capital in Washington.
action-call_for_calm = Call both sides to restraint
    .description = Phone calls to both security chiefs after violence: violence falls; each side says you equate it with the other.
action-gag_order = Impose a news blackout
    .description = No briefings for four weeks: leaks become less likely; both publics know less, and trust the talks less.
action-bring_in_president = Bring in the President
    .description = A call or a meeting at the White House: pressure on both sides and momentum rise; it costs capital and the President's patience.
action-address_nation = Address the nation
    .description = Explain in public why the talks are worth it: Israeli support rises; your partner grumbles.
action-rally_coalition = Rally the coalition
    .description = Reassure the partners on the red lines: the coalition is steadier; the Palestinians hear a harder tone.
action-approve_tenders = Approve settlement tenders
    .description = Housing tenders in the blocs and Jerusalem: your partner is pleased; the Palestinians and Washington trust you less, and pressure on Israel rises. A unilateral move costs whichever side makes it in the same way.
action-restrain_building = Hold back settlement building
    .description = Quietly delay plans and tenders: the Palestinians and Washington trust you more; your partner and the settlers do not.
action-court_labor = Court Labor
    .description = Talk to the opposition leader about joining the government: Labor warms to you; your partner notices.
action-consult_defence_minister = Consult the defence minister
    .description = Walk him through the security file: he trusts you more; the talks lose a little pace.
action-call_president = Call the Palestinian President
    .description = A direct conversation: the President trusts you more, and you him; your partner objects.
action-raise_incitement = Raise Palestinian incitement
    .description = Put hostile messages in Palestinian media and schools on the agenda: pressure on the Palestinians and support at home rise; they resent it.
action-curb_ministers = Rein in your ministers
    .description = Tell ministers to stop calling for annexation and against a Palestinian state: the President trusts you more; your partner objects.
action-ease_restrictions = Ease movement and permits
    .description = More work permits, fewer checkpoints: Palestinian life eases a little; the defence minister is wary.
action-coordinate_security = Work with the Palestinian forces
    .description = Let the Palestinian security forces lead in their towns and hold back army arrest operations: violence falls and the President trusts you more; your partner, part of your public and the defence minister see a risk.
action-arrest_sweep = Order a wave of arrests
    .description = Army arrest operations across the West Bank: the defence minister, your partner and your public approve; violence rises, and the Palestinians trust you less.
action-consult_leadership = Consult the PLO leadership
    .description = Bring the critics into the decisions: your standing rises; the talks lose a little pace.
action-address_people = Address your people
    .description = Explain in public what the talks can bring: support and your standing rise; Israelis hear a harder tone.
action-security_coordination = Keep up security coordination
    .description = Your forces act against armed cells: violence falls and Israel trusts you more; many of your people call it collaboration.
action-suspend_coordination = Suspend security coordination
    .description = Halt cooperation with the Israeli army for a while: your standing and your public's support rise; violence rises, and Israel, its defence minister and Washington trust you less.
action-curb_incitement = Curb incitement
    .description = Rein in hostile messages in official media: Israel trusts you more; your critics object.
action-raise_israeli_incitement = Raise Israeli incitement
    .description = Put ministers' calls for annexation and settler attacks on the agenda: pressure on Israel and support at home rise; Israel resents it.
action-meet_israelis = Meet Israelis
    .description = Receive Israeli visitors in Ramallah and speak to Israeli opinion: Israeli support rises; your critics object.
action-raise_un_option = Raise the UN option
    .description = Remind everyone of the UN route: your standing rises; Israel and Washington trust you less, and the pressure falls on you. A unilateral move costs whichever side makes it in the same way.
action-unity_contacts = Hold unity contacts with Hamas
    .description = Quiet talks on ending the split: your standing rises; Israel and Washington trust you less.
action-appeal_arab_league = Appeal to the Arab League
    .description = Ask the Arab states for backing: your standing and pressure on Israel rise.
action-call_prime_minister = Call the Israeli Prime Minister
    .description = A direct conversation: the Prime Minister trusts you more, and you him; some of your critics object.
action-brief_prime_minister = Brief the Prime Minister
    .description = Report on the sessions in full: the Prime Minister trusts you more.
action-put_maps = Put maps on the table
    .description = Push the talks into detail: momentum and your counterpart's trust rise; the Prime Minister and his envoy are unhappy.
action-security_first = Put security first
    .description = Insist that security be settled before maps: the Prime Minister and the defence minister trust you more; the talks slow.
action-lobby_labor = Lobby Labor to join
    .description = Press the opposition leader to join the government: Labor warms to it; the Jewish Home party notices.
action-keep_silence = Keep the blackout
    .description = Say nothing to the press: leaks become less likely, and the Americans trust you more.
action-brief_president = Brief the President
    .description = Report on the sessions in full: the President trusts you more.
action-press_briefing = Brief the press
    .description = Tell your side of the story: your public and standing rise; leaks grow likelier, and the Israelis and Americans are angry.
action-threaten_resignation = Threaten to resign
    .description = Make your anger public: pressure on Israel and your standing rise; the talks lose pace.
action-prepare_plan_b = Prepare the UN applications
    .description = Ready the papers to join UN treaties: Washington and your Israeli counterpart trust you less, and pressure on the Palestinian side rises. Enough steps and the President must decide.
action-consult_factions = Consult the factions
    .description = Bring Fatah and PLO factions into the loop: the leadership's standing rises.

## Difficulties

difficulty-calm = Calm
    .description = A quieter season than history: a little more trust, more patient publics, fewer deadly incidents.
difficulty-historical = Historical
    .description = The season as it was: thin trust, sceptical publics, deadly incidents now and then.
difficulty-volatile = Volatile
    .description = A harder season for both sides alike: less trust each way, more impatient publics, more violence.

## Reactions that follow the mediator's letter and envoy, the Arab backing and the release list

reaction-palestine-cites_the_letter = The Palestinian leadership reminds Washington of its letter: a borders text that does not start from the 1967 lines is not what the US promised.
reaction-palestine-claims_the_citizens = With the last tranche near, the Palestinian leadership says the 104 always included the Israeli citizens left off the list, and asks Washington to hold Israel to it.
reaction-defence_minister-briefed_by_envoy = The US security envoy's team works through its plans with Israeli army planners, and the defence establishment warms to them.
reaction-arab_league-covers_swaps = The Arab states say in public that agreed land swaps are compatible with their peace initiative, which gives the President cover at home.
reaction-jewish_home-warns_on_return = The Jewish Home party warns the Prime Minister against the refugee wording on the table: any return to Israel, however small, would in its view open a door that never closes again; and it asks where the claims of Jews who lost their homes in Arab lands stand.
