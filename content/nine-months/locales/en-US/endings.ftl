# Good Faith — "Nine Months" (English): endings.
# The value is a one-line summary; .epilogue says which factors drove it; .history says what
# history did. ending-<id>-<role> replaces the epilogue for one chair.

## Failures that end the talks early

ending-escalation = Violence overtakes the talks.
    .title = Escalation
    .epilogue = Raids, attacks and rockets followed each other faster than anyone could rebuild trust. Each public counted its own dead and saw the other side's hostility; each leader found that restraint looked like weakness at home. The loop of violence and mistrust ended the talks before the deadline could.
    .history = In history the talks ended in April 2014 without such a spiral, but one followed within weeks: three Israeli teenagers were kidnapped and murdered in June, a Palestinian teenager was murdered in revenge in July, and a seven-week war in Gaza followed. The UN Commission of Inquiry counted 2,251 Palestinians killed, 1,462 of them civilians, and 73 on the Israeli side, 67 soldiers and 6 civilians.
ending-escalation-secretary_of_state = The violence outran your diplomacy. Calls for calm bought days, not weeks, and every funeral made the next concession harder for both leaders to defend. A mediator cannot stop a spiral alone; keeping violence low early, while the leaders still trusted each other, was the only real protection.
ending-escalation-prime_minister = Attacks on Israelis and the army's answers fed each other until the talks could not survive them. Your public wanted security first, and so did you; but each operation also cost Palestinian lives, trust and standing abroad. Restraint has a price at home; so does its absence.
ending-escalation-palestinian_president = Raids and attacks followed each other until your people could no longer see the point of talking. Security coordination kept much of the West Bank quiet, but it cost you standing, and Gaza was never yours to control. The split between Ramallah and Gaza made you answerable for violence you could not stop.
ending-escalation-israeli_negotiator = The sessions stopped because the news from the street made them impossible. You had warned that violence would try to distract from the goal; in the end it did more than distract. Without a working channel to the other team, there was nothing to hold on to when it came.
ending-escalation-palestinian_negotiator = Each raid made you an outcast at home for staying in the room, and each attack on Israelis made your counterparts deaf. When the violence ran ahead, no one on either side could be seen talking. Your channel with the other team was too thin to survive it.

ending-israeli_elections = The Israeli government falls, and the talks with it.
    .title = Elections in Israel
    .epilogue = The coalition lost its majority: the settler-aligned partner walked out over the text or the releases, and no replacement came in time. Israel went to the polls, and no government in an election campaign can sign anything. Internal politics, not the Palestinians or the Americans, decided it: a text the other side could sign was one this government could not ratify.
    .history = In history the coalition survived the talks: the January 2014 ultimatum ended in a half-apology, and the Prime Minister never had to test his "other options". The same coalition broke up over other matters in December 2014, and Israel voted in March 2015.
ending-israeli_elections-secretary_of_state = You pushed a text the Israeli coalition could not carry. The Prime Minister's partners counted seats, not clauses; without a replacement partner ready, every step on borders, Jerusalem or settlements was a step toward elections. Next time, watch the coalition as closely as the table.
ending-israeli_elections-prime_minister = You lost your majority and, with it, the talks. Whether the partner quit over the text, the releases or your tone, no new partner came in time. Every Israeli leader who moved in talks has faced this choice: widen the government first, or keep the red lines off the table.
ending-israeli_elections-palestinian_president = The Israeli government fell before it could sign. Some of your critics will say it proves the Israeli side never meant it; others, that it was always too weak to deliver. You cannot choose your partner's coalition, but you can choose how hard a text you ask it to carry.
ending-israeli_elections-israeli_negotiator = Your government fell, and with it the mandate you negotiated under. The partner who walked out had never believed in the talks; the one who could have replaced it was never brought in. A negotiator can draft a deal, but cannot count the votes for it.
ending-israeli_elections-palestinian_negotiator = The Israeli government fell before it could sign, and the work of months waits for whoever wins the next election. You said the Israeli side could not deliver; now no one can test it. Leadership changes break the continuity talks depend on.

