# בתום לב — "השלב השני" (עברית): החבילה, התרחיש, השחקנים, התגובות, המדדים, הסוגיות ועמדת
# כל צד בהן, הכיסאות, היעדים, הפעולות ורמות הקושי.

pack-phase-two = השלב השני
scenario-phase-two = השלב השני: השיחות על הפסקת האש בעזה, 2026
    .description = באוקטובר 2025 נכנסה לתוקף הפסקת אש בעזה על בסיס תוכנית אמריקאית בת 20 נקודות, ווושינגטון הכריזה על פתיחת השלב השני של השיחות. מה שבא אחרי חילופי החטופים והאסירים עדיין לא הוכרע: פירוק הנשק, הקווים שאליהם ייסוג הצבא, מי ישלוט בעזה בתקופת המעבר, כוח בין־לאומי, שיקום, והגדה המערבית. ישראל וחמאס אינם מדברים זה עם זה; כל מסר עובר דרך קטר, מצרים או ארצות הברית. עשרים ושישה שבועות. השבוע הראשון הוא התיעוד הציבורי; כל מה שאחריו הוא ההיסטוריה החלופית שלכם, לא תחזית.

resource-time = זמן
resource-capital = הון פוליטי

## שחקנים

actor-israel = ממשלת ישראל
actor-hamas_abroad = הנהגת חמאס בחו״ל
actor-hamas_gaza = הנהגת חמאס ברצועה
actor-palestine = הרשות הפלסטינית
actor-usa = ארצות הברית
actor-mediators = המתווכים הקטרים והמצרים
actor-qatar = קטר
actor-egypt = מצרים
actor-turkey = טורקיה
actor-gulf_states = מדינות המפרץ
actor-eu = האיחוד האירופי
actor-un_agencies = האו״ם וארגוני הסיוע
actor-armed_groups = ארגונים חמושים אחרים ברצועה
actor-security_establishment = מערכת הביטחון הישראלית
actor-coalition_hardliners = השותפים הקשוחים בקואליציה
actor-israeli_public = הציבור הישראלי
actor-palestinian_public = הציבור הפלסטיני
actor-settlers = תנועת ההתנחלות

## תגובות

