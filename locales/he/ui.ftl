# בתום לב — הטקסט של הממשק (עברית).

## תאריכים
date = { $day } ב{ $month } { $year }
month-1 = ינואר
month-2 = פברואר
month-3 = מרץ
month-4 = אפריל
month-5 = מאי
month-6 = יוני
month-7 = יולי
month-8 = אוגוסט
month-9 = ספטמבר
month-10 = אוקטובר
month-11 = נובמבר
month-12 = דצמבר

## תחילת משחק
pick-scenario = בחרו תרחיש:
pick-role = בחרו את התפקיד שלכם:
pick-difficulty = בחרו רמת קושי:
intro-title = === בתום לב: { $scenario } ===
intro-role = התפקיד שלכם: { $role }. (זרע { $seed }.)
intro-success = הצלחה: { $success }
intro-difficulty = רמת קושי: { $difficulty }
intro-keys = הקלידו את מספר הבחירה ולחצו Enter. מקשים נוספים: ? עזרה, s מצב, t שולחן, w למה, q שמירה ויציאה.

## תורות וחדשות
turn-header = === שבוע { $turn } מתוך { $turns }, { $date }, { $left ->
        [0] המועד האחרון השבוע
        [one] שבוע אחד עד המועד האחרון
        [two] שבועיים עד המועד האחרון
       *[other] { $left } שבועות עד המועד האחרון
    } ===
chosen-by = ← החלטת { $actor }: "{ $option }"
chosen-chance = ← "{ $option }"
you-did = הצעד שלכם: { $action }.
you-did-to = הצעד שלכם: { $action } — { $target }.
drafted = על השולחן בסוגיית { $issue }: { $option }.
responds-accept = ההצעה מקובלת על { $actor }.
responds-reject = ההצעה אינה מקובלת על { $actor }.
responds-reject-why = ההצעה אינה מקובלת על { $actor }: { $reason }.
refusal-red-line = היא חוצה את הקו האדום שלו בסוגיית { $issue }
refusal-its-support = התמיכה שלו
refusal-its-trust = האמון שלו ב־{ $actor }
refusal-compare = { $more ->
    [yes] { $what } בשקלול כל הגורמים: { $value }
   *[no] { $what }: { $value }
}, ונדרש { $cmp ->
    [gt] יותר מ־{ $need }
    [le] לכל היותר { $need }
    [lt] פחות מ־{ $need }
    [eq] בדיוק { $need }
    [ne] כל ערך מלבד { $need }
   *[ge] לפחות { $need }
}
refusal-other = שאר התנאים שלו אינם מתקיימים
answer-own = זו ההצעה שלך: הצד שלך מקבל אותה.
answer-wordings = כיצד הצד שוקל כל ניסוח שעל השולחן:
answer-wording = { $issue }: "{ $wording }" { $stance }, משקל { $weight }
answer-wording-unseen = { $issue }: "{ $wording }" (אין באפשרותך לראות כיצד הצד שוקל זאת)
answer-its-red-line = (הקו האדום שלו)
answer-rule = מה היה דרוש כדי שיקבל, כפי שהיה המצב כשהשיב:
answer-part-unseen = תנאי שאין באפשרותך לראות
answer-flag = { $flag } { $wanted ->
    [yes] חייב להתקיים
   *[no] אסור שיתקיים
}
answer-moved = מה הזיז את הערכים האלה לאחרונה:
answer-held = מתקיים:
answer-unmet = לא מתקיים:
signed = נחתם הסכם על { $count ->
        [one] סוגיה אחת
        [two] שתי סוגיות
       *[other] { $count } סוגיות
    }.
rejected = ההצעה לא עברה: לא כל הצדדים מקבלים אותה.

