# Good Faith — « Phase deux » (français) : paquet, scénario, acteurs, réactions, indicateurs,
# questions avec les raisons de chaque camp, sièges, objectifs, actions et difficultés.
#
# Conventions (celles de « Neuf mois ») : actualités au présent ; choix à la deuxième personne
# (vous), en une ligne ; fonctions désignées par leur titre, jamais par un nom ; la position de
# chaque camp dans des termes que ses partisans reconnaîtraient. Acteurs : étiquettes sans
# article, comme dans « Gouvernement israélien : proposition acceptée ».
#
# Choix de vocabulaire (tableau complet dans NOTES.md, « Each side's terms — French ») :
#   the pause / the ceasefire          la trêve (temporaire) / le cessez-le-feu
#   Hamas's leadership abroad / Gaza   la direction du Hamas à l’étranger / à Gaza
#   the Palestinian Authority          l’Autorité palestinienne, l’Autorité
#   the US envoy / the President       l’envoyé américain / le président (américain)
#   the lines / the next line          les lignes / la ligne suivante
#   disarmament                        le désarmement ; dans la voix du Hamas : les armes de la résistance
#   hostages / prisoners / detainees   otages / prisonniers / détenus
#   crossings                          points de passage
#   initialled / pre-clear             paraphé / valider en amont
#   escrow                             compte séquestre
#   outposts                           avant-postes (de colons)
#   Judea and Samaria                  « Judée-Samarie » : seulement dans la voix de la droite israélienne
#   occupation                         dans la voix palestinienne (et celle du Hamas)

pack-phase-two = Phase deux
scenario-phase-two = Phase deux : les négociations sur le cessez-le-feu à Gaza, 2026
    .description = Un cessez-le-feu est entré en vigueur à Gaza en octobre 2025, dans le cadre d’un plan américain en vingt points, et Washington a déclaré ouverte la deuxième phase des négociations. Ce qui doit suivre l’échange des otages et des prisonniers reste à régler : le désarmement, les lignes sur lesquelles l’armée se retire, qui gouverne Gaza pendant la transition, une force internationale, la reconstruction, et la Cisjordanie. Israël et le Hamas ne se parlent pas ; chaque message passe par le Qatar, l’Égypte ou les États-Unis. Vingt-six semaines. La première semaine est celle de l’histoire connue ; tout ce qui suit est une histoire alternative, la vôtre, pas une prédiction.

resource-time = temps
resource-capital = capital politique

## Acteurs (étiquettes sans article)

actor-israel = Gouvernement israélien
actor-hamas_abroad = Direction du Hamas à l’étranger
actor-hamas_gaza = Direction du Hamas à Gaza
actor-palestine = Autorité palestinienne
actor-usa = États-Unis
actor-mediators = Médiateurs qataris et égyptiens
actor-qatar = Qatar
actor-egypt = Égypte
actor-turkey = Turquie
actor-gulf_states = États du Golfe
actor-eu = Union européenne
actor-un_agencies = ONU et agences humanitaires
actor-armed_groups = Autres groupes armés de Gaza
actor-security_establishment = Appareil sécuritaire israélien
actor-coalition_hardliners = Partenaires radicaux de la coalition
actor-israeli_public = Opinion israélienne
actor-palestinian_public = Opinion palestinienne
actor-settlers = Mouvement des colons

## Réactions