reaction-israel-digs_in = תחת לחץ מבית, ממשלת ישראל מקשיחה את תנאיה.
reaction-israel-eases_crossings = ישראל מכניסה השבוע יותר משאיות דרך המעברים.
reaction-israel-closes_crossings = אחרי האלימות של השבוע, ישראל מאטה את התנועה במעברים.
reaction-israel-permanent_end_at_home = בישראל, מבקרים אומרים שסיום קבוע של המלחמה כשחמאס עדיין חמוש הוא כניעה; הקואליציה מתוחה.
reaction-hamas_abroad-ranks_object = בתוך חמאס, לוחמים ומפקדים מתנגדים לכל סעיף על מסירת הנשק.
reaction-hamas_gaza-resists_disarmament = מפקדי חמאס ברצועה דוחים נוסח שיפשיט אותם מכל נשקם בבת אחת; המתיחות עולה.
reaction-palestine-shores_up_standing = הרשות מכנסת את הנהגתה ואת מוסדות פתח כדי לבסס את מעמדה.
reaction-usa-attention_returns = נשיא ארה״ב מפנה שוב את תשומת לבו לעזה, לרגע.
reaction-usa-president_distracted = משבר אחר מסיט מעזה את תשומת לבו של נשיא ארה״ב.
reaction-usa-impatient = בוושינגטון, בכירים שואלים כמה זמן עוד יימשכו השיחות בלי שום דבר חתום.
reaction-mediators-text_initialled = המתווכים מודיעים שנוסח מלא נחתם בראשי תיבות; החתימה נקבעה לשבוע הבא.
reaction-mediators-counts_end_of_war = נחתם סעיף על סיום המלחמה.
reaction-mediators-counts_disarmament = נחתם סעיף על פירוק הנשק.
reaction-mediators-counts_withdrawal = נחתם סעיף על הנסיגה.
reaction-mediators-counts_governance = נחתם סעיף על השלטון בעזה.
reaction-mediators-counts_international_force = נחתם סעיף על הכוח הבין־לאומי.
reaction-mediators-counts_reconstruction = נחתם סעיף על השיקום.
reaction-mediators-counts_west_bank = נחתם סעיף על הגדה המערבית.
reaction-mediators-covers_sequence = קהיר ודוחה נותנות לכל צד ערבות לצעדיו של הצד השני, כדי שאפשר יהיה להעלות את פירוק הנשק על הכתב.
reaction-mediators-permanent_end_signed = המתווכים מודיעים שהמלחמה הסתיימה לתמיד, על הנייר: שעון ההפוגה נעצר.
reaction-qatar-round_fails = סבב נכשל, והבכירים הקטרים סופרים עוד התחלה מחדש.
reaction-qatar-weariness = הצוות הקטרי עייף אחרי חודשים של אותה שיחה.
reaction-egypt-round_fails = סבב נכשל, והבכירים המצרים סופרים עוד התחלה מחדש.
reaction-egypt-weariness = הצוות המצרי עייף אחרי חודשים של אותה שיחה.
reaction-egypt-pause_clock = להפוגה הזמנית נותר שבוע אחד פחות.
reaction-gulf_states-holds_pledges = מדינות המפרץ מעכבות את התחייבויותיהן לשיקום כל עוד צעדי הסיפוח נמשכים.
reaction-gulf_states-funds_flow = כסף מהמפרץ לשיקום מתחיל להגיע לעזה.
reaction-un_agencies-aid_flows = סוכנויות האו״ם מכניסות יותר סיוע לעזה בימים השקטים יותר.
reaction-armed_groups-tension_builds = ארגונים חמושים ברצועה בוחנים את הקווים; המתיחות גוברת.
reaction-security_establishment-contains_violence = שירותי הביטחון הישראליים מסכלים פיגוע; השבוע רגוע יותר מכפי שחששו.
reaction-coalition_hardliners-threatens = השותפים הקשוחים מאיימים לפרוש מהממשלה בגלל הטיוטה שעל השולחן.
reaction-coalition_hardliners-quits_over_text = השותפים הקשוחים פורשים מהממשלה בגלל הסעיף שנחתם.
reaction-israeli_public-wants_security = הישראלים דורשים ביטחון קודם כול; הלחץ על הממשלה גובר.
reaction-israeli_public-aid_without_disarmament = מבקרים בישראל שואלים למה סיוע ושיקום זורמים בזמן שחמאס שומר על נשקו.
reaction-israeli_public-quiet_weeks = שבועות שקטים מרגיעים את האווירה בישראל.
reaction-palestinian_public-hardship = בעזה, רעב, קור והריסות שוחקים את האנשים; הכעס על כל הנהגה גובר.
reaction-palestinian_public-bystander = פלסטינים שואלים מה יש לרשות להראות מהשיחות; מעמדה נשחק.
reaction-palestinian_public-relief_seen = תושבי עזה רואים סיוע ושיקום מגיעים; התקווה חוזרת מעט.
reaction-settlers-new_outposts = מתנחלים מקימים מאחזים חדשים בגדה המערבית.

## מדדים

meter-humanitarian_access = גישה הומניטרית
meter-reconstruction = שיקום
meter-violence = אלימות
meter-casualties_israeli = הרוגים ישראלים
meter-casualties_palestinian = הרוגים פלסטינים
meter-coalition_cohesion = לכידות הקואליציה
meter-pa_legitimacy = לגיטימיות הרשות
meter-arab_backing = גיבוי ערבי
meter-annexation_steps = צעדי סיפוח
meter-president_attention = קשב הבית הלבן
meter-public_support = תמיכה ציבורית
meter-domestic_pressure = לחץ מבית
meter-patience = סבלנות המתווך

## סוגיות

issue-end_of_war = סיום המלחמה
    .description = חמאס רוצה שהמלחמה תסתיים לתמיד, עם ערבויות שישראל לא תחדש אותה ברגע שלא יישארו בידיו קלפי מיקוח; הפוגה זמנית, לדבריו, היא הפוגה לפני הסבב הבא. ממשלת ישראל רוצה לשמור על הזכות לפעול עד שחמאס יפורק מנשקו; סיום המלחמה כשחמאס חמוש, אומרים מנהיגיה, ישאיר את האיום של 7 באוקטובר במקומו. הרשות רוצה סיום שיפתח אופק מדיני.
