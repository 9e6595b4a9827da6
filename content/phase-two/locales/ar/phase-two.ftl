# Good Faith — «المرحلة الثانية» (العربية): الحزمة، والسيناريو، والأطراف، وردود الفعل،
# والمؤشرات، والقضايا بحجة كل جانب، والأدوار، والأهداف، والإجراءات، ومستويات الصعوبة.
#
# الأعراف كما في «تسعة أشهر»: الأخبار بصيغة المضارع؛ والخيارات سطر واحد بصيغة المخاطَب؛
# والمناصب بألقابها لا بأسماء أصحابها؛ وكل جانب بمصطلحاته على لسانه، والراوي محايد.
#
# المصطلحات المعتمدة في هذه الترجمة (الجدول الكامل في NOTES.md):
#   hostages: الرهائن (على لسان الراوي)؛ prisoners / detainees: الأسرى / المعتقلون
#   the pause: الهدنة المؤقتة؛ the ceasefire: وقف إطلاق النار؛ renewal: تمديد / تجديد
#   disarmament: نزع السلاح (وعلى لسان حماس: «سلاح المقاومة»)
#   Hamas's leadership abroad / in Gaza: قيادة حماس في الخارج / في غزة
#   the Palestinian Authority: السلطة الفلسطينية (السلطة)؛ PA President: رئيس السلطة الفلسطينية
#   the US President: الرئيس الأمريكي؛ the US envoy: المبعوث الأمريكي
#   the lines / the next line: الخطوط / الخط التالي؛ security perimeter: محيط أمني
#   international force / stabilisation force: القوة الدولية / قوة الاستقرار؛ monitors: مراقبون
#   technocratic committee: لجنة تكنوقراط؛ international administration: إدارة دولية
#   escrow: حساب ضمان؛ guarantee: ضمانة؛ initialled: وُقِّع بالأحرف الأولى
#   pre-clear a clause: تمهيد بند مسبقًا؛ reversal: تراجع في اللحظة الأخيرة
#   annexation: الضم (وعلى لسان اليمين الإسرائيلي: «فرض السيادة»)؛ outposts: بؤر استيطانية
#   Judea and Samaria (hard-line voice only): «يهودا والسامرة»؛ occupation: الاحتلال

pack-phase-two = المرحلة الثانية
scenario-phase-two = المرحلة الثانية: محادثات وقف إطلاق النار في غزة، 2026
    .description = في تشرين الأول 2025 سرى في غزة وقف لإطلاق النار بموجب خطة أمريكية من عشرين بندًا، وأعلنت واشنطن انطلاق المرحلة الثانية من المحادثات. أما ما يأتي بعد تبادل الرهائن والأسرى فلم يُحسم بعد: نزع السلاح، والخطوط التي ينسحب إليها الجيش الإسرائيلي، ومن يحكم غزة في المرحلة الانتقالية، وقوة دولية، وإعادة الإعمار، والضفة الغربية. لا تتحادث إسرائيل وحماس مباشرة؛ فكل رسالة تمر عبر قطر أو مصر أو الولايات المتحدة. ستة وعشرون أسبوعًا. الأسبوع الأول مأخوذ من السجل العام؛ وكل ما بعده مسار افتراضي تصنعه خياراتك، لا تنبّؤ.

resource-time = الوقت
resource-capital = رأس المال السياسي

## الأطراف

actor-israel = الحكومة الإسرائيلية
actor-hamas_abroad = قيادة حماس في الخارج
actor-hamas_gaza = قيادة حماس في غزة
actor-palestine = السلطة الفلسطينية
actor-usa = الولايات المتحدة
actor-mediators = الوسيطان القطري والمصري
actor-qatar = قطر
actor-egypt = مصر
actor-turkey = تركيا
actor-gulf_states = دول الخليج
actor-eu = الاتحاد الأوروبي
actor-un_agencies = الأمم المتحدة ووكالات الإغاثة
actor-armed_groups = الجماعات المسلحة الأخرى في غزة
actor-security_establishment = المؤسسة الأمنية الإسرائيلية
actor-coalition_hardliners = الشركاء المتشددون في الائتلاف
actor-israeli_public = الجمهور الإسرائيلي
actor-palestinian_public = الجمهور الفلسطيني
actor-settlers = حركة المستوطنين