## בחירות ופעולות
choose-prompt = מה אתם עושים? ({ $event })
actions-prompt = תורכם. נותר בתקציב: { $budget }
end-turn = סיום השבוע
back = חזרה
free = חינם
# Between the items of a list (costs, actors).
list-separator = {", "}
# Between a label and its value.
label-separator = {": "}
target-prompt = עם מי?
issue-prompt = איזו סוגיה?
wording-prompt = איזה נוסח?
red-line-for = קו אדום: { $actors }
not-allowed = זה לא אפשרי כרגע: { $reason }.
invalid-number = נא להקליד מספר בין { $min } ל־{ $max }, או ? לעזרה.
help =
    איך משחקים: בכל שבוע קורים אירועים, וחלקם מחכים להחלטה שלכם. אחר כך אתם מוציאים
    את התקציב על פעולות: נפגשים עם הצדדים, מנסחים נוסח לסוגיה, מגישים הצעה.
    הקלידו את מספר הבחירה ולחצו Enter.
      ?  העזרה הזאת
      s  המדדים שלכם, האמון בין הצדדים ושולחן המשא ומתן
      t  שולחן המשא ומתן בלבד
      w  למה: כל שינוי השבוע ומה גרם לו
      m  תפריט הפעולות שוב (? עם תיאור כל פעולה)
      n  סיום שבועות שקטים עד שמשהו ידרוש אתכם (בלי לדלג על בחירה)
      q  שמירה ויציאה (סוף הקלט עושה אותו דבר)

## מצב
status-meters = מדדים:
status-trust = אמון:
status-table = שולחן המשא ומתן:
meter-of = { $meter } ({ $actor })
trust-between = אמון { $from } כלפי { $to }
signed-issue = נחתם: { $issue }
signed-change = { $label } — { $wording }
signed-nothing = לא נחתם דבר
ambiguity = עמימות בנוסח החתום
issue-open = אין דבר על השולחן
issue-signed = נחתם: { $option }
red-line = קו אדום
support-line = תמיכה במה שעל השולחן: { $parts }

## למה זה קרה
why-title = השינויים השבוע והסיבות להם:
why-nothing = השבוע לא השתנה דבר שאתם יכולים לראות.
cause-event = האירוע "{ $event }"
cause-option = "{ $option }" באירוע "{ $event }"
cause-action = הפעולה שלכם "{ $action }"
cause-reaction = צעד של { $actor }
cause-difficulty = רמת הקושי "{ $difficulty }"
cause-negotiation = המשא ומתן
cause-expiry = הזמן שאוזל
cause-option-by = "{ $option }", הבחירה של { $chair } באירוע "{ $event }"
cause-option-chance = "{ $option }", כפי שנפל הגורל באירוע "{ $event }"
cause-option-news = "{ $event }": { $news }
cause-rule = { $cause } ({ $rule })
effect-rises = עולה ב־{ $n }
effect-falls = יורד ב־{ $n }
effect-rises-up-to = עולה בעד { $n }
effect-falls-up-to = יורד בעד { $n }
effect-rises-between = עולה ב־{ $lo } עד { $hi }
effect-falls-between = יורד ב־{ $lo } עד { $hi }
effect-moves-up-to = עולה או יורד בעד { $n }
effect-set-to = נקבע ל־{ $n }
effect-set-between = נקבע לערך בין { $lo } ל־{ $hi }
effect-varies = משתנה בשיעור שהמצב קובע

## הסוף
ending-title = === הסוף: { $title } ===
ending-history = מה קרה בהיסטוריה: { $history }
ending-turning-point = מה הכריע, בשבוע { $week }: { $cause }
ending-variant-turning-point = מה שקבע שזה סיפורו של המשחק הזה, בשבוע { $week }: { $cause }
turning-signing = החתימה על הנוסח שעל השולחן
turning-option = "{ $event }" — { $what }
turning-event = "{ $event }"
ending-score = ניקוד: { $score } ({ $tier })
tier-success = הצלחה
tier-partial = הצלחה חלקית
tier-failure = כישלון
ending-objectives = המטרות שלכם:
ending-timeline = ציר הזמן:
timeline-line = שבוע { $turn }: { $what }
ending-factors = למה שיחות נכשלות — הגורמים המבניים שעלו במשחק שלכם:
quit-saved = המשחק נשמר. להתראות.
quit-not-saved = לא ניתן היה לשמור את המשחק (הסיבה מופיעה למעלה). להתראות.
save-recovered = הקובץ { $path } פגום ({ $reason }); המשחק ממשיך מעותק הגיבוי שלו, { $backup }.

## גורמים מבניים
tag-power-asymmetry = פערי כוח
tag-mismatched-goals = מטרות שאינן מתיישבות
tag-settlements = התנחלויות ועובדות בשטח
tag-refugees = פליטים ועוול היסטורי
tag-security = ביטחון, אלימות וחוסר אמון
tag-internal-politics = פוליטיקה פנימית וקואליציות
tag-external-actors = גורמי חוץ ותיווך
tag-process-design = עיצוב התהליך, הדרגתיות ועמימות
tag-legitimacy = לגיטימיות ודעת קהל
tag-status-quo = עמידותו של הסטטוס קוו
saved-to = נשמר בקובץ { $path }

