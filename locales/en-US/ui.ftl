# Good Faith — the interface's own text (English, the fallback for every language).

## Dates
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Starting a game
pick-scenario = Choose a scenario:
pick-role = Choose your chair:
pick-difficulty = Choose the difficulty:
intro-title = === Good Faith: { $scenario } ===
intro-role = You are { $role }. (Seed { $seed }.)
intro-success = Success: { $success }
intro-difficulty = Difficulty: { $difficulty }
intro-keys = Type the number of your choice and press Enter. Other keys: ? help, s status, t table, w why, q save and quit.

## Turns and news
turn-header = === Week { $turn } of { $turns }, { $date }, { $left ->
        [0] the deadline is this week
        [one] one week to the deadline
       *[other] { $left } weeks to the deadline
    } ===
chosen-by = → { $actor } decides: “{ $option }”
chosen-chance = → “{ $option }”
you-did = You: { $action }.
you-did-to = You: { $action } — { $target }.
drafted = On the table for { $issue }: { $option }.
responds-accept = { $actor } accepts the proposal.
responds-reject = { $actor } rejects the proposal.
responds-reject-why = { $actor } rejects the proposal: { $reason }.
refusal-red-line = it crosses its red line on { $issue }
refusal-its-support = its support
refusal-its-trust = its trust in { $actor }
refusal-compare = { $more ->
    [yes] { $what }, all things weighed, comes to { $value }
   *[no] { $what } is { $value }
}; it needs { $cmp ->
    [gt] more than { $need }
    [le] at most { $need }
    [lt] less than { $need }
    [eq] exactly { $need }
    [ne] anything but { $need }
   *[ge] { $need }
}
refusal-other = its other conditions are not met
answer-own = It is your own proposal: your side accepts it.
answer-wordings = How it weighs each wording on the table:
answer-wording = { $issue }: “{ $wording }” { $stance }, weight { $weight }
answer-wording-unseen = { $issue }: “{ $wording }” (you cannot see how it weighs this)
answer-its-red-line = (its red line)
answer-rule = What it needed to accept, as things stood when it answered:
answer-part-unseen = a condition you cannot see
answer-flag = { $flag } { $wanted ->
    [yes] must hold
   *[no] must not hold
}
answer-moved = What moved those values lately:
answer-held = Met:
answer-unmet = Not met:
signed = Agreement signed on { $count ->
        [one] one issue
       *[other] { $count } issues
    }.
rejected = The proposal falls short: not every party accepts it.

## Choices and actions
choose-prompt = What do you do? ({ $event })
actions-prompt = Your move. Budget left: { $budget }
end-turn = End the week
back = Back
free = free
# Between the items of a list (costs, actors).
list-separator = {", "}
# Between a label and its value.
label-separator = {": "}
target-prompt = With whom?
issue-prompt = Which issue?
wording-prompt = Which wording?
red-line-for = red line: { $actors }
not-allowed = That is not possible now: { $reason }.
invalid-number = Please type a number from { $min } to { $max }, or ? for help.
help =
    How to play: each week, events happen and some ask for your decision. Then you spend
    your budget on actions: meet the parties, draft wording for an issue, put a proposal.
    Type the number of a choice and press Enter.
      ?  this help
      s  your meters, trust between the parties and the negotiation table
      t  the negotiation table only
      w  why: every change this week and what caused it
      m  the action menu again (? with every action described)
      n  end quiet weeks until something needs you (never past a choice)
      q  save and quit (end of input does the same)

## Status
status-meters = Meters:
status-trust = Trust:
status-table = Negotiation table:
meter-of = { $meter } ({ $actor })
trust-between = Trust { $from } → { $to }
signed-issue = Signed: { $issue }
signed-change = { $label } — { $wording }
signed-nothing = nothing signed
ambiguity = Ambiguity in signed text
issue-open = nothing on the table
issue-signed = signed: { $option }
red-line = red line
support-line = Support for the table: { $parts }