issue-end_of_war-renewable_pause = הפוגה זמנית, שמתחדשת בשלבים
issue-end_of_war-conditional_end = סיום המלחמה כשפירוק הנשק יושלם
    .ambiguous = סיום המלחמה "ככל שהצעדים המוסכמים יבוצעו"
issue-end_of_war-permanent_end = סיום קבוע של המלחמה
    .ambiguous = "הפסקה מתמשכת של פעולות האיבה", ותנאיה ייקבעו בהסכמה

issue-disarmament = פירוק הנשק
    .description = ממשלת ישראל רואה בפירוק ארגוני הטרור מנשקם את לב השלב השני: בלעדיו, היא אומרת, עזה תתחמש מחדש והמלחמה הבאה היא רק שאלה של זמן. חמאס מכנה את נשקו "נשק ההתנגדות" ורואה בו זכות כל עוד הכיבוש נמשך, ומפקדיו ברצועה רואים בו ערובה להישרדותם; ייתכן שיסכים לדבר על אחסון הנשק, לא על מסירתו. הרשות קוראת ל"רשות אחת, חוק אחד, נשק אחד".
issue-disarmament-full_immediate = כל הנשק נמסר בבת אחת
issue-disarmament-staged_verified = הנשק נמסר בשלבים, וכל שלב מאומת
    .ambiguous = "תהליך לסיום הפעילות החמושה", ושלביו ייקבעו
issue-disarmament-heavy_weapons_stored = נשק כבד מאוחסן תחת שמירה, נשק קל נשאר

issue-withdrawal = הנסיגה
    .description = הפלסטינים רוצים שהצבא ייצא מעזה לפי לוח זמנים, שבלעדיו, לדבריהם, פירוק הנשק הוא כניעה תחת כיבוש. ממשלת ישראל והצבא רוצים שכל נסיגה תהיה קשורה לפירוק נשק מאומת ושתישמר רצועת ביטחון; יציאה ראשונה, הם אומרים, היא הדרך שבה הפכה עזה אחרי 2005 לבסיס לפיגועים.
issue-withdrawal-lines_after_verification = נסיגה לקו הבא אחרי כל שלב מאומת
    .ambiguous = נסיגה "בהתאם להתקדמות בתחום הביטחון"
issue-withdrawal-fixed_timetable = נסיגה מלאה בתאריכים קבועים
issue-withdrawal-perimeter_kept = רצועת ביטחון ישראלית בתוך עזה, ללא מועד סיום

issue-governance = מי ישלוט בעזה
    .description = הרשות אומרת שעזה היא חלק מאותה מדינה פלסטינית אחת שעתידה לקום, ושעליה לשלוט בה אחרי רפורמות; השארתה בחוץ, היא אומרת, תפצל את הפלסטינים לתמיד. ממשלת ישראל מסרבת לתת תפקיד לרשות שהיא מאשימה בתשלום למשפחות מחבלים ובחינוך לשנאה. חמאס אומר שיוותר על השלטון אבל לא יודר מהפוליטיקה הפלסטינית. ועדה של טכנוקרטים היא הפשרה שרוב הצדדים מזכירים.
issue-governance-technocratic_committee = ועדה טכנוקרטית פלסטינית בפיקוח בין־לאומי
issue-governance-reformed_pa = רשות שעברה רפורמה ונכנסת לתפקיד בשלבים
    .ambiguous = "תפקיד למוסדות פלסטיניים, אחרי רפורמות"
issue-governance-international_administration = ממשל בין־לאומי, ופלסטינים כיועצים

issue-international_force = הכוח הבין־לאומי
    .description = ישראל רוצה כוח שיפרק את חמאס מנשקו באמת, או שלא יהיה כוח בכלל; מדינות שמתבקשות לשלוח חיילים לא ילחמו בפלסטינים. חמאס ופלסטינים רבים מקבלים משקיפים על הקווים, לא כוח שיתפקד כצבא כיבוש באמצעים אחרים.
issue-international_force-stabilization_force = כוח ייצוב עם מנדט להבטיח את פירוק הנשק
    .ambiguous = כוח ייצוב "לתמיכה בביטחון", והמנדט שלו ייקבע
issue-international_force-border_monitors = משקיפים על הקווים ובמעברים בלבד

