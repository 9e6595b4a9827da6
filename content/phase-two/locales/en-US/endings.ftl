# Good Faith — "Phase Two" (English): endings. The value is a one-line summary; .epilogue
# says which factors drove it; .history says where the record stops (the real outcome lies
# outside the game). ending-<id>-<role> replaces the epilogue for one chair; the variants
# tell what happened in this game.

ending-renewed_war = The ceasefire collapses, and the war resumes.
    .title = Renewed war
    .epilogue = The pause was never more than a pause. Strikes answered attacks and attacks answered strikes until the lines meant nothing, and neither leader could be seen to hold back. The loop of violence and distrust did what the talks could not prevent: both peoples pay again.
    .history = This ending is the game's, not history's. The record this scenario starts from ends with the second phase of talks declared open, after the ceasefire of October 2025; what happened next lies outside the game, and no ending here is a forecast.
ending-renewed_war-us_envoy = The war came back on your watch. The President's plan rested on a pause that had to become something more; each week it stayed only a pause, someone at home on each side could argue for ending it.
ending-renewed_war-regional_mediators = You restarted the same conversation until there was no pause left to restart. Mediators can carry words; they cannot stop armies.
ending-renewed_war-prime_minister = Israel is at war again. Your partners said only force would bring disarmament; your critics will say the talks were never given a chance. Either way soldiers and civilians pay, and the hostages' families watch the agreement that brought people home come apart.
ending-renewed_war-pa_president = The war came back, and with it the ruins you hoped to rebuild. You were never party to the pause, but your people live under its end; the Authority's role in Gaza recedes with every strike.
ending-renewed_war-variant-pause_lapsed = In this game the temporary pause ran out and no one renewed it; the fighting resumed within days.
ending-renewed_war-variant-lapsed_after_renewals = In this game the pause was renewed again and again and then, one week, let lapse; the fighting resumed. Each renewal had bought time and settled nothing.
ending-renewed_war-variant-after_failed_verification = In this game a disarmament stage failed verification; each side took the failure as proof of the other's bad faith, and violence climbed until the ceasefire broke.
ending-renewed_war-variant-after_israeli_reversal = In this game the Israeli side reopened a clause at the signing stage; Hamas's side called it proof that Israel never meant to end the war, Israel's government said the clause endangered its security, and violence climbed until the ceasefire broke.
ending-renewed_war-variant-after_hamas_reversal = In this game Hamas's side reopened a clause at the signing stage; Israel's government called it proof that Hamas would never disarm, Hamas said the clause left its people unprotected, and violence climbed until the ceasefire broke.
ending-renewed_war-variant-spiral = In this game strikes and attacks fed each other week after week until the ceasefire broke.

ending-government_falls = The Israeli government falls, and the talks stop.
    .title = The government falls
    .epilogue = The coalition broke before the text could be carried. A government in an election campaign signs nothing; the other side and the mediators wait. Internal politics decided it; the account below says what broke the majority.
    .history = This ending is the game's, not history's. The record this scenario starts from ends with the second phase of talks declared open; what happened next lies outside the game, and no ending here is a forecast.
ending-government_falls-us_envoy = The Israeli government fell while you were mediating. You cannot choose a leader's coalition, but every time you pressed, you spent some of it.
ending-government_falls-regional_mediators = The Israeli government fell, and with it the partner you had worked on for months. The talks wait for an election you cannot influence.
ending-government_falls-prime_minister = You lost your majority. Your hard-line partners said you gave away too much; your critics, that you moved too slowly to matter. Every concession in this kind of talks is paid twice: at the table and at home.
ending-government_falls-pa_president = The Israeli government fell. Some will say it proves there was never a partner; others, that it was too weak to deliver. You wait, and the West Bank does not.
ending-government_falls-variant-partners_quit_over_text = In this game the hard-line partners quit over a signed clause they had called a red line. They said it endangered Israel; the Prime Minister's defenders said it was the price of any deal.
ending-government_falls-variant-annexation_held_back = In this game the government held back annexation moves, and its right flank never forgave it; threats and defections wore the majority away.
ending-government_falls-variant-worn_down = In this game threats, leaks and pressure at home wore the coalition down week after week until it broke.

