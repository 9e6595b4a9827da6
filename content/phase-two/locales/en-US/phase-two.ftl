# Good Faith — "Phase Two" (English): pack, scenario, actors, reactions, meters, issues with
# each side's case, chairs, objectives, actions and difficulties.

pack-phase-two = Phase Two
scenario-phase-two = Phase Two: the Gaza ceasefire talks, 2026
    .description = A ceasefire in Gaza took hold in October 2025 under a 20-point American plan, and Washington has declared the second phase of talks open. What comes after the exchange of hostages and prisoners is still unsettled: disarmament, the lines the army withdraws to, who governs Gaza in the transition, an international force, reconstruction, and the West Bank. Israel and Hamas do not talk to each other; every message goes through Qatar, Egypt or the United States. Twenty-six weeks. The first week is the public record; everything after it is your counterfactual, not a prediction.

resource-time = time
resource-capital = political capital

## Actors

actor-israel = Israeli government
actor-hamas_abroad = Hamas's leadership abroad
actor-hamas_gaza = Hamas's leadership in Gaza
actor-palestine = Palestinian Authority
actor-usa = United States
actor-mediators = Qatari and Egyptian mediators
actor-qatar = Qatar
actor-egypt = Egypt
actor-turkey = Turkey
actor-gulf_states = Gulf states
actor-eu = European Union
actor-un_agencies = UN and aid agencies
actor-armed_groups = Other armed groups in Gaza
actor-security_establishment = Israel's security establishment
actor-coalition_hardliners = Hard-line coalition partners
actor-israeli_public = Israeli public
actor-palestinian_public = Palestinian public
actor-settlers = Settler movement

## Reactions

reaction-israel-digs_in = Under pressure at home, the Israeli government hardens its terms.
reaction-israel-eases_crossings = Israel lets more trucks through the crossings this week.
reaction-israel-closes_crossings = After the week's violence, Israel slows traffic at the crossings.
reaction-israel-permanent_end_at_home = In Israel, critics call a permanent end with Hamas still armed a surrender; the coalition strains.
reaction-hamas_abroad-ranks_object = Inside Hamas, fighters and commanders object to any clause on giving up arms.
reaction-hamas_gaza-resists_disarmament = Hamas's commanders in Gaza reject a text that would strip them of all arms at once; tension rises.
reaction-palestine-shores_up_standing = The Authority convenes its leadership and Fatah's bodies to shore up its standing.
reaction-usa-attention_returns = The US President turns back to Gaza for a moment.
reaction-usa-president_distracted = Another crisis draws the US President's attention away from Gaza.
reaction-usa-impatient = In Washington, officials ask how long the talks will go on with nothing signed.
reaction-mediators-text_initialled = The mediators announce that a full text is initialled; the signing is set for next week.
reaction-mediators-counts_end_of_war = A clause on the end of the war is signed.
reaction-mediators-counts_disarmament = A clause on disarmament is signed.
reaction-mediators-counts_withdrawal = A clause on withdrawal is signed.
reaction-mediators-counts_governance = A clause on who governs Gaza is signed.
reaction-mediators-counts_international_force = A clause on the international force is signed.
reaction-mediators-counts_reconstruction = A clause on reconstruction is signed.
reaction-mediators-counts_west_bank = A clause on the West Bank is signed.
reaction-mediators-covers_sequence = Cairo and Doha guarantee each side's steps to the other, so that disarmament can be put on paper.
reaction-mediators-permanent_end_signed = The mediators announce that the war is over for good, on paper: the pause's clock stops.
reaction-qatar-round_fails = A round fails, and Qatar's officials count another restart.
reaction-qatar-weariness = Qatar's team is weary after months of the same conversation.
reaction-egypt-round_fails = A round fails, and Egypt's officials count another restart.
reaction-egypt-weariness = Egypt's team is weary after months of the same conversation.
reaction-egypt-pause_clock = The temporary pause has one week less to run.
reaction-gulf_states-holds_pledges = The Gulf states hold back their reconstruction pledges while annexation moves go on.
reaction-gulf_states-funds_flow = Gulf money for reconstruction begins to reach Gaza.
reaction-un_agencies-aid_flows = UN agencies move more aid into Gaza during the quieter days.
reaction-armed_groups-tension_builds = Armed groups in Gaza test the lines; tension builds.
reaction-security_establishment-contains_violence = Israel's security services head off an attack; the week is calmer than feared.
reaction-coalition_hardliners-threatens = The hard-line partners threaten to leave the government over the draft on the table.
reaction-coalition_hardliners-quits_over_text = The hard-line partners leave the government over the signed clause.
reaction-israeli_public-wants_security = Israelis demand security first; pressure on the government grows.
reaction-israeli_public-aid_without_disarmament = Israeli critics ask why aid and rebuilding flow while Hamas keeps its arms.
reaction-israeli_public-quiet_weeks = Quiet weeks ease the mood in Israel.
reaction-palestinian_public-hardship = In Gaza, hunger, cold and ruins wear people down; anger grows at every leadership.
reaction-palestinian_public-bystander = Palestinians ask what the Authority has to show for the talks; its standing slips.
reaction-palestinian_public-relief_seen = Gazans see aid and rebuilding arrive; hope returns a little.
reaction-settlers-new_outposts = Settlers set up new outposts in the West Bank.