ending-un_and_unity = The Palestinian leadership leaves the talks for the UN and unity.
    .title = The UN and unity
    .epilogue = The Palestinian leadership concluded that the talks had become a cover and a cost: settlement went on, prisoners were held back or the mediator seemed to take the other side, and its standing at home collapsed. It turned to the leverage it had left: the United Nations, its treaties and courts, and reconciliation with Hamas. The asymmetry of power made talks feel like a trap; the leadership chose another arena.
    .history = In history the Palestinian leadership signed fifteen UN conventions on 1 April 2014 and a unity deal with Hamas on 23 April while still formally in the talks; Israel's security cabinet then suspended them. In 2015 Palestine joined the International Criminal Court.
ending-un_and_unity-secretary_of_state = You lost the Palestinian side. Too many visits to Jerusalem, too little pressure on building, or a street that saw nothing from the talks: whatever the mix, the President came to see you as the other side's advocate. A mediator who is Israel's closest ally must work twice as hard to be trusted in Ramallah.
ending-un_and_unity-prime_minister = The Palestinian leadership walked away to the UN and to Hamas. Your partners will call it proof there was never a partner; your critics will point to the building and the delayed releases. Either way, Israel now faces a diplomatic campaign abroad instead of a negotiation it could shape.
ending-un_and_unity-palestinian_president = You left the talks for the UN and unity. It restores some standing at home and reunites your people on paper; it also ends American mediation and invites Israeli and US penalties. Whether you were pushed or chose it, the street and the settlements set the clock, not the calendar.
ending-un_and_unity-israeli_negotiator = The other side left the room, and with it the channel you had built. You will hear that the releases were wasted; you will also hear that the building made this inevitable. A negotiator who cannot change the government's conduct outside the room cannot keep the other side in it.
ending-un_and_unity-palestinian_negotiator = Your Plan B became the plan. The UN applications and unity with Hamas give your side leverage the talks never did, and cost it the American channel. You argued that talks going nowhere should at least leave your side something tangible; now you will find out what the other arena delivers.

ending-framework_unravels = A framework is signed, and unravels over what it means.
    .title = The framework unravels
    .epilogue = The leaders signed framework clauses, but the trust to carry them was gone by April: vague wording was read two ways, each reading was sold at home as a victory, and each side accused the other of bad faith. Ambiguity bought signatures and stored up the disputes that emptied them. On paper there is a framework; in practice, no one acts on it.
    .history = In history no framework was signed. Earlier agreements, from the interim accords of the 1990s to the road map of 2003, show the pattern: vague clauses let leaders sign, and the fight over their meaning later helped bring the process down.
ending-framework_unravels-secretary_of_state = You got signatures on a framework, and watched it unravel. The vague words that let both leaders sign let each tell its public it had conceded nothing, and the disputes that followed ate the trust you had built. Clearer words might have cost you the signatures; these cost you the framework.
ending-framework_unravels-prime_minister = You signed a framework and then fought over what it meant. Each dispute hardened your partners and your public; each Palestinian reading of the text looked like proof that nothing would ever be enough. The text survives; the trust it needed does not.
ending-framework_unravels-palestinian_president = You signed a framework, and it became a quarrel about words. Every Israeli reading of the vague clauses confirmed your critics' warning that ambiguity would be read against you. The signature costs you standing and buys little.
ending-framework_unravels-israeli_negotiator = The framework you drafted was signed, and then argued to pieces. You had warned that vague wording would come back to bite; the disputes proved it.
ending-framework_unravels-palestinian_negotiator = The framework was signed and then emptied by disputes. You argued from the start that ambiguity would be read by the stronger side; now each clause is a new quarrel.

## The historical outcome

ending-talks_suspended = The talks are suspended.
    .title = Talks suspended
    .epilogue = No framework was signed, the releases-for-no-UN bargain broke over the fourth tranche, and the Palestinian turn to unity with Hamas gave the Israeli cabinet its reason to stop. Both leaders could live with the status quo better than with the concessions a deal required; the mediator's energy could not make up for the distrust between them.
    .history = Your game ended as the real talks did. The fourth release was not held on 29 March 2014, the Palestinian President signed fifteen UN conventions on 1 April, Fatah and Hamas announced a unity deal on 23 April, and on 24 April Israel's security cabinet voted unanimously to suspend the talks. The deadline of 29 April passed with nothing signed, and the direct talks were not resumed.
