# Good Faith — "Phase Two" (English): discussion questions for the debrief.

question-who_goes_first = Each side wanted the other to move first. What would each need to see before taking the first step, and why?
question-war_first_shot = Who broke the ceasefire in this game? How would each side tell the story of that week?
question-war_pause = Why was a temporary pause not enough to hold? What would each side need for a pause to become permanent?
question-falls_partners = Why do coalition partners have so much power over a Prime Minister in talks like these? Is it the same for Palestinian leaders?
question-falls_publics = What did Israelis fear from the text in this game? What did Palestinians fear from it?
question-sidelined_reform = Reforms won trust abroad and cost standing at home. How should a leader weigh the two?
question-sidelined_annexation = How did events in the West Bank change what could be agreed about Gaza?
question-step_back_fatigue = What wore the mediators down? What could each side have done to keep them engaged?
question-step_back_design = Would talks in a different order have spared the mediators' patience? Which order?
question-permanent_price = What did each side give up for a permanent end? How will each explain it to its own people?
question-permanent_hold = What could still undo this agreement in the months after the game ends?
question-partial_which_track = Why did one track move and not the others? Was it the right one to move first?
question-partial_access = Humanitarian access rose and fell with events. Who controlled it, and what did that power mean at the table?
question-frozen_who_gains = Who gains from a frozen ceasefire, and who pays for it?
question-frozen_goals = Israel and Hamas want very different futures for Gaza. Is there a text both could live with, and what would it say?
question-envoy_attention = When did you spend the President's attention? Would another moment have done more?
question-envoy_pressure = Did you press both sides? How did each side judge whether you were fair?
question-mediators_channel = Messages passed through you were softened or hardened. Did that help or hurt the talks?
question-mediators_leverage = What leverage did Qatar and Egypt have over each side, and what limited it?
question-pm_two_levels = How did your coalition shape what you could sign? Was there a text your partners and the other side could both accept?
question-pm_security = What did Israel's security need in this game? What would Palestinians say their security needs?
question-pa_role = What gave the Authority a claim to govern Gaza, and what weakened it?
question-pa_west_bank = Why did the West Bank matter to talks about Gaza?