issue-reconstruction = השיקום
    .description = תושבי עזה צריכים בתים, מים, חשמל ובתי חולים עכשיו; הפלסטינים ותורמים רבים אומרים שהשיקום לא יכול לחכות לפוליטיקה. ממשלת ישראל חוששת שכסף וחומרי בנייה ישמשו לבניית מנהרות ורקטות מחדש, ורוצה לקשור אותם לפירוק הנשק. התורמים רוצים לדעת שכספם לא יושמד במלחמה הבאה.
issue-reconstruction-tied_to_disarmament = שיקום רק אחרי פירוק הנשק
issue-reconstruction-staged_with_verification = שיקום בשלבים, שמשוחרר ככל שהצעדים מאומתים
issue-reconstruction-immediate_open = שיקום מיידי, והמעברים פתוחים לחומרי בנייה

issue-west_bank = הגדה המערבית
    .description = הרשות והמדינות הערביות אומרות ששום הסדר בעזה לא יחזיק כל עוד הגדה המערבית מסופחת צעד אחר צעד; הן רוצות הקפאה ואופק מדיני. השותפים הקשוחים בממשלת ישראל אומרים שיהודה ושומרון הם לב ארץ ישראל ואינם חלק מהסדר בעזה; הממשלה חוששת לאבד אותם.
issue-west_bank-annexation_freeze = הקפאת צעדי הסיפוח
issue-west_bank-reform_and_horizon = רפורמות ברשות תמורת אופק מדיני
issue-west_bank-left_out = הגדה המערבית נשארת מחוץ לנוסח

## כיסאות

role-us_envoy = השליח האמריקאי
    .description = אתם נושאים את תוכנית הנשיא. הקלף החזק ביותר שלכם הוא הנשיא עצמו, שבתשומת לבו תוכלו להשתמש פעמים ספורות, לא יותר. אתם יכולים ללחוץ על ממשלת ישראל, ללחוץ על טורקיה, קטר ומצרים שילחצו על חמאס, להציע ערבויות במחיר האמינות שלכם ולעצור צעדי סיפוח. חמאס שומע אתכם רק דרך קטר ומצרים.
    .success = סיום קבוע, עם פירוק נשק שמאומת בשלבים וצבא שנסוג, בלי לאבד את אחד הצדדים, את המתווכים או את העניין של הנשיא.
role-regional_mediators = המתווכים הקטרים והמצרים
    .description = אתם הערוץ: כל מילה בין ישראל לחמאס עוברת דרך דוחה או קהיר, ולכל בירה יש אמון משלה עם כל צד. אתם יכולים להציע ערבויות וקרן נאמנות לשיקום, ללחוץ על חמאס ולבקש מוושינגטון ללחוץ על ישראל. הסבלנות שלכם מוגבלת; כל סבב כושל וכל נסיגה מהסכמות שוחקים אותה.
    .success = נוסח שנחתם ומיושם בשלבים לפני שהסבלנות שלכם נגמרת.
role-prime_minister = ראש ממשלת ישראל
    .description = אתם עומדים בראש קואליציה שהשותפים הקשוחים בה מאיימים להפיל אתכם בגלל ויתורים, ואתם נותנים דין וחשבון לציבור שרוצה ביטחון קודם כול ולמשפחות החטופים, שרוצות שההסכם יחזיק. אתם מדברים עם חמאס רק דרך מתווכים. אתם רוצים פירוק נשק לפני נסיגה; הצד השני רוצה את ההפך.
    .success = חמאס מפורק מנשקו בשלבים מאומתים, הקואליציה שלמה, והישראלים בטוחים.
role-pa_president = נשיא הרשות הפלסטינית
    .description = אתם לא יושבים ליד השולחן עם ישראל וחמאס, אבל הנוסח יקבע אם הרשות שלכם תשלוט בעזה, והגדה המערבית מסופחת סביבכם. אתם יכולים להכריז על רפורמות שהתורמים דורשים, לחזר אחרי המדינות הערביות, לדבר עם הפלגים ולהביא את עניינכם לאו״ם. הלגיטימיות שלכם בבית דלה.
    .success = תפקיד לרשות בעזה, הקלה לעם שלה, ומעמדכם נשמר.

