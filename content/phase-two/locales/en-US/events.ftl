# Good Faith — "Phase Two" (English): events. Week 1 is the record (each with .history);
# from week 2 the game is counterfactual.

## Week 1: the record

event-phase_two_declared = Washington declares the second phase of the Gaza talks open. The ceasefire of October holds, fragile; the exchange of hostages and prisoners is behind, and the hardest questions are ahead: disarmament, withdrawal, who governs Gaza.
    .title = Phase Two declared open
    .history = In October 2025 a ceasefire between Israel and Hamas took effect under a 20-point plan; analysts credit the US President's personal involvement, including strong pressure on the Israeli Prime Minister. The US administration later declared Phase Two of the talks started, while the end states Israel and Hamas seek for Gaza remained far apart. The game's first week stands for that announced start; the sources used here give no exact date, so the calendar's 12 January 2026 is an assumption.
    .source = { source-wotr }: the ceasefire of October 2025, the 20-point plan and the declaration that Phase Two had started
event-west_bank_control = In the West Bank, Israel's recent moves to extend its control weigh on the talks. Palestinians and Arab states say a state is slipping out of reach; Israel's government says the West Bank is not part of a Gaza deal.
    .title = The West Bank in the background
    .history = Expert commentary at the start of Phase Two noted Israel's recent moves to expand its control over the West Bank, which made a sovereign Palestinian state a dimmer prospect, and named annexation as a spoiler Arab states would weigh.
    .source = { source-wotr }: Israel's recent moves to expand its control over the West Bank, named as a spoiler
event-trust_deficit = Both sides remember the last pause. Israelis recall texts they say Hamas broke; Palestinians recall a truce that ended with the war resuming. Every clause now is read for the trap in it.
    .title = The memory of broken pauses
    .history = A temporary pause in late 2023 let some hostages go free and some aid enter Gaza, then expired, and the fighting resumed. Later agreements also broke down in implementation, and commentators describe each side entering new talks more cautious and more rigid because of it.
    .source = { source-falling-apart }: the temporary pause of late 2023 that expired before the fighting resumed, and earlier agreements that broke down in implementation

event-opening_stance = The first week of Phase Two: the mediators ask each party how it means to begin.
    .title = Opening positions
event-opening_stance-president_engaged = You announce that the President will follow the talks personally.
    .news = The envoy announces that the US President will follow the talks personally.
event-opening_stance-mediators_lead = You let Qatar and Egypt lead the daily work, and back them.
    .news = The envoy lets Qatar and Egypt lead the daily work.
event-opening_stance-convene_cairo = You convene the first round in Cairo, closer to Israel's security services.
    .news = The mediators convene the first round in Cairo.
event-opening_stance-convene_doha = You convene the first round in Doha, closer to Hamas's political leaders.
    .news = The mediators convene the first round in Doha.
event-opening_stance-disarmament_first = You say Israel will discuss nothing else before disarmament.
    .news = The Prime Minister says Israel will discuss nothing else before disarmament.
event-opening_stance-lines_can_move = You signal that the lines can move as disarmament moves.
    .news = The Prime Minister signals that the lines can move as disarmament moves.
event-opening_stance-ready_to_govern = You declare the Authority ready to govern Gaza, after reforms.
    .news = The Palestinian Authority President declares the Authority ready to govern Gaza, after reforms.
event-opening_stance-unity_first = You call for Palestinian unity before any arrangement for Gaza.
    .news = The Palestinian Authority President calls for Palestinian unity before any arrangement for Gaza.

event-record_ends = From this week on, the story is the game's. What follows is not what happened, nor a forecast of what will: it is what the choices in this game make of the situation the record left.
    .title = Where the record ends

## Indirect talks

event-message_via_qatar = A message reaches Hamas's leadership through Doha, and its answer comes back the same way.
    .title = A message through Qatar
event-message_via_qatar-intact = It arrives as it was sent.
    .news = It arrives as it was sent.
event-message_via_qatar-softened = It arrives softened: Doha eases the wording, and Israel suspects it.
    .news = It arrives softened: Doha eases the wording, and Israel suspects it.
event-message_via_qatar-hardened = It arrives hardened: the answer comes back with new conditions.
    .news = It arrives hardened: the answer comes back with new conditions.
event-message_via_egypt = A message reaches Hamas's leadership through Cairo, and its answer comes back the same way.
    .title = A message through Egypt
event-message_via_egypt-intact = It arrives as it was sent.
    .news = It arrives as it was sent.