## ردود الفعل

reaction-israel-digs_in = تحت ضغط الداخل، تتشدد الحكومة الإسرائيلية في شروطها.
reaction-israel-eases_crossings = تسمح إسرائيل هذا الأسبوع بمرور مزيد من الشاحنات عبر المعابر.
reaction-israel-closes_crossings = بعد عنف هذا الأسبوع، تبطئ إسرائيل الحركة على المعابر.
reaction-israel-permanent_end_at_home = في إسرائيل، يصف منتقدون إنهاء الحرب نهائيًا وحماس لا تزال مسلحة بأنه استسلام؛ ويهتز الائتلاف.
reaction-hamas_abroad-ranks_object = داخل حماس، يعترض مقاتلون وقادة على أي بند يمسّ «سلاح المقاومة».
reaction-hamas_gaza-resists_disarmament = يرفض قادة حماس في غزة نصًا يجرّدهم من سلاحهم كله دفعة واحدة؛ ويتصاعد التوتر.
reaction-palestine-shores_up_standing = تجمع السلطة قيادتها وأطر حركة فتح لتعزيز مكانتها.
reaction-usa-attention_returns = يلتفت الرئيس الأمريكي إلى غزة من جديد، ولو لحين.
reaction-usa-president_distracted = أزمة أخرى تصرف انتباه الرئيس الأمريكي عن غزة.
reaction-usa-impatient = في واشنطن، يتساءل مسؤولون إلى متى ستستمر المحادثات دون توقيع أي شيء.
reaction-mediators-text_initialled = يعلن الوسطاء أن نصًا كاملًا وُقّع بالأحرف الأولى، وأن التوقيع محدد في الأسبوع المقبل.
reaction-mediators-counts_end_of_war = يُوقَّع بند بشأن إنهاء الحرب.
reaction-mediators-counts_disarmament = يُوقَّع بند بشأن نزع السلاح.
reaction-mediators-counts_withdrawal = يُوقَّع بند بشأن الانسحاب.
reaction-mediators-counts_governance = يُوقَّع بند بشأن من يحكم غزة.
reaction-mediators-counts_international_force = يُوقَّع بند بشأن القوة الدولية.
reaction-mediators-counts_reconstruction = يُوقَّع بند بشأن إعادة الإعمار.
reaction-mediators-counts_west_bank = يُوقَّع بند بشأن الضفة الغربية.
reaction-mediators-covers_sequence = تضمن القاهرة والدوحة لكل جانب خطوات الجانب الآخر، كي يصبح ممكنًا أن يُكتب نزع السلاح على الورق.
reaction-mediators-permanent_end_signed = يعلن الوسطاء أن الحرب انتهت نهائيًا، على الورق: وتتوقف ساعة الهدنة المؤقتة.
reaction-qatar-round_fails = تفشل جولة، ويحصي المسؤولون القطريون استئنافًا آخر من نقطة الصفر.
reaction-qatar-weariness = أنهكت أشهرٌ من الحديث نفسه الفريقَ القطري.
reaction-egypt-round_fails = تفشل جولة، ويحصي المسؤولون المصريون استئنافًا آخر من نقطة الصفر.
reaction-egypt-weariness = أنهكت أشهرٌ من الحديث نفسه الفريقَ المصري.
reaction-egypt-pause_clock = ينقص من عمر الهدنة المؤقتة أسبوع.
reaction-gulf_states-holds_pledges = تحجب دول الخليج تعهداتها لإعادة الإعمار ما دامت خطوات الضم مستمرة.
reaction-gulf_states-funds_flow = تبدأ أموال خليجية لإعادة الإعمار بالوصول إلى غزة.
reaction-un_agencies-aid_flows = تُدخل وكالات الأمم المتحدة مزيدًا من المساعدات إلى غزة في الأيام الأهدأ.
reaction-armed_groups-tension_builds = جماعات مسلحة في غزة تختبر الخطوط؛ ويتصاعد التوتر.
reaction-security_establishment-contains_violence = تحبط الأجهزة الأمنية الإسرائيلية هجومًا؛ ويمر الأسبوع أهدأ مما كان يُخشى.
reaction-coalition_hardliners-threatens = يهدد الشركاء المتشددون بالانسحاب من الحكومة بسبب المسودة المطروحة.
reaction-coalition_hardliners-quits_over_text = ينسحب الشركاء المتشددون من الحكومة بسبب البند الموقَّع.
reaction-israeli_public-wants_security = يطالب الإسرائيليون بالأمن أولًا؛ ويشتد الضغط على الحكومة.
reaction-israeli_public-aid_without_disarmament = يسأل منتقدون إسرائيليون: لماذا تتدفق المساعدات وأموال الإعمار وحماس لا تزال تحتفظ بسلاحها؟
reaction-israeli_public-quiet_weeks = أسابيع هادئة تلطّف المزاج العام في إسرائيل.
reaction-palestinian_public-hardship = في غزة، يُنهك الجوعُ والبردُ والركامُ الناسَ؛ ويتزايد الغضب على كل القيادات.
reaction-palestinian_public-bystander = يسأل الفلسطينيون ماذا جنت السلطة من المحادثات؛ وتتراجع مكانتها.
reaction-palestinian_public-relief_seen = يرى أهل غزة المساعدات والإعمار يصلان؛ فيعود إليهم شيء من الأمل.
reaction-settlers-new_outposts = يقيم مستوطنون بؤرًا استيطانية جديدة في الضفة الغربية.

