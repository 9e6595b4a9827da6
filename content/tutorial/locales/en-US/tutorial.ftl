# Good Faith — tutorial pack: "The Water Committee" (English).
#
# Message ids follow the pack convention (see the pack-format spec): the scenario's ids are
# used as they are, with underscores; only custom tags turn underscores into hyphens.
# News is in plain present tense; choices are one line in the second person.
# What each side wants on each issue, and why, is noted in comments for translators.

pack-tutorial = Tutorial: The Water Committee

scenario-tutorial = The Water Committee
    .description = An illustrative exercise built on real themes, not a record of real talks. Water was one of the final-status issues the Oslo process left for later, and the interim rules of 1995 still shape who pumps what. Here an envoy of the donor states and the Israeli and Palestinian water negotiators have eight weeks, until a donor conference, to agree an interim arrangement: how much each side may pump, a new desalination plant, who measures the water, and who licenses wells. It is short, and it teaches the controls: draft wording, build trust, watch both home fronts, and propose when both sides can sign.

## Budget and tags

resource-time = Time
resource-capital = Political capital
tag-water = Water

## Actors (names only, no article: they begin sentences such as "… accepts the proposal")

actor-israel = Israeli delegation
actor-palestine = Palestinian delegation
actor-envoy = Envoy
actor-israeli_public = Israeli public
actor-palestinian_public = Palestinian public
actor-hardliners = Hardline coalition partner
actor-opposition = Opposition faction

## Reactions: the news line when an actor's rule fires

reaction-israel-digs_in = The Israeli delegation digs in: it will not be rushed by outsiders on water and security.
reaction-israel-cabinet_endorses = The Israeli cabinet endorses the signed text.
reaction-palestine-digs_in = The Palestinian delegation digs in: it will not be made to sign under dictation.
reaction-palestine-leadership_endorses = The Palestinian leadership endorses the signed text.
reaction-envoy-keeps_channels_open = The envoy hosts a quiet dinner for both delegations, away from the cameras.
reaction-envoy-files_allocation = The envoy files the signed allocation clause with the donors.
reaction-envoy-files_desalination = The envoy files the signed desalination clause with the donors.
reaction-envoy-files_monitoring = The envoy files the signed monitoring clause with the donors.
reaction-envoy-files_permits = The envoy files the signed permits clause with the donors.
reaction-envoy-sounds_out = The envoy's staff ask both capitals what it would take to turn the rejection around.
reaction-israeli_public-grieves = After the violence, Israeli opinion hardens and patience with the talks wears thin.
reaction-israeli_public-loses_patience = Israeli commentators ask what the talks have delivered, and ministers start to hedge.
reaction-israeli_public-welcomes_deal = Israeli polls show cautious support for the water text.
reaction-palestinian_public-dry_taps = Queues at water tankers grow in Palestinian towns, and patience with the talks wears thin.
reaction-palestinian_public-loses_patience = Palestinian commentators ask what the talks have delivered, and officials start to hedge.
reaction-palestinian_public-welcomes_deal = Palestinian polls show cautious support for the water text.
reaction-hardliners-threaten = The hardline coalition partner threatens to quit over the text on the table.
reaction-hardliners-lobby = The hardline partner lobbies ministers against the text on the table.
reaction-hardliners-denounce = The hardline partner calls the signed text a surrender of the aquifers and the hills.
reaction-opposition-protest = The opposition faction calls a protest against the talks.
reaction-opposition-denounce = The opposition faction calls the signed text a sale of Palestinian water rights.

## Meters

meter-water_stress = Water stress
meter-donor_confidence = Donor confidence
meter-casualties = People killed or injured
meter-cohesion = Home front
meter-patience = Public patience
meter-pressure = Outside pressure

## Flags (optional: named in reports such as a flag's expiry)

flag-talks_suspended = Talks suspended
flag-walkout = Walkout
flag-deadline_set = Deadline announced

## Issues and their options
# Allocation. Israeli view: the aquifers are shared and fragile, Israel depends on them too,
# and current quotas were agreed in 1995. Palestinian view: the quotas were meant to be
# temporary, the population has grown, and the water is theirs by right, not by favour.

issue-allocation = Allocation of shared groundwater
    .description = The Israeli side wants the 1995 quotas kept: the shared aquifers are fragile, and its own towns rely on them too. The Palestinian side wants more, as a right: those quotas were meant to last five years.