## שיעורים, החלפת כיסאות והשוואה

lesson-title = שיעור: { $title }
lesson-start = השיעור מתחיל בשבוע { $week }, { $date }: { $start }. המחשב שיחק את השבועות הקודמים.
lesson-weeks = { $weeks ->
        [one] משחקים שבוע אחד, עד סוף שבוע { $last }.
        [two] משחקים שבועיים, עד סוף שבוע { $last }.
       *[other] משחקים { $weeks } שבועות, עד סוף שבוע { $last }.
    }
lesson-objectives = למה לשים לב:
lesson-begin = הקישו Enter כדי להתחיל.
lesson-ends = השיעור מסתיים כאן, בסוף שבוע { $week } ({ $date }). השיחות נמשכות בלעדיכם.
lesson-questions = שאלות לדיון:
lesson-replay-hint = קובץ השמירה שומר את המשחק הזה. כדי לראות את אותם שבועות מכיסא אחר: goodfaith play --load { $path } --as ROLE --from-week { $week }
seat-taken = משבוע { $week } אתם יושבים בכיסא של { $role }; המחשב משחק בכיסא שעזבתם.
compare-title = שני משחקים של { $scenario }
compare-game = משחק { $which }: { $role }, זרע { $seed }, { $difficulty }, { $weeks ->
        [one] שבוע אחד שוחק
        [two] שבועיים שוחקו
       *[other] { $weeks } שבועות שוחקו
    }
compare-seat = { $role } משבוע { $week }
compare-same = בשני המשחקים התקבלו אותן החלטות.
compare-first = המשחקים נפרדים בשבוע { $week } ({ $date }).
compare-differed = ההחלטות שהיו שונות, שבוע אחר שבוע:
compare-nothing = אין החלטה
compare-meters = המדדים בסוף כל שבוע (משחק A, ואחריו משחק B):
compare-endings = סיומים:
compare-ending = משחק { $which }: { $ending } (ניקוד { $score })
compare-not-ended = משחק { $which }: לא הסתיים, שבוע { $week }
compare-stopped = משחק { $which }: השיעור הסתיים אחרי שבוע { $week }
blocked-budget = לא נשאר מספיק תקציב
blocked-used = כבר נוצל השבוע
blocked-cooldown = { $turns ->
        [one] שוב בשבוע הבא
        [two] שוב בעוד שבועיים
       *[other] שוב בעוד { $turns } שבועות
    }
blocked-conditions = לא אפשרי כרגע
blocked-pick-another = הפעולה הזאת לא אפשרית כרגע; בחרו פעולה אחרת, או 0 כדי לסיים את השבוע.

## המשחק במסוף
tui-tagline = משחק על משא ומתן לשלום בין ישראלים לפלסטינים
tui-continue = המשך
tui-new-game = משחק חדש
tui-load = טעינת משחק שמור
tui-language = שפה
# The language menu item, naming this language in itself.
tui-language-current = שפה: עברית
tui-help = עזרה
tui-quit = יציאה
tui-no-saves = אין עדיין משחקים שמורים.
tui-key-delete = d מחיקה
tui-delete-confirm = למחוק את השמירה הזו? y מוחק; כל מקש אחר משאיר אותה.
tui-save-week = שבוע { $week } · שוחק לאחרונה { $played }
tui-save-ended = הסתיים: { $ending } · שוחק לאחרונה { $played }
tui-save-damaged = לא ניתן לקרוא: { $reason }
tui-no-save-path = אין לאן לשמור: הפעילו את המשחק עם --save FILE.
tui-scenario-broken = בתרחיש הזה יש שגיאות ואי אפשר לשחק בו. לפרטים, הריצו `goodfaith check`.
tui-step-scenario = בחירת תרחיש
tui-step-role = בחירת תפקיד
tui-step-difficulty = בחירת רמת קושי
tui-step-seed = זרע (לא חובה)
tui-about = אודות
tui-seed-prompt = הקלידו מספר כדי לשחק שוב משחק מסוים, או לחצו Enter למשחק חדש.
tui-seed-random = משחק חדש
tui-too-small = נא להגדיל את חלון המסוף לרוחב { $width } ולגובה { $height } לפחות (כעת: רוחב { $w }, גובה { $h }).
tui-when = שבוע { $turn }/{ $turns } · { $date } · { $left ->
        [0] שבוע המועד האחרון
        [one] נותר שבוע אחד
        [two] נותרו שבועיים
       *[other] נותרו { $left } שבועות
    }