## Why did this happen
why-title = This week's changes and their causes:
why-nothing = Nothing you can see has changed this week.
cause-event = event “{ $event }”
cause-option = “{ $option }” in “{ $event }”
cause-action = your action “{ $action }”
cause-reaction = a move by { $actor }
cause-difficulty = the difficulty “{ $difficulty }”
cause-negotiation = the negotiation
cause-expiry = time running out
cause-option-by = “{ $option }”, chosen by { $chair } in “{ $event }”
cause-option-chance = “{ $option }”, as it fell out in “{ $event }”
cause-option-news = “{ $event }”: { $news }
cause-rule = { $cause } ({ $rule })
effect-rises = rises by { $n }
effect-falls = falls by { $n }
effect-rises-up-to = rises by up to { $n }
effect-falls-up-to = falls by up to { $n }
effect-rises-between = rises by { $lo } to { $hi }
effect-falls-between = falls by { $lo } to { $hi }
effect-moves-up-to = rises or falls by up to { $n }
effect-set-to = is set to { $n }
effect-set-between = is set to between { $lo } and { $hi }
effect-varies = changes by an amount the situation decides

## The end
ending-title = === The end: { $title } ===
ending-history = What happened in history: { $history }
ending-turning-point = What decided it, in week { $week }: { $cause }
ending-variant-turning-point = What chose this account, in week { $week }: { $cause }
turning-signing = the signing of the text on the table
turning-option = “{ $event }” — { $what }
turning-event = “{ $event }”
ending-score = Score: { $score } ({ $tier })
tier-success = success
tier-partial = partial success
tier-failure = failure
ending-objectives = Your objectives:
ending-timeline = Timeline:
timeline-line = Week { $turn }: { $what }
ending-factors = Why talks fail — the structural factors that came up in your game:
quit-saved = Game saved. Goodbye.
quit-not-saved = The game could not be saved (the reason is above). Goodbye.
save-recovered = { $path } was damaged ({ $reason }); the game continues from its backup, { $backup }.

## Structural factors
tag-power-asymmetry = Power asymmetry
tag-mismatched-goals = Mismatched goals
tag-settlements = Settlements and facts on the ground
tag-refugees = Refugees and historical injustice
tag-security = Security, violence and mistrust
tag-internal-politics = Internal politics and coalitions
tag-external-actors = External actors and mediation
tag-process-design = Process design, incrementalism and ambiguity
tag-legitimacy = Legitimacy and public opinion
tag-status-quo = The persistence of the status quo
saved-to = Saved to { $path }

## Lessons, changes of seat and comparisons

lesson-title = Lesson: { $title }
lesson-start = The lesson begins in week { $week }, { $date }: { $start }. The computer played the weeks before.
lesson-weeks = { $weeks ->
        [one] You play one week, up to the end of week { $last }.
       *[other] You play { $weeks } weeks, up to the end of week { $last }.
    }
lesson-objectives = What to look for:
lesson-begin = Press Enter to begin.
lesson-ends = The lesson ends here, at the end of week { $week } ({ $date }). The talks go on without you.
lesson-questions = Questions for the discussion:
lesson-replay-hint = Your save keeps this game. To see the same weeks from another chair: goodfaith play --load { $path } --as ROLE --from-week { $week }
seat-taken = From week { $week } you hold the chair of { $role }; the computer plays the chair you left.
compare-title = Two games of { $scenario }
compare-game = Game { $which }: { $role }, seed { $seed }, { $difficulty }, { $weeks ->
        [one] one week played
       *[other] { $weeks } weeks played
    }
compare-seat = { $role } from week { $week }
compare-same = The two games took the same decisions.
compare-first = The games part in week { $week } ({ $date }).
compare-differed = The decisions that differed, week by week:
compare-nothing = no decision
compare-meters = Meters at the end of each week (game A, then game B):
compare-endings = Endings:
compare-ending = Game { $which }: { $ending } (score { $score })
compare-not-ended = Game { $which }: not over, week { $week }
compare-stopped = Game { $which }: the lesson ended after week { $week }
blocked-budget = not enough budget left
blocked-used = used up this week
blocked-cooldown = { $turns ->
        [one] again next week
       *[other] again in { $turns } weeks
    }
blocked-conditions = not possible now
blocked-pick-another = That action is not possible now; pick another, or 0 to end the week.