issue-allocation-frozen_quotas = Keep the interim quotas unchanged
issue-allocation-phased_increase = A fixed increase for Palestinian towns, in three phases
issue-allocation-needs_based = Allocation by population and need, reviewed each year
    .ambiguous = Allocation "guided by needs", as the committee will define them
issue-allocation-rights_first = An equitable share recognised as a right, settled first

# Desalination. Israeli view: desalination is proven, and selling its water adds supply
# without touching the aquifers or security control. Palestinian view: buying water while
# the groundwater under their feet is restricted means dependence; they want their own plant.

issue-desalination = A new desalination plant
    .description = The Israeli side prefers to sell more desalinated water: new supply, with the aquifers and security control left as they are. The Palestinian side wants its own plant: buying water while its groundwater is restricted means dependence.
issue-desalination-sale_only = Israel sells more desalinated water to the Authority
issue-desalination-joint_plant = A donor-funded coastal plant, run jointly
issue-desalination-palestinian_plant = A Palestinian-owned plant and pipeline
    .ambiguous = A Palestinian-owned plant, its pipeline route "to be coordinated"

# Monitoring. Israeli view: unlicensed pumping drains shared water and must be seen; outside
# monitors would internationalise a security matter. Palestinian view: only one side's
# pumping is watched today; verification should cover both.

issue-monitoring = Monitoring and data
    .description = The Israeli side wants unlicensed pumping stopped, and no outside monitors on a security matter. The Palestinian side wants both sides' pumping checked, not only its own.
issue-monitoring-report_exchange = Each side sends the other a yearly report
issue-monitoring-joint_teams = Joint teams read every meter, on both sides
issue-monitoring-international_monitors = Third-party monitors under the envoy

# Permits. Israeli view: in Area C, planning and security control cannot be handed over
# piecemeal. Palestinian view: projects wait years for permits, and the veto keeps towns dry.

issue-permits = Permits for wells and repairs
    .description = The Israeli side wants joint decisions kept: security in Area C cannot be handed over piecemeal. The Palestinian side wants to license its own wells: projects wait years while towns go dry.
issue-permits-mutual_veto = The joint committee decides; each side can block
issue-permits-fast_track = Repairs approved at once; new wells decided within 60 days
    .ambiguous = Repairs approved at once; new wells "normally" decided within 60 days
issue-permits-local_control = The Authority licenses wells in its areas alone

## Roles

role-mediator = the envoy
    .description = You speak for the donor states that would pay for a new plant. You cannot sign, but you can draft wording, shuttle between the delegations, meet them, broker goodwill steps, press them and offer help. A delegation signs when the text is good enough for it, when it trusts the other side and you enough, and when its home front holds. You see every red line, and each side's support as an estimate.
    .success = Both delegations sign all four issues in clear wording; or, by the conference, at least allocation and the plant.

role-israeli_negotiator = the Israeli chief negotiator
    .description = You lead the Israeli delegation for the government. The cabinet wants secure supply for Israeli towns and farms, protected aquifers, no loss of security control in Area C, and nothing the hardline partner can use to bring down the coalition. You can draft wording and propose it, open a channel to your counterpart, consult the envoy, rally the coalition, approve pending repairs and seek the donors' guarantees. You see only your own side's support and red lines. The Palestinian delegation discounts a text that comes from you: it must be clearly better for them, and come with more trust.
    .success = The Palestinian delegation signs allocation and the plant, and your coalition and public still stand behind you.

role-palestinian_negotiator = the Palestinian chief negotiator
    .description = You lead the Palestinian delegation for the Authority. In summer many towns get water only some days a week; your public wants more water now and its rights recognised, and the opposition calls any deal a surrender. You can draft wording and propose it, open a channel to your counterpart, consult the envoy and the factions, close unlicensed connections and appeal to the donors. You see only your own side's support and red lines. The Israeli delegation discounts a text that comes from you: it must be clearly better for them, and come with more trust.
    .success = The Israeli delegation signs allocation and the plant, with more water for Palestinian towns, and your leadership still holds.