tui-week = שבוע { $turn }:
tui-save-failed = השמירה נכשלה: { $error }
tui-tab-turn = השבוע
tui-tab-table = שולחן המשא ומתן
tui-tab-log = יומן
tui-meters = מדדים
tui-news = חדשות
tui-your-move = התור שלכם
tui-cannot-draft = בתפקיד שלכם אי אפשר לנסח סעיפים.
tui-cannot-propose = בתפקיד שלכם אי אפשר להגיש הצעות.
tui-issue = סוגיה
tui-on-table = על השולחן
tui-gap = פער
tui-table-help = Enter: ניסוח סעיף לסוגיה המסומנת · p: הגשת כל מה שעל השולחן לצדדים · ✓ נחתם · ✗ קו אדום · ≈ הערכה
tui-why = למה?
tui-notice = הערה
tui-any-key = לחצו על מקש כלשהו.
tui-quit-question = לשמור ולצאת?
tui-quit-yes = כן
tui-quit-no = לא
tui-debrief = תחקיר
tui-chart = המדדים העיקריים, שבוע אחר שבוע
tui-weeks = שבועות
tui-key-move = ↑↓ תנועה
tui-key-enter = Enter בחירה
tui-key-back = Esc חזרה
tui-key-help = ? עזרה
tui-key-quit = q יציאה
tui-key-choose = 1-{ $last } בחירה
tui-key-second-digit = { $first }_ הספרה הבאה או Enter
tui-more-above = ▲ עוד { $count }
tui-more-below = ▼ עוד { $count }
tui-result-title = ההצעה, צד אחר צד
tui-result-keys = ↑↓ בחירת צד · Enter או w: למה? · Esc: סגירה
tui-toast = { $action }: { $changes }
tui-toast-nothing = { $action }: לא השתנה דבר ממה שנראה לך
support-need = { $actor } { $support } (נדרש { $need })
tui-on-table-already = הנוסח הזה כבר על השולחן; בחרו נוסח אחר כדי לשנות אותו.
tui-on-table-mark = על השולחן כעת
tui-would-support = התמיכה אז: { $parts }
tui-blocked-detail = לא כעת: { $reason }
tui-key-digits = 0-9 זרע
tui-key-tab = Tab חלונית
tui-key-why = w למה
tui-key-table = t שולחן
tui-key-log = l יומן
tui-key-save = s שמירה
tui-key-draft = Enter ניסוח
tui-key-propose = p הגשה
tui-key-scroll = ↑↓ גלילה
tui-key-title = Enter מסך הפתיחה
tui-help-text =
    בכל שבוע קורים אירועים. חלקם מחכים להחלטה שלכם: בחרו אפשרות. אחר כך הוציאו את התקציב על פעולות, וסיימו את השבוע עם 0 (או e).
    
    מקשים
      1-9       בחירת אפשרות או פעולה (מעבר לתשע מקלידים שתי ספרות: 1 ואז 2 עבור 12); 0 מסיים את השבוע או חוזר אחורה
      ↑ ↓ j k   תנועה; Enter בוחר
      Tab       מעבר בין חלוניות: בחירות, חדשות, מדדים (Enter על ידיעה או על מדד: למה)
      w         למה: מה גרם לשינויים (בידיעה או במדד המסומנים)
      x         ב"למה?": להציג גם את הביטוי של כל כלל (ליוצרי הרחבות)
      n         סיום שבועות שקטים עד שמשהו ידרוש אתכם (בלי לדלג על בחירה)
      t         שולחן המשא ומתן: ניסוח סעיף (Enter), הגשת הצעה (p)
      l         היומן של המשחק כולו
      s         שמירה עכשיו (המשחק גם נשמר בכל שבוע)
      Esc       חזרה
      Alt+c     צבעים: רגילים, ניגודיות גבוהה, ללא
      ?         העזרה הזאת
      q         שמירה ויציאה; Ctrl+Z משהה את המשחק (fg כדי לחזור)
    
    סימנים: ▲ עלה, ▼ ירד, ✓ נחתם או הושג, ✗ קו אדום או לא הושג, ≈ הערכה.