ending-authority_sidelined = The Palestinian Authority loses its standing and its place in Gaza's future.
    .title = The Authority sidelined
    .epilogue = The Authority's legitimacy ran out. Its critics at home said it had no power to protect anyone; Israel's government said it could not be trusted; donors waited for reforms. Without a credible Palestinian body, every plan for Gaza's transition lost its Palestinian address.
    .history = This ending is the game's, not history's. The record this scenario starts from ends with the second phase of talks declared open; what happened next lies outside the game, and no ending here is a forecast.
ending-authority_sidelined-us_envoy = The Authority collapsed as a partner. The plan needed a Palestinian body to govern Gaza; you spent your capital elsewhere.
ending-authority_sidelined-regional_mediators = The Authority lost its standing, and with it the bridge between Gaza and the West Bank that Cairo counted on.
ending-authority_sidelined-prime_minister = The Authority collapsed. Your partners will cheer; your security chiefs will ask who now keeps order in the West Bank, and who governs Gaza if not Hamas.
ending-authority_sidelined-pa_president = You lost your people. Reforms cost you at home, annexation and hardship cost you more, and the talks never gave you enough to show. Legitimacy is the one thing no mediator can lend.
ending-authority_sidelined-variant-annexation = In this game annexation steps in the West Bank emptied the Authority's case that talks lead anywhere.
ending-authority_sidelined-variant-hardship = In this game Gaza's hardship went on, and the Authority was blamed for what it could not change.
ending-authority_sidelined-variant-street_lost = In this game the Authority's standing drained away week after week until it could not speak for its people.

ending-mediators_step_back = The mediators step back, and the channel goes quiet.
    .title = The mediators step back
    .epilogue = Mediators have limits. Every failed round, every restart and every reversal cost them; when the cost outran their hope, they stepped back. Without a channel, Israel and Hamas cannot even disagree in words.
    .history = This ending is the game's, not history's. Commentary on these talks describes Qatar and Egypt restarting the same conversation many times, and the strain it put on them; what happened after the start of Phase Two lies outside the game.
ending-mediators_step_back-us_envoy = The channel closed. Whether it was Washington or the region that stepped back, you learned that mediation is a resource that runs out.
ending-mediators_step_back-regional_mediators = You stepped back. Doha and Cairo gave more than either side thanked them for; the account below says what broke your patience.
ending-mediators_step_back-prime_minister = The mediators stepped back. Your partners will say Israel is better off without them; your security chiefs know there is now no way to talk to the other side at all.
ending-mediators_step_back-pa_president = The mediators stepped back, and with them the Arab cover for any Palestinian role in Gaza. You are alone with your critics.
ending-mediators_step_back-variant-washington_left = In this game Washington stepped back: the President's attention went elsewhere, and without it neither side felt it had to move.
ending-mediators_step_back-variant-after_reversals = In this game a text was lost at the last moment, and the mediators would not build another one only to watch it fall.
ending-mediators_step_back-variant-after_renewals = In this game the same pause was renewed again and again; the mediators tired of buying time that no one used.
ending-mediators_step_back-variant-worn_out = In this game the mediators' patience drained round after failed round until both capitals stepped back.

ending-permanent_end = A permanent end of the war, with phased withdrawal and disarmament under way.
    .title = A permanent end
    .epilogue = Against the odds, the full text was signed and carried out stage by stage: weapons handed over and verified three times, the army pulling back line by line. Each side's public will call it a concession; each side's leaders paid for it at home. Sequencing in small, verified steps let neither side extend all its trust at once.
    .history = This ending is the game's, not history's. The record this scenario starts from ends with the second phase of talks declared open; what happened next lies outside the game, and no ending here is a forecast.
