# Good Faith — نصوص الواجهة (العربية).

## التواريخ
date = { $day } { $month } { $year }
month-1 = كانون الثاني
month-2 = شباط
month-3 = آذار
month-4 = نيسان
month-5 = أيار
month-6 = حزيران
month-7 = تموز
month-8 = آب
month-9 = أيلول
month-10 = تشرين الأول
month-11 = تشرين الثاني
month-12 = كانون الأول

## بدء اللعبة
pick-scenario = اختر سيناريو:
pick-role = اختر دورك:
pick-difficulty = اختر مستوى الصعوبة:
intro-title = === حسن النية: { $scenario } ===
intro-role = أنت { $role }. (رقم اللعبة: { $seed }.)
intro-success = شرط النجاح: { $success }
intro-difficulty = مستوى الصعوبة: { $difficulty }
intro-keys = اكتب رقم اختيارك واضغط Enter. مفاتيح أخرى: ? مساعدة، s الوضع، t الطاولة، w لماذا، q حفظ وخروج.

## الأسابيع والأخبار
turn-header = === الأسبوع { $turn } من { $turns }، { $date }، { $left ->
        [0] الموعد النهائي هذا الأسبوع
        [one] الموعد النهائي بعد أسبوع واحد
        [two] الموعد النهائي بعد أسبوعين
        [few] الموعد النهائي بعد { $left } أسابيع
        [many] الموعد النهائي بعد { $left } أسبوعًا
       *[other] الموعد النهائي بعد { $left } أسبوع
    } ===
chosen-by = ← قرار { $actor }: «{ $option }»
chosen-chance = ← «{ $option }»
you-did = أنت: { $action }.
you-did-to = أنت: { $action } — { $target }.
drafted = على الطاولة بشأن { $issue }: { $option }.
responds-accept = ردّ { $actor }: قبول الاقتراح.
responds-reject = ردّ { $actor }: رفض الاقتراح.
responds-reject-why = ردّ { $actor }: رفض الاقتراح، { $reason }.
refusal-red-line = لأنه يتجاوز خطّه الأحمر في { $issue }
refusal-its-support = تأييده
refusal-its-trust = ثقته في { $actor }
refusal-compare = { $more ->
    [yes] { $what } بعد احتساب كل العوامل: { $value }
   *[no] { $what }: { $value }
}، والمطلوب { $cmp ->
    [gt] أكثر من { $need }
    [le] { $need } على الأكثر
    [lt] أقل من { $need }
    [eq] { $need } تمامًا
    [ne] أي قيمة غير { $need }
   *[ge] { $need } على الأقل
}
refusal-other = لأن شروطه الأخرى لم تتحقق
answer-own = إنه اقتراحك أنت: جانبك يقبله.
answer-wordings = كيف يزن كل صيغة مطروحة على الطاولة:
answer-wording = { $issue }: «{ $wording }» { $stance }، الوزن { $weight }
answer-wording-unseen = { $issue }: «{ $wording }» (لا يمكنك أن ترى كيف يزن هذه الصيغة)
answer-its-red-line = (خطّه الأحمر)
answer-rule = ما كان يحتاجه ليقبل، كما كانت الأمور حين ردّ:
answer-part-unseen = شرط لا يمكنك رؤيته
answer-flag = { $flag } { $wanted ->
    [yes] يجب أن يتحقق
   *[no] يجب ألا يتحقق
}
answer-moved = ما حرّك هذه القيم مؤخرًا:
answer-held = متحقق:
answer-unmet = غير متحقق:
signed = توقيع اتفاق بشأن { $count ->
        [one] قضية واحدة
        [two] قضيتين
        [few] { $count } قضايا
        [many] { $count } قضية
       *[other] { $count } قضية
    }.
rejected = الاقتراح لا يمرّ: ليست كل الأطراف موافقة عليه.