tui-trust-of = אמון { $actor } כלפי:
change-line = { $label }: { $before } ← { $after }
trend-up = ▲ +{ $delta }
trend-down = ▼ { $delta }
number = { $n }
tui-trust-to = ← { $actor }

## תדריך השבוע
briefing-title = שבוע { $turn }: התדריך שלכם
briefing-changes = מאז התור הקודם שלכם:
briefing-more = { $count ->
        [one] ועוד שינוי אחד
       *[other] ועוד { $count } שינויים
    }
briefing-skipped = { $count ->
        [one] עבר שבוע שקט אחד.
       *[other] עברו { $count } שבועות שקטים.
    }
briefing-choice = החלטה ממתינה לכם: "{ $event }".
briefing-unlocked = אפשרי מעכשיו: { $actions }.
briefing-deadline = { $left ->
        [0] המועד האחרון הוא השבוע.
        [one] שבוע אחד עד המועד האחרון.
       *[other] { $left } שבועות עד המועד האחרון.
    }
briefing-quiet = שום דבר לא דורש החלטה השבוע: n מסיים שבועות שקטים עד שמשהו ידרוש אתכם.
tui-briefing-keys = Enter המשך · n סיום שבועות שקטים
tui-key-skip = n שבועות שקטים
tui-key-end-week = 0 סיום השבוע
plain-menu-hint = (m: התפריט שוב; ?: תיאור כל פעולה; n: סיום שבועות שקטים)

## מצב טקסט, להקראה
spoken-trend = ({ $dir ->
        [up] עלייה של { $delta }
       *[down] ירידה של { $delta }
    })
spoken-change-line = { $label }: מ־{ $before } ל־{ $after }{ $dir ->
        [up] , עלייה של { $delta }
        [down] , ירידה של { $delta }
       *[same] {""}
    }
spoken-trust-between = אמון { $from } כלפי { $to }
spoken-because = { $change }, בגלל { $cause }
spoken-about = בערך { $n }
objective-achieved = הושג: { $objective }
objective-missed = לא הושג: { $objective }