reaction-israel-digs_in = Sous la pression intérieure, le gouvernement israélien durcit ses conditions.
reaction-israel-eases_crossings = Israël laisse passer davantage de camions aux points de passage cette semaine.
reaction-israel-closes_crossings = Après les violences de la semaine, Israël ralentit le trafic aux points de passage.
reaction-israel-permanent_end_at_home = En Israël, des critiques qualifient de capitulation une fin définitive de la guerre avec un Hamas encore armé ; la coalition vacille.
reaction-hamas_abroad-ranks_object = Au sein du Hamas, combattants et commandants s’opposent à toute clause sur l’abandon des armes.
reaction-hamas_gaza-resists_disarmament = Les commandants du Hamas à Gaza rejettent un texte qui les priverait d’un coup de toutes leurs armes ; la tension monte.
reaction-palestine-shores_up_standing = L’Autorité réunit sa direction et les instances du Fatah pour consolider son crédit.
reaction-usa-attention_returns = Le président américain se penche de nouveau sur Gaza, un moment.
reaction-usa-president_distracted = Une autre crise détourne de Gaza l’attention du président américain.
reaction-usa-impatient = À Washington, des responsables demandent combien de temps les négociations dureront encore sans rien de signé.
reaction-mediators-text_initialled = Les médiateurs annoncent qu’un texte complet est paraphé ; la signature est prévue la semaine prochaine.
reaction-mediators-counts_end_of_war = Une clause sur la fin de la guerre est signée.
reaction-mediators-counts_disarmament = Une clause sur le désarmement est signée.
reaction-mediators-counts_withdrawal = Une clause sur le retrait est signée.
reaction-mediators-counts_governance = Une clause sur la gouvernance de Gaza est signée.
reaction-mediators-counts_international_force = Une clause sur la force internationale est signée.
reaction-mediators-counts_reconstruction = Une clause sur la reconstruction est signée.
reaction-mediators-counts_west_bank = Une clause sur la Cisjordanie est signée.
reaction-mediators-covers_sequence = Le Caire et Doha garantissent à chaque camp les étapes de l’autre, pour que le désarmement puisse être couché sur le papier.
reaction-mediators-permanent_end_signed = Les médiateurs annoncent la fin définitive de la guerre, sur le papier : le compte à rebours de la trêve s’arrête.
reaction-qatar-round_fails = Un cycle de négociations échoue, et les responsables qataris comptent une relance de plus.
reaction-qatar-weariness = L’équipe qatarie est lasse après des mois de la même conversation.
reaction-egypt-round_fails = Un cycle de négociations échoue, et les responsables égyptiens comptent une relance de plus.
reaction-egypt-weariness = L’équipe égyptienne est lasse après des mois de la même conversation.
reaction-egypt-pause_clock = La trêve temporaire a une semaine de moins devant elle.
reaction-gulf_states-holds_pledges = Les États du Golfe retiennent leurs promesses de dons pour la reconstruction tant que se poursuivent les mesures d’annexion.
reaction-gulf_states-funds_flow = L’argent du Golfe pour la reconstruction commence à arriver à Gaza.
reaction-un_agencies-aid_flows = Les agences de l’ONU font entrer davantage d’aide à Gaza pendant les jours plus calmes.
reaction-armed_groups-tension_builds = Des groupes armés de Gaza testent les lignes ; la tension monte.
reaction-security_establishment-contains_violence = Les services de sécurité israéliens déjouent une attaque ; la semaine est plus calme que redouté.
reaction-coalition_hardliners-threatens = Les partenaires radicaux menacent de quitter le gouvernement à cause du projet sur la table.
reaction-coalition_hardliners-quits_over_text = Les partenaires radicaux quittent le gouvernement à cause de la clause signée.
reaction-israeli_public-wants_security = Les Israéliens exigent la sécurité d’abord ; la pression sur le gouvernement augmente.
reaction-israeli_public-aid_without_disarmament = Des voix critiques en Israël demandent pourquoi l’aide et la reconstruction arrivent alors que le Hamas garde ses armes.
reaction-israeli_public-quiet_weeks = Des semaines calmes apaisent l’humeur en Israël.
reaction-palestinian_public-hardship = À Gaza, la faim, le froid et les ruines usent les gens ; la colère monte contre tous les dirigeants.
reaction-palestinian_public-bystander = Les Palestiniens demandent ce que l’Autorité a obtenu des négociations ; son crédit s’effrite.
reaction-palestinian_public-relief_seen = Les Gazaouis voient arriver l’aide et la reconstruction ; l’espoir revient un peu.
reaction-settlers-new_outposts = Des colons installent de nouveaux avant-postes en Cisjordanie.