objective-mediator-core_on_table = Wording on allocation and the plant that both delegations can accept is on the table.
objective-mediator-bridge = The delegations trust each other enough to sign (the Israeli trust in the Palestinians 45 or more, the Palestinian trust in the Israelis 40 or more).
objective-mediator-sign_core = Allocation and the plant are signed.
objective-mediator-even_hand = You stay even-handed: pressure balanced, and both delegations trust you (40 or more).
objective-mediator-clear_text = What is signed is clear: ambiguity stays below 20.
objective-israeli_negotiator-core_on_table = Wording on allocation and the plant that your cabinet supports (10 or more) is on the table.
objective-israeli_negotiator-sign_core = Allocation and the plant are signed.
objective-israeli_negotiator-hold_coalition = Your coalition holds: home front at 40 or more.
objective-israeli_negotiator-keep_public = The Israeli public stays patient: 40 or more.
objective-palestinian_negotiator-core_on_table = Wording on allocation and the plant that your leadership supports (25 or more) is on the table.
objective-palestinian_negotiator-sign_core = Allocation and the plant are signed.
objective-palestinian_negotiator-more_water = Palestinian towns get more water: a signed allocation above today's quotas.
objective-palestinian_negotiator-hold_mandate = Your leadership holds: home front at 40 or more.

## Actions

action-draft_text = Draft wording
    .description = Put one issue's wording on the table; every party's support is recomputed.
action-put_proposal = Put a proposal
    .description = Put the whole table to the delegations; if all accept, every issue on it is signed.
action-meet = Meet a delegation
    .description = A long private meeting: that delegation trusts you more.
action-shuttle = Shuttle between the delegations
    .description = Carry messages both ways for the week: each delegation trusts the other a little more.
action-broker_steps = Broker goodwill steps
    .description = Both sides take a small step on the same day, so neither goes first: trust grows, hardliners grumble.
action-press = Press a delegation
    .description = Lean on one delegation: pressure counts toward its yes, but it trusts you less.
action-donor_package = Offer a donor package
    .description = Money for the delegation's own priorities: its home front holds better; donor confidence falls.
action-brief_public = Brief a public
    .description = Explain the talks in the press: that public grows more patient, and leaks become likelier.
action-set_deadline = Announce a deadline
    .description = Tell both delegations the donors will not wait: more pressure on both. Once, from week 3.
action-gag_order = Impose a news blackout
    .description = No briefings for a while: leaks become less likely, and both publics grow less patient.
action-consult_envoy = Consult the envoy
    .description = Share your concerns with the envoy: trust grows both ways.
action-reach_palestinians = Open a channel to the Palestinian delegation
    .description = Meet your counterpart quietly: the Palestinian delegation trusts you more.
action-reach_israelis = Open a channel to the Israeli delegation
    .description = Meet your counterpart quietly: the Israeli delegation trusts you more.
action-rally_coalition = Rally the coalition
    .description = Reassure your partners with a firm speech: the coalition holds better; the Palestinian delegation trusts you a little less.
action-consult_factions = Consult the factions
    .description = Bring faction and local leaders, critics included, into the loop: your home front holds better; the Israeli delegation trusts you a little less.
action-approve_repairs = Approve pending repairs
    .description = Clear a backlog of repair permits for Palestinian wells: trust grows and supply improves; the coalition partner objects.
action-curb_connections = Close unlicensed connections
    .description = Close unlicensed taps on the shared network: the Israeli delegation trusts you more; your public and factions object.
action-seek_guarantees = Seek guarantees from the donors
    .description = Ask the donors to guarantee security and hold the other side to its word: your coalition holds better; pressure on the Palestinian delegation rises, and it trusts you less.
action-appeal_to_donors = Appeal to the donors
    .description = Ask the donors to back the Authority and press Israel: your home front holds better; pressure on the Israeli delegation rises, and it trusts you less.

## Events

event-committee_opens = The Water Committee meets in a hotel by the sea. The donor conference is eight weeks away, and the money for a new plant depends on a signed text. The Israeli delegation brings pumping data and security maps; the Palestinian delegation brings supply figures for towns that get water some days a week. The envoy must choose where to begin.
    .title = The committee meets
event-committee_opens-data_first = You open with the data: agree the numbers before dividing the water.
    .news = The envoy opens with the data: the numbers are to be agreed before the water is divided.
event-committee_opens-needs_first = You open with daily need: what families will receive this summer.
    .news = The envoy opens with daily need: what families will receive this summer.
event-committee_opens-plant_first = You open with the new plant, where the donors' money is.
    .news = The envoy opens with the new plant, where the donors' money is.

event-old_file = The delegations reopen a file left unfinished since 1995. The interim water article was meant to last five years; its joint committee, where each side can block the other, still decides on new wells. The Israeli delegation sees a system that has protected the aquifers; the Palestinian delegation sees one that has kept its towns short.
    .title = An old file
    .history = In the Interim Agreement of September 1995 (Oslo II), Israel recognised Palestinian water rights in the West Bank and left their definition to the permanent-status talks. Article 40 of its Annex III set interim amounts, estimated Palestinian future needs at 70 to 80 million cubic metres a year, and created a Joint Water Committee that decides by consensus. The permanent-status talks never concluded, and the interim arrangements remained the framework for decades.
    .source = { source-oslo-ii }, Annex III, Article 40: Palestinian water rights recognised, interim amounts and the Joint Water Committee