## الخيارات والإجراءات
choose-prompt = ماذا تفعل؟ ({ $event })
actions-prompt = ما خطوتك؟ الرصيد المتبقي: { $budget }
end-turn = إنهاء الأسبوع
back = رجوع
free = بلا كلفة
# Between the items of a list (costs, actors).
list-separator = {"، "}
# Between a label and its value.
label-separator = {": "}
target-prompt = مع مَن؟
issue-prompt = أي قضية؟
wording-prompt = أي صياغة؟
red-line-for = خط أحمر لدى: { $actors }
not-allowed = هذا غير ممكن الآن: { $reason }.
invalid-number = اكتب رقمًا من { $min } إلى { $max }، أو ? للمساعدة.
help =
    طريقة اللعب: كل أسبوع تقع أحداث، وبعضها ينتظر قرارك. ثم تنفق رصيدك على الإجراءات:
    لقاء الأطراف، وصياغة نص لإحدى القضايا، وطرح اقتراح.
    اكتب رقم الخيار واضغط Enter.
      ?  هذه المساعدة
      s  مؤشراتك، والثقة بين الأطراف، وطاولة المفاوضات
      t  طاولة المفاوضات وحدها
      w  لماذا: كل تغيير هذا الأسبوع وسببه
      m  قائمة الإجراءات مرة أخرى (? مع وصف كل إجراء)
      n  إنهاء الأسابيع الهادئة حتى يستجد ما يحتاجك (دون تخطي أي خيار)
      q  حفظ وخروج (انتهاء الإدخال يؤدي الغرض نفسه)

## الوضع
status-meters = المؤشرات:
status-trust = الثقة:
status-table = طاولة المفاوضات:
meter-of = { $meter } ({ $actor })
trust-between = ثقة { $from } ← { $to }
signed-issue = تم التوقيع: { $issue }
signed-change = { $label } — { $wording }
signed-nothing = لم يُوقَّع شيء
ambiguity = الغموض في النص الموقّع
issue-open = لا شيء مطروح على الطاولة
issue-signed = تم التوقيع: { $option }
red-line = خط أحمر
support-line = التأييد لما على الطاولة: { $parts }

## لماذا حدث هذا
why-title = تغييرات هذا الأسبوع وأسبابها:
why-nothing = لم يتغير هذا الأسبوع شيء مما يمكنك رؤيته.
cause-event = الحدث «{ $event }»
cause-option = «{ $option }» في «{ $event }»
cause-action = إجراؤك «{ $action }»
cause-reaction = خطوة من { $actor }
cause-difficulty = مستوى الصعوبة «{ $difficulty }»
cause-negotiation = التفاوض
cause-expiry = نفاد الوقت
cause-option-by = «{ $option }»، اختيار { $chair } في «{ $event }»
cause-option-chance = «{ $option }»، كما جرت الأمور في «{ $event }»
cause-option-news = «{ $event }»: { $news }
cause-rule = { $cause } ({ $rule })
effect-rises = يرتفع بمقدار { $n }
effect-falls = ينخفض بمقدار { $n }
effect-rises-up-to = يرتفع بما يصل إلى { $n }
effect-falls-up-to = ينخفض بما يصل إلى { $n }
effect-rises-between = يرتفع بمقدار { $lo } إلى { $hi }
effect-falls-between = ينخفض بمقدار { $lo } إلى { $hi }
effect-moves-up-to = يرتفع أو ينخفض بما يصل إلى { $n }
effect-set-to = يُضبط على { $n }
effect-set-between = يُضبط على قيمة بين { $lo } و{ $hi }
effect-varies = يتغير بمقدار يحدده الوضع

## النهاية
ending-title = === النهاية: { $title } ===
ending-history = ما حدث في التاريخ: { $history }
ending-turning-point = ما حسم الأمر، في الأسبوع { $week }: { $cause }
ending-variant-turning-point = ما جعل هذه الرواية رواية هذه اللعبة، في الأسبوع { $week }: { $cause }
turning-signing = توقيع النص المطروح على الطاولة
turning-option = «{ $event }» — { $what }
turning-event = «{ $event }»
ending-score = النتيجة: { $score } ({ $tier })
tier-success = نجاح
tier-partial = نجاح جزئي
tier-failure = إخفاق
ending-objectives = أهدافك:
ending-timeline = التسلسل الزمني:
timeline-line = الأسبوع { $turn }: { $what }
ending-factors = لماذا تفشل المفاوضات — العوامل البنيوية التي ظهرت في لعبتك:
quit-saved = حُفظت اللعبة. إلى اللقاء.
quit-not-saved = تعذّر حفظ اللعبة (السبب مذكور أعلاه). إلى اللقاء.
save-recovered = الملف { $path } تالف ({ $reason })؛ تستمر اللعبة من نسخته الاحتياطية { $backup }.