## The terminal game
tui-tagline = A game about negotiating peace between Israelis and Palestinians
tui-continue = Continue
tui-new-game = New game
tui-load = Load a saved game
tui-language = Language
# The language menu item, naming this language in itself.
tui-language-current = Language: English
tui-help = Help
tui-quit = Quit
tui-no-saves = No saved games yet.
tui-key-delete = d delete
tui-delete-confirm = Delete this save? y deletes it; any other key keeps it.
tui-save-week = week { $week } · last played { $played }
tui-save-ended = ended: { $ending } · last played { $played }
tui-save-damaged = cannot be read: { $reason }
tui-no-save-path = There is nowhere to save: start the game with --save FILE.
tui-scenario-broken = This scenario has errors and cannot be played. Run `goodfaith check` for details.
tui-step-scenario = Choose a scenario
tui-step-role = Choose your chair
tui-step-difficulty = Choose the difficulty
tui-step-seed = Seed (optional)
tui-about = About
tui-seed-prompt = Type a number to replay a given game, or press Enter for a new one.
tui-seed-random = a new game
tui-too-small = Please enlarge the terminal to at least { $width }×{ $height } (it is { $w }×{ $h }).
tui-when = Week { $turn }/{ $turns } · { $date } · { $left ->
        [0] deadline week
        [one] 1 week left
       *[other] { $left } weeks left
    }
tui-week = Week { $turn }:
tui-save-failed = save failed: { $error }
tui-tab-turn = This week
tui-tab-table = Negotiation table
tui-tab-log = Log
tui-meters = Meters
tui-news = News
tui-your-move = Your move
tui-cannot-draft = Your chair cannot draft wording.
tui-cannot-propose = Your chair cannot put proposals.
tui-issue = Issue
tui-on-table = On the table
tui-gap = Gap
tui-table-help = Enter: draft wording for the selected issue · p: put the table to the parties · ✓ signed · ✗ red line · ≈ estimate
tui-why = Why?
tui-notice = Note
tui-any-key = Press any key.
tui-quit-question = Save and quit?
tui-quit-yes = Yes
tui-quit-no = No
tui-debrief = Debrief
tui-chart = The main meters, week by week
tui-weeks = weeks
tui-key-move = ↑↓ move
tui-key-enter = Enter select
tui-key-back = Esc back
tui-key-help = ? help
tui-key-quit = q quit
tui-key-choose = 1-{ $last } choose
tui-key-second-digit = { $first }_ next digit or Enter
tui-more-above = ▲ { $count } more
tui-more-below = ▼ { $count } more
tui-result-title = The proposal, party by party
tui-result-keys = ↑↓ choose a party · Enter or w: why? · Esc: close
tui-toast = { $action }: { $changes }
tui-toast-nothing = { $action }: nothing you can see changed
support-need = { $actor } { $support } (needs { $need })
tui-on-table-already = That wording is on the table now; pick another to change it.
tui-on-table-mark = on the table now
tui-would-support = support then: { $parts }
tui-blocked-detail = Not now: { $reason }
tui-key-digits = 0-9 seed
tui-key-tab = Tab panel
tui-key-why = w why
tui-key-table = t table
tui-key-log = l log
tui-key-save = s save
tui-key-draft = Enter draft
tui-key-propose = p propose
tui-key-scroll = ↑↓ scroll
tui-key-title = Enter title
tui-help-text =
    Each week, events happen. Some ask for your decision: pick an option. Then spend your budget on actions, and end the week with 0 (or e).
    
    Keys
      1-9       pick an option or an action (past nine, type two digits: 1 then 2 for 12); 0 ends the week or goes back
      ↑ ↓ j k   move; Enter selects
      Tab       switch panel: choices, news, meters (Enter on news or a meter: why)
      w         why: what caused the changes (of the selected news item or meter)
      x         in "why": show each rule's expression too (for modders)
      n         end quiet weeks until something needs you
      t         the negotiation table: draft wording (Enter), propose (p)
      l         the log of the whole game
      s         save now (the game also saves every week)
      Esc       back
      Alt+c     colours: normal, high contrast, none
      ?         this help
      q         save and quit; Ctrl+Z suspends (fg to come back)
    
    Signs: ▲ rose, ▼ fell, ✓ signed or achieved, ✗ red line or missed, ≈ an estimate.
tui-trust-of = Trust of { $actor } in:
change-line = { $label }: { $before } → { $after }
trend-up = ▲ +{ $delta }
trend-down = ▼ { $delta }
number = { $n }
tui-trust-to = → { $actor }

## The week's briefing
briefing-title = Week { $turn }: your briefing
briefing-changes = Since your last turn:
briefing-more = { $count ->
        [one] and one more change
       *[other] and { $count } more changes
    }