objective-us_envoy-end_of_war_clause = סעיף על סיום המלחמה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-us_envoy-disarmament_clause = סעיף על פירוק הנשק על השולחן, שאינו חוצה קו אדום של אף צד.
objective-us_envoy-withdrawal_clause = סעיף על הנסיגה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-us_envoy-governance_clause = סעיף על השלטון בעזה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-us_envoy-reconstruction_clause = סעיף על השיקום על השולחן, שאינו חוצה קו אדום של אף צד.
objective-us_envoy-sequence_covered = סדר הצעדים מגובה בערבות או בקרן נאמנות.
objective-us_envoy-common_ground = שולחן שגם ממשלת ישראל וגם הנהגת חמאס תומכות בו (15+), וגם הרשות (10+).
objective-us_envoy-channel = מסר בדרך לחמאס, או תשובה שהגיעה זה עתה.
objective-us_envoy-pause_holds = הפסקת האש מחזיקה.
objective-us_envoy-mediators_on_board = קטר ומצרים נשארות סבלניות (30+).
objective-us_envoy-verified_stage = שלב בפירוק הנשק אומת.
objective-us_envoy-access = גישה הומניטרית של 50 ומעלה.
objective-regional_mediators-end_of_war_clause = סעיף על סיום המלחמה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-regional_mediators-disarmament_clause = סעיף על פירוק הנשק על השולחן, שאינו חוצה קו אדום של אף צד.
objective-regional_mediators-withdrawal_clause = סעיף על הנסיגה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-regional_mediators-governance_clause = סעיף על השלטון בעזה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-regional_mediators-reconstruction_clause = סעיף על השיקום על השולחן, שאינו חוצה קו אדום של אף צד.
objective-regional_mediators-sequence_covered = סדר הצעדים מגובה בערבות או בקרן נאמנות.
objective-regional_mediators-common_ground = שולחן שגם ממשלת ישראל וגם הנהגת חמאס תומכות בו (15+), וגם הרשות (10+).
objective-regional_mediators-channel = מסר בדרך לחמאס, או תשובה שהגיעה זה עתה.
objective-regional_mediators-patience_holds = קטר ומצרים נשארות סבלניות (30+).
objective-regional_mediators-trusted_by_both = אמון מצד ישראל (30+) ומצד חמאס (40+).
objective-regional_mediators-verified_stage = שלב בפירוק הנשק אומת.
objective-regional_mediators-access = גישה הומניטרית של 50 ומעלה.
objective-prime_minister-end_of_war_clause = סעיף על סיום המלחמה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-prime_minister-disarmament_clause = סעיף על פירוק הנשק על השולחן, שאינו חוצה קו אדום של אף צד.
objective-prime_minister-withdrawal_clause = סעיף על הנסיגה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-prime_minister-governance_clause = סעיף על השלטון בעזה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-prime_minister-reconstruction_clause = סעיף על השיקום על השולחן, שאינו חוצה קו אדום של אף צד.
objective-prime_minister-common_ground = שולחן שגם ממשלת ישראל וגם הנהגת חמאס תומכות בו (15+), וגם הרשות (10+).
objective-prime_minister-partner_standing = רשות פלסטינית שעדיין עומדת על רגליה (לגיטימיות 20+).
objective-prime_minister-other_side_moved = הנהגת חמאס התקרבה להסכם בזכות מה שאתם ואחרים הצעתם או לחצתם.
objective-prime_minister-channel = מסר בדרך לחמאס, או תשובה שהגיעה זה עתה.
objective-prime_minister-coalition_holds = הקואליציה מחזיקה (לכידות 30+).
objective-prime_minister-disarmament_first = נחתם סעיף על פירוק הנשק.
objective-prime_minister-verified_stage = שלב בפירוק הנשק אומת.
objective-prime_minister-quiet_home = אלימות מתחת ל־35.
objective-pa_president-end_of_war_clause = סעיף על סיום המלחמה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-pa_president-disarmament_clause = סעיף על פירוק הנשק על השולחן, שאינו חוצה קו אדום של אף צד.
objective-pa_president-withdrawal_clause = סעיף על הנסיגה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-pa_president-governance_clause = סעיף על השלטון בעזה על השולחן, שאינו חוצה קו אדום של אף צד.
objective-pa_president-reconstruction_clause = סעיף על השיקום על השולחן, שאינו חוצה קו אדום של אף צד.
objective-pa_president-common_ground = שולחן שגם ממשלת ישראל וגם הנהגת חמאס תומכות בו (15+), וגם הרשות (10+).
objective-pa_president-other_side_moved = ממשלת ישראל התקרבה להסכם בזכות מה שאתם ואחרים הצעתם או לחצתם.
objective-pa_president-channel = מסר בדרך לחמאס, או תשובה שהגיעה זה עתה.
objective-pa_president-standing_holds = הלגיטימיות שלכם מחזיקה (25+).
objective-pa_president-role_in_gaza = נחתם סעיף על השלטון בעזה שמעמיד גוף פלסטיני בראש.
objective-pa_president-west_bank_held = צעדי הסיפוח נשארים מתחת ל־25.
objective-pa_president-access = גישה הומניטרית של 50 ומעלה.