## المؤشرات

meter-humanitarian_access = الوصول الإنساني
meter-reconstruction = إعادة الإعمار
meter-violence = العنف
meter-casualties_israeli = قتلى إسرائيليون
meter-casualties_palestinian = قتلى فلسطينيون
meter-coalition_cohesion = تماسك الائتلاف
meter-pa_legitimacy = شرعية السلطة
meter-arab_backing = دعم الدول العربية
meter-annexation_steps = خطوات الضم
meter-president_attention = اهتمام واشنطن
meter-public_support = التأييد الشعبي
meter-domestic_pressure = الضغط الداخلي
meter-patience = صبر الوسطاء

## القضايا

issue-end_of_war = إنهاء الحرب
    .description = تريد حماس إنهاء الحرب نهائيًا، مع ضمانات بألّا تستأنفها إسرائيل حين لا يبقى في يد الحركة ما تضغط به؛ فالهدنة المؤقتة، كما تقول، استراحة قبل الجولة التالية. وتريد الحكومة الإسرائيلية أن تحتفظ بحق التحرك إلى أن تُنزع أسلحة حماس؛ فإنهاء الحرب وحماس مسلحة، كما يقول قادتها، يُبقي خطر السابع من تشرين الأول قائمًا. أما السلطة فتريد نهايةً تفتح مسارًا سياسيًا.
issue-end_of_war-renewable_pause = هدنة مؤقتة تُمدَّد على مراحل
issue-end_of_war-conditional_end = إنهاء الحرب متى اكتمل نزع السلاح
    .ambiguous = إنهاء الحرب «مع تنفيذ الخطوات المتفق عليها»
issue-end_of_war-permanent_end = إنهاء دائم للحرب
    .ambiguous = «وقف دائم للأعمال العدائية»، تُحدَّد شروطه لاحقًا

issue-disarmament = نزع السلاح
    .description = تعدّ الحكومة الإسرائيلية نزع سلاح «المنظمات الإرهابية» في غزة جوهر المرحلة الثانية: من دونه، كما تقول، تعيد غزة تسليح نفسها وتصبح الحرب التالية مسألة وقت. وتعدّ حماس «سلاح المقاومة» حقًا ما دام الاحتلال قائمًا، ويرى فيه قادتها في غزة ضمانة بقائهم؛ وقد تقبل الحديث عن تخزين السلاح لا عن تسليمه. وترفع السلطة شعار «سلطة واحدة، وقانون واحد، وسلاح واحد».
issue-disarmament-full_immediate = تسليم كل الأسلحة دفعة واحدة
issue-disarmament-staged_verified = تسليم الأسلحة على مراحل، مع التحقق من كل مرحلة
    .ambiguous = «مسار لإنهاء النشاط المسلح»، تُحدَّد مراحله لاحقًا
issue-disarmament-heavy_weapons_stored = تخزين الأسلحة الثقيلة تحت الحراسة، مع الاحتفاظ بالأسلحة الخفيفة