briefing-skipped = { $count ->
        [one] One quiet week passed.
       *[other] { $count } quiet weeks passed.
    }
briefing-choice = A decision waits for you: “{ $event }”.
briefing-unlocked = Now possible: { $actions }.
briefing-deadline = { $left ->
        [0] The deadline is this week.
        [one] One week to the deadline.
       *[other] { $left } weeks to the deadline.
    }
briefing-quiet = Nothing needs a decision this week: n ends quiet weeks until something does.
tui-briefing-keys = Enter continue · n end quiet weeks
tui-key-skip = n quiet weeks
tui-key-end-week = 0 end week
plain-menu-hint = (m: the menu again; ?: every action described; n: end quiet weeks)

## Plain mode, read aloud
spoken-trend = ({ $dir ->
        [up] up { $delta }
       *[down] down { $delta }
    })
spoken-change-line = { $label }: from { $before } to { $after }{ $dir ->
        [up] , up { $delta }
        [down] , down { $delta }
       *[same] {""}
    }
spoken-trust-between = Trust of { $from } in { $to }
spoken-because = { $change }, because of { $cause }
spoken-about = about { $n }
objective-achieved = Achieved: { $objective }
objective-missed = Missed: { $objective }

## The debrief (goodfaith debrief, and the export from the end screen)
debrief-title = Debrief: { $scenario }
debrief-scenario = Scenario
debrief-chair = Chair
debrief-difficulty = Difficulty
debrief-seed = Seed
debrief-weeks = Weeks played
debrief-weeks-of = { $week } of { $weeks }
debrief-ending = Ending
debrief-unfinished = This game is not finished: it stopped in week { $week } of { $weeks }. Roads not taken are measured by playing on from each choice.
debrief-default-difficulty = the scenario's own
debrief-score = Score
debrief-score-ending = The ending
debrief-score-chair = Your chair's record
debrief-score-total = Total
debrief-decided = What decided it
debrief-meters = The meters, week by week
debrief-meters-note = Triangles above each chart mark the weeks a historical beat fired.
debrief-week = Week
debrief-what = What happened
debrief-why = Why
debrief-why-scripted = on the historical calendar
debrief-why-triggered = its conditions were met
debrief-why-random = drawn by chance
debrief-why-followup = it followed “{ $what }”
debrief-choice = “{ $event }”: { $option }
debrief-by-you = your decision
debrief-by = decided by { $chair }
debrief-by-chance = decided by chance
debrief-factors = The structural factors
debrief-factor = Factor
debrief-times = Times
debrief-factor-weeks = Weeks
debrief-roads = Roads not taken
debrief-roads-method = How this was measured: the game was forked at each of your decisions ({ $forks } in all): at each choice between an event's options, and at each of your moves, which was set against doing nothing more that week and, for a move with a target, against other targets (for a draft, other wordings of the same issue). From each fork every alternative was played on to an ending in { $screen } worlds; the decisions that moved the outcome most were then played in { $games } worlds per alternative. Every alternative of a decision meets the same worlds, and after the fork a simulated player chooses at random.
debrief-roads-none = No other option at any of your choices changed how the game tended to end.
debrief-road = Week { $week }: “{ $event }”
debrief-road-move = Week { $week }: your move “{ $move }”
debrief-road-skip = Nothing more that week
debrief-option = Option
debrief-outcomes = Where it led ({ $games } games)
debrief-chosen = your choice
debrief-share = { $share }%
debrief-change = Another option moved { $change }% of the games to another ending.
debrief-history = History
debrief-source = Source: { $source }
debrief-departures = Where this game left the historical path
debrief-departure = Week { $week }: “{ $title }” did not happen in this game.
debrief-no-departures = Every historical beat due in the weeks played happened.
debrief-questions = Questions for discussion
debrief-factor-of = Factor: { $factor }
debrief-none = None.
debrief-written = Debrief written: { $html } and { $md }
debrief-written-one = Debrief written: { $path }
debrief-write-failed = The debrief could not be written: { $reason }
tui-key-export = e export debrief
plain-export-hint = Type e and Enter to export the debrief beside the save, or Enter to finish.

## goodfaith new pack
newpack-written = Wrote the starter pack { $id } in { $path }:
newpack-next = Next, check it, simulate a thousand games and play it:
newpack-guide = docs/modding.md walks from here to a first playable scenario.

## The story graph (`goodfaith graph`)