ending-permanent_end-us_envoy = You got the war ended. The President's weight mattered, spent at the right moments; so did the steps that let each side see the other move before moving again.
ending-permanent_end-regional_mediators = You carried it. Every message, every guarantee and every restart was worth it in the end; the next test is keeping it.
ending-permanent_end-prime_minister = You signed a permanent end with disarmament verified in stages. Your partners call it a gamble; your security chiefs watch each stage. You kept your government, and Israelis sleep a little easier.
ending-permanent_end-pa_president = The war is over on paper, and the army is pulling back. Whether the Authority governs what is rebuilt depends on reforms and on the West Bank, which the text barely touches.
ending-permanent_end-variant-conditional = In this game the text ends the war once disarmament is complete; Israel's government calls it an end on its terms, Hamas calls it an end with a trap in it, and each stage will test which reading holds.
ending-permanent_end-variant-vague_words = In this game part of the text was signed in vague words; each side will argue over what they mean when the next stage comes due.
ending-permanent_end-variant-clear_words = In this game the text was signed in plain words, clause by clause.

ending-partial_deal = A partial deal: one track moves, the rest stays open.
    .title = A partial deal
    .epilogue = The talks did not end the war, but they moved something: a text signed, or a stage carried out. The rest stays where it was. Partial deals buy time and some trust; they also leave the hardest questions to a future that may be worse.
    .history = This ending is the game's, not history's. The record this scenario starts from ends with the second phase of talks declared open; what happened next lies outside the game, and no ending here is a forecast.
ending-partial_deal-us_envoy = You moved one track. It is less than the plan promised and more than many expected.
ending-partial_deal-regional_mediators = You kept the channel open long enough to move one track. The rest will need more patience than you have left.
ending-partial_deal-prime_minister = One track moved, and your government survived it. Your partners will say you gave too much; the families, that you gave too little.
ending-partial_deal-pa_president = One track moved. Whether it gives the Authority a real place in Gaza, or only a promise, the next months will tell.
ending-partial_deal-variant-text_and_steps = In this game the full text was signed and its first stages carried out, but not enough of it to end the war before the weeks ran out.
ending-partial_deal-variant-security_track = In this game a stage of disarmament was verified; withdrawal, governance and the end of the war stay open.
ending-partial_deal-variant-civil_track = In this game who governs Gaza and how it is rebuilt were agreed, and aid flows; the security questions stay open.

ending-frozen_ceasefire = The ceasefire holds, and freezes: the status quo persists.
    .title = A frozen ceasefire
    .epilogue = Six months on, the guns are mostly quiet and nothing is settled. Hamas keeps its arms, the army keeps its lines, Gaza's ruins stay ruins, and the West Bank goes on changing. A frozen ceasefire is better than war and worse than it looks: each week it lasts without a text, it becomes harder to move.
    .history = This ending is the game's, not history's. The record this scenario starts from ends with the second phase of talks declared open; what happened next lies outside the game, and no ending here is a forecast.
ending-frozen_ceasefire-us_envoy = The pause held and nothing more. The plan's second phase stayed a declaration.
ending-frozen_ceasefire-regional_mediators = You kept the pause alive, again and again. You did not get it past being a pause.
ending-frozen_ceasefire-prime_minister = The lines held, and so did your government; so did Hamas. Your critics will say you preferred the status quo; your partners, that you were right to.
ending-frozen_ceasefire-pa_president = The guns are quiet and Gaza is still in ruins, still not yours. The status quo is a choice too, and others made it for you.
ending-frozen_ceasefire-variant-text_on_paper = In this game a full text was signed, and nothing of it was carried out: no stage of disarmament was verified before the weeks ran out.
ending-frozen_ceasefire-variant-reversal_froze_it = In this game a full text was lost at the signing stage and never rebuilt.
ending-frozen_ceasefire-variant-renewed_and_frozen = In this game the pause was renewed each time it ran out, and each renewal made a lasting text seem less urgent.
ending-frozen_ceasefire-variant-frozen = In this game the weeks passed without a text and without a war.