issue-withdrawal = الانسحاب
    .description = يريد الفلسطينيون خروج الجيش الإسرائيلي من غزة وفق جدول زمني، وإلا صار نزع السلاح، كما يقولون، استسلامًا تحت الاحتلال. وتريد الحكومة والجيش في إسرائيل ربط كل انسحاب بنزع سلاح يُتحقَّق منه، مع الإبقاء على محيط أمني؛ فالخروج أولًا، كما يقولان، هو ما جعل غزة قاعدة للهجمات بعد 2005.
issue-withdrawal-lines_after_verification = الانسحاب إلى الخط التالي بعد كل مرحلة يُتحقَّق منها
    .ambiguous = الانسحاب «بالتوازي مع التقدم في الملف الأمني»
issue-withdrawal-fixed_timetable = انسحاب كامل في مواعيد محددة
issue-withdrawal-perimeter_kept = محيط أمني إسرائيلي داخل غزة بلا أجل محدد

issue-governance = من يحكم غزة
    .description = تقول السلطة إن غزة جزء من الدولة الفلسطينية المنشودة، وإن عليها أن تتولى حكمها بعد الإصلاحات؛ وإقصاؤها، كما تقول، يقسم الفلسطينيين إلى غير رجعة. وترفض الحكومة الإسرائيلية أي دور لسلطة تتهمها بدفع مخصصات لعائلات منفذي الهجمات وبتعليم العداء. وتقول حماس إنها مستعدة للتخلي عن الحكم، لكنها لن تقبل إقصاءها من الحياة السياسية الفلسطينية. ولجنة من التكنوقراط هي الحل الوسط الذي يذكره أكثر الأطراف.
issue-governance-technocratic_committee = لجنة تكنوقراط فلسطينية تحت إشراف دولي
issue-governance-reformed_pa = سلطة بعد إصلاحها تتسلم الحكم على مراحل
    .ambiguous = «دور للمؤسسات الفلسطينية، بعد الإصلاحات»
issue-governance-international_administration = إدارة دولية يقدّم لها الفلسطينيون المشورة

issue-international_force = القوة الدولية
    .description = تريد إسرائيل قوة تنزع سلاح حماس فعلًا، أو لا قوة على الإطلاق؛ والدول المطلوب منها إرسال جنود لن تقاتل الفلسطينيين. وتقبل حماس وكثير من الفلسطينيين مراقبين على الخطوط، لا قوة تصير جيش احتلال بوسائل أخرى.
issue-international_force-stabilization_force = قوة استقرار مفوَّضة بتأمين نزع السلاح
    .ambiguous = قوة استقرار «لدعم الأمن»، يُحدَّد تفويضها لاحقًا
issue-international_force-border_monitors = مراقبون على الخطوط والمعابر فقط

issue-reconstruction = إعادة الإعمار
    .description = يحتاج أهل غزة الآن إلى بيوت وماء وكهرباء ومستشفيات؛ ويقول الفلسطينيون وكثير من المانحين إن الإعمار لا يمكن أن ينتظر السياسة. وتخشى الحكومة الإسرائيلية أن تُستعمل الأموال والمواد في إعادة بناء الأنفاق والصواريخ، وتريد ربطها بنزع السلاح. ويريد المانحون أن يطمئنوا إلى أن أموالهم لن تُدمَّر في الحرب التالية.
issue-reconstruction-tied_to_disarmament = لا إعمار إلا بعد نزع السلاح
issue-reconstruction-staged_with_verification = إعمار على مراحل، يُفرَج عن تمويله كلما تُحقِّق من خطوة
issue-reconstruction-immediate_open = إعمار فوري، ومعابر مفتوحة أمام مواد البناء

issue-west_bank = الضفة الغربية
    .description = تقول السلطة والدول العربية إن أي ترتيب في غزة لن يدوم ما دامت الضفة الغربية المحتلة تُضمّ خطوة بعد خطوة؛ وتريدان تجميدًا وأفقًا سياسيًا. ويقول الشركاء المتشددون في الحكومة الإسرائيلية إن «يهودا والسامرة» قلب «أرض إسرائيل» وليست جزءًا من أي صفقة بشأن غزة؛ والحكومة تخشى خسارتهم.