graph-title = Story graph of { $scenario }
graph-week = week { $week }
graph-triggered = triggered
graph-random = random
graph-followup = follow-up
graph-count = in { $count } of { $games } games
graph-unreachable = unreachable: { $why }
graph-never-scheduled = nothing that can happen schedules it
graph-never-holds = its condition can never hold
graph-never-set = no effect sets it
graph-hidden = an ending checked before it always holds
graph-never-fired = not reached: it never happened in { $games } games played at random
graph-dead-end = dead end: set but never read
graph-edge-followup = follow-up
graph-edge-sets = sets
graph-edge-clears = clears
graph-edge-reads = read by
graph-legend-unreachable = unreachable (thin dashes: not reached in the games)
graph-legend-dead-end = dead end
graph-summary = Nodes: { $nodes }. Edges: { $edges }. Unreachable: { $unreachable }. Dead ends: { $dead }.
graph-simulated = Counts from { $games } simulated games.
graph-hover = Point at a node to see its edges and its title.
graph-col-moves = Actions and reactions
graph-col-events = Events and their options
graph-col-values = Flags and counters
graph-col-endings = Endings
graph-list-unreachable = What can never happen, or never happened in the games
graph-list-dead-ends = Dead ends
responds-not-asked = { $actor } was not asked: its signature is not needed for this proposal.
signatory-not-needed = not needed to sign now
issue-waits = needs { $issues } on the table first

## Hot reload (`goodfaith play --watch`)

reload-done = { $count ->
    [one] Reloaded: 1 decision replayed.
   *[other] Reloaded: { $count } decisions replayed.
}
reload-text = Reloaded the text.
reload-stopped = Reloaded: { $replayed } of { $total } decisions replayed. Decision { $index } (week { $week }: { $decision }) no longer applies: { $reason }. The game goes on from there; fix the pack and save to replay the rest.
reload-errors = { $count ->
    [one] pack has 1 error — fix and save to reload
   *[other] pack has { $count } errors — fix and save to reload
}
reload-errors-title = Pack errors
reload-errors-keys = ↑↓ scroll · any other key closes · the game goes on with the pack as it was
reload-cannot = The pack changed, but this game cannot be played on it: { $reason }. The game goes on with the pack as it was.
reload-role-gone = the scenario has no role `{ $id }` now
reload-difficulty-gone = the scenario has no difficulty `{ $id }` now
reload-seat-gone = the change of seat to `{ $id }` in week { $week } cannot be made now
reload-gone-action = the scenario has no action `{ $id }` now
reload-gone-event = the game no longer asks about `{ $event }` at that point
reload-gone-event-instead = at that point the game now asks about `{ $asking }`, not `{ $event }`
reload-gone-option = event `{ $event }` has no option `{ $option }` now
reload-gone-actor = there is no `{ $id }` to address now
reload-gone-wording = the wording `{ $issue }.{ $option }` is gone
reload-gone-target = action `{ $id }` takes another kind of target now
reload-gone-choice = event `{ $event }` now waits for a choice first
reload-gone-unavailable = action `{ $id }` cannot be taken at that point now (its condition no longer holds, or it costs more than the budget left)
reload-gone-not-yours = action `{ $id }` no longer belongs to this chair
reload-gone-bad-target = that target is no longer valid for action `{ $id }`
reload-gone-over = the game had already ended by then
reload-gone-option-closed = that option is not open at that point now
reload-gone-nothing = there is no choice to make at that point now
reload-gone-choice-waiting = an event now waits for a choice first
reload-watch-failed = Cannot watch the pack's files for changes: { $error }. The game goes on without reloading.
watch-needs-terminal = --watch needs the full-screen game: run `goodfaith play --watch` in a terminal, without --plain.
watch-nothing = --watch has no pack folder on disk to watch (the packs built into the game do not change): name yours with --pack.
reload-packs = Reloaded the packs.

# A chair nobody plays drafts: its wording on the table, its proposal, and who tabled a clause.
tabled-by = Tabled by { $actor } for { $issue }: { $option }.
put-by = A proposal from { $actor } is put to the parties.
table-author = tabled by { $actor }
debrief-sources = Works cited
debrief-factor-seen = What brought it up
debrief-factor-more = { $count ->
    [one] and one more
   *[other] and { $count } more
}
answer-yours = You answered the text { $actor } put to you: your side's answer is the one you chose.