## The debrief (goodfaith debrief, and the export from the end screen)
debrief-title = תחקיר: { $scenario }
debrief-scenario = תרחיש
debrief-chair = תפקיד
debrief-difficulty = רמת קושי
debrief-seed = זרע אקראיות
debrief-weeks = שבועות ששוחקו
debrief-weeks-of = { $week } מתוך { $weeks }
debrief-ending = סיום
debrief-unfinished = המשחק הזה לא הסתיים: הוא נעצר בשבוע { $week } מתוך { $weeks }. הדרכים שלא נבחרו נמדדות בהמשך המשחק מכל בחירה.
debrief-default-difficulty = זו של התרחיש
debrief-score = ניקוד
debrief-score-ending = הסיום
debrief-score-chair = הרקורד של התפקיד שלך
debrief-score-total = סך הכול
debrief-decided = מה הכריע
debrief-meters = המדדים, שבוע אחר שבוע
debrief-meters-note = המשולשים מעל כל תרשים מסמנים את השבועות שבהם התרחש אירוע היסטורי.
debrief-week = שבוע
debrief-what = מה קרה
debrief-why = מדוע
debrief-why-scripted = לפי לוח הזמנים ההיסטורי
debrief-why-triggered = התנאים שלו התקיימו
debrief-why-random = הוגרל במקרה
debrief-why-followup = בעקבות „{ $what }”
debrief-choice = „{ $event }”: { $option }
debrief-by-you = ההחלטה שלך
debrief-by = הוחלט על ידי { $chair }
debrief-by-chance = הוחלט במקרה
debrief-factors = הגורמים המבניים
debrief-factor = גורם
debrief-times = פעמים
debrief-factor-weeks = שבועות
debrief-roads = הדרכים שלא נבחרו
debrief-roads-method = איך זה נמדד: המשחק פוצל בכל אחת מההחלטות שלך ({ $forks } בסך הכול): בכל בחירה בין אפשרויות של אירוע, ובכל אחד מהמהלכים שלך, שהועמד מול הימנעות מכל צעד נוסף באותו שבוע, ואם למהלך יש יעד, גם מול יעדים אחרים (בניסוח טיוטה, מול ניסוחים אחרים של אותה סוגיה). מכל פיצול שוחקה כל חלופה עד לסיום ב־{ $screen } עולמות; ההחלטות ששינו את התוצאה יותר מכול שוחקו אחר כך ב־{ $games } עולמות לכל חלופה. כל החלופות של אותה החלטה פוגשות את אותם עולמות, ואחרי הפיצול שחקן מדומה בוחר באקראי.
debrief-roads-none = אף אפשרות אחרת באף אחת מהבחירות שלך לא שינתה את האופן שבו המשחק נטה להסתיים.
debrief-road = שבוע { $week }: „{ $event }”
debrief-road-move = שבוע { $week }: המהלך שלך „{ $move }”
debrief-road-skip = שום דבר נוסף באותו שבוע
debrief-option = אפשרות
debrief-outcomes = לאן זה הוביל ({ $games } משחקים)
debrief-chosen = הבחירה שלך
debrief-share = { $share }%
debrief-change = אפשרות אחרת הובילה { $change }% מהמשחקים לסיום אחר.
debrief-history = ההיסטוריה
debrief-source = מקור: { $source }
debrief-departures = היכן המשחק הזה סטה מהמסלול ההיסטורי
debrief-departure = שבוע { $week }: „{ $title }” לא קרה במשחק הזה.
debrief-no-departures = כל האירועים ההיסטוריים שחלו בשבועות ששוחקו אכן קרו.
debrief-questions = שאלות לדיון
debrief-factor-of = גורם: { $factor }
debrief-none = אין.
debrief-written = התחקיר נשמר: { $html } ו־{ $md }
debrief-written-one = התחקיר נשמר: { $path }
debrief-write-failed = לא ניתן היה לשמור את התחקיר: { $reason }
tui-key-export = e ייצוא תחקיר
plain-export-hint = הקלידו e ו־Enter כדי לייצא את התחקיר ליד השמירה, או Enter כדי לסיים.

## goodfaith new pack
newpack-written = חבילת הפתיחה { $id } נכתבה בתיקייה { $path }:
newpack-next = עכשיו בדקו אותה, הריצו סימולציה של אלף משחקים ושחקו בה:
newpack-guide = המדריך docs/modding.md מוביל מכאן לתרחיש ראשון שאפשר לשחק.

## גרף העלילה (`goodfaith graph`)

graph-title = גרף העלילה של { $scenario }
graph-week = שבוע { $week }
graph-triggered = מותנה
graph-random = אקראי
graph-followup = המשך
graph-count = ב-{ $count } מתוך { $games } משחקים
graph-unreachable = בלתי ניתן להשגה: { $why }
graph-never-scheduled = שום דבר שיכול לקרות אינו מתזמן אותו
graph-never-holds = התנאי שלו לעולם אינו מתקיים
graph-never-set = שום השפעה אינה מדליקה אותו
graph-hidden = סיום שנבדק לפניו מתקיים תמיד
graph-never-fired = לא הושג: לא קרה אף פעם ב-{ $games } משחקים אקראיים
graph-dead-end = מבוי סתום: מודלק אך לעולם אינו נקרא
graph-edge-followup = המשך
graph-edge-sets = קובע
graph-edge-clears = מכבה
graph-edge-reads = נקרא על ידי
graph-legend-unreachable = בלתי ניתן להשגה (מקפים דקים: לא הושג במשחקים)
graph-legend-dead-end = מבוי סתום
graph-summary = צמתים: { $nodes }. קשתות: { $edges }. בלתי ניתנים להשגה: { $unreachable }. מבויים סתומים: { $dead }.
graph-simulated = הספירות מתוך { $games } משחקים מדומים.
graph-hover = הצביעו על צומת כדי לראות את הקשתות שלו ואת כותרתו.
graph-col-moves = פעולות ותגובות
graph-col-events = אירועים והאפשרויות שלהם
graph-col-values = דגלים ומונים
graph-col-endings = סיומים
graph-list-unreachable = מה שלעולם לא יכול לקרות, או שלא קרה אף פעם במשחקים
graph-list-dead-ends = מבויים סתומים
responds-not-asked = { $actor } לא נשאל: חתימתו אינה נדרשת להצעה הזאת.
signatory-not-needed = חתימתו אינה נדרשת כעת
issue-waits = דורש קודם את { $issues } על השולחן