issue-west_bank-annexation_freeze = تجميد خطوات الضم
issue-west_bank-reform_and_horizon = إصلاحات في السلطة مقابل أفق سياسي
issue-west_bank-left_out = إبقاء الضفة الغربية خارج النص

## الأدوار

role-us_envoy = المبعوث الأمريكي
    .description = تحمل خطة الرئيس الأمريكي. أقوى أوراقك الرئيس نفسه، ولا تستطيع أن تستعين بانتباهه إلا بضع مرات. يمكنك الضغط على الحكومة الإسرائيلية، والضغط على تركيا وقطر ومصر كي تضغط على حماس، وتقديم ضمانات على حساب مصداقيتك، وكبح خطوات الضم. ولا تسمعك حماس إلا عبر قطر ومصر.
    .success = إنهاء دائم للحرب، مع نزع سلاح يُتحقَّق منه على مراحل وجيش ينسحب، دون أن تخسر أيًّا من الجانبين ولا الوسطاء ولا اهتمام الرئيس.
role-regional_mediators = فريق الوساطة القطري المصري
    .description = أنت القناة: كل كلمة بين إسرائيل وحماس تمر عبر الدوحة أو القاهرة، ولكل عاصمة رصيد ثقتها الخاص لدى كل جانب. يمكنك تقديم ضمانات وإنشاء حساب ضمان لإعادة الإعمار، والضغط على حماس، وأن تطلب من واشنطن الضغط على إسرائيل. صبرك محدود؛ وكل جولة فاشلة وكل تراجع يستنزفانه.
    .success = نص يُوقَّع ويُنفَّذ على مراحل قبل أن ينفد صبرك.
role-prime_minister = رئيس الوزراء الإسرائيلي
    .description = تقود ائتلافًا يهدد شركاؤه المتشددون بإسقاطك إن قدّمت تنازلات، وأنت مسؤول أمام جمهور يريد الأمن أولًا، وأمام عائلات الرهائن التي تريد أن يصمد الاتفاق. لا تخاطب حماس إلا عبر الوسطاء. تريد نزع السلاح قبل الانسحاب؛ ويريد الجانب الآخر العكس.
    .success = نزع سلاح حماس على مراحل يُتحقَّق منها، وائتلاف متماسك، وإسرائيليون آمنون.
role-pa_president = رئيس السلطة الفلسطينية
    .description = لستَ على الطاولة مع إسرائيل وحماس، لكن النص يقرر هل تحكم سلطتك غزة، والضفة الغربية تُضمّ من حولك. يمكنك إعلان الإصلاحات التي يطلبها المانحون، واستمالة الدول العربية، والحوار مع الفصائل، وحمل قضيتك إلى الأمم المتحدة. وشرعيتك في الداخل هشة.
    .success = دور للسلطة في غزة، وانفراج لشعبها، ومكانتك محفوظة.