## العوامل البنيوية
tag-power-asymmetry = اختلال موازين القوى
tag-mismatched-goals = تعارض الأهداف
tag-settlements = المستوطنات والأمر الواقع على الأرض
tag-refugees = اللاجئون والظلم التاريخي
tag-security = الأمن والعنف وانعدام الثقة
tag-internal-politics = السياسة الداخلية والائتلافات
tag-external-actors = الأطراف الخارجية والوساطة
tag-process-design = تصميم العملية والتدرّج والغموض
tag-legitimacy = الشرعية والرأي العام
tag-status-quo = استمرار الوضع القائم
saved-to = حُفظت في { $path }

## الدروس وتبديل المقاعد والمقارنة

lesson-title = الدرس: { $title }
lesson-start = يبدأ الدرس في الأسبوع { $week }، { $date }: { $start }. لعب الحاسوب الأسابيع السابقة.
lesson-weeks = { $weeks ->
        [one] تلعب أسبوعًا واحدًا، حتى نهاية الأسبوع { $last }.
        [two] تلعب أسبوعين، حتى نهاية الأسبوع { $last }.
        [few] تلعب { $weeks } أسابيع، حتى نهاية الأسبوع { $last }.
        [many] تلعب { $weeks } أسبوعًا، حتى نهاية الأسبوع { $last }.
       *[other] تلعب { $weeks } أسبوع، حتى نهاية الأسبوع { $last }.
    }
lesson-objectives = ما ينبغي الانتباه إليه:
lesson-begin = اضغط Enter للبدء.
lesson-ends = ينتهي الدرس هنا، في نهاية الأسبوع { $week } ({ $date }). تستمر المفاوضات من دونك.
lesson-questions = أسئلة للنقاش:
lesson-replay-hint = يحتفظ ملف الحفظ بهذه اللعبة. لترى الأسابيع نفسها من مقعد آخر: goodfaith play --load { $path } --as ROLE --from-week { $week }
seat-taken = من الأسبوع { $week } تشغل مقعد { $role }؛ ويلعب الحاسوب المقعد الذي تركته.
compare-title = لعبتان من { $scenario }
compare-game = اللعبة { $which }: { $role }، البذرة { $seed }، { $difficulty }، { $weeks ->
        [one] لُعب أسبوع واحد
        [two] لُعب أسبوعان
        [few] لُعبت { $weeks } أسابيع
        [many] لُعب { $weeks } أسبوعًا
       *[other] لُعب { $weeks } أسبوع
    }
compare-seat = { $role } ابتداءً من الأسبوع { $week }
compare-same = اتخذت اللعبتان القرارات نفسها.
compare-first = تفترق اللعبتان في الأسبوع { $week } ({ $date }).
compare-differed = القرارات التي اختلفت، أسبوعًا بأسبوع:
compare-nothing = لا قرار
compare-meters = المؤشرات في نهاية كل أسبوع (اللعبة A ثم اللعبة B):
compare-endings = النهايات:
compare-ending = اللعبة { $which }: { $ending } (النتيجة { $score })
compare-not-ended = اللعبة { $which }: لم تنتهِ، الأسبوع { $week }
compare-stopped = اللعبة { $which }: انتهى الدرس بعد الأسبوع { $week }
blocked-budget = الرصيد المتبقي لا يكفي
blocked-used = استُنفد هذا الأسبوع
blocked-cooldown = { $turns ->
        [zero] متاح مجددًا هذا الأسبوع
        [one] متاح مجددًا الأسبوع المقبل
        [two] متاح مجددًا بعد أسبوعين
        [few] متاح مجددًا بعد { $turns } أسابيع
        [many] متاح مجددًا بعد { $turns } أسبوعًا
       *[other] متاح مجددًا بعد { $turns } أسبوع
    }