## טעינה מחדש בזמן משחק (`goodfaith play --watch`)

reload-done = { $count ->
    [one] נטען מחדש: החלטה אחת הושמעה מחדש.
   *[other] נטען מחדש: { $count } החלטות הושמעו מחדש.
}
reload-text = הטקסט נטען מחדש.
reload-stopped = נטען מחדש: { $replayed } מתוך { $total } החלטות הושמעו מחדש. החלטה { $index } (שבוע { $week }: { $decision }) כבר אינה חלה: { $reason }. המשחק ממשיך משם; תקנו את החבילה ושמרו כדי להשמיע מחדש את השאר.
reload-errors = { $count ->
    [one] בחבילה שגיאה אחת — תקנו ושמרו כדי לטעון מחדש
   *[other] בחבילה { $count } שגיאות — תקנו ושמרו כדי לטעון מחדש
}
reload-errors-title = שגיאות בחבילה
reload-errors-keys = ↑↓ גלילה · כל מקש אחר סוגר · המשחק ממשיך עם החבילה כפי שהייתה
reload-cannot = החבילה השתנתה, אבל אי אפשר לשחק בה את המשחק הזה: { $reason }. המשחק ממשיך עם החבילה כפי שהייתה.
reload-role-gone = בתרחיש כבר אין תפקיד `{ $id }`
reload-difficulty-gone = בתרחיש כבר אין רמת קושי `{ $id }`
reload-seat-gone = אי אפשר עוד לעבור לכיסא `{ $id }` בשבוע { $week }
reload-gone-action = בתרחיש כבר אין פעולה `{ $id }`
reload-gone-event = בנקודה הזו המשחק כבר לא שואל על `{ $event }`
reload-gone-event-instead = בנקודה הזו המשחק שואל עכשיו על `{ $asking }`, לא על `{ $event }`
reload-gone-option = לאירוע `{ $event }` כבר אין אפשרות `{ $option }`
reload-gone-actor = כבר אין `{ $id }` לפנות אליו
reload-gone-wording = הנוסח `{ $issue }.{ $option }` כבר איננו
reload-gone-target = הפעולה `{ $id }` מקבלת עכשיו יעד מסוג אחר
reload-gone-choice = האירוע `{ $event }` ממתין עכשיו קודם לבחירה
reload-gone-unavailable = אי אפשר עוד לבצע את הפעולה `{ $id }` בנקודה הזו (התנאי שלה כבר לא מתקיים, או שהיא עולה יותר מהתקציב שנותר)
reload-gone-not-yours = הפעולה `{ $id }` כבר אינה שייכת לכיסא הזה
reload-gone-bad-target = היעד הזה כבר אינו תקף לפעולה `{ $id }`
reload-gone-over = המשחק כבר הסתיים עד אז
reload-gone-option-closed = האפשרות הזו כבר אינה פתוחה בנקודה הזו
reload-gone-nothing = אין עוד בחירה לעשות בנקודה הזו
reload-gone-choice-waiting = אירוע ממתין עכשיו קודם לבחירה
reload-watch-failed = אי אפשר לעקוב אחר שינויים בקבצי החבילה: { $error }. המשחק ממשיך בלי טעינה מחדש.
watch-needs-terminal = --watch דורש את המשחק במסך מלא: הריצו `goodfaith play --watch` במסוף, בלי --plain.
watch-nothing = --watch לא מצא תיקיית חבילה בדיסק לעקוב אחריה (החבילות המובנות במשחק אינן משתנות): ציינו את שלכם עם --pack.
reload-packs = החבילות נטענו מחדש.

# A chair nobody plays drafts: its wording on the table, its proposal, and who tabled a clause.
tabled-by = נוסח שהוצע מאת { $actor } בסוגיית { $issue }: { $option }.
put-by = הצעה מאת { $actor } הועמדה בפני הצדדים.
table-author = הוצע מאת { $actor }
debrief-sources = מקורות שצוטטו
debrief-factor-seen = מה העלה אותו
debrief-factor-more = { $count ->
    [one] ועוד אחד
   *[other] ועוד { $count }
}
answer-yours = ענית על הנוסח שהציג לך { $actor }: תשובת הצד שלך היא זו שבחרת.