objective-us_envoy-end_of_war_clause = على الطاولة بند لإنهاء الحرب لا يتجاوز الخط الأحمر لأي طرف.
objective-us_envoy-disarmament_clause = على الطاولة بند لنزع السلاح لا يتجاوز الخط الأحمر لأي طرف.
objective-us_envoy-withdrawal_clause = على الطاولة بند للانسحاب لا يتجاوز الخط الأحمر لأي طرف.
objective-us_envoy-governance_clause = على الطاولة بند بشأن حكم غزة لا يتجاوز الخط الأحمر لأي طرف.
objective-us_envoy-reconstruction_clause = على الطاولة بند لإعادة الإعمار لا يتجاوز الخط الأحمر لأي طرف.
objective-us_envoy-sequence_covered = تسلسل الخطوات مغطّى بضمانة أو بحساب ضمان.
objective-us_envoy-common_ground = طاولة تؤيدها الحكومة الإسرائيلية وقيادة حماس معًا (15 فأكثر)، والسلطة أيضًا (10 فأكثر).
objective-us_envoy-channel = رسالة في طريقها إلى حماس، أو جواب وصل للتو.
objective-us_envoy-pause_holds = وقف إطلاق النار صامد.
objective-us_envoy-mediators_on_board = قطر ومصر لا تزالان صابرتين (30 فأكثر).
objective-us_envoy-verified_stage = مرحلة من نزع السلاح جرى التحقق منها.
objective-us_envoy-access = الوصول الإنساني 50 فأكثر.
objective-regional_mediators-end_of_war_clause = على الطاولة بند لإنهاء الحرب لا يتجاوز الخط الأحمر لأي طرف.
objective-regional_mediators-disarmament_clause = على الطاولة بند لنزع السلاح لا يتجاوز الخط الأحمر لأي طرف.
objective-regional_mediators-withdrawal_clause = على الطاولة بند للانسحاب لا يتجاوز الخط الأحمر لأي طرف.
objective-regional_mediators-governance_clause = على الطاولة بند بشأن حكم غزة لا يتجاوز الخط الأحمر لأي طرف.
objective-regional_mediators-reconstruction_clause = على الطاولة بند لإعادة الإعمار لا يتجاوز الخط الأحمر لأي طرف.
objective-regional_mediators-sequence_covered = تسلسل الخطوات مغطّى بضمانة أو بحساب ضمان.
objective-regional_mediators-common_ground = طاولة تؤيدها الحكومة الإسرائيلية وقيادة حماس معًا (15 فأكثر)، والسلطة أيضًا (10 فأكثر).
objective-regional_mediators-channel = رسالة في طريقها إلى حماس، أو جواب وصل للتو.
objective-regional_mediators-patience_holds = قطر ومصر لا تزالان صابرتين (30 فأكثر).
objective-regional_mediators-trusted_by_both = تثق بك إسرائيل (30 فأكثر) وحماس (40 فأكثر).
objective-regional_mediators-verified_stage = مرحلة من نزع السلاح جرى التحقق منها.
objective-regional_mediators-access = الوصول الإنساني 50 فأكثر.
objective-prime_minister-end_of_war_clause = على الطاولة بند لإنهاء الحرب لا يتجاوز الخط الأحمر لأي طرف.
objective-prime_minister-disarmament_clause = على الطاولة بند لنزع السلاح لا يتجاوز الخط الأحمر لأي طرف.
objective-prime_minister-withdrawal_clause = على الطاولة بند للانسحاب لا يتجاوز الخط الأحمر لأي طرف.
objective-prime_minister-governance_clause = على الطاولة بند بشأن حكم غزة لا يتجاوز الخط الأحمر لأي طرف.
objective-prime_minister-reconstruction_clause = على الطاولة بند لإعادة الإعمار لا يتجاوز الخط الأحمر لأي طرف.
objective-prime_minister-common_ground = طاولة تؤيدها الحكومة الإسرائيلية وقيادة حماس معًا (15 فأكثر)، والسلطة أيضًا (10 فأكثر).
objective-prime_minister-partner_standing = سلطة فلسطينية لا تزال قائمة (شرعية 20 فأكثر).
objective-prime_minister-other_side_moved = قيادة حماس اقتربت من اتفاق بفضل ما عرضته أنت والآخرون أو ضغطتم به.
objective-prime_minister-channel = رسالة في طريقها إلى حماس، أو جواب وصل للتو.
objective-prime_minister-coalition_holds = الائتلاف صامد (تماسك 30 فأكثر).
objective-prime_minister-disarmament_first = بند لنزع السلاح موقَّع.
objective-prime_minister-verified_stage = مرحلة من نزع السلاح جرى التحقق منها.
objective-prime_minister-quiet_home = العنف دون 35.
objective-pa_president-end_of_war_clause = على الطاولة بند لإنهاء الحرب لا يتجاوز الخط الأحمر لأي طرف.
objective-pa_president-disarmament_clause = على الطاولة بند لنزع السلاح لا يتجاوز الخط الأحمر لأي طرف.
objective-pa_president-withdrawal_clause = على الطاولة بند للانسحاب لا يتجاوز الخط الأحمر لأي طرف.
objective-pa_president-governance_clause = على الطاولة بند بشأن حكم غزة لا يتجاوز الخط الأحمر لأي طرف.
objective-pa_president-reconstruction_clause = على الطاولة بند لإعادة الإعمار لا يتجاوز الخط الأحمر لأي طرف.
objective-pa_president-common_ground = طاولة تؤيدها الحكومة الإسرائيلية وقيادة حماس معًا (15 فأكثر)، والسلطة أيضًا (10 فأكثر).
objective-pa_president-other_side_moved = الحكومة الإسرائيلية اقتربت من اتفاق بفضل ما عرضته أنت والآخرون أو ضغطتم به.
objective-pa_president-channel = رسالة في طريقها إلى حماس، أو جواب وصل للتو.
objective-pa_president-standing_holds = شرعيتك صامدة (25 فأكثر).
objective-pa_president-role_in_gaza = بند موقَّع بشأن حكم غزة تتولى فيه هيئة فلسطينية زمام الأمور.
objective-pa_president-west_bank_held = خطوات الضم دون 25.
objective-pa_president-access = الوصول الإنساني 50 فأكثر.