event-dry_forecast = Hydrologists on both sides forecast a dry summer: winter rain was below average and the aquifers are low. Israeli farmers expect their quotas to be cut; Palestinian towns expect longer gaps between deliveries.
    .title = A dry summer ahead

event-donor_letter = The donors write to both delegations: without a signed text by the conference, the money for the plant goes to other projects. Each delegation calls the letter pressure, and each forwards it to its leadership.
    .title = A letter from the donors

event-conference_week = Delegations arrive for the donor conference. Whatever is not signed this week waits for another season.
    .title = Conference week

event-walkout_threat = After a bad week, one delegation packs its files. Its chief says there is nothing left to talk about, and the cameras wait outside. The envoy must decide whether to spend the donors' goodwill to keep both delegations in the room.
    .title = Files packed
event-walkout_threat-rescue = You go to both delegations and keep them at the table.
    .news = The envoy spends the donors' goodwill to keep both delegations at the table.
event-walkout_threat-let_go = You let them go and call it a recess.
    .news = The envoy lets the delegation go and calls it a recess.

event-coalition_ultimatum = The hardline partner in the Israeli coalition threatens to quit. Its price: a budget for a new road and water line to settlements in the hills. The Palestinian delegation warns that such a line would draw on the same aquifer the committee is trying to share.
    .title = A coalition ultimatum
event-coalition_ultimatum-pay_price = You fund the road and the water line, and keep the coalition.
    .news = The Israeli delegation agrees to the partner's price: the road and the water line are funded, and the coalition holds.
event-coalition_ultimatum-call_bluff = You call the partner's bluff and refuse.
    .news = The Israeli delegation calls the hardline partner's bluff and refuses its price.
event-coalition_ultimatum-widen_coalition = You open talks with an opposition party to widen the coalition.
    .news = On the Israeli delegation's advice, the government opens talks with an opposition party to widen the coalition.

event-faction_protest = The opposition faction fills the square: the delegation, it says, is trading water rights for a water bill. Its leaders call for a walkout. Many who march have had dry taps for days.
    .title = Protest in the square
event-faction_protest-pause_talks = You pause the talks for a week to show you are listening.
    .news = The Palestinian delegation pauses the talks for a week to show it is listening.
event-faction_protest-add_engineers = You bring independent water engineers into your delegation.
    .news = The Palestinian delegation brings independent water engineers onto its team.
event-faction_protest-hold_course = You defend the talks in public and hold your course.
    .news = The Palestinian delegation defends the talks in public and holds its course.

event-bias_charge = One delegation accuses the envoy of taking the other's side: the pressure, it says, falls on one party only. The charge leads the evening news on both sides.
    .title = Taking sides?
event-bias_charge-rebalance = You ease off and even out the pressure on both delegations.
    .news = The envoy eases off and evens out the pressure on both delegations.
event-bias_charge-hold_course = You hold your course: the pressure goes where the gaps are.
    .news = The envoy holds course and says the pressure goes where the gaps are.

event-dry_taps = Supply to several West Bank towns falls to one or two days a week, and families buy tanker water at several times the price. In the Jordan Valley, Israeli and Palestinian farmers both see their quotas cut. Both publics ask what the committee is doing.
    .title = Dry taps

event-clash_at_spring = Settlers and residents of a nearby Palestinian village confront each other at a spring both use. Stones are thrown and shots are fired; four people are injured. Soldiers close the area. Each side says the other started it.
    .title = Clash at a spring

event-junction_attack = A Palestinian gunman opens fire at a bus stop by a junction. Two Israelis are killed and three are wounded. The army searches nearby villages, and the Israeli cabinet meets in the evening.
    .title = Attack at a junction
event-junction_attack-suspend_talks = You suspend the talks for a week.
    .news = The Israeli delegation suspends the talks for a week.
event-junction_attack-keep_talking = You condemn the attack and keep the committee working.
    .news = The Israeli delegation condemns the attack and keeps the committee working.

event-town_raid = An Israeli army arrest raid in a West Bank town turns into an exchange of fire. Two Palestinians are killed and three people are wounded, a soldier among them. The army says it came for a wanted man; residents say the dead were bystanders.
    .title = Raid in a town
