# Good Faith — « Phase deux » (français) : événements. La semaine 1 est celle de l’histoire
# connue (chacun avec .history) ; à partir de la semaine 2, la partie est une uchronie.
# La violence est dite simplement : qui, où ; jamais comment.

## Semaine 1 : l’histoire connue

event-phase_two_declared = Washington déclare ouverte la deuxième phase des négociations sur Gaza. Le cessez-le-feu d’octobre tient, fragile ; l’échange des otages et des prisonniers est derrière, et les questions les plus dures sont devant : le désarmement, le retrait, qui gouverne Gaza.
    .title = La phase deux est ouverte
    .history = En octobre 2025, un cessez-le-feu entre Israël et le Hamas est entré en vigueur dans le cadre d’un plan en vingt points ; des analystes l’attribuent à l’engagement personnel du président américain, y compris à une forte pression sur le Premier ministre israélien. L’administration américaine a ensuite déclaré commencée la deuxième phase des négociations, alors que les visions d’Israël et du Hamas pour l’avenir de Gaza restaient très éloignées. La première semaine de la partie représente ce début annoncé ; les sources utilisées ici ne donnent pas de date exacte, et le 12 janvier 2026 du calendrier est donc une hypothèse.
    .source = { source-wotr } : le cessez-le-feu d’octobre 2025, le plan en 20 points et l’annonce du début de la phase deux
event-west_bank_control = En Cisjordanie, les mesures récentes d’Israël pour étendre son contrôle pèsent sur les négociations. Les Palestiniens et les États arabes disent qu’un État leur échappe ; le gouvernement israélien dit que la Cisjordanie n’a pas sa place dans un accord sur Gaza.
    .title = La Cisjordanie en toile de fond
    .history = Au début de la phase deux, des experts ont relevé les mesures récentes d’Israël pour étendre son contrôle sur la Cisjordanie, qui rendaient plus lointaine la perspective d’un État palestinien souverain, et ont désigné l’annexion comme un facteur de blocage que les États arabes prendraient en compte.
    .source = { source-wotr } : les mesures récentes d’Israël pour étendre son contrôle sur la Cisjordanie, désignées comme un facteur de blocage
event-trust_deficit = Les deux camps se souviennent de la dernière trêve. Les Israéliens rappellent des textes que, disent-ils, le Hamas a violés ; les Palestiniens, une trêve qui s’est achevée par la reprise de la guerre. Chaque clause est désormais lue pour le piège qu’elle cache.
    .title = La mémoire des trêves rompues
    .history = Une trêve temporaire, fin 2023, a permis la libération de certains otages et l’entrée d’une partie de l’aide à Gaza, puis a expiré, et les combats ont repris. Des accords ultérieurs se sont aussi brisés dans leur mise en œuvre, et des commentateurs décrivent chaque camp abordant les nouvelles négociations avec plus de prudence et plus de raideur à cause de cela.
    .source = { source-falling-apart } : la trêve temporaire de fin 2023, expirée avant la reprise des combats, et les accords antérieurs rompus dans leur mise en œuvre

event-opening_stance = Première semaine de la phase deux : les médiateurs demandent à chaque partie comment elle compte commencer.
    .title = Positions d’ouverture
event-opening_stance-president_engaged = Vous annoncez que le président suivra personnellement les négociations.
    .news = L’envoyé annonce que le président américain suivra personnellement les négociations.
event-opening_stance-mediators_lead = Vous laissez le Qatar et l’Égypte mener le travail quotidien, en les appuyant.
    .news = L’envoyé laisse le Qatar et l’Égypte mener le travail quotidien.
event-opening_stance-convene_cairo = Vous réunissez le premier cycle au Caire, plus près des services israéliens.
    .news = Les médiateurs réunissent le premier cycle au Caire.
event-opening_stance-convene_doha = Vous réunissez le premier cycle à Doha, plus près des dirigeants du Hamas.
    .news = Les médiateurs réunissent le premier cycle à Doha.
event-opening_stance-disarmament_first = Vous déclarez qu’Israël ne discutera de rien avant le désarmement.
    .news = Le Premier ministre déclare qu’Israël ne discutera de rien avant le désarmement.
event-opening_stance-lines_can_move = Vous laissez entendre que les lignes bougeront au rythme du désarmement.
    .news = Le Premier ministre laisse entendre que les lignes bougeront au rythme du désarmement.