## Indicateurs

meter-humanitarian_access = Accès humanitaire
meter-reconstruction = Reconstruction
meter-violence = Violence
meter-casualties_israeli = Israéliens tués
meter-casualties_palestinian = Palestiniens tués
meter-coalition_cohesion = Unité de coalition
meter-pa_legitimacy = Légitimité de l’AP
meter-arab_backing = Soutien arabe
meter-annexation_steps = Mesures d’annexion
meter-president_attention = Intérêt américain
meter-public_support = Soutien de l’opinion
meter-domestic_pressure = Pression intérieure
meter-patience = Patience du médiateur

## Questions

issue-end_of_war = Fin de la guerre
    .description = Le Hamas veut la fin définitive de la guerre, avec des garanties qu’Israël ne la reprendra pas une fois que le Hamas aura perdu ses moyens de pression ; une trêve temporaire, dit-il, n’est qu’une pause avant la prochaine manche. Le gouvernement israélien veut garder le droit d’agir tant que le Hamas n’est pas désarmé ; finir la guerre avec un Hamas armé laisserait en place, selon ses dirigeants, la menace du 7 octobre. L’Autorité veut une fin qui ouvre une perspective politique.
issue-end_of_war-renewable_pause = une trêve temporaire, renouvelée par étapes
issue-end_of_war-conditional_end = la fin de la guerre une fois le désarmement achevé
    .ambiguous = la fin de la guerre « à mesure que les étapes convenues sont accomplies »
issue-end_of_war-permanent_end = la fin définitive de la guerre
    .ambiguous = « une cessation durable des hostilités », à des conditions à convenir

issue-disarmament = Désarmement
    .description = Le gouvernement israélien fait du désarmement des « organisations terroristes » de Gaza le cœur de la phase deux : sans lui, dit-il, Gaza se réarme et la prochaine guerre n’est qu’une question de temps. Le Hamas tient les armes de la résistance pour un droit tant que dure l’occupation, et ses commandants à Gaza y voient leur survie ; il peut évoquer un stockage des armes, pas leur remise. L’Autorité réclame « une seule autorité, une seule loi, une seule arme ».
issue-disarmament-full_immediate = toutes les armes remises d’un coup
issue-disarmament-staged_verified = les armes remises par étapes, chaque étape vérifiée
    .ambiguous = « un processus mettant fin à l’activité armée », étapes à fixer
issue-disarmament-heavy_weapons_stored = les armes lourdes stockées sous garde, les armes légères conservées

issue-withdrawal = Retrait
    .description = Les Palestiniens veulent que l’armée quitte Gaza selon un calendrier ; sans cela, disent-ils, le désarmement est une reddition sous occupation. Le gouvernement et l’armée israéliens veulent lier chaque repli à un désarmement vérifié et garder un périmètre de sécurité ; partir d’abord, disent-ils, c’est ce qui a fait de Gaza une base d’attaques après 2005.
issue-withdrawal-lines_after_verification = le retrait jusqu’à la ligne suivante après chaque étape vérifiée
    .ambiguous = un retrait « au rythme des progrès sur la sécurité »
issue-withdrawal-fixed_timetable = le retrait complet à des dates fixées
issue-withdrawal-perimeter_kept = un périmètre de sécurité israélien sans limite de durée à l’intérieur de Gaza

issue-governance = Qui gouverne Gaza
    .description = L’Autorité dit que Gaza fait partie d’un même futur État palestinien et qu’elle doit la gouverner après des réformes ; l’écarter, dit-elle, diviserait les Palestiniens pour de bon. Le gouvernement israélien refuse tout rôle à une Autorité qu’il accuse de payer les familles d’assaillants et d’enseigner l’hostilité. Le Hamas dit qu’il renoncera à gouverner, mais refuse d’être exclu de la vie politique palestinienne. Un comité de technocrates est le compromis que la plupart citent.