event-town_raid-suspend_talks = You suspend the talks for a week.
    .news = The Palestinian delegation suspends the talks for a week.
event-town_raid-keep_talking = You condemn the raid and stay at the table.
    .news = The Palestinian delegation condemns the raid and stays at the table.

event-pipeline_burst = A main line feeding several Palestinian villages bursts in Area C, where repairs need an Israeli permit. Crews and parts wait at the site. The Israeli side says permits protect security and planning; the Palestinian side says the wait is the problem.
    .title = A burst main
event-pipeline_burst-emergency_permit = You press for an emergency permit, and crews start tomorrow.
    .news = The Israeli delegation secures an emergency permit; crews start tomorrow.
event-pipeline_burst-usual_route = You let the request take the usual route.
    .news = The Israeli delegation lets the request take the usual route, and the crews wait.
event-pipeline_burst-tankers = You ask the donors to pay for water tankers while the permit waits.
    .news = The Israeli delegation asks the donors to pay for water tankers while the permit waits.

event-settlement_well = Israeli authorities approve a new well for a settlement in the hills, drawing on the same aquifer. The Palestinian delegation calls it a fact on the ground created during talks; the Israeli delegation says the well was planned years ago.
    .title = A new well

event-unlicensed_wells = An Israeli report counts dozens of unlicensed wells and pipe connections in the northern West Bank. The Israeli delegation says they drain shared water and break the interim rules; the Palestinian delegation says the permits were never granted.
    .title = Unlicensed wells

event-text_leaks = A newspaper prints the committee's draft, with the other side's demands in bold. Talk shows on both sides call it a sell-out by their own delegation.
    .title = The draft leaks

event-heatwave = An early heatwave pushes demand to summer levels. Pumping rises on both sides of the Green Line, and reservoirs fall.
    .title = Early heatwave

event-donor_visit = A donor delegation tours the proposed plant site and signals more money if the text holds.
    .title = Donors visit the site

event-army_inquiry = The army opens an inquiry into the clash at the spring and detains two suspects. Villagers say they have heard such promises before.
    .title = An inquiry

event-talks_resume = The delegations return to the table after a week's pause. Neither says what changed.
    .title = Talks resume

event-partner_quits = The hardline partner leaves the government. The coalition survives by one seat, and every vote is now a test.
    .title = The partner quits

event-implementation_dispute = Engineers from both sides read a vague clause of the signed text in opposite ways, and the first joint site visit ends in an argument. Each delegation says the other is breaking the deal.
    .title = A vague clause

## Endings: the value is a one-line summary; .epilogue says which factors drove it;
## .history says what history did instead. ending-<id>-<role> replaces the epilogue for
## one role.

ending-deal_dies_at_home = A home front breaks, and the text dies with it.
    .title = The deal dies at home
    .epilogue = One delegation could no longer carry its own side: a coalition partner walked out, or the factions turned the street against the leadership. A text the other side could sign was one this side could not ratify: the two-level game of every negotiation. Internal politics and legitimacy, not the water, decided it.
    .history = Domestic politics has stopped Israeli-Palestinian talks more than once: coalition crises in Israel and the split between Palestinian factions have each blocked steps that negotiators had agreed or nearly agreed.
ending-deal_dies_at_home-variant-both_fronts = Both home fronts broke at once: the Israeli coalition and the Palestinian factions each turned the text into a test the leadership could not pass. Neither side could ratify what it had drafted.
ending-deal_dies_at_home-variant-israeli_coalition = The Israeli home front broke first: a coalition partner made the text a vote on the government, and the delegation could no longer carry it. The Palestinian home front was still holding.
ending-deal_dies_at_home-variant-palestinian_factions = The Palestinian home front broke first: the factions made the text a test of legitimacy, and the street sided with them. The Israeli home front was still holding.
ending-deal_dies_at_home-variant-israeli_coalition-israeli_negotiator = Your coalition could not carry the text. You signed what the Palestinian delegation could accept, but the hardline partner made it a vote on the government, and the government lost. Next time, build the home front first, and keep your own red lines off the table.
ending-deal_dies_at_home-variant-palestinian_factions-palestinian_negotiator = Your leadership could not carry the text. You signed what the Israeli delegation could accept, but the factions made it a test of legitimacy, and the street sided with them. Next time, bring the factions along first, and keep your own red lines off the table.