event-opening_stance-ready_to_govern = Vous déclarez l’Autorité prête à gouverner Gaza, après des réformes.
    .news = Le président de l’Autorité palestinienne déclare l’Autorité prête à gouverner Gaza, après des réformes.
event-opening_stance-unity_first = Vous appelez à l’unité palestinienne avant tout arrangement pour Gaza.
    .news = Le président de l’Autorité palestinienne appelle à l’unité palestinienne avant tout arrangement pour Gaza.

event-record_ends = À partir de cette semaine, l’histoire est celle de la partie. Ce qui suit n’est ni ce qui s’est passé, ni une prévision de ce qui se passera : c’est ce que les choix de cette partie font de la situation que l’histoire connue a laissée.
    .title = Là où s’arrête l’histoire connue

## Négociations indirectes

event-message_via_qatar = Un message parvient à la direction du Hamas par Doha, et sa réponse revient par le même chemin.
    .title = Un message par le Qatar
event-message_via_qatar-intact = Il arrive tel qu’il a été envoyé.
    .news = Il arrive tel qu’il a été envoyé.
event-message_via_qatar-softened = Il arrive adouci : Doha assouplit les termes, et Israël s’en méfie.
    .news = Il arrive adouci : Doha assouplit les termes, et Israël s’en méfie.
event-message_via_qatar-hardened = Il arrive durci : la réponse revient avec de nouvelles conditions.
    .news = Il arrive durci : la réponse revient avec de nouvelles conditions.
event-message_via_egypt = Un message parvient à la direction du Hamas par Le Caire, et sa réponse revient par le même chemin.
    .title = Un message par l’Égypte
event-message_via_egypt-intact = Il arrive tel qu’il a été envoyé.
    .news = Il arrive tel qu’il a été envoyé.
event-message_via_egypt-softened = Il arrive adouci : Le Caire assouplit les termes.
    .news = Il arrive adouci : Le Caire assouplit les termes.
event-message_via_egypt-hardened = Il arrive durci : la réponse revient avec de nouvelles conditions.
    .news = Il arrive durci : la réponse revient avec de nouvelles conditions.

## Ordre des étapes et vérification

event-verification_round = Des observateurs commencent à vérifier les premières armes remises. Cela prendra trois semaines.
    .title = La vérification commence
event-verification_report = Les observateurs rendent compte de l’étape du désarmement qu’ils vérifiaient.
    .title = Le rapport de vérification
event-verification_report-verified = L’étape est vérifiée : les armes inscrites sur les listes ont été remises.
    .news = L’étape est vérifiée : les armes inscrites sur les listes ont été remises.
event-verification_report-disputed = Le rapport est contesté : Israël dit que des armes manquent, le Hamas que les listes étaient fausses.
    .news = Le rapport est contesté : Israël dit que des armes manquent, le Hamas que les listes étaient fausses.
event-verification_report-failed = L’étape échoue : des caches jamais déclarées sont découvertes, et chaque camp accuse l’autre.
    .news = L’étape échoue : des caches jamais déclarées sont découvertes, et chaque camp accuse l’autre.
event-withdrawal_due = Une étape du désarmement est vérifiée ; selon le texte, l’armée se replie maintenant sur la ligne suivante.
    .title = Une étape du retrait est due
event-withdrawal_due-pull_back = Vous ordonnez à l’armée de se replier sur la ligne suivante.
    .news = Le gouvernement israélien ordonne à l’armée de se replier sur la ligne suivante.
event-withdrawal_due-hold_the_line = Vous maintenez la ligne pour l’instant, au nom de la sécurité.
    .news = Le gouvernement israélien maintient la ligne pour l’instant, au nom de la sécurité.

## Le statut du cessez-le-feu

event-pause_expiring = La trêve temporaire expire cette semaine. Si elle n’est pas renouvelée, plus rien ne lie aucun des deux camps.
    .title = La trêve expire
event-pause_expiring-renew = Vous œuvrez à renouveler la trêve pour six semaines de plus.
    .news = La trêve est renouvelée pour six semaines de plus.
event-pause_expiring-short_renewal = Vous vous contentez d’un renouvellement de trois semaines.
    .news = La trêve n’est renouvelée que pour trois semaines.
event-pause_expiring-let_it_lapse = Vous laissez la trêve expirer.
    .news = La trêve expire, et personne ne la renouvelle.
event-pause_restored = Après des jours sans trêve, les médiateurs la rétablissent pour quatre semaines. Cela leur coûte : encore une relance de la même conversation.
    .title = La trêve rétablie