issue-governance-technocratic_committee = un comité palestinien de technocrates sous supervision internationale
issue-governance-reformed_pa = une Autorité réformée prenant le relais par étapes
    .ambiguous = « un rôle pour les institutions palestiniennes, après des réformes »
issue-governance-international_administration = une administration internationale, conseillée par des Palestiniens

issue-international_force = Force internationale
    .description = Israël veut une force qui désarme réellement le Hamas, ou aucune ; les États sollicités pour envoyer des troupes ne combattront pas des Palestiniens. Le Hamas et beaucoup de Palestiniens acceptent des observateurs sur les lignes, pas une force qui serait une armée d’occupation sous un autre nom.
issue-international_force-stabilization_force = une force de stabilisation chargée d’assurer le désarmement
    .ambiguous = une force de stabilisation « en appui à la sécurité », mandat à définir
issue-international_force-border_monitors = des observateurs aux lignes et aux points de passage seulement

issue-reconstruction = Reconstruction
    .description = Les Gazaouis ont besoin dès maintenant de logements, d’eau, d’électricité et d’hôpitaux ; les Palestiniens et beaucoup de donateurs disent que la reconstruction ne peut pas attendre la politique. Le gouvernement israélien craint que l’argent et les matériaux servent à reconstruire tunnels et roquettes, et veut les lier au désarmement. Les donateurs veulent savoir que leur argent ne sera pas détruit dans la prochaine guerre.
issue-reconstruction-tied_to_disarmament = la reconstruction seulement après le désarmement
issue-reconstruction-staged_with_verification = la reconstruction par étapes, débloquée à mesure que les étapes sont vérifiées
issue-reconstruction-immediate_open = la reconstruction tout de suite, points de passage ouverts aux matériaux

issue-west_bank = Cisjordanie
    .description = L’Autorité et les États arabes disent qu’aucun arrangement pour Gaza ne tiendra tant que la Cisjordanie occupée est annexée pas à pas ; ils veulent un gel et un horizon politique. Les partenaires radicaux du gouvernement israélien disent que la Judée-Samarie est le cœur de la terre d’Israël et n’a rien à faire dans un accord sur Gaza ; le gouvernement craint de les perdre.
issue-west_bank-annexation_freeze = un gel des mesures d’annexion
issue-west_bank-reform_and_horizon = des réformes de l’Autorité contre un horizon politique
issue-west_bank-left_out = la Cisjordanie laissée hors du texte

## Sièges

role-us_envoy = l’envoyé américain
    .description = Vous portez le plan du président. Votre meilleure carte est le président lui-même, dont vous pouvez mobiliser l’attention quelques fois, pas plus. Vous pouvez faire pression sur le gouvernement israélien, presser la Turquie, le Qatar et l’Égypte de pousser le Hamas, offrir des garanties au prix de votre crédibilité, et freiner les mesures d’annexion. Le Hamas ne vous entend qu’à travers le Qatar et l’Égypte.
    .success = Une fin définitive, avec un désarmement vérifié par étapes et le repli de l’armée, sans perdre aucun des deux camps, ni les médiateurs, ni l’intérêt du président.
role-regional_mediators = les médiateurs qataris et égyptiens
    .description = Vous êtes le canal : chaque mot entre Israël et le Hamas passe par Doha ou par Le Caire, et chaque capitale entretient sa propre relation de confiance avec chaque camp. Vous pouvez offrir des garanties et un compte séquestre pour la reconstruction, faire pression sur le Hamas, et demander à Washington de faire pression sur Israël. Votre patience a des limites ; chaque cycle raté et chaque revirement l’entament.
    .success = Un texte signé et appliqué par étapes avant que votre patience soit à bout.
role-prime_minister = le Premier ministre israélien
    .description = Vous dirigez une coalition dont les partenaires radicaux menacent de vous faire tomber en cas de concessions ; vous rendez des comptes à une opinion qui veut la sécurité d’abord, et aux familles des otages, qui veulent que l’accord tienne. Vous ne parlez au Hamas que par les médiateurs. Vous voulez le désarmement avant le retrait ; l’autre camp veut l’inverse.
    .success = Le Hamas désarmé par étapes vérifiées, la coalition intacte, et les Israéliens en sécurité.