## Meters

meter-humanitarian_access = Aid access
meter-reconstruction = Reconstruction
meter-violence = Violence
meter-casualties_israeli = Israeli deaths
meter-casualties_palestinian = Palestinian deaths
meter-coalition_cohesion = Coalition cohesion
meter-pa_legitimacy = PA legitimacy
meter-arab_backing = Arab backing
meter-annexation_steps = Annexation steps
meter-president_attention = White House focus
meter-public_support = Public support
meter-domestic_pressure = Domestic pressure
meter-patience = Mediator patience

## Issues

issue-end_of_war = The end of the war
    .description = Hamas wants the war ended for good, with guarantees that Israel will not resume it once Hamas has given up its leverage; a temporary pause, it says, is a pause before the next round. Israel's government wants to keep the right to act until Hamas is disarmed; ending the war with Hamas armed would, its leaders say, leave the threat of 7 October in place. The Authority wants an end that opens a political path.
issue-end_of_war-renewable_pause = a temporary pause, renewed in stages
issue-end_of_war-conditional_end = an end of the war once disarmament is complete
    .ambiguous = an end of the war "as the agreed steps are carried out"
issue-end_of_war-permanent_end = a permanent end of the war
    .ambiguous = "a lasting end of hostilities", its conditions to be agreed

issue-disarmament = Disarmament
    .description = Israel's government calls disarming "the terror organisations" in Gaza the heart of Phase Two: without it, it says, Gaza rearms and the next war is a matter of time. Hamas calls its arms a right of resistance while occupation lasts, and its commanders in Gaza see them as their survival; it may talk of storing weapons, not surrendering them. The Authority calls for "one authority, one law, one gun".
issue-disarmament-full_immediate = all weapons handed over at once
issue-disarmament-staged_verified = weapons handed over in stages, each stage verified
    .ambiguous = "a process to end armed activity", stages to be set
issue-disarmament-heavy_weapons_stored = heavy weapons stored under guard, light arms kept

issue-withdrawal = Withdrawal
    .description = Palestinians want the army out of Gaza on a timetable, without which, they say, disarmament is surrender under occupation. Israel's government and army want each pullback tied to verified disarmament and a security perimeter kept; leaving first, they say, is how Gaza became a base for attacks after 2005.
issue-withdrawal-lines_after_verification = withdrawal to the next line after each verified stage
    .ambiguous = withdrawal "in step with progress on security"
issue-withdrawal-fixed_timetable = full withdrawal on fixed dates
issue-withdrawal-perimeter_kept = an open-ended Israeli security perimeter inside Gaza

issue-governance = Who governs Gaza
    .description = The Authority says Gaza is part of one Palestinian state-to-be and that it must govern it after reforms; leaving it out, it says, splits the Palestinians for good. Israel's government refuses a role for an Authority it accuses of paying attackers' families and teaching hostility. Hamas says it will give up governing but not be shut out of Palestinian politics. A committee of technocrats is the compromise most name.
issue-governance-technocratic_committee = a Palestinian technocratic committee under international oversight
issue-governance-reformed_pa = a reformed Authority taking over in stages
    .ambiguous = "a role for Palestinian institutions, after reforms"