blocked-conditions = غير ممكن الآن
blocked-pick-another = هذا الإجراء غير ممكن الآن؛ اختر غيره، أو 0 لإنهاء الأسبوع.

## لعبة الطرفية
tui-tagline = لعبة عن التفاوض على السلام بين الإسرائيليين والفلسطينيين
tui-continue = متابعة
tui-new-game = لعبة جديدة
tui-load = تحميل لعبة محفوظة
tui-language = اللغة
# The language menu item, naming this language in itself.
tui-language-current = اللغة: العربية
tui-help = مساعدة
tui-quit = خروج
tui-no-saves = لا توجد ألعاب محفوظة بعد.
tui-key-delete = d حذف
tui-delete-confirm = أتحذف هذا الحفظ؟ y يحذفه، وأي مفتاح آخر يبقيه.
tui-save-week = الأسبوع { $week } · لُعبت آخر مرة { $played }
tui-save-ended = انتهت: { $ending } · لُعبت آخر مرة { $played }
tui-save-damaged = تتعذّر قراءته: { $reason }
tui-no-save-path = لا يوجد مكان للحفظ: ابدأ اللعبة مع الخيار --save FILE.
tui-scenario-broken = في هذا السيناريو أخطاء ولا يمكن لعبه. شغّل `goodfaith check` لمعرفة التفاصيل.
tui-step-scenario = اختر سيناريو
tui-step-role = اختر دورك
tui-step-difficulty = اختر مستوى الصعوبة
tui-step-seed = رقم اللعبة (اختياري)
tui-about = عن اللعبة
tui-seed-prompt = اكتب رقمًا لإعادة لعب لعبة بعينها، أو اضغط Enter لبدء لعبة جديدة.
tui-seed-random = لعبة جديدة
tui-too-small = يُرجى تكبير نافذة الطرفية إلى { $width }×{ $height } على الأقل (حجمها الآن { $w }×{ $h }).
tui-when = الأسبوع { $turn }/{ $turns } · { $date } · { $left ->
        [0] أسبوع الموعد النهائي
        [one] بقي أسبوع واحد
        [two] بقي أسبوعان
        [few] بقيت { $left } أسابيع
        [many] بقي { $left } أسبوعًا
       *[other] بقي { $left } أسبوع
    }