event-message_via_egypt-softened = It arrives softened: Cairo eases the wording.
    .news = It arrives softened: Cairo eases the wording.
event-message_via_egypt-hardened = It arrives hardened: the answer comes back with new conditions.
    .news = It arrives hardened: the answer comes back with new conditions.

## Sequencing and verification

event-verification_round = Monitors begin to verify the first weapons handed over. It will take three weeks.
    .title = Verification begins
event-verification_report = The monitors report on the stage of disarmament they were checking.
    .title = The verification report
event-verification_report-verified = The stage is verified: the weapons listed were handed over.
    .news = The stage is verified: the weapons listed were handed over.
event-verification_report-disputed = The report is disputed: Israel says weapons are missing, Hamas says the lists were wrong.
    .news = The report is disputed: Israel says weapons are missing, Hamas says the lists were wrong.
event-verification_report-failed = The stage fails: caches turn up that were never declared, and each side blames the other.
    .news = The stage fails: caches turn up that were never declared, and each side blames the other.
event-withdrawal_due = A disarmament stage is verified; the text says the army now pulls back to the next line.
    .title = A withdrawal stage is due
event-withdrawal_due-pull_back = You order the army back to the next line.
    .news = The Israeli government orders the army back to the next line.
event-withdrawal_due-hold_the_line = You hold the line for now, citing security.
    .news = The Israeli government holds the line for now, citing security.

## The ceasefire's status

event-pause_expiring = The temporary pause runs out this week. Unless it is renewed, nothing binds either side.
    .title = The pause expires
event-pause_expiring-renew = You work to renew the pause for six more weeks.
    .news = The pause is renewed for six more weeks.
event-pause_expiring-short_renewal = You settle for a three-week renewal.
    .news = The pause is renewed for three weeks only.
event-pause_expiring-let_it_lapse = You let the pause lapse.
    .news = The pause lapses, and no one renews it.
event-pause_restored = After days without a pause, the mediators restore it for four weeks. It costs them: another restart of the same conversation.
    .title = The pause restored
event-fighting_resumes = The fighting resumes in earnest. Strikes and attacks follow each other; aid stops; the talks halt.
    .title = The war resumes

## Mediator fatigue

event-qatar_reassesses = Qatar's officials say they are reassessing their role: they have restarted the same talks too many times.
    .title = Qatar reassesses
event-qatar_reassesses-recommit = You persuade Doha to stay, if both sides show movement.
    .news = Doha agrees to stay, if both sides show movement.
event-qatar_reassesses-step_back = You let Doha step back from the mediation.
    .news = Qatar steps back from the mediation.
event-egypt_reassesses = Egypt's officials say they are reassessing their role: they have restarted the same talks too many times.
    .title = Egypt reassesses
event-egypt_reassesses-recommit = You persuade Cairo to stay, if both sides show movement.
    .news = Cairo agrees to stay, if both sides show movement.
event-egypt_reassesses-step_back = You let Cairo step back from the mediation.
    .news = Egypt steps back from the mediation.
event-washington_reassesses = In Washington, the US President's advisers ask whether the talks are still worth his time.
    .title = Washington reassesses
event-washington_reassesses-stay_engaged = You win another round of the President's attention.
    .news = The envoy wins another round of the US President's attention.
event-washington_reassesses-step_back = You recommend stepping back until the parties are ready.
    .news = Washington steps back until the parties are ready.
event-mediators_complain = Qatari officials say publicly that the talks cannot go on restarting forever.
    .title = Mediators' frustration

## The signing stage

event-signing_stage = The delegations gather to sign the full text. If either side reopens a single clause now, the whole text is lost.
    .title = The signing stage
event-signing_stage-signed_in_full = The text is signed in full.
    .news = The text is signed in full.
event-signing_stage-israel_reopens = At the last moment, the Israeli side reopens a clause.
    .news = At the last moment, the Israeli side reopens a clause; the signing is off.
event-signing_stage-hamas_reopens = At the last moment, Hamas's side reopens a clause.
    .news = At the last moment, Hamas's side reopens a clause; the signing is off.
event-clause_leaked = A draft clause leaks from the consultations. In Israel and in Gaza, critics read it as surrender.
    .title = A clause leaks
event-guarantee_tested = An incident tests the guarantee: each side asks the guarantor to act on its behalf.
    .title = The guarantee tested
event-guarantee_tested-guarantor_acts = The guarantor acts, and is seen to act.
    .news = The guarantor acts, and is seen to act.