## الإجراءات

action-draft_text = صياغة بند
    .description = تضع على الطاولة خيارًا لقضية واحدة، بعبارات واضحة أو غامضة.
action-put_proposal = عرض النص على الأطراف
    .description = يحمل الوسطاء الطاولة كلها إلى كل طرف؛ ولا تجيب قيادة حماس إلا إذا وصلتها رسالة.
action-message_via_qatar = إرسال رسالة عبر قطر
    .description = تصل إلى قيادة حماس الأسبوع المقبل كما أُرسلت، أو مخففة، أو متشددة؛ والدوحة أقرب إلى حماس منها إلى إسرائيل.
action-message_via_egypt = إرسال رسالة عبر مصر
    .description = تصل إلى قيادة حماس الأسبوع المقبل كما أُرسلت، أو مخففة، أو متشددة؛ والقاهرة تحتفظ بصلات مع الجانبين.
action-preclear_clause = تمهيد بند مسبقًا مع القادة
    .description = تراجع بندًا أساسيًا مع كل زعيم قبل مرحلة التوقيع: مفاجآت أقل حينها، لكن ذلك يستغرق وقتًا وقد يتسرب.
action-bring_in_president = الاستعانة بالرئيس الأمريكي
    .description = اتصال من الرئيس يحرّك الحكومة الإسرائيلية والمنطقة، بين حين وآخر؛ ويستهلك شيئًا من انتباهه.
action-press_israel = الضغط على الحكومة الإسرائيلية
    .description = تحذّر من ثمن المماطلة؛ فتتحرك الحكومة، ويهتز الائتلاف، وتتراجع ثقة إسرائيل بك.
action-press_regional_state = الضغط على دولة إقليمية بشأن حماس
    .description = تطلب من تركيا أو قطر أو مصر الضغط على حماس بشأن نزع السلاح؛ ويكلّفك ذلك من رصيدك لديها ومن صبرها.
action-offer_guarantee = ضمان تسلسل الخطوات
    .description = تقول لحماس إن واشنطن ستُلزم إسرائيل بكل خطوة؛ فتقلّ ثقة إسرائيل بك، وقد تُختبر الضمانة.
action-check_annexation = كبح خطوات الضم
    .description = تطلب من الحكومة الإسرائيلية وقف خطوات الضم لبعض الوقت؛ فتُقبل الدول العربية على الخطة، ويضيق بها الائتلاف.
action-push_aid = الدفع نحو مزيد من المساعدات
    .description = تضغط من أجل مزيد من الشاحنات ومعابر مفتوحة.
action-reassure_israel = طمأنة الحكومة الإسرائيلية
    .description = تعِد بأن أمن إسرائيل أولًا؛ ويسمع الفلسطينيون في ذلك انحيازًا.
action-press_hamas = الضغط على قيادة حماس
    .description = تقول لقادة حماس إن صبر مضيفيهم له حدود؛ فيتحركون، ويكلّفك ذلك ثقتهم.
action-mediator_guarantee = ضمان تسلسل الخطوات
    .description = تضمن القاهرة والدوحة لكل جانب خطوات الجانب الآخر؛ فتقلّ ثقة إسرائيل بك، وقد تُختبر الضمانة.
action-escrow_fund = إنشاء حساب ضمان لإعادة الإعمار
    .description = أموال خليجية تُودَع في حساب ضمان ويُفرج عنها كلما تُحقِّق من خطوة؛ ويستهلك ذلك بعض رصيد الدول العربية.
action-ask_washington = مطالبة واشنطن بالضغط على إسرائيل
    .description = تطلب من الأمريكيين أن يلقوا بثقل الرئيس الأمريكي؛ فيستهلك ذلك شيئًا من انتباهه، ولا يفوت إسرائيل ذلك.