role-pa_president = le président de l’Autorité palestinienne
    .description = Vous n’êtes pas à la table avec Israël et le Hamas, mais le texte décide si votre Autorité gouvernera Gaza, et la Cisjordanie est annexée autour de vous. Vous pouvez annoncer les réformes que demandent les donateurs, courtiser les États arabes, parler aux factions et porter votre cause à l’ONU. Votre légitimité chez vous est fragile.
    .success = Un rôle pour l’Autorité à Gaza, un répit pour son peuple, et votre crédit intact.

objective-us_envoy-end_of_war_clause = Une clause sur la fin de la guerre sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-us_envoy-disarmament_clause = Une clause sur le désarmement sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-us_envoy-withdrawal_clause = Une clause sur le retrait sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-us_envoy-governance_clause = Une clause sur la gouvernance sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-us_envoy-reconstruction_clause = Une clause sur la reconstruction sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-us_envoy-sequence_covered = L’ordre des étapes couvert par une garantie ou un compte séquestre.
objective-us_envoy-common_ground = Une table que soutiennent à la fois le gouvernement israélien et la direction du Hamas (15+), et l’Autorité aussi (10+).
objective-us_envoy-channel = Un message en route vers le Hamas, ou une réponse tout juste arrivée.
objective-us_envoy-pause_holds = Le cessez-le-feu tient.
objective-us_envoy-mediators_on_board = Le Qatar et l’Égypte gardent patience (30+).
objective-us_envoy-verified_stage = Une étape du désarmement vérifiée.
objective-us_envoy-access = L’accès humanitaire à 50 ou plus.
objective-regional_mediators-end_of_war_clause = Une clause sur la fin de la guerre sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-regional_mediators-disarmament_clause = Une clause sur le désarmement sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-regional_mediators-withdrawal_clause = Une clause sur le retrait sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-regional_mediators-governance_clause = Une clause sur la gouvernance sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-regional_mediators-reconstruction_clause = Une clause sur la reconstruction sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-regional_mediators-sequence_covered = L’ordre des étapes couvert par une garantie ou un compte séquestre.
objective-regional_mediators-common_ground = Une table que soutiennent à la fois le gouvernement israélien et la direction du Hamas (15+), et l’Autorité aussi (10+).
objective-regional_mediators-channel = Un message en route vers le Hamas, ou une réponse tout juste arrivée.
objective-regional_mediators-patience_holds = Le Qatar et l’Égypte gardent patience (30+).
objective-regional_mediators-trusted_by_both = La confiance d’Israël (30+) et celle du Hamas (40+).
objective-regional_mediators-verified_stage = Une étape du désarmement vérifiée.
objective-regional_mediators-access = L’accès humanitaire à 50 ou plus.
objective-prime_minister-end_of_war_clause = Une clause sur la fin de la guerre sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-prime_minister-disarmament_clause = Une clause sur le désarmement sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-prime_minister-withdrawal_clause = Une clause sur le retrait sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-prime_minister-governance_clause = Une clause sur la gouvernance sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-prime_minister-reconstruction_clause = Une clause sur la reconstruction sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-prime_minister-common_ground = Une table que soutiennent à la fois le gouvernement israélien et la direction du Hamas (15+), et l’Autorité aussi (10+).
objective-prime_minister-partner_standing = Une Autorité palestinienne toujours debout (légitimité 20+).
objective-prime_minister-other_side_moved = La direction du Hamas rapprochée d’un accord par ce que vous et d’autres avez offert ou exigé.
objective-prime_minister-channel = Un message en route vers le Hamas, ou une réponse tout juste arrivée.
objective-prime_minister-coalition_holds = La coalition tient (cohésion 30+).
objective-prime_minister-disarmament_first = Une clause sur le désarmement signée.
objective-prime_minister-verified_stage = Une étape du désarmement vérifiée.
objective-prime_minister-quiet_home = La violence sous 35.
objective-pa_president-end_of_war_clause = Une clause sur la fin de la guerre sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-pa_president-disarmament_clause = Une clause sur le désarmement sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-pa_president-withdrawal_clause = Une clause sur le retrait sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-pa_president-governance_clause = Une clause sur la gouvernance sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-pa_president-reconstruction_clause = Une clause sur la reconstruction sur la table, qui ne franchit la ligne rouge d’aucune partie.
objective-pa_president-common_ground = Une table que soutiennent à la fois le gouvernement israélien et la direction du Hamas (15+), et l’Autorité aussi (10+).
objective-pa_president-other_side_moved = Le gouvernement israélien rapproché d’un accord par ce que vous et d’autres avez offert ou exigé.
objective-pa_president-channel = Un message en route vers le Hamas, ou une réponse tout juste arrivée.
objective-pa_president-standing_holds = Votre légitimité tient (25+).
objective-pa_president-role_in_gaza = Une clause de gouvernance signée, qui confie Gaza à un organe palestinien.
objective-pa_president-west_bank_held = Les mesures d’annexion contenues sous 25.
objective-pa_president-access = L’accès humanitaire à 50 ou plus.