issue-governance-international_administration = an international administration, Palestinians advising

issue-international_force = The international force
    .description = Israel wants a force that will actually disarm Hamas, or none at all; states asked to send troops will not fight Palestinians. Hamas and many Palestinians accept monitors at the lines, not a force that acts as an army of occupation by other means.
issue-international_force-stabilization_force = a stabilisation force with a mandate to secure disarmament
    .ambiguous = a stabilisation force "to support security", its mandate to be set
issue-international_force-border_monitors = monitors at the lines and crossings only

issue-reconstruction = Reconstruction
    .description = Gazans need homes, water, power and hospitals now; Palestinians and many donors say rebuilding cannot wait on politics. Israel's government fears money and materials rebuilding tunnels and rockets, and wants them tied to disarmament. Donors want to know their money will not be destroyed in the next war.
issue-reconstruction-tied_to_disarmament = rebuilding only after disarmament
issue-reconstruction-staged_with_verification = rebuilding in stages, released as steps are verified
issue-reconstruction-immediate_open = rebuilding at once, crossings open to materials

issue-west_bank = The West Bank
    .description = The Authority and the Arab states say no Gaza arrangement lasts while the West Bank is being annexed step by step; they want a freeze and a political horizon. Israel's hard-line partners say Judea and Samaria are the heart of the Land of Israel and not part of a Gaza deal; the government fears losing them.
issue-west_bank-annexation_freeze = a freeze on annexation steps
issue-west_bank-reform_and_horizon = Authority reforms in exchange for a political horizon
issue-west_bank-left_out = the West Bank left out of the text

## Chairs

role-us_envoy = the US envoy
    .description = You carry the President's plan. Your strongest card is the President himself, whose attention you can spend a few times, no more. You can press the Israeli government, press Turkey, Qatar and Egypt to push Hamas, offer guarantees at a cost to your credibility, and hold back annexation moves. Hamas hears you only through Qatar and Egypt.
    .success = A permanent end, with disarmament verified in stages and the army pulling back, without losing either side, the mediators or the President's interest.
role-regional_mediators = the Qatari and Egyptian mediators
    .description = You are the channel: every word between Israel and Hamas passes through Doha or Cairo, and each capital has its own trust with each side. You can offer guarantees and an escrow for reconstruction, press Hamas, and ask Washington to press Israel. Your patience is finite; every failed round and every reversal drains it.
    .success = A text signed and carried out in stages before your patience runs out.
role-prime_minister = the Israeli Prime Minister
    .description = You lead a coalition whose hard-line partners threaten to bring you down over concessions. You answer to a public that wants security first, and to the hostages' families, who want the agreement to hold. You talk to Hamas only through mediators. You want disarmament before withdrawal; the other side wants the reverse.
    .success = Hamas disarmed in verified stages, the coalition intact, and Israelis safe.
role-pa_president = the Palestinian Authority President
    .description = You are not at the table with Israel and Hamas, but the text decides whether your Authority governs Gaza, and the West Bank is being annexed around you. You can announce reforms the donors ask for, court the Arab states, talk to the factions and take your case to the UN. Your legitimacy at home is thin.
    .success = A role for the Authority in Gaza, relief for its people, and your standing intact.