## פעולות

action-draft_text = ניסוח סעיף
    .description = מניחים על השולחן אפשרות לסוגיה אחת, במילים ברורות או עמומות.
action-put_proposal = הגשת הנוסח לצדדים
    .description = המתווכים מביאים את כל מה שעל השולחן לכל צד; הנהגת חמאס עונה רק אם עבר מסר.
action-message_via_qatar = שליחת מסר דרך קטר
    .description = הוא יגיע להנהגת חמאס בשבוע הבא, כפי שנשלח, מרוכך או מוקשח; דוחה קרובה יותר לחמאס מאשר לישראל.
action-message_via_egypt = שליחת מסר דרך מצרים
    .description = הוא יגיע להנהגת חמאס בשבוע הבא, כפי שנשלח, מרוכך או מוקשח; קהיר שומרת על קשרים עם שני הצדדים.
action-preclear_clause = תיאום מוקדם של סעיף עם המנהיגים
    .description = בודקים סעיף מרכזי מול כל מנהיג לפני שלב החתימה: פחות הפתעות אז, אבל זה לוקח זמן ועלול לדלוף.
action-bring_in_president = גיוס הנשיא
    .description = שיחה מהנשיא מזיזה את ממשלת ישראל ואת האזור, מפעם לפעם; היא צורכת מתשומת לבו.
action-press_israel = לחץ על ממשלת ישראל
    .description = מזהירים מפני מחיר הסחבת; זה מזיז את הממשלה, ומותח את הקואליציה ואת האמון הישראלי בכם.
action-press_regional_state = לחץ על מדינה באזור בעניין חמאס
    .description = מבקשים מטורקיה, מקטר או ממצרים ללחוץ על חמאס בעניין פירוק הנשק; זה עולה לכם ברצון הטוב ובסבלנות שלהן.
action-offer_guarantee = ערבות לסדר הצעדים
    .description = מודיעים לחמאס שוושינגטון תחייב את ישראל לכל צעד; ישראל סומכת עליכם פחות, והערבות עלולה לעמוד במבחן.
action-check_annexation = עצירת צעדי סיפוח
    .description = אומרים לממשלת ישראל לעצור צעדי סיפוח לזמן מה; המדינות הערביות מתחממות לתוכנית, הקואליציה לא.
action-push_aid = דחיפה לסיוע
    .description = לוחצים להכנסת יותר משאיות ולפתיחת המעברים.
action-reassure_israel = הרגעת ממשלת ישראל
    .description = מבטיחים שביטחון ישראל בא קודם; הפלסטינים שומעים בזה נקיטת צד.
action-press_hamas = לחץ על הנהגת חמאס
    .description = אומרים למנהיגי חמאס שלסבלנות המארחים שלהם יש גבול; זה מזיז אותם, ועולה לכם באמון שלהם.
action-mediator_guarantee = ערבות לסדר הצעדים
    .description = קהיר ודוחה נותנות לכל צד ערבות לצעדיו של הצד השני; ישראל סומכת עליכם פחות, והערבות עלולה לעמוד במבחן.
action-escrow_fund = הקמת קרן נאמנות לשיקום
    .description = כסף מהמפרץ מוחזק בנאמנות ומשוחרר עם אימות כל צעד; זה צורך חלק מהרצון הטוב של המדינות הערביות.