tui-week = الأسبوع { $turn }:
tui-save-failed = تعذّر الحفظ: { $error }
tui-tab-turn = هذا الأسبوع
tui-tab-table = طاولة المفاوضات
tui-tab-log = السجل
tui-meters = المؤشرات
tui-news = الأخبار
tui-your-move = خطوتك
tui-cannot-draft = دورك لا يتيح صياغة النصوص.
tui-cannot-propose = دورك لا يتيح طرح الاقتراحات.
tui-issue = القضية
tui-on-table = على الطاولة
tui-gap = الفجوة
tui-table-help = Enter: صياغة نص للقضية المحددة · p: عرض ما على الطاولة على الأطراف · ✓ موقّع · ✗ خط أحمر · ≈ تقدير
tui-why = لماذا؟
tui-notice = ملاحظة
tui-any-key = اضغط أي مفتاح.
tui-quit-question = هل تريد الحفظ والخروج؟
tui-quit-yes = نعم
tui-quit-no = لا
tui-debrief = المراجعة الختامية
tui-chart = المؤشرات الرئيسية، أسبوعًا بعد أسبوع
tui-weeks = الأسابيع
tui-key-move = ↑↓ تنقّل
tui-key-enter = Enter اختيار
tui-key-back = Esc رجوع
tui-key-help = ? مساعدة
tui-key-quit = q خروج
tui-key-choose = 1-{ $last } اختيار
tui-key-second-digit = { $first }_ الرقم التالي أو Enter
tui-more-above = ▲ { $count } أخرى
tui-more-below = ▼ { $count } أخرى
tui-result-title = الاقتراح، طرفًا طرفًا
tui-result-keys = ↑↓ اختر طرفًا · Enter أو w: لماذا؟ · Esc: إغلاق
tui-toast = { $action }: { $changes }
tui-toast-nothing = { $action }: لم يتغير شيء مما تراه
support-need = { $actor } { $support } (المطلوب { $need })
tui-on-table-already = هذه الصياغة على الطاولة الآن؛ اختر غيرها لتغييرها.
tui-on-table-mark = على الطاولة الآن
tui-would-support = التأييد عندئذ: { $parts }
tui-blocked-detail = ليس الآن: { $reason }
tui-key-digits = 0-9 رقم اللعبة
tui-key-tab = Tab تبديل اللوحة
tui-key-why = w لماذا
tui-key-table = t الطاولة
tui-key-log = l السجل
tui-key-save = s حفظ
tui-key-draft = Enter صياغة
tui-key-propose = p طرح
tui-key-scroll = ↑↓ تمرير
tui-key-title = Enter الشاشة الرئيسية
tui-help-text =
    كل أسبوع تقع أحداث، وبعضها ينتظر قرارك: اختر أحد الخيارات. ثم أنفق رصيدك على الإجراءات، وأنهِ الأسبوع بالمفتاح 0 (أو e).
    
    المفاتيح
      1-9       اختيار خيار أو إجراء (بعد التسعة اكتب رقمين: 1 ثم 2 للبند 12)؛ 0 ينهي الأسبوع أو يعود خطوة إلى الوراء
      ↑ ↓ j k   التنقل؛ Enter للاختيار
      Tab       تبديل اللوحة: الخيارات، الأخبار، المؤشرات (Enter على خبر أو مؤشر: لماذا)
      w         لماذا: ما الذي سبّب التغييرات (للخبر أو المؤشر المحدد)
      x         في «لماذا؟»: اعرض تعبير كل قاعدة أيضًا (لصانعي التعديلات)
      n         أنهِ الأسابيع الهادئة حتى يستجد ما يحتاجك (دون تخطي أي خيار)
      t         طاولة المفاوضات: صياغة نص (Enter)، طرح اقتراح (p)
      l         سجل اللعبة كلها
      s         الحفظ الآن (تُحفظ اللعبة أيضًا كل أسبوع)
      Esc       رجوع
      Alt+c     الألوان: عادية، تباين عالٍ، بلا ألوان
      ?         هذه المساعدة
      q         حفظ وخروج؛ Ctrl+Z يعلّق اللعبة (fg للعودة إليها)
    
    الرموز: ▲ ارتفع، ▼ انخفض، ✓ موقّع أو متحقق، ✗ خط أحمر أو لم يتحقق، ≈ تقدير.
tui-trust-of = ثقة { $actor } في:
change-line = { $label }: { $before } ← { $after }
trend-up = ▲ +{ $delta }
trend-down = ▼ { $delta }
number = { $n }
tui-trust-to = ← { $actor }

## موجز الأسبوع
briefing-title = الأسبوع { $turn }: موجزك
briefing-changes = منذ دورك الأخير:
briefing-more = { $count ->
        [one] وتغيّر آخر واحد
       *[other] و{ $count } تغيّرات أخرى
    }
briefing-skipped = { $count ->
        [one] مضى أسبوع هادئ واحد.
       *[other] مضت { $count } أسابيع هادئة.
    }
briefing-choice = قرار ينتظرك: «{ $event }».
briefing-unlocked = صار ممكنًا الآن: { $actions }.
briefing-deadline = { $left ->
        [0] الموعد النهائي هذا الأسبوع.
        [one] أسبوع واحد حتى الموعد النهائي.
       *[other] { $left } أسابيع حتى الموعد النهائي.
    }
briefing-quiet = لا شيء يحتاج إلى قرار هذا الأسبوع: n ينهي الأسابيع الهادئة حتى يستجد ما يحتاجك.
tui-briefing-keys = Enter متابعة · n إنهاء الأسابيع الهادئة
tui-key-skip = n أسابيع هادئة
tui-key-end-week = 0 إنهاء الأسبوع
plain-menu-hint = (m: القائمة مرة أخرى؛ ?: وصف كل إجراء؛ n: إنهاء الأسابيع الهادئة)

