# The River Compact — every word the player reads (English). Message ids follow the
# conventions in docs/pack-format.md, section 20. News is in the present tense; a choice
# is one line in the second person.

pack-{{id}} = The River Compact

scenario-{{id}} = The River Compact
    .description = A made-up place. Upton and Lowmere share the Alder river, and this year the snow was thin. Upton sits upstream and can hold the water back; Lowmere's farms need it in July. The river board has eight weeks before the summer to help the two councils agree how to share the flow and who pays for the weir.

## Budget

resource-time = Time
resource-favour = Favour

## Actors

actor-upton = Upton council
actor-lowmere = Lowmere council
actor-board = River board

## Reactions

reaction-upton-council_grumbles = Upton councillors complain that the talks give away water the town may need.
reaction-lowmere-town_celebrates = Lowmere holds a market-day celebration for the agreement.
reaction-board-calls_a_meeting = The river board invites both councils to a quiet dinner.

## Meters and flags

meter-reservoir = Reservoir
meter-patience = Council patience
flag-drought_declared = Drought declared

## Issues

issue-share = Sharing the summer flow
    .description = Upton wants a simple rule it controls; Lowmere wants water it can count on in July.
issue-share-fixed_split = A fixed half each, whatever the river carries
issue-share-seasonal_split = Shares that follow the season and the reservoir
issue-share-guaranteed_flow = A minimum flow to Lowmere, always
issue-upkeep = Paying for the weir
    .description = The weir and the channels need repairs every year; neither council wants to pay alone.
issue-upkeep-upton_pays = Upton pays, since the weir is on its land
issue-upkeep-shared_by_use = Each town pays for the water it takes
issue-upkeep-lowmere_pays = Lowmere pays, since the water is for its farms

## Roles

role-mediator = the river board
    .description = You chair the talks for the river board. You cannot sign, but you can draft terms, put them to both councils, visit a council and take both on a tour of the river. Each council signs when the terms suit it, it trusts the other town, and its patience holds.
    .success = Both councils sign terms on the flow and on the weir.
role-upstream_mayor = the mayor of Upton
    .description = You lead Upton, upstream. Your farmers want the water held back; your council wants a deal that does not look like a surrender. You can draft and put terms, reassure your council and open the sluice as a goodwill gesture.
    .success = Lowmere signs terms on the flow, and your council still backs you.

objective-mediator-share_signed = Terms on the summer flow are signed.
objective-mediator-calm_river = Fewer than two quarrels over the river.
objective-upstream_mayor-share_signed = Terms on the summer flow are signed.
objective-upstream_mayor-council_holds = Your council stays patient: 40 or more.

## Actions

action-draft_terms = Draft terms
    .description = Put wording for one issue on the table.
action-put_terms = Put the terms
    .description = Put the whole table to both councils; if both accept, it is signed.
action-visit = Visit a council
    .description = A long meeting in the town hall: that council trusts you more.
action-site_tour = Tour the river together
    .description = Walk the river with both councils: each trusts the other a little more.
action-declare_rationing = Declare rationing
    .description = Ration water in both towns: the reservoir recovers, and both councils grow less patient.
action-reassure_council = Reassure your council
    .description = Explain the talks to your councillors: they grow more patient.
action-open_sluice = Open the sluice
    .description = Let extra water downstream: Lowmere trusts you more, your council less.

## Events

event-first_meeting = The two councils meet in the board's office by the weir. Upton has brought gauge readings; Lowmere has brought its farmers. The board must choose where to begin.
    .title = The first meeting
event-first_meeting-start_with_gauges = You begin with the gauge readings.
    .news = The board begins with the gauge readings.
event-first_meeting-start_with_farms = You begin with what Lowmere's farms need.
    .news = The board begins with what Lowmere's farms need.
event-dry_forecast = The forecast is for a dry summer. The reservoir is lower than anyone would like.
    .title = A dry forecast
event-drought = The board declares a drought. Hosepipes are banned in both towns.
    .title = Drought
event-pump_breakdown = Upton's main pump fails, and the river below the weir runs thin for three days.
    .title = A pump fails
event-pump_breakdown-pay_repairs = You pay for an emergency repair.
    .news = Upton pays for an emergency repair.
event-pump_breakdown-blame_weather = You blame the weather and wait.
    .news = Upton blames the weather and waits.
event-fish_kill = Dead fish appear below the weir. Lowmere blames the low flow.
    .title = Dead fish
event-spring_rain = A week of rain raises the reservoir.
    .title = Rain
event-repair_crew = The repair crew finishes early, and the flow recovers.
    .title = Repairs done
event-first_season = The first weeks under the new terms go smoothly, and each town says so.
    .title = The terms hold

## Endings: the value is a one-line summary; .epilogue says what drove it; .history (required)
## says what history did instead, or, for a made-up place like this one, that there is none.

ending-feud = The talks end in a feud.
    .title = Feud
    .epilogue = Quarrels over the river came faster than trust could grow, or a council ran out of patience. Each town now tells its own story of the summer.
    .history = This place is made up; no history is told here.
ending-river_compact = Both councils sign a river compact.
    .title = The river compact
    .epilogue = The flow and the weir are settled in terms both towns can defend. It worked because trust was built before the terms were put.
    .history = This place is made up; no history is told here.
ending-partial_deal = Something is signed, but not everything.
    .title = Part of a deal
    .epilogue = The summer comes with part of the terms signed. The rest waits for next year.
    .history = This place is made up; no history is told here.
ending-dry_summer = The summer comes with nothing signed.
    .title = A dry summer
    .epilogue = The deadline passed without terms. Each town manages alone, and the river decides.
    .history = This place is made up; no history is told here.

## Difficulties

difficulty-mild = Mild
    .description = The towns start out trusting each other a little more.
difficulty-dry = Dry
    .description = The reservoir starts lower, and fish die more often.