event-fighting_resumes = Les combats reprennent pour de bon. Les frappes et les attaques s’enchaînent ; l’aide s’arrête ; les négociations aussi.
    .title = La guerre reprend

## La lassitude des médiateurs

event-qatar_reassesses = Les responsables qataris disent réévaluer leur rôle : ils ont relancé trop de fois les mêmes négociations.
    .title = Le Qatar réévalue son rôle
event-qatar_reassesses-recommit = Vous convainquez Doha de rester, si les deux camps bougent.
    .news = Doha accepte de rester, si les deux camps bougent.
event-qatar_reassesses-step_back = Vous laissez Doha se retirer de la médiation.
    .news = Le Qatar se retire de la médiation.
event-egypt_reassesses = Les responsables égyptiens disent réévaluer leur rôle : ils ont relancé trop de fois les mêmes négociations.
    .title = L’Égypte réévalue son rôle
event-egypt_reassesses-recommit = Vous convainquez Le Caire de rester, si les deux camps bougent.
    .news = Le Caire accepte de rester, si les deux camps bougent.
event-egypt_reassesses-step_back = Vous laissez Le Caire se retirer de la médiation.
    .news = L’Égypte se retire de la médiation.
event-washington_reassesses = À Washington, les conseillers du président américain se demandent si les négociations valent encore son temps.
    .title = Washington réévalue son rôle
event-washington_reassesses-stay_engaged = Vous obtenez un nouveau tour de l’attention du président.
    .news = L’envoyé obtient un nouveau tour de l’attention du président américain.
event-washington_reassesses-step_back = Vous recommandez de prendre du recul jusqu’à ce que les parties soient prêtes.
    .news = Washington prend du recul jusqu’à ce que les parties soient prêtes.
event-mediators_complain = Des responsables qataris disent publiquement que les négociations ne peuvent pas recommencer indéfiniment.
    .title = L’agacement des médiateurs

## La signature

event-signing_stage = Les délégations se réunissent pour signer le texte complet. Si l’un des camps rouvre une seule clause maintenant, tout le texte est perdu.
    .title = L’heure de la signature
event-signing_stage-signed_in_full = Le texte est signé en entier.
    .news = Le texte est signé en entier.
event-signing_stage-israel_reopens = Au dernier moment, le camp israélien rouvre une clause.
    .news = Au dernier moment, le camp israélien rouvre une clause ; la signature est annulée.
event-signing_stage-hamas_reopens = Au dernier moment, le camp du Hamas rouvre une clause.
    .news = Au dernier moment, le camp du Hamas rouvre une clause ; la signature est annulée.
event-clause_leaked = Un projet de clause fuite des consultations. En Israël comme à Gaza, des critiques y lisent une capitulation.
    .title = Fuite d’une clause
event-guarantee_tested = Un incident met la garantie à l’épreuve : chaque camp demande au garant d’agir en sa faveur.
    .title = La garantie à l’épreuve
event-guarantee_tested-guarantor_acts = Le garant agit, et chacun le voit agir.
    .news = Le garant agit, et chacun le voit agir.
event-guarantee_tested-guarantor_hesitates = Le garant hésite ; la garantie perd son sens.
    .news = Le garant hésite ; la garantie perd son sens.
event-government_collapses = La coalition israélienne perd sa majorité ; le gouvernement tombe.
    .title = Le gouvernement tombe

## Violations

event-strike_after_violation = Les forces israéliennes frappent à Gaza après ce que l’armée appelle une violation du cessez-le-feu ; pour le Hamas, la violation, c’est la frappe elle-même. Des Palestiniens sont tués.
    .title = Une frappe à Gaza
event-strike_after_violation-keep_it_limited = Vous limitez la riposte.
    .news = Le gouvernement israélien limite la riposte.
event-strike_after_violation-widen_operation = Vous élargissez l’opération.
    .news = Le gouvernement israélien élargit l’opération.
event-attack_on_troops = Des hommes armés attaquent des soldats israéliens près de la ligne, à Gaza. Israël tient le Hamas pour responsable ; le Hamas nie toute implication.
    .title = Des soldats attaqués
event-armed_retaliation = Un groupe armé tire sur des positions israéliennes en réponse aux frappes.
    .title = Des tirs en réponse
event-armed_clashes_inside = Des groupes armés et des clans affrontent les forces du Hamas à l’intérieur de Gaza ; des civils sont pris entre les deux.
    .title = Des affrontements dans Gaza