objective-us_envoy-end_of_war_clause = An end-of-war clause on the table that crosses no party's red line.
objective-us_envoy-disarmament_clause = A disarmament clause on the table that crosses no party's red line.
objective-us_envoy-withdrawal_clause = A withdrawal clause on the table that crosses no party's red line.
objective-us_envoy-governance_clause = A governance clause on the table that crosses no party's red line.
objective-us_envoy-reconstruction_clause = A reconstruction clause on the table that crosses no party's red line.
objective-us_envoy-sequence_covered = The sequence covered by a guarantee or an escrow.
objective-us_envoy-common_ground = A table the Israeli government and Hamas's leadership both support (15+), and the Authority too (10+).
objective-us_envoy-channel = A message on its way to Hamas, or an answer just in.
objective-us_envoy-pause_holds = The ceasefire holds.
objective-us_envoy-mediators_on_board = Qatar and Egypt stay patient (30+).
objective-us_envoy-verified_stage = A disarmament stage verified.
objective-us_envoy-access = Humanitarian access at 50 or more.
objective-regional_mediators-end_of_war_clause = An end-of-war clause on the table that crosses no party's red line.
objective-regional_mediators-disarmament_clause = A disarmament clause on the table that crosses no party's red line.
objective-regional_mediators-withdrawal_clause = A withdrawal clause on the table that crosses no party's red line.
objective-regional_mediators-governance_clause = A governance clause on the table that crosses no party's red line.
objective-regional_mediators-reconstruction_clause = A reconstruction clause on the table that crosses no party's red line.
objective-regional_mediators-sequence_covered = The sequence covered by a guarantee or an escrow.
objective-regional_mediators-common_ground = A table the Israeli government and Hamas's leadership both support (15+), and the Authority too (10+).
objective-regional_mediators-channel = A message on its way to Hamas, or an answer just in.
objective-regional_mediators-patience_holds = Qatar and Egypt stay patient (30+).
objective-regional_mediators-trusted_by_both = Trusted by Israel (30+) and by Hamas (40+).
objective-regional_mediators-verified_stage = A disarmament stage verified.
objective-regional_mediators-access = Humanitarian access at 50 or more.
objective-prime_minister-end_of_war_clause = An end-of-war clause on the table that crosses no party's red line.
objective-prime_minister-disarmament_clause = A disarmament clause on the table that crosses no party's red line.
objective-prime_minister-withdrawal_clause = A withdrawal clause on the table that crosses no party's red line.
objective-prime_minister-governance_clause = A governance clause on the table that crosses no party's red line.
objective-prime_minister-reconstruction_clause = A reconstruction clause on the table that crosses no party's red line.
objective-prime_minister-common_ground = A table the Israeli government and Hamas's leadership both support (15+), and the Authority too (10+).
objective-prime_minister-partner_standing = A Palestinian Authority still standing (legitimacy 20+).
objective-prime_minister-other_side_moved = Hamas's leadership moved toward a deal by what you and others have offered or pressed.
objective-prime_minister-channel = A message on its way to Hamas, or an answer just in.
objective-prime_minister-coalition_holds = The coalition holds (cohesion 30+).
objective-prime_minister-disarmament_first = A disarmament clause signed.
objective-prime_minister-verified_stage = A disarmament stage verified.
objective-prime_minister-quiet_home = Violence below 35.
objective-pa_president-end_of_war_clause = An end-of-war clause on the table that crosses no party's red line.
objective-pa_president-disarmament_clause = A disarmament clause on the table that crosses no party's red line.
objective-pa_president-withdrawal_clause = A withdrawal clause on the table that crosses no party's red line.
objective-pa_president-governance_clause = A governance clause on the table that crosses no party's red line.
objective-pa_president-reconstruction_clause = A reconstruction clause on the table that crosses no party's red line.
objective-pa_president-common_ground = A table the Israeli government and Hamas's leadership both support (15+), and the Authority too (10+).
objective-pa_president-other_side_moved = The Israeli government moved toward a deal by what you and others have offered or pressed.
objective-pa_president-channel = A message on its way to Hamas, or an answer just in.
objective-pa_president-standing_holds = Your legitimacy holds (25+).
objective-pa_president-role_in_gaza = A governance clause with a Palestinian body in charge signed.
objective-pa_president-west_bank_held = Annexation steps held below 25.
objective-pa_president-access = Humanitarian access at 50 or more.

## Actions

action-draft_text = Draft a clause
    .description = Put an option for one issue on the table, in plain or vague words.
action-put_proposal = Put the text to the parties
    .description = The mediators carry the whole table to each party; Hamas's leadership answers only if a message has come through.
action-message_via_qatar = Send a message through Qatar
    .description = It reaches Hamas's leadership next week, as sent, softened or hardened; Doha is closer to Hamas than to Israel.
action-message_via_egypt = Send a message through Egypt
    .description = It reaches Hamas's leadership next week, as sent, softened or hardened; Cairo keeps ties with both sides.
action-preclear_clause = Pre-clear a clause with the leaders
    .description = Check a core clause with each leader before the signing stage: fewer surprises then, but it takes time and may leak.
action-bring_in_president = Bring in the President
    .description = A call from the President moves Israel's government and the region, once in a while; it spends his attention.