ending-talks_suspended-secretary_of_state = The talks ended the way they did in history: suspended, with a framework almost drafted and never signed. You tested how far American energy and creativity could carry two leaders who did not trust each other, and it was not far enough. The principles of a deal were known; the will to pay for them was not there.
ending-talks_suspended-prime_minister = The talks were suspended, and your coalition stood. You kept the partner on board with building and held back the last release until an extension was agreed; the Palestinians answered at the UN and with Hamas. Israel kept the status quo, and with it the risk, which many Israelis see, of drifting toward one binational state.
ending-talks_suspended-palestinian_president = The talks were suspended after you chose unity with Hamas. You got three tranches of prisoners home and kept your word on the fourth date; you did not get a freeze, a map or East Jerusalem. Many of your people saw the talks as a cover for settlement; many Israelis saw your choices as proof that you would never sign.
ending-talks_suspended-israeli_negotiator = The talks were suspended. You believed that a deal was possible and that distractions should not stop the work; in the end the distractions were the politics on both sides. The weekly sessions defined the gaps; only the leaders could close them, and they did not.
ending-talks_suspended-palestinian_negotiator = The talks were suspended, as you had long expected. You doubted from the start that the Israeli government would pay the price of a deal; the Israeli side says your Plan B wrecked an extension that was nearly agreed. Both accounts will be told for years.

ending-deadline_passes = The deadline passes with nothing signed.
    .title = The clock runs out
    .epilogue = No one walked out and no one signed. The talks simply ran out of time: the gaps on borders, Jerusalem and recognition stayed open, and neither side was ready to pay for an extension. The status quo did not need a decision to continue.
    .history = In history the talks did not drift to the deadline: they were suspended five days before it, after the Fatah-Hamas unity deal.
ending-deadline_passes-secretary_of_state = You kept both sides in the room until the end, but not long enough or close enough to sign. Nine months were too short for the gaps, and long enough for every spoiler. The status quo won by default.
ending-deadline_passes-prime_minister = The deadline passed with your coalition intact and nothing signed. For Israel's government the status quo was bearable; the costs, abroad and in the West Bank, came more slowly than the costs of a deal would have at home.
ending-deadline_passes-palestinian_president = The deadline passed with nothing signed. You stayed in the talks and avoided a break with Washington, but you go home with less than you came for, and a street that asks what nine months bought.
ending-deadline_passes-israeli_negotiator = The clock ran out with the teams still talking. You kept a channel alive, but the leaders never moved far enough for it to matter.
ending-deadline_passes-palestinian_negotiator = The clock ran out. You kept your seat at the table, and your critics will say that was all you kept.

## Partial outcomes

ending-extension = The talks are extended through a bargain.
    .title = Extension
    .epilogue = More prisoners and a halt to building outside East Jerusalem bought more months of talks. Nothing on the core issues is settled; the bargain buys time, and time in this conflict has cut both ways. Interim steps keep talks alive; they have also, for decades, become the permanent state of things.
    .history = In history the extension bargain was nearly agreed in April 2014, with the release of an American spy for Israel as the prize, and collapsed over the UN conventions and the unity deal.
ending-extension-secretary_of_state = You bought time: the talks go on past April. The price was paid in prisoners, a building halt and perhaps a spy's release; the gaps on the core issues are where they were. An extension is a partial success: it keeps the door open, and keeps the clock running.
ending-extension-prime_minister = You agreed to extend the talks, paying in releases and a building halt outside Jerusalem, and kept your government. You avoided blame for a collapse; you also postponed the decisions that your partners will still oppose in the autumn.
ending-extension-palestinian_president = You agreed to extend the talks: more prisoners home, a pause in building outside Jerusalem. Your critics say you traded the UN for another season of talks; your supporters say you got more than any walkout would.
ending-extension-israeli_negotiator = The talks go on. You kept the channel alive long enough for a bargain; the hard work on the core issues waits for the next deadline.
ending-extension-palestinian_negotiator = The talks go on, with more prisoners home. You kept the UN route in reserve rather than using it; whether that was wise, the next months will tell.

ending-framework_with_reservations = The leaders accept a framework, with reservations.
    .title = A framework with reservations
    .epilogue = Most or all of the core issues are in a framework, but it stands on thin trust: each side signed wording it reads its own way, or left a core clause open, and each hedges in public. It is more than history achieved; it is also the kind of text that breaks down when implementation begins, when each side expects its own reading to prevail.
    .history = In history no framework was accepted. The US draft of early 2014, which would have let each leader accept it with general reservations, was never put to both leaders as an agreed text.