event-gaza_leadership_defiant = Les commandants du Hamas à Gaza déclarent que personne à l’étranger ne peut signer l’abandon de leurs armes.
    .title = Défi depuis Gaza

## Accès et reconstruction

event-crossing_closed = Un point de passage ferme pendant des jours après une alerte de sécurité ; les convois attendent à la frontière.
    .title = Un point de passage fermé
event-winter_camps = La pluie et le froid inondent les tentes où des familles déplacées vivent au milieu des ruines.
    .title = L’hiver dans les camps
event-un_warning = Les agences de l’ONU avertissent que l’aide qui entre à Gaza reste très loin des besoins.
    .title = Un avertissement de l’ONU
event-donor_conference = Des donateurs se réunissent et promettent des fonds pour la reconstruction de Gaza, liés aux étapes convenues.
    .title = Les donateurs s’engagent

## Les familles

event-families_vigil = Des familles d’otages tiennent une veillée devant le bureau du Premier ministre et demandent au gouvernement de ne pas laisser se défaire l’accord d’octobre.
    .title = La veillée des familles
event-families_vigil-meet_them = Vous rencontrez vous-même les familles.
    .news = Le Premier ministre rencontre les familles.
event-families_vigil-send_a_minister = Vous envoyez un ministre à votre place.
    .news = Le Premier ministre envoie un ministre à sa place.
event-detainee_families = Des familles de Palestiniens détenus dans les prisons israéliennes se rassemblent en Cisjordanie et à Gaza pour demander que la prochaine phase ne les oublie pas.
    .title = Les familles des détenus

## Menaces dans la coalition

event-coalition_ultimatum = Un partenaire radical menace de faire tomber le gouvernement si l’armée se replie encore.
    .title = Un ultimatum dans la coalition
event-coalition_ultimatum-placate = Vous apaisez le partenaire avec des promesses sur la Cisjordanie.
    .news = Le Premier ministre apaise le partenaire avec des promesses sur la Cisjordanie.
event-coalition_ultimatum-call_bluff = Vous mettez le partenaire au défi d’exécuter sa menace.
    .news = Le Premier ministre met le partenaire au défi d’exécuter sa menace.

## Violences de colons et annexion

event-settler_attack = Des colons attaquent un village palestinien de Cisjordanie ; des maisons et des voitures brûlent, des villageois sont blessés.
    .title = Un village attaqué
event-settler_attack-order_arrests = Vous ordonnez à la police et à l’armée d’arrêter les assaillants.
    .news = Le gouvernement israélien ordonne l’arrestation des assaillants.
event-settler_attack-condemn_only = Vous condamnez l’attaque, et vous en restez là.
    .news = Le gouvernement israélien condamne l’attaque, et en reste là.
event-annexation_bill = Des membres de la coalition déposent un projet de loi pour appliquer la loi israélienne à des parties de la Cisjordanie ; ses promoteurs parlent d’« appliquer la souveraineté ».
    .title = Un projet de loi d’annexion
event-annexation_bill-let_it_advance = Vous laissez le projet de loi avancer.
    .news = Le gouvernement laisse avancer le projet de loi d’annexion.
event-annexation_bill-hold_it_back = Vous bloquez le projet de loi.
    .news = Le gouvernement bloque le projet de loi d’annexion.
event-arab_states_react = Les États du Golfe et l’Égypte avertissent qu’une annexion mettrait fin à leur participation à la reconstruction de Gaza et à toute force.
    .title = Les États arabes réagissent

## Fuites, Turquie, calme

event-draft_leaked = Un projet de texte fuite dans la presse, en Israël et dans le monde arabe. Les critiques de chaque camp y lisent une capitulation.
    .title = Fuite d’un projet
event-turkey_offers = La Turquie propose de faire pression sur les dirigeants du Hamas et de se joindre à une force ; Israël refuse des troupes turques à Gaza.
    .title = L’offre turque
event-quiet_week = Une semaine calme : pas de tirs sur les lignes, les convois circulent.
    .title = Une semaine calme
source-wotr = War on the Rocks, leçons d’experts pour la phase deux
    .cite = War on the Rocks, article réservé aux membres dans lequel cinq experts tirent des négociations passées des leçons pour la phase deux (écrit après le cessez-le-feu d’octobre 2025, en anglais)
source-falling-apart = « Middle East Ceasefire Talks Are Falling Apart » (commentaire)
    .cite = « Middle East Ceasefire Talks Are Falling Apart — Here Is What You Need to Know », commentaire sur les négociations de cessez-le-feu à Gaza (en anglais)