action-press_israel = Press the Israeli government
    .description = Warn of the cost of stalling; it moves the government and strains the coalition and Israeli trust in you.
action-press_regional_state = Press a regional state on Hamas
    .description = Ask Turkey, Qatar or Egypt to push Hamas on disarmament; it costs you their goodwill and their patience.
action-offer_guarantee = Guarantee the sequence
    .description = Tell Hamas that Washington will hold Israel to each step; Israel trusts you less, and the guarantee may be tested.
action-check_annexation = Hold back annexation moves
    .description = Tell the Israeli government to stop annexation steps for a while; Arab states warm to the plan, the coalition does not.
action-push_aid = Push for aid
    .description = Press for more trucks and open crossings.
action-reassure_israel = Reassure the Israeli government
    .description = Promise that Israel's security comes first; Palestinians hear it as taking sides.
action-press_hamas = Press Hamas's leadership
    .description = Tell Hamas's leaders that their hosts' patience has limits; it moves them, and costs you their trust.
action-mediator_guarantee = Guarantee the sequence
    .description = Cairo and Doha guarantee each side's steps to the other; Israel trusts you less, and the guarantee may be tested.
action-escrow_fund = Set up an escrow for reconstruction
    .description = Gulf money held in escrow and released as each step is verified; it uses some of the Arab states' goodwill.
action-ask_washington = Ask Washington to press Israel
    .description = Ask the Americans to use the US President's weight; it spends his attention, and Israel notices.
action-aid_convoys = Organise aid convoys
    .description = Move more aid through Egypt.
action-regroup = Take stock and regroup
    .description = A week of consultations in Cairo and Doha restores some patience.
action-rally_coalition = Rally the coalition
    .description = Promise your partners what they want to hear; cohesion rises, and so do annexation steps.
action-meet_families = Meet the hostages' families
    .description = Hear the families out; it gives you a mandate to finish what the deal began.
action-consult_security_chiefs = Consult the security chiefs
    .description = Ask the army and the services what the text means for Israel's security; it steadies your hand.
action-shelve_annexation = Shelve annexation moves
    .description = Stop annexation steps for a while; the Arab states and Washington take note, your partners do not forgive.
action-open_crossings = Open the crossings wider
    .description = Let more aid into Gaza; critics at home call it a reward for Hamas.
action-order_strikes = Order strikes in Gaza
    .description = Strike what the army calls threats. It eases pressure at home and costs lives, the mediators' patience and Arab support.
action-release_revenues = Release the Authority's withheld revenues
    .description = Transfer the tax money Israel collects for the Authority; it steadies a partner your partners despise.
action-signal_flexibility = Signal flexibility through the mediators
    .description = Let Hamas's leadership know, through Cairo, that the lines can move as disarmament moves; your partners hear of it.
action-call_white_house = Call the White House
    .description = Shore up the relationship with the President.
action-announce_reforms = Announce reforms
    .description = Reforms the donors and Washington ask for; they win trust abroad and cost you at home.
action-appeal_arab_states = Appeal to the Arab states
    .description = Ask Cairo, Riyadh and the Gulf to stand behind the Authority's role.
action-address_people = Address your people
    .description = Speak for Palestinian rights and against annexation; your standing rises, Israeli trust falls.
action-call_for_calm = Call for calm
    .description = Urge restraint in Gaza and the West Bank; some call it doing Israel's work.
action-national_dialogue = Open a national dialogue
    .description = Talk with Hamas and the factions in Cairo about the transition; Israel and Washington frown.
action-offer_security_plan = Offer a security plan for Gaza
    .description = Offer police trained in Egypt to keep order under the transition.
action-go_to_un = Take the case to the UN
    .description = Rally support abroad; Washington and Israel resent it.

## Difficulties

difficulty-calm = Calm
    .description = Fewer incidents, a little more trust, more patient mediators.
difficulty-historical = As it stood
    .description = The start as the sources describe it: deep mistrust and a fragile pause.
difficulty-volatile = Volatile
    .description = More violence, more pressure at home, mediators already tired.

reaction-palestinian_public-signed_over_its_head = A clause on Gaza is signed without the Authority; Palestinians ask why it was not at the table, and its standing slips.