## Actions

action-draft_text = Rédiger une clause
    .description = Mettre sur la table une option pour une question, en termes clairs ou vagues.
action-put_proposal = Soumettre le texte aux parties
    .description = Les médiateurs portent toute la table à chaque partie ; la direction du Hamas ne répond que si un message lui est parvenu.
action-message_via_qatar = Envoyer un message par le Qatar
    .description = Il parvient à la direction du Hamas la semaine suivante, tel quel, adouci ou durci ; Doha est plus proche du Hamas que d’Israël.
action-message_via_egypt = Envoyer un message par l’Égypte
    .description = Il parvient à la direction du Hamas la semaine suivante, tel quel, adouci ou durci ; Le Caire garde des liens avec les deux camps.
action-preclear_clause = Valider une clause en amont avec les dirigeants
    .description = Vérifier une clause centrale auprès de chaque dirigeant avant la signature : moins de surprises alors, mais cela prend du temps et peut fuiter.
action-bring_in_president = Faire intervenir le président
    .description = Un appel du président fait bouger le gouvernement israélien et la région, de temps en temps ; cela consomme son attention.
action-press_israel = Faire pression sur le gouvernement israélien
    .description = Avertir du coût de l’immobilisme ; cela fait bouger le gouvernement, et tend la coalition et la confiance des Israéliens en vous.
action-press_regional_state = Presser un État de la région d’agir sur le Hamas
    .description = Demander à la Turquie, au Qatar ou à l’Égypte de pousser le Hamas au désarmement ; cela vous coûte leur bonne volonté et leur patience.
action-offer_guarantee = Garantir l’ordre des étapes
    .description = Dire au Hamas que Washington tiendra Israël à chaque étape ; Israël vous fait moins confiance, et la garantie peut être mise à l’épreuve.
action-check_annexation = Freiner les mesures d’annexion
    .description = Demander au gouvernement israélien de suspendre un temps les mesures d’annexion ; les États arabes se rapprochent du plan, la coalition non.
action-push_aid = Réclamer plus d’aide
    .description = Exiger plus de camions et des points de passage ouverts.
action-reassure_israel = Rassurer le gouvernement israélien
    .description = Promettre que la sécurité d’Israël passe d’abord ; les Palestiniens y entendent un parti pris.
action-press_hamas = Faire pression sur la direction du Hamas
    .description = Dire aux dirigeants du Hamas que la patience de leurs hôtes a des limites ; cela les fait bouger, et vous coûte leur confiance.
action-mediator_guarantee = Garantir l’ordre des étapes
    .description = Le Caire et Doha garantissent à chaque camp les étapes de l’autre ; Israël vous fait moins confiance, et la garantie peut être mise à l’épreuve.