action-ask_washington = בקשה מוושינגטון ללחוץ על ישראל
    .description = מבקשים מהאמריקאים להפעיל את משקלו של נשיא ארה״ב; זה צורך מתשומת לבו, וישראל שמה לב.
action-aid_convoys = ארגון שיירות סיוע
    .description = מכניסים יותר סיוע דרך מצרים.
action-regroup = עצירה להתארגנות מחדש
    .description = שבוע של התייעצויות בקהיר ובדוחה מחזיר מעט סבלנות.
action-rally_coalition = ליכוד הקואליציה
    .description = מבטיחים לשותפים את מה שהם רוצים לשמוע; הלכידות עולה, וכך גם צעדי הסיפוח.
action-meet_families = פגישה עם משפחות החטופים
    .description = מקשיבים למשפחות; זה נותן לכם מנדט להשלים את מה שההסכם התחיל.
action-consult_security_chiefs = התייעצות עם ראשי מערכת הביטחון
    .description = שואלים את הצבא ואת שירותי הביטחון מה משמעות הנוסח לביטחון ישראל; זה מייצב את ידכם.
action-shelve_annexation = הקפאת צעדי סיפוח
    .description = עוצרים צעדי סיפוח לזמן מה; המדינות הערביות ווושינגטון שמות לב, השותפים שלכם לא סולחים.
action-open_crossings = פתיחה רחבה יותר של המעברים
    .description = מכניסים יותר סיוע לעזה; המבקרים בבית קוראים לזה פרס לחמאס.
action-order_strikes = הוראה על תקיפות בעזה
    .description = תוקפים את מה שהצבא מגדיר איומים. זה מקל על הלחץ מבית, ועולה בחיי אדם, בסבלנות המתווכים ובתמיכה הערבית.
action-release_revenues = שחרור כספי המסים המעוכבים של הרשות
    .description = מעבירים את כספי המסים שישראל גובה עבור הרשות; זה מייצב שותפה שהשותפים שלכם מתעבים.
action-signal_flexibility = איתות גמישות דרך המתווכים
    .description = מודיעים להנהגת חמאס, דרך קהיר, שהקווים יכולים לזוז ככל שפירוק הנשק מתקדם; השותפים שלכם שומעים על כך.
action-call_white_house = שיחה עם הבית הלבן
    .description = מחזקים את הקשר עם הנשיא.
action-announce_reforms = הכרזה על רפורמות
    .description = רפורמות שהתורמים ווושינגטון דורשים; הן קונות אמון בחוץ ועולות לכם בבית.
action-appeal_arab_states = פנייה למדינות הערביות
    .description = מבקשים מקהיר, מריאד וממדינות המפרץ לעמוד מאחורי תפקידה של הרשות.
action-address_people = נאום לעם
    .description = מדברים בשם זכויות הפלסטינים ונגד הסיפוח; מעמדכם עולה, האמון הישראלי יורד.
action-call_for_calm = קריאה להרגעה
    .description = קוראים לאיפוק בעזה ובגדה המערבית; יש מי שאומרים שאתם עושים את העבודה של ישראל.
action-national_dialogue = פתיחת דיאלוג לאומי
    .description = מדברים עם חמאס ועם הפלגים בקהיר על תקופת המעבר; ישראל ווושינגטון מזעיפות פנים.
action-offer_security_plan = הצעת תוכנית ביטחון לעזה
    .description = מציעים שוטרים שהוכשרו במצרים, שישמרו על הסדר בתקופת המעבר.
action-go_to_un = פנייה לאו״ם
    .description = מגייסים תמיכה בעולם; וושינגטון וישראל כועסות על כך.

## רמות קושי

difficulty-calm = רגועה
    .description = פחות תקריות, מעט יותר אמון, מתווכים סבלניים יותר.
difficulty-historical = כפי שהיה
    .description = נקודת הפתיחה כפי שהמקורות מתארים אותה: חוסר אמון עמוק והפוגה שברירית.
difficulty-volatile = נפיצה
    .description = יותר אלימות, יותר לחץ מבית, מתווכים שכבר עייפים.

reaction-palestinian_public-signed_over_its_head = סעיף על עזה נחתם בלי הרשות; פלסטינים שואלים מדוע לא ישבה ליד השולחן, ומעמדה נשחק.