## الوضع النصي، للقراءة بصوت عالٍ
spoken-trend = ({ $dir ->
        [up] ارتفاع { $delta }
       *[down] انخفاض { $delta }
    })
spoken-change-line = { $label }: من { $before } إلى { $after }{ $dir ->
        [up] ، ارتفاع { $delta }
        [down] ، انخفاض { $delta }
       *[same] {""}
    }
spoken-trust-between = ثقة { $from } في { $to }
spoken-because = { $change }، بسبب { $cause }
spoken-about = نحو { $n }
objective-achieved = تحقّق: { $objective }
objective-missed = لم يتحقق: { $objective }

## The debrief (goodfaith debrief, and the export from the end screen)
debrief-title = استخلاص الدروس: { $scenario }
debrief-scenario = السيناريو
debrief-chair = الدور
debrief-difficulty = مستوى الصعوبة
debrief-seed = البذرة العشوائية
debrief-weeks = الأسابيع التي لُعبت
debrief-weeks-of = { $week } من { $weeks }
debrief-ending = النهاية
debrief-unfinished = هذه اللعبة لم تنتهِ: توقفت في الأسبوع { $week } من { $weeks }. تُقاس الطرق التي لم تُسلك بمواصلة اللعب من كل اختيار.
debrief-default-difficulty = مستوى السيناريو نفسه
debrief-score = النتيجة
debrief-score-ending = النهاية
debrief-score-chair = سجل دورك
debrief-score-total = المجموع
debrief-decided = ما الذي حسم الأمر
debrief-meters = المؤشرات، أسبوعًا بعد أسبوع
debrief-meters-note = تشير المثلثات فوق كل رسم إلى الأسابيع التي وقع فيها حدث تاريخي.
debrief-week = الأسبوع
debrief-what = ما الذي حدث
debrief-why = لماذا
debrief-why-scripted = وفق الجدول الزمني التاريخي
debrief-why-triggered = تحققت شروطه
debrief-why-random = بالقرعة
debrief-why-followup = جاء في أعقاب «{ $what }»
debrief-choice = «{ $event }»: { $option }
debrief-by-you = قرارك
debrief-by = قرّره { $chair }
debrief-by-chance = قرّرته الصدفة
debrief-factors = العوامل البنيوية
debrief-factor = العامل
debrief-times = المرات
debrief-factor-weeks = الأسابيع
debrief-roads = الطرق التي لم تُسلك
debrief-roads-method = طريقة القياس: تفرّعت اللعبة عند كل قرار من قراراتك ({ $forks } في المجموع): عند كل اختيار بين خيارات حدث، وعند كل خطوة من خطواتك، إذ وُضعت في مقابل عدم فعل شيء آخر في ذلك الأسبوع، وفي مقابل أهداف أخرى إن كان للخطوة هدف (وفي صياغة نص، في مقابل صيغ أخرى للملف نفسه). ومن كل تفرّع لُعب كل بديل حتى نهايته في { $screen } عوالم؛ ثم لُعبت القرارات التي غيّرت النتيجة أكثر من غيرها في { $games } عالمًا لكل بديل. تلتقي بدائل القرار الواحد بالعوالم نفسها، وبعد التفرّع يختار لاعب محاكى عشوائيًا.
debrief-roads-none = لم يغيّر أي خيار آخر، في أي من اختياراتك، الطريقة التي كانت اللعبة تميل إلى الانتهاء بها.
debrief-road = الأسبوع { $week }: «{ $event }»
debrief-road-move = الأسبوع { $week }: خطوتك «{ $move }»
debrief-road-skip = لا شيء آخر في ذلك الأسبوع
debrief-option = الخيار
debrief-outcomes = إلى أين أدّى ({ $games } لعبة)
debrief-chosen = اختيارك
debrief-share = { $share }٪
debrief-change = خيار آخر نقل { $change }٪ من الألعاب إلى نهاية أخرى.
debrief-history = التاريخ
debrief-source = المصدر: { $source }
debrief-departures = أين خرجت هذه اللعبة عن المسار التاريخي
debrief-departure = الأسبوع { $week }: «{ $title }» لم يحدث في هذه اللعبة.
debrief-no-departures = وقعت كل الأحداث التاريخية المقررة في الأسابيع التي لُعبت.
debrief-questions = أسئلة للنقاش
debrief-factor-of = العامل: { $factor }
debrief-none = لا شيء.
debrief-written = حُفظ استخلاص الدروس: { $html } و{ $md }
debrief-written-one = حُفظ استخلاص الدروس: { $path }
debrief-write-failed = تعذّر حفظ استخلاص الدروس: { $reason }
tui-key-export = e تصدير استخلاص الدروس
plain-export-hint = اكتب e ثم Enter لتصدير استخلاص الدروس بجانب ملف الحفظ، أو Enter للإنهاء.