action-aid_convoys = تنظيم قوافل مساعدات
    .description = تُدخل مزيدًا من المساعدات عبر مصر.
action-regroup = مراجعة الحسابات وإعادة ترتيب الصفوف
    .description = أسبوع من المشاورات في القاهرة والدوحة يعيد شيئًا من الصبر.
action-rally_coalition = حشد الائتلاف
    .description = تعِد شركاءك بما يريدون سماعه؛ فيرتفع التماسك، وترتفع معه خطوات الضم.
action-meet_families = لقاء عائلات الرهائن
    .description = تستمع إلى العائلات؛ فتمنحك تفويضًا لإتمام ما بدأه الاتفاق.
action-consult_security_chiefs = استشارة قادة الأجهزة الأمنية
    .description = تسأل الجيش والأجهزة عمّا يعنيه النص لأمن إسرائيل؛ فتثبت يدك.
action-shelve_annexation = تجميد خطوات الضم
    .description = توقف خطوات الضم لبعض الوقت؛ فتلاحظ الدول العربية وواشنطن، ولا يغفر لك شركاؤك.
action-open_crossings = توسيع فتح المعابر
    .description = تُدخل مزيدًا من المساعدات إلى غزة؛ ويصف منتقدوك في الداخل ذلك بأنه مكافأة لحماس.
action-order_strikes = الأمر بضربات في غزة
    .description = تضرب ما يسمّيه الجيش تهديدات. يخفف ذلك الضغط في الداخل، ويكلّف أرواحًا، ومن صبر الوسطاء، ومن الدعم العربي.
action-release_revenues = الإفراج عن عائدات السلطة المحتجزة
    .description = تحوّل أموال الضرائب التي تجبيها إسرائيل لحساب السلطة؛ فتُسند شريكًا يمقته شركاؤك.
action-signal_flexibility = التلميح إلى المرونة عبر الوسطاء
    .description = تُبلغ قيادة حماس، عبر القاهرة، أن الخطوط قد تتحرك كلما تقدّم نزع السلاح؛ ويصل الخبر إلى شركائك.
action-call_white_house = الاتصال بالبيت الأبيض
    .description = تعزز العلاقة مع الرئيس الأمريكي.
action-announce_reforms = إعلان إصلاحات
    .description = إصلاحات يطلبها المانحون وواشنطن؛ تكسبك ثقة في الخارج وتكلّفك في الداخل.
action-appeal_arab_states = مناشدة الدول العربية
    .description = تطلب من القاهرة والرياض ودول الخليج الوقوف خلف دور السلطة.
action-address_people = مخاطبة شعبك
    .description = تتحدث دفاعًا عن الحقوق الفلسطينية وضد الضم؛ فترتفع مكانتك، وتتراجع ثقة إسرائيل.
action-call_for_calm = الدعوة إلى التهدئة
    .description = تحث على ضبط النفس في غزة والضفة الغربية؛ ويقول بعضهم إنك تقوم بعمل إسرائيل نيابة عنها.
action-national_dialogue = إطلاق حوار وطني
    .description = تتحاور مع حماس والفصائل في القاهرة بشأن المرحلة الانتقالية؛ فتنظر إسرائيل وواشنطن إلى ذلك بعين الريبة.
action-offer_security_plan = عرض خطة أمنية لغزة
    .description = تعرض شرطة دُرّبت في مصر لحفظ النظام خلال المرحلة الانتقالية.
action-go_to_un = حمل القضية إلى الأمم المتحدة
    .description = تحشد الدعم في الخارج؛ وتستاء واشنطن وإسرائيل.

## مستويات الصعوبة

difficulty-calm = هادئ
    .description = حوادث أقل، وثقة أكبر قليلًا، ووسطاء أطول صبرًا.
difficulty-historical = كما كان الحال
    .description = البداية كما تصفها المصادر: انعدام ثقة عميق وهدنة هشة.
difficulty-volatile = متقلّب
    .description = عنف أكثر، وضغط أشد في الداخل، ووسطاء منهكون من البداية.

reaction-palestinian_public-signed_over_its_head = يُوقَّع بند بشأن غزة من دون السلطة؛ يسأل الفلسطينيون لماذا لم تكن على الطاولة، وتتراجع مكانتها.
