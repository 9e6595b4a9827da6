# Good Faith — "Phase Two" (English): start points, for teachers choosing where a lesson begins.
# Every start point is after week 1, so it begins in the game's counterfactual, not the record.

start-pause_runs_out = The pause runs out (March 2026)
    .description = Week 8. Seven weeks after the announced start of Phase Two, nothing is on the table and the temporary pause expires: renew it, for how long, or let it lapse. From here on the story is the game's, not the record's.
start-halfway = Halfway, nothing signed (April 2026)
    .description = Week 14. Thirteen weeks remain. Washington asks why nothing is signed, the mediators are tiring, and Palestinians ask what the Authority has to show. The table is still empty. The story is the game's, not the record's.
start-last_weeks = The last six weeks (June 2026)
    .description = Week 21. Six weeks remain and nothing is signed: enough time for one track, perhaps, not for the whole plan. The story is the game's, not the record's.