## goodfaith new pack
newpack-written = كُتبت الحزمة الأولية { $id } في { $path }:
newpack-next = بعد ذلك افحصها، وحاكِ ألف مباراة، ثم العبها:
newpack-guide = يشرح docs/modding.md الطريق من هنا إلى أول سيناريو قابل للعب.

## مخطط القصة (`goodfaith graph`)

graph-title = مخطط قصة { $scenario }
graph-week = الأسبوع { $week }
graph-triggered = بشرط
graph-random = عشوائي
graph-followup = تتمة
graph-count = في { $count } من { $games } لعبة
graph-unreachable = لا يمكن بلوغه: { $why }
graph-never-scheduled = لا شيء مما قد يحدث يجدوله
graph-never-holds = شرطه لا يتحقق أبدًا
graph-never-set = لا يرفعه أي أثر
graph-hidden = نهاية تُفحص قبلها تتحقق دائمًا
graph-never-fired = لم يُبلغ: لم يحدث قط في { $games } لعبة لُعبت عشوائيًا
graph-dead-end = طريق مسدود: يُرفع ولا يُقرأ أبدًا
graph-edge-followup = تتمة
graph-edge-sets = يضبط
graph-edge-clears = يمحو
graph-edge-reads = يقرؤه
graph-legend-unreachable = لا يمكن بلوغه (شرطات رفيعة: لم يُبلغ في الألعاب)
graph-legend-dead-end = طريق مسدود
graph-summary = العُقد: { $nodes }. الروابط: { $edges }. ما لا يمكن بلوغه: { $unreachable }. الطرق المسدودة: { $dead }.
graph-simulated = الأعداد من { $games } لعبة محاكاة.
graph-hover = أشر إلى عقدة لترى روابطها وعنوانها.
graph-col-moves = الإجراءات وردود الفعل
graph-col-events = الأحداث وخياراتها
graph-col-values = الأعلام والعدّادات
graph-col-endings = النهايات
graph-list-unreachable = ما لا يمكن أن يحدث أبدًا، أو ما لم يحدث قط في الألعاب
graph-list-dead-ends = الطرق المسدودة
responds-not-asked = لم يُطلب ردّ { $actor }: توقيعه غير لازم لهذا الاقتراح.
signatory-not-needed = توقيعه غير لازم الآن
issue-waits = يتطلب طرح { $issues } على الطاولة أولًا

## إعادة التحميل أثناء اللعب (`goodfaith play --watch`)