ending-framework_with_reservations-secretary_of_state = You got a framework, with reservations. The ambiguity bought signatures now and disputes later; the next round will be about what the words mean. It is further than the real talks ever got, and the hardest part is still ahead.
ending-framework_with_reservations-prime_minister = You accepted a framework with reservations, and your coalition survived it. Your partners will read the vague clauses as nothing conceded; the Palestinians will read them as everything promised.
ending-framework_with_reservations-palestinian_president = You accepted a framework with reservations. Your critics will say you signed away more than you gained; you will say the 1967 lines and Jerusalem are now on paper. The vagueness that let you sign will return in every later session.
ending-framework_with_reservations-israeli_negotiator = A framework, with reservations: the text you drafted survived, in words each side can read its own way. The next negotiator will have something to start from, and something to fight about.
ending-framework_with_reservations-palestinian_negotiator = A framework, with reservations. You kept the core clauses open enough to defend at home; the Israeli side did the same. Whether that is a beginning or a trap depends on who implements it.

## Success

ending-framework_agreement = Both leaders sign a framework for final-status talks, and it holds.
    .title = A framework agreement
    .epilogue = Borders, security, Jerusalem, refugees and recognition are in a framework both leaders signed and still honour on 29 April. It worked because trust was built before the text was put and kept after it, both home fronts held, and no one was asked to cross a red line; the vaguer the words, the more trust they needed. It is not yet peace: a treaty, and its implementation, are still to come.
    .history = In history no framework was signed. The US draft of 2014 spoke of borders based on the 1967 lines with swaps, security arrangements for the Jordan Valley, and refugees settled mainly in the Palestinian state; on Jerusalem it offered only Palestinian "aspirations" in January and a Palestinian capital by March, and on recognition it named Israel the nation-state of the Jewish people, a phrase inserted over the Palestinian President's objection. Neither leader accepted it all in public.
ending-framework_agreement-secretary_of_state = You did what no mediator of the period managed: both leaders signed a framework. You kept their trust in you balanced, built their trust in each other, and paid for it at home. Now the treaty, and the politics of implementing it, begin.
ending-framework_agreement-prime_minister = You signed a framework and kept your government. You secured the security arrangements you needed and paid in words on borders and Jerusalem that your partners hated. Israel has a path away from a binational state; the fight over the treaty will be harder still.
ending-framework_agreement-palestinian_president = You signed a framework: a border based on the 1967 lines, a capital in Jerusalem, a path to a state. You paid in words on refugees and recognition that your critics will not forgive. Your standing held because the prisoners came home and the street saw something real.
ending-framework_agreement-israeli_negotiator = The framework is signed. You kept the Prime Minister's trust and your counterpart's at the same time, which few negotiators manage. The work you did in the room turned into a text the leaders could sign.
ending-framework_agreement-palestinian_negotiator = The framework is signed. You kept the President's trust while working with the other team, and your side got the 1967 lines and Jerusalem into a signed text.

ending-comprehensive_agreement = The two sides agree on every issue, in clear words.
    .title = A comprehensive agreement
    .epilogue = Every issue, from borders to prisoners, is signed in clear wording, and the leaders trust each other enough to implement it. It is the rarest outcome: trust, timing, domestic coalitions and outside support all had to line up at once, and stay lined up for nine months.
    .history = In history nothing of the kind was reached, in 2013-14 or in any earlier round. The closest drafts, such as the unofficial Geneva Initiative of 2003, showed what a deal might look like; none was signed by governments.
ending-comprehensive_agreement-secretary_of_state = You brokered an agreement on every issue. History offers no precedent: you built trust between two leaders who had little, kept both coalitions whole, and held violence down long enough for words to matter.
ending-comprehensive_agreement-prime_minister = You signed an agreement on every issue and kept a majority for it. Your security needs are written in; so are borders and Jerusalem arrangements your partners fought. History will judge you by its implementation.
ending-comprehensive_agreement-palestinian_president = You signed an agreement on every issue: a state, a border, a capital, the prisoners. Your critics will fight the clauses on refugees and recognition; your people will judge it by whether the occupation really ends.
ending-comprehensive_agreement-israeli_negotiator = Every issue is signed. The sessions you led became a treaty text; now it must survive the Knesset and the street.
ending-comprehensive_agreement-palestinian_negotiator = Every issue is signed. The sessions you led became a treaty text; now it must survive the factions and the street.