event-guarantee_tested-guarantor_hesitates = The guarantor hesitates; the guarantee loses its meaning.
    .news = The guarantor hesitates; the guarantee loses its meaning.
event-government_collapses = The Israeli coalition loses its majority; the government falls.
    .title = The government falls

## Violations

event-strike_after_violation = Israeli forces strike in Gaza after what the army calls a violation of the ceasefire; Hamas calls the strike itself the violation. Palestinians are killed.
    .title = A strike in Gaza
event-strike_after_violation-keep_it_limited = You keep the response limited.
    .news = The Israeli government keeps the response limited.
event-strike_after_violation-widen_operation = You widen the operation.
    .news = The Israeli government widens the operation.
event-attack_on_troops = Gunmen attack Israeli soldiers near the line in Gaza. Israel holds Hamas responsible; Hamas denies any part in it.
    .title = Soldiers attacked
event-armed_retaliation = An armed group fires at Israeli positions in answer to the strikes.
    .title = Fire in answer
event-armed_clashes_inside = Armed groups and clans clash with Hamas's forces inside Gaza; civilians are caught between them.
    .title = Clashes inside Gaza
event-gaza_leadership_defiant = Hamas's commanders in Gaza say no one abroad can sign away their arms.
    .title = Defiance from Gaza

## Access and reconstruction

event-crossing_closed = A crossing closes for days after a security alert; convoys wait at the border.
    .title = A crossing closed
event-winter_camps = Rain and cold flood tents where displaced families live among the ruins.
    .title = Winter in the camps
event-un_warning = UN agencies warn that aid reaching Gaza falls far short of need.
    .title = A UN warning
event-donor_conference = Donors meet and pledge money for Gaza's reconstruction, tied to the agreed steps.
    .title = Donors pledge

## Families

event-families_vigil = Families of hostages hold a vigil outside the Prime Minister's office, asking the government not to let the agreement of October unravel.
    .title = The families' vigil
event-families_vigil-meet_them = You meet the families yourself.
    .news = The Prime Minister meets the families.
event-families_vigil-send_a_minister = You send a minister in your place.
    .news = The Prime Minister sends a minister in his place.
event-detainee_families = Families of Palestinians held in Israeli prisons rally in the West Bank and Gaza, asking that the next phase not forget them.
    .title = The detainees' families

## Coalition threats

event-coalition_ultimatum = A hard-line partner threatens to bring down the government if the army pulls back any further.
    .title = A coalition ultimatum
event-coalition_ultimatum-placate = You placate the partner with promises on the West Bank.
    .news = The Prime Minister placates the partner with promises on the West Bank.
event-coalition_ultimatum-call_bluff = You call the partner's bluff.
    .news = The Prime Minister calls the partner's bluff.

## Settler violence and annexation

event-settler_attack = Settlers attack a Palestinian village in the West Bank; homes and cars burn and villagers are hurt.
    .title = A village attacked
event-settler_attack-order_arrests = You order the police and army to arrest the attackers.
    .news = The Israeli government orders arrests of the attackers.
event-settler_attack-condemn_only = You condemn the attack and leave it there.
    .news = The Israeli government condemns the attack and leaves it there.
event-annexation_bill = Coalition members bring a bill to apply Israeli law to parts of the West Bank; its sponsors call it "applying sovereignty".
    .title = An annexation bill
event-annexation_bill-let_it_advance = You let the bill advance.
    .news = The government lets the annexation bill advance.
event-annexation_bill-hold_it_back = You hold the bill back.
    .news = The government holds the annexation bill back.
event-arab_states_react = Gulf states and Egypt warn that annexation would end their part in Gaza's reconstruction and in any force.
    .title = The Arab states react

## Leaks, Turkey, quiet

event-draft_leaked = A draft leaks to the press in Israel and the Arab world. Each side's critics read it as surrender.
    .title = A draft leaks
event-turkey_offers = Turkey offers to press Hamas's leaders and to join a force; Israel objects to Turkish troops in Gaza.
    .title = Turkey's offer
event-quiet_week = A quiet week: no shots at the lines, convoys move.
    .title = A quiet week
source-wotr = War on the Rocks, experts’ lessons for Phase Two
    .cite = War on the Rocks, a members’ article in which five experts draw lessons from past negotiations for the Phase Two talks (written after the ceasefire of October 2025)
source-falling-apart = “Middle East Ceasefire Talks Are Falling Apart” (commentary)
    .cite = “Middle East Ceasefire Talks Are Falling Apart — Here Is What You Need to Know”, a commentary on the Gaza ceasefire talks