reload-done = { $count ->
    [zero] أُعيد التحميل: لم تُعَد أي قرارات.
    [one] أُعيد التحميل: أُعيد قرار واحد.
    [two] أُعيد التحميل: أُعيد قراران.
    [few] أُعيد التحميل: أُعيدت { $count } قرارات.
   *[other] أُعيد التحميل: أُعيد { $count } قرارًا.
}
reload-text = أُعيد تحميل النصوص.
reload-stopped = أُعيد التحميل: أُعيد { $replayed } من { $total } قرارًا. القرار { $index } (الأسبوع { $week }: { $decision }) لم يعد ينطبق: { $reason }. تستمر اللعبة من هناك؛ أصلح الحزمة واحفظها لإعادة الباقي.
reload-errors = { $count ->
    [one] في الحزمة خطأ واحد — أصلحه واحفظ لإعادة التحميل
    [two] في الحزمة خطآن — أصلحهما واحفظ لإعادة التحميل
    [few] في الحزمة { $count } أخطاء — أصلحها واحفظ لإعادة التحميل
   *[other] في الحزمة { $count } خطأً — أصلحها واحفظ لإعادة التحميل
}
reload-errors-title = أخطاء الحزمة
reload-errors-keys = ↑↓ للتمرير · أي مفتاح آخر يغلق · تستمر اللعبة بالحزمة كما كانت
reload-cannot = تغيّرت الحزمة، لكن لا يمكن لعب هذه اللعبة عليها: { $reason }. تستمر اللعبة بالحزمة كما كانت.
reload-role-gone = لم يعد في السيناريو دور `{ $id }`
reload-difficulty-gone = لم يعد في السيناريو مستوى صعوبة `{ $id }`
reload-seat-gone = لم يعد ممكنًا الانتقال إلى مقعد `{ $id }` في الأسبوع { $week }
reload-gone-action = لم يعد في السيناريو إجراء `{ $id }`
reload-gone-event = لم تعد اللعبة تسأل عن `{ $event }` عند تلك النقطة
reload-gone-event-instead = عند تلك النقطة تسأل اللعبة الآن عن `{ $asking }` لا عن `{ $event }`
reload-gone-option = لم يعد للحدث `{ $event }` خيار `{ $option }`
reload-gone-actor = لم يعد هناك `{ $id }` لتوجيه الإجراء إليه
reload-gone-wording = الصياغة `{ $issue }.{ $option }` لم تعد موجودة
reload-gone-target = الإجراء `{ $id }` يأخذ الآن نوعًا آخر من الأهداف
reload-gone-choice = الحدث `{ $event }` ينتظر الآن اختيارًا أولًا
reload-gone-unavailable = لم يعد ممكنًا اتخاذ الإجراء `{ $id }` عند تلك النقطة (شرطه لم يعد متحققًا، أو كلفته أكبر من الميزانية المتبقية)
reload-gone-not-yours = الإجراء `{ $id }` لم يعد من إجراءات هذا المقعد
reload-gone-bad-target = هذا الهدف لم يعد صالحًا للإجراء `{ $id }`
reload-gone-over = كانت اللعبة قد انتهت قبل ذلك
reload-gone-option-closed = هذا الخيار لم يعد متاحًا عند تلك النقطة
reload-gone-nothing = لم يعد هناك اختيار يُتخذ عند تلك النقطة
reload-gone-choice-waiting = حدثٌ ينتظر الآن اختيارًا أولًا
reload-watch-failed = تعذّرت مراقبة ملفات الحزمة: { $error }. تستمر اللعبة دون إعادة تحميل.
watch-needs-terminal = --watch يحتاج إلى اللعبة بملء الشاشة: شغّل `goodfaith play --watch` في طرفية، دون --plain.
watch-nothing = --watch لا يجد مجلد حزمة على القرص ليراقبه (الحزم المدمجة في اللعبة لا تتغير): سمِّ حزمتك بـ --pack.
reload-packs = أُعيد تحميل الحزم.

# A chair nobody plays drafts: its wording on the table, its proposal, and who tabled a clause.
tabled-by = صيغة مقترحة من { $actor } بشأن { $issue }: { $option }.
put-by = عُرض اقتراح من { $actor } على الأطراف.
table-author = من اقتراح { $actor }
debrief-sources = المراجع المذكورة
debrief-factor-seen = ما أظهره في اللعبة
debrief-factor-more = { $count ->
    [one] وأمر آخر
    [two] وأمران آخران
    [few] و{ $count } أمور أخرى
   *[other] و{ $count } أمرًا آخر
}
answer-yours = أجبتَ على النص الذي عرضه عليك { $actor }: جواب طرفك هو الجواب الذي اخترته.