ending-escalation = Violence overtakes the talks.
    .title = Escalation
    .epilogue = Incidents followed one another faster than trust could be rebuilt. Each public saw its own dead and the other side's hostility, and the committee stopped meeting. Security fears and the loop of violence and mistrust undid what the drafting had built.
    .history = In early 2001, as the second intifada began, the heads of the Israeli and Palestinian water authorities jointly called for water infrastructure to be kept out of the violence, and the joint committee kept working while most political talks had stopped.

ending-walkout = A delegation leaves the table.
    .title = Walkout
    .epilogue = Trust between the delegations fell so low that walking out cost less than staying. The envoy could have spent the donors' goodwill to keep them in the room, and did not. Mistrust and mismatched goals: each side came to believe the other wanted the talks only to buy time.
    .history = Israeli-Palestinian talks have been suspended many times after violence or a unilateral move, and resumed months or years later, usually under outside pressure.

ending-water_accord = Both delegations sign an interim water arrangement on every issue.
    .title = A water accord
    .epilogue = Allocation, a new plant, monitoring and permits are signed in wording both delegations can defend at home. It worked because trust was built before the text was put, both home fronts held, and no one was asked to cross a red line. It is still interim: the question of rights is managed, not settled.
    .history = No comprehensive Israeli-Palestinian water agreement has been signed since 1995. Smaller steps have been: in 2013 a memorandum of Israel, Jordan and the Palestinian Authority tied to a Red Sea to Dead Sea project included extra water for the Palestinians, and in 2017 Israel and the Authority announced a further sale. Neither settled the question of rights.

ending-accord_on_paper = Everything is signed, and much of it is vague.
    .title = An accord on paper
    .epilogue = The delegations signed every issue, but key clauses can be read two ways. On paper it is a success; in the field, engineers will argue over what "normally" or "guided by needs" means. Ambiguity bought signatures now and disputes later, the story of many interim arrangements.
    .history = The 1995 interim water article itself left the central question, how Palestinian water rights would be defined, to later talks that never concluded it.

ending-interim_arrangement = Allocation and the plant are signed by the conference.
    .title = An interim arrangement
    .epilogue = Not everything was agreed, but the two issues that move water, how much each side pumps and a new plant, are signed in clear wording, and the donors can fund the plant. Monitoring or permits wait for another round. Small steps help, as long as they do not harden into the permanent state of things.
    .history = Since 1995, practical water arrangements, such as sales of extra water or single projects approved one by one, have mostly come in small steps like this, while the dispute over rights stayed open.

ending-small_steps = Something is signed, but not the core.
    .title = Small steps
    .epilogue = The delegations signed part of the text, but not allocation and the plant in clear wording. The conference welcomes "progress" and funds little. The status quo bends a little, and holds.
    .history = Many rounds of Israeli-Palestinian talks have ended in partial or procedural agreements that left the core issues for a later round.

ending-status_quo = The conference opens with nothing signed.
    .title = The status quo holds
    .epilogue = The deadline came and nothing was signed. For one side the status quo was bearable; for the other it was painful, but not painful enough to give ground on terms the first would take. The donors fund other projects, and this summer's shortages look like last summer's. In the real history of these talks, this is the most common ending.
    .history = The interim water arrangements of 1995, meant to last five years, were still the framework three decades later.

## Difficulties

difficulty-calm = Calm
    .description = A quiet season: more trust between the delegations, patient publics, and few violent incidents.
difficulty-tense = Tense
    .description = An ordinary season: little trust, some patience, and violent incidents now and then.
difficulty-violent = Violent
    .description = A violent season: less trust, impatient publics, and frequent deadly incidents.

# Discussion questions for the debrief (questions.toml).
question-water_needs = Each delegation came to the committee with its own idea of what the water talks were for: one spoke of rights and a fair share, the other of security and a working supply. How did that difference show in the wording you drafted?
question-water_home = Which people at home could each delegation not afford to disappoint, and how did that limit what it could accept?
question-water_status_quo = Nothing was signed. For which side was the present arrangement easier to live with, and why did that make agreement harder?
question-water_small_steps = Only part of the text was signed. Do small steps build the trust a larger agreement needs, or do they take away the pressure to reach one?
question-water_envoy = As the envoy, you brought money and attention from outside. When did that help the delegations move, and when did it let them avoid hard choices?
source-oslo-ii = Israeli-Palestinian Interim Agreement on the West Bank and the Gaza Strip (Oslo II), 28 September 1995
    .cite = Israeli-Palestinian Interim Agreement on the West Bank and the Gaza Strip (Oslo II), 28 September 1995