action-escrow_fund = Créer un compte séquestre pour la reconstruction
    .description = L’argent du Golfe, placé sous séquestre, est débloqué à chaque étape vérifiée ; cela entame la bonne volonté des États arabes.
action-ask_washington = Demander à Washington de presser Israël
    .description = Demander aux Américains de peser de tout le poids du président américain ; cela consomme son attention, et Israël le remarque.
action-aid_convoys = Organiser des convois d’aide
    .description = Faire passer davantage d’aide par l’Égypte.
action-regroup = Faire le point et se regrouper
    .description = Une semaine de consultations au Caire et à Doha rend un peu de patience.
action-rally_coalition = Resserrer les rangs de la coalition
    .description = Promettre à vos partenaires ce qu’ils veulent entendre ; la cohésion monte, les mesures d’annexion aussi.
action-meet_families = Rencontrer les familles des otages
    .description = Écouter les familles ; elles vous donnent mandat pour achever ce que l’accord a commencé.
action-consult_security_chiefs = Consulter les chefs de la sécurité
    .description = Demander à l’armée et aux services ce que le texte signifie pour la sécurité d’Israël ; cela affermit votre main.
action-shelve_annexation = Geler les mesures d’annexion
    .description = Suspendre un temps les mesures d’annexion ; les États arabes et Washington en prennent acte, vos partenaires ne le pardonnent pas.
action-open_crossings = Ouvrir davantage les points de passage
    .description = Laisser entrer plus d’aide à Gaza ; vos critiques y voient une récompense pour le Hamas.
action-order_strikes = Ordonner des frappes à Gaza
    .description = Frapper ce que l’armée appelle des menaces. Cela allège la pression intérieure et coûte des vies, la patience des médiateurs et le soutien arabe.
action-release_revenues = Débloquer les recettes fiscales retenues de l’Autorité
    .description = Reverser les taxes qu’Israël perçoit pour l’Autorité ; cela soutient un partenaire que vos partenaires méprisent.
action-signal_flexibility = Faire passer un signal de souplesse par les médiateurs
    .description = Faire savoir à la direction du Hamas, par Le Caire, que les lignes peuvent bouger au rythme du désarmement ; vos partenaires l’apprennent.
action-call_white_house = Appeler la Maison-Blanche
    .description = Consolider la relation avec le président américain.
action-announce_reforms = Annoncer des réformes
    .description = Les réformes que demandent les donateurs et Washington ; elles gagnent la confiance à l’étranger et vous coûtent chez vous.
action-appeal_arab_states = En appeler aux États arabes
    .description = Demander au Caire, à Riyad et au Golfe de soutenir le rôle de l’Autorité.
action-address_people = S’adresser à votre peuple
    .description = Défendre les droits des Palestiniens et dénoncer l’annexion ; votre crédit monte, la confiance israélienne baisse.
action-call_for_calm = Appeler au calme
    .description = Appeler à la retenue à Gaza et en Cisjordanie ; certains disent que vous faites le travail d’Israël.
action-national_dialogue = Ouvrir un dialogue national
    .description = Discuter de la transition au Caire avec le Hamas et les factions ; Israël et Washington froncent les sourcils.
action-offer_security_plan = Proposer un plan de sécurité pour Gaza
    .description = Proposer une police formée en Égypte pour maintenir l’ordre pendant la transition.
action-go_to_un = Porter la cause à l’ONU
    .description = Rallier des soutiens à l’étranger ; Washington et Israël le prennent mal.

## Difficultés

difficulty-calm = Calme
    .description = Moins d’incidents, un peu plus de confiance, des médiateurs plus patients.
difficulty-historical = Historique
    .description = Le point de départ tel que le décrivent les sources : une méfiance profonde et une trêve fragile.
difficulty-volatile = Instable
    .description = Plus de violence, plus de pression intérieure, des médiateurs déjà fatigués.

reaction-palestinian_public-signed_over_its_head = Une clause sur Gaza est signée sans l’Autorité ; les Palestiniens demandent pourquoi elle n’était pas à la table, et son crédit s’effrite.
