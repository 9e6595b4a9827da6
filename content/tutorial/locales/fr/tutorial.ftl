# Good Faith — paquet du tutoriel : « Le Comité de l’eau » (français).
#
# Les identifiants sont ceux de la version anglaise ; seuls les textes sont traduits.
# Actualités au présent ; choix en une ligne, à la deuxième personne (vous).
# Noms d’acteurs sans article : ils servent d’étiquettes (« Délégation israélienne : … »).

pack-tutorial = Tutoriel : le Comité de l’eau

scenario-tutorial = Le Comité de l’eau
    .description = Un exercice illustratif fondé sur des thèmes réels, et non le compte rendu de négociations réelles. L’eau faisait partie des questions du statut final que le processus d’Oslo a renvoyées à plus tard, et les règles intérimaires de 1995 déterminent encore qui pompe quoi. Ici, un émissaire des États donateurs et les négociateurs israélien et palestinien chargés de l’eau ont huit semaines, jusqu’à une conférence des donateurs, pour s’entendre sur un arrangement intérimaire : combien chaque partie peut pomper, une nouvelle usine de dessalement, qui mesure l’eau et qui autorise les puits. C’est court, et cela enseigne les commandes : rédiger un texte, bâtir la confiance, surveiller les deux fronts intérieurs, et proposer quand les deux parties peuvent signer.

## Budget et étiquettes

resource-time = Temps
resource-capital = Capital politique
tag-water = Eau

## Acteurs (noms seuls, sans article)

actor-israel = Délégation israélienne
actor-palestine = Délégation palestinienne
actor-envoy = Émissaire
actor-israeli_public = Opinion israélienne
actor-palestinian_public = Opinion palestinienne
actor-hardliners = Partenaire de la ligne dure
actor-opposition = Faction d’opposition

## Réactions : la ligne d’actualité quand la règle d’un acteur se déclenche

reaction-israel-digs_in = La délégation israélienne campe sur ses positions : elle ne se laissera pas presser par des tiers sur l’eau et la sécurité.
reaction-israel-cabinet_endorses = Le cabinet israélien approuve le texte signé.
reaction-palestine-digs_in = La délégation palestinienne campe sur ses positions : elle ne signera pas sous la dictée.
reaction-palestine-leadership_endorses = La direction palestinienne approuve le texte signé.
reaction-envoy-keeps_channels_open = L’émissaire offre aux deux délégations un dîner discret, loin des caméras.
reaction-envoy-files_allocation = L’émissaire transmet aux donateurs la clause signée sur la répartition.
reaction-envoy-files_desalination = L’émissaire transmet aux donateurs la clause signée sur le dessalement.
reaction-envoy-files_monitoring = L’émissaire transmet aux donateurs la clause signée sur la surveillance.
reaction-envoy-files_permits = L’émissaire transmet aux donateurs la clause signée sur les permis.
reaction-envoy-sounds_out = L’équipe de l’émissaire demande aux deux directions ce qu’il faudrait pour revenir sur ce refus.
reaction-israeli_public-grieves = Après les violences, l’opinion israélienne se durcit, et sa patience envers les négociations s’épuise.
reaction-israeli_public-loses_patience = Des commentateurs israéliens demandent ce que les négociations ont apporté, et des ministres commencent à prendre leurs distances.
reaction-israeli_public-welcomes_deal = Les sondages israéliens montrent un soutien prudent au texte sur l’eau.
reaction-palestinian_public-dry_taps = Les files d’attente s’allongent devant les camions-citernes dans les villes palestiniennes, et la patience envers les négociations s’épuise.
reaction-palestinian_public-loses_patience = Des commentateurs palestiniens demandent ce que les négociations ont apporté, et des responsables commencent à prendre leurs distances.
reaction-palestinian_public-welcomes_deal = Les sondages palestiniens montrent un soutien prudent au texte sur l’eau.
reaction-hardliners-threaten = Le partenaire de la ligne dure menace de quitter la coalition à cause du texte sur la table.
reaction-hardliners-lobby = Le partenaire de la ligne dure fait pression sur les ministres contre le texte sur la table.
reaction-hardliners-denounce = Le partenaire de la ligne dure qualifie le texte signé d’abandon des aquifères et des collines.
reaction-opposition-protest = La faction d’opposition appelle à manifester contre les négociations.
reaction-opposition-denounce = La faction d’opposition qualifie le texte signé de bradage des droits palestiniens sur l’eau.

## Indicateurs

meter-water_stress = Stress hydrique
meter-donor_confidence = Confiance des donateurs
meter-casualties = Tués ou blessés
meter-cohesion = Front intérieur
meter-patience = Patience de l’opinion
meter-pressure = Pression extérieure

## Drapeaux

flag-talks_suspended = Négociations suspendues
flag-walkout = Départ d’une délégation
flag-deadline_set = Échéance annoncée

## Questions et options
# Répartition. Vue israélienne : les aquifères sont partagés et fragiles, Israël en dépend
# aussi, et les quotas ont été convenus en 1995. Vue palestinienne : ces quotas devaient être
# temporaires, la population a augmenté, et l’eau leur revient de droit, non par faveur.

issue-allocation = Répartition des eaux souterraines partagées
    .description = La partie israélienne veut maintenir les quotas de 1995 : les aquifères partagés sont fragiles, et ses propres villes en dépendent aussi. La partie palestinienne veut davantage, et comme un droit : ces quotas devaient durer cinq ans.
issue-allocation-frozen_quotas = Maintenir les quotas intérimaires tels quels
issue-allocation-phased_increase = Une hausse fixe pour les villes palestiniennes, en trois phases
issue-allocation-needs_based = Une répartition selon la population et les besoins, revue chaque année
    .ambiguous = Une répartition « guidée par les besoins », tels que le comité les définira
issue-allocation-rights_first = Une part équitable reconnue comme un droit, réglée en premier

# Dessalement. Vue israélienne : le dessalement a fait ses preuves, et vendre son eau augmente
# l’offre sans toucher aux aquifères ni au contrôle de sécurité. Vue palestinienne : acheter
# de l’eau quand l’accès à ses propres nappes est restreint, c’est la dépendance.

issue-desalination = Une nouvelle usine de dessalement
    .description = La partie israélienne préfère vendre davantage d’eau dessalée : une ressource nouvelle, sans toucher aux aquifères ni au contrôle de sécurité. La partie palestinienne veut sa propre usine : acheter de l’eau tant que l’accès à ses nappes est restreint, c’est la dépendance.
issue-desalination-sale_only = Israël vend davantage d’eau dessalée à l’Autorité
issue-desalination-joint_plant = Une usine côtière financée par les donateurs, gérée en commun
issue-desalination-palestinian_plant = Une usine et une conduite détenues par les Palestiniens
    .ambiguous = Une usine détenue par les Palestiniens, tracé de la conduite « à coordonner »

# Surveillance. Vue israélienne : le pompage non autorisé vide l’eau partagée et doit être
# visible ; des observateurs extérieurs internationaliseraient une question de sécurité.
# Vue palestinienne : seul le pompage d’une partie est surveillé ; le contrôle doit viser les deux.

issue-monitoring = Surveillance et données
    .description = La partie israélienne veut la fin du pompage non autorisé, et aucun observateur extérieur sur une question de sécurité. La partie palestinienne veut que le pompage des deux parties soit contrôlé, et pas seulement le sien.
issue-monitoring-report_exchange = Chaque partie remet à l’autre un rapport annuel
issue-monitoring-joint_teams = Des équipes mixtes relèvent chaque compteur, des deux côtés
issue-monitoring-international_monitors = Des observateurs tiers placés sous l’autorité de l’émissaire

# Permis. Vue israélienne : en zone C, l’aménagement et le contrôle de sécurité ne peuvent pas
# être cédés au coup par coup. Vue palestinienne : les projets attendent des années, et le veto
# laisse les villes sans eau.

issue-permits = Permis pour les puits et les réparations
    .description = La partie israélienne veut garder les décisions conjointes : la sécurité en zone C ne peut pas être cédée au coup par coup. La partie palestinienne veut délivrer elle-même les permis de ses puits : les projets attendent des années pendant que les villes manquent d’eau.
issue-permits-mutual_veto = Le comité mixte décide ; chaque partie peut bloquer
issue-permits-fast_track = Réparations approuvées sans délai ; nouveaux puits : décision sous 60 jours
    .ambiguous = Réparations approuvées sans délai ; nouveaux puits : décision « normalement » sous 60 jours
issue-permits-local_control = L’Autorité délivre seule les permis de puits dans ses zones

## Rôles

role-mediator = l’émissaire
    .description = Vous parlez au nom des États donateurs qui financeraient une nouvelle usine. Vous ne pouvez pas signer, mais vous pouvez rédiger des textes, faire la navette entre les délégations, les rencontrer, négocier des gestes de bonne volonté, faire pression et offrir une aide. Une délégation signe quand le texte lui convient assez, quand elle fait assez confiance à l’autre partie et à vous, et quand son front intérieur tient. Vous voyez toutes les lignes rouges, et le soutien de chaque partie sous forme d’estimation.
    .success = Les deux délégations signent les quatre questions en termes clairs ; ou, d’ici la conférence, au moins la répartition et l’usine.

role-israeli_negotiator = le négociateur en chef israélien
    .description = Vous dirigez la délégation israélienne pour le gouvernement. Le cabinet veut un approvisionnement sûr pour les villes et les exploitations agricoles israéliennes, des aquifères protégés, aucune perte du contrôle de sécurité en zone C, et rien que le partenaire de la ligne dure puisse utiliser pour faire tomber la coalition. Vous pouvez rédiger des textes et les proposer, ouvrir un canal avec votre homologue, consulter l’émissaire, rallier la coalition, approuver des réparations en attente et solliciter des garanties des donateurs. Vous ne voyez que le soutien et les lignes rouges de votre propre camp. La délégation palestinienne accorde moins de poids à un texte qui vient de vous : il doit être nettement meilleur pour elle, et s’accompagner de plus de confiance.
    .success = La délégation palestinienne signe la répartition et l’usine, et votre coalition comme votre opinion publique vous soutiennent toujours.

role-palestinian_negotiator = le négociateur en chef palestinien
    .description = Vous dirigez la délégation palestinienne pour l’Autorité. En été, de nombreuses villes ne reçoivent de l’eau que certains jours de la semaine ; votre opinion veut plus d’eau tout de suite et la reconnaissance de ses droits, et l’opposition qualifie tout accord de capitulation. Vous pouvez rédiger des textes et les proposer, ouvrir un canal avec votre homologue, consulter l’émissaire et les factions, fermer les branchements non autorisés et en appeler aux donateurs. Vous ne voyez que le soutien et les lignes rouges de votre propre camp. La délégation israélienne accorde moins de poids à un texte qui vient de vous : il doit être nettement meilleur pour elle, et s’accompagner de plus de confiance.
    .success = La délégation israélienne signe la répartition et l’usine, avec plus d’eau pour les villes palestiniennes, et votre direction tient toujours.

objective-mediator-core_on_table = Un texte sur la répartition et l’usine que les deux délégations peuvent accepter est sur la table.
objective-mediator-bridge = Les délégations se font assez confiance pour signer (confiance de l’israélienne envers la palestinienne 45 ou plus, de la palestinienne envers l’israélienne 40 ou plus).
objective-mediator-sign_core = La répartition et l’usine sont signées.
objective-mediator-even_hand = Vous tenez la balance égale : pression équilibrée, et les deux délégations vous font confiance (40 ou plus).
objective-mediator-clear_text = Ce qui est signé est clair : l’ambiguïté reste sous 20.
objective-israeli_negotiator-core_on_table = Un texte sur la répartition et l’usine que votre cabinet soutient (10 ou plus) est sur la table.
objective-israeli_negotiator-sign_core = La répartition et l’usine sont signées.
objective-israeli_negotiator-hold_coalition = Votre coalition tient : front intérieur à 40 ou plus.
objective-israeli_negotiator-keep_public = L’opinion israélienne reste patiente : 40 ou plus.
objective-palestinian_negotiator-core_on_table = Un texte sur la répartition et l’usine que votre direction soutient (25 ou plus) est sur la table.
objective-palestinian_negotiator-sign_core = La répartition et l’usine sont signées.
objective-palestinian_negotiator-more_water = Les villes palestiniennes reçoivent plus d’eau : une répartition signée au-delà des quotas actuels.
objective-palestinian_negotiator-hold_mandate = Votre direction tient : front intérieur à 40 ou plus.

## Actions

action-draft_text = Rédiger un texte
    .description = Mettre sur la table le texte d’une question ; le soutien de chaque partie est recalculé.
action-put_proposal = Présenter une proposition
    .description = Soumettre toute la table aux délégations ; si toutes acceptent, chaque question qui y figure est signée.
action-meet = Rencontrer une délégation
    .description = Une longue rencontre en privé : cette délégation vous fait davantage confiance.
action-shuttle = Faire la navette entre les délégations
    .description = Porter les messages dans les deux sens pendant la semaine : chaque délégation fait un peu plus confiance à l’autre.
action-broker_steps = Négocier des gestes de bonne volonté
    .description = Les deux parties font un petit geste le même jour, pour qu’aucune ne passe en premier : la confiance grandit, les tenants de la ligne dure grognent.
action-press = Faire pression sur une délégation
    .description = Peser sur une délégation : la pression l’aide à dire oui, mais elle vous fait moins confiance.
action-donor_package = Proposer une aide des donateurs
    .description = De l’argent pour les priorités propres de la délégation : son front intérieur tient mieux ; la confiance des donateurs baisse.
action-brief_public = S’adresser à une opinion
    .description = Expliquer les négociations dans la presse : cette opinion devient plus patiente, et les fuites plus probables.
action-set_deadline = Annoncer une échéance
    .description = Dire aux deux délégations que les donateurs n’attendront pas : plus de pression sur les deux. Une seule fois, à partir de la semaine 3.
action-gag_order = Imposer le silence médiatique
    .description = Plus aucun point presse pendant un temps : les fuites deviennent moins probables, et les deux opinions perdent patience.
action-consult_envoy = Consulter l’émissaire
    .description = Faire part de vos préoccupations à l’émissaire : la confiance grandit dans les deux sens.
action-reach_palestinians = Ouvrir un canal avec la délégation palestinienne
    .description = Rencontrer discrètement votre homologue : la délégation palestinienne vous fait davantage confiance.
action-reach_israelis = Ouvrir un canal avec la délégation israélienne
    .description = Rencontrer discrètement votre homologue : la délégation israélienne vous fait davantage confiance.
action-rally_coalition = Rallier la coalition
    .description = Rassurer vos partenaires par un discours ferme : la coalition tient mieux ; la délégation palestinienne vous fait un peu moins confiance.
action-consult_factions = Consulter les factions
    .description = Associer les dirigeants des factions et les responsables locaux, critiques compris : votre front intérieur tient mieux ; la délégation israélienne vous fait un peu moins confiance.
action-approve_repairs = Approuver les réparations en attente
    .description = Débloquer les permis de réparation en souffrance pour des puits palestiniens : la confiance grandit et l’approvisionnement s’améliore ; le partenaire de coalition proteste.
action-curb_connections = Fermer les branchements non autorisés
    .description = Fermer les prises non autorisées sur le réseau commun : la délégation israélienne vous fait davantage confiance ; votre opinion et les factions protestent.
action-seek_guarantees = Solliciter des garanties des donateurs
    .description = Demander aux donateurs de garantir la sécurité et de veiller à ce que l’autre partie tienne parole : votre coalition tient mieux ; la pression sur la délégation palestinienne augmente, et elle vous fait moins confiance.
action-appeal_to_donors = En appeler aux donateurs
    .description = Demander aux donateurs de soutenir l’Autorité et de faire pression sur Israël : votre front intérieur tient mieux ; la pression sur la délégation israélienne augmente, et elle vous fait moins confiance.

## Événements

event-committee_opens = Le Comité de l’eau se réunit dans un hôtel en bord de mer. La conférence des donateurs a lieu dans huit semaines, et l’argent d’une nouvelle usine dépend d’un texte signé. La délégation israélienne apporte des données de pompage et des cartes de sécurité ; la délégation palestinienne, les chiffres d’approvisionnement de villes qui n’ont de l’eau que certains jours de la semaine. L’émissaire doit choisir par où commencer.
    .title = Le comité se réunit
event-committee_opens-data_first = Vous commencez par les données : s’accorder sur les chiffres avant de partager l’eau.
    .news = L’émissaire commence par les données : il faut s’accorder sur les chiffres avant de partager l’eau.
event-committee_opens-needs_first = Vous commencez par les besoins quotidiens : ce que les familles recevront cet été.
    .news = L’émissaire commence par les besoins quotidiens : ce que les familles recevront cet été.
event-committee_opens-plant_first = Vous commencez par la nouvelle usine, là où se trouve l’argent des donateurs.
    .news = L’émissaire commence par la nouvelle usine, là où se trouve l’argent des donateurs.

event-old_file = Les délégations rouvrent un dossier inachevé depuis 1995. L’article intérimaire sur l’eau devait durer cinq ans ; son comité mixte, où chaque partie peut bloquer l’autre, décide toujours des nouveaux puits. La délégation israélienne y voit un système qui a protégé les aquifères ; la délégation palestinienne, un système qui a laissé ses villes à court d’eau.
    .title = Un vieux dossier
    .history = Dans l’accord intérimaire de septembre 1995 (Oslo II), Israël a reconnu les droits des Palestiniens sur l’eau en Cisjordanie et renvoyé leur définition aux négociations sur le statut permanent. L’article 40 de son annexe III fixait des quantités intérimaires, estimait les besoins futurs des Palestiniens entre 70 et 80 millions de mètres cubes par an, et créait un comité mixte de l’eau qui décide par consensus. Les négociations sur le statut permanent n’ont jamais abouti, et les arrangements intérimaires sont restés le cadre en vigueur pendant des décennies.
    .source = { source-oslo-ii }, annexe III, article 40 : droits palestiniens sur l’eau reconnus, quantités intérimaires et comité mixte de l’eau

event-dry_forecast = Des hydrologues des deux côtés prévoient un été sec : les pluies d’hiver ont été inférieures à la moyenne et le niveau des aquifères est bas. Les agriculteurs israéliens s’attendent à voir leurs quotas réduits ; les villes palestiniennes, à des intervalles plus longs entre les livraisons.
    .title = Un été sec en vue

event-donor_letter = Les donateurs écrivent aux deux délégations : sans texte signé d’ici la conférence, l’argent de l’usine ira à d’autres projets. Chaque délégation y voit une pression, et chacune transmet la lettre à sa direction.
    .title = Une lettre des donateurs

event-conference_week = Les délégations arrivent pour la conférence des donateurs. Ce qui n’est pas signé cette semaine attendra une autre saison.
    .title = La semaine de la conférence

event-walkout_threat = Après une mauvaise semaine, une délégation range ses dossiers. Elle déclare qu’il n’y a plus rien à négocier, et les caméras attendent dehors. L’émissaire doit décider s’il faut mettre en jeu la bonne volonté des donateurs pour garder les deux délégations dans la salle.
    .title = Sur le départ
event-walkout_threat-rescue = Vous allez voir les deux délégations et les retenez à la table.
    .news = L’émissaire met en jeu la bonne volonté des donateurs pour retenir les deux délégations à la table.
event-walkout_threat-let_go = Vous les laissez partir et parlez d’une suspension de séance.
    .news = L’émissaire laisse partir la délégation et parle d’une suspension de séance.

event-coalition_ultimatum = Le partenaire de la ligne dure menace de quitter la coalition israélienne. Son prix : le financement d’une nouvelle route et d’une conduite d’eau vers des colonies des collines. La délégation palestinienne prévient qu’une telle conduite puiserait dans l’aquifère même que le comité tente de partager.
    .title = Ultimatum dans la coalition
event-coalition_ultimatum-pay_price = Vous financez la route et la conduite d’eau, et gardez la coalition.
    .news = La délégation israélienne accepte le prix du partenaire : la route et la conduite d’eau sont financées, et la coalition tient.
event-coalition_ultimatum-call_bluff = Vous jugez que le partenaire bluffe, et refusez.
    .news = La délégation israélienne juge que le partenaire de la ligne dure bluffe, et refuse son prix.
event-coalition_ultimatum-widen_coalition = Vous ouvrez des discussions avec un parti d’opposition pour élargir la coalition.
    .news = Sur le conseil de la délégation israélienne, le gouvernement ouvre des discussions avec un parti d’opposition pour élargir la coalition.

event-faction_protest = La faction d’opposition remplit la place : selon elle, la délégation échange des droits sur l’eau contre une facture d’eau. Ses dirigeants appellent à quitter les négociations. Beaucoup de manifestants n’ont plus d’eau au robinet depuis des jours.
    .title = Manifestation sur la place
event-faction_protest-pause_talks = Vous suspendez les négociations une semaine pour montrer que vous écoutez.
    .news = La délégation palestinienne suspend les négociations une semaine pour montrer qu’elle écoute.
event-faction_protest-add_engineers = Vous intégrez des ingénieurs hydrauliciens indépendants à votre délégation.
    .news = La délégation palestinienne intègre des ingénieurs hydrauliciens indépendants à son équipe.
event-faction_protest-hold_course = Vous défendez les négociations en public et gardez le cap.
    .news = La délégation palestinienne défend publiquement les négociations et garde le cap.

event-bias_charge = Une délégation accuse l’émissaire de prendre le parti de l’autre : la pression, dit-elle, ne pèse que sur une seule partie. L’accusation fait l’ouverture des journaux du soir des deux côtés.
    .title = Parti pris ?
event-bias_charge-rebalance = Vous relâchez la pression et la répartissez également entre les deux délégations.
    .news = L’émissaire relâche la pression et la répartit également entre les deux délégations.
event-bias_charge-hold_course = Vous gardez le cap : la pression va là où sont les écarts.
    .news = L’émissaire garde le cap et affirme que la pression va là où sont les écarts.

event-dry_taps = Dans plusieurs villes de Cisjordanie, l’approvisionnement tombe à un ou deux jours par semaine, et les familles achètent l’eau des camions-citernes plusieurs fois plus cher. Dans la vallée du Jourdain, agriculteurs israéliens et palestiniens voient tous leurs quotas réduits. Les deux opinions demandent ce que fait le comité.
    .title = Robinets à sec

event-clash_at_spring = Des colons et des habitants d’un village palestinien voisin s’affrontent à une source que les uns et les autres utilisent. Des pierres sont lancées et des coups de feu tirés ; quatre personnes sont blessées. Des soldats bouclent le secteur. Chaque camp accuse l’autre d’avoir commencé.
    .title = Heurts à une source

event-junction_attack = Un homme armé palestinien ouvre le feu à un arrêt de bus près d’un carrefour. Deux Israéliens sont tués et trois sont blessés. L’armée fouille les villages voisins, et le cabinet israélien se réunit dans la soirée.
    .title = Attaque à un carrefour
event-junction_attack-suspend_talks = Vous suspendez les négociations pour une semaine.
    .news = La délégation israélienne suspend les négociations pour une semaine.
event-junction_attack-keep_talking = Vous condamnez l’attaque et maintenez le comité au travail.
    .news = La délégation israélienne condamne l’attaque et maintient le comité au travail.

event-town_raid = Une opération d’arrestation de l’armée israélienne dans une ville de Cisjordanie tourne à l’échange de tirs. Deux Palestiniens sont tués et trois personnes sont blessées, dont un soldat. L’armée dit être venue pour un homme recherché ; les habitants affirment que les morts étaient de simples passants.
    .title = Raid dans une ville
event-town_raid-suspend_talks = Vous suspendez les négociations pour une semaine.
    .news = La délégation palestinienne suspend les négociations pour une semaine.
event-town_raid-keep_talking = Vous condamnez le raid et restez à la table.
    .news = La délégation palestinienne condamne le raid et reste à la table.

event-pipeline_burst = Une conduite principale qui alimente plusieurs villages palestiniens éclate en zone C, où toute réparation exige un permis israélien. Les équipes et les pièces attendent sur place. La partie israélienne dit que les permis protègent la sécurité et l’aménagement ; la partie palestinienne, que c’est l’attente le problème.
    .title = Une conduite rompue
event-pipeline_burst-emergency_permit = Vous insistez pour un permis d’urgence, et les équipes commencent demain.
    .news = La délégation israélienne obtient un permis d’urgence ; les équipes commencent demain.
event-pipeline_burst-usual_route = Vous laissez la demande suivre la procédure habituelle.
    .news = La délégation israélienne laisse la demande suivre la procédure habituelle, et les équipes attendent.
event-pipeline_burst-tankers = Vous demandez aux donateurs de payer des camions-citernes en attendant le permis.
    .news = La délégation israélienne demande aux donateurs de payer des camions-citernes en attendant le permis.

event-settlement_well = Les autorités israéliennes approuvent un nouveau puits pour une colonie des collines, qui puise dans le même aquifère. La délégation palestinienne parle d’un fait accompli créé en pleine négociation ; la délégation israélienne affirme que le puits était prévu depuis des années.
    .title = Un nouveau puits

event-unlicensed_wells = Un rapport israélien recense des dizaines de puits et de branchements non autorisés dans le nord de la Cisjordanie. La délégation israélienne affirme qu’ils vident l’eau partagée et enfreignent les règles intérimaires ; la délégation palestinienne répond que les permis n’ont jamais été accordés.
    .title = Puits non autorisés

event-text_leaks = Un journal publie le projet de texte du comité, avec les exigences de l’autre partie en gras. Des deux côtés, les plateaux télé accusent leur propre délégation d’avoir tout cédé.
    .title = Fuite du projet de texte

event-heatwave = Une canicule précoce porte la demande à des niveaux estivaux. Le pompage augmente des deux côtés de la ligne verte, et les réservoirs baissent.
    .title = Canicule précoce

event-donor_visit = Une délégation de donateurs visite le site prévu pour l’usine et laisse entendre que d’autres fonds suivront si le texte tient.
    .title = Les donateurs visitent le site

event-army_inquiry = L’armée ouvre une enquête sur les heurts à la source et place deux suspects en détention. Les villageois disent avoir déjà entendu de telles promesses.
    .title = Une enquête

event-talks_resume = Les délégations reviennent à la table après une semaine de pause. Aucune ne dit ce qui a changé.
    .title = Reprise des négociations

event-partner_quits = Le partenaire de la ligne dure quitte le gouvernement. La coalition survit à un siège près, et chaque vote devient une épreuve.
    .title = Le partenaire s’en va

event-implementation_dispute = Les ingénieurs des deux parties lisent une clause floue du texte signé de façons opposées, et la première visite conjointe sur le terrain tourne à la dispute. Chaque délégation accuse l’autre de violer l’accord.
    .title = Une clause floue

## Fins : la valeur est un résumé d’une ligne ; .epilogue dit quels facteurs l’ont produite ;
## .history dit ce que l’histoire a fait à la place. ending-<id>-<role> remplace l’épilogue
## pour un rôle.

ending-deal_dies_at_home = Un front intérieur cède, et le texte meurt avec lui.
    .title = L’accord meurt sur le front intérieur
    .epilogue = Une délégation ne pouvait plus entraîner son propre camp : un partenaire de coalition a claqué la porte, ou les factions ont retourné la rue contre la direction. Un texte que l’autre partie pouvait signer, ce camp-ci ne pouvait pas le ratifier : c’est le jeu à deux niveaux de toute négociation. La politique intérieure et la légitimité, et non l’eau, ont tranché.
    .history = La politique intérieure a arrêté plus d’une fois les négociations israélo-palestiniennes : les crises de coalition en Israël et la division entre factions palestiniennes ont chacune bloqué des étapes que les négociateurs avaient conclues, ou presque.
ending-deal_dies_at_home-variant-both_fronts = Les deux fronts intérieurs ont cédé à la fois : la coalition israélienne et les factions palestiniennes ont chacune fait du texte une épreuve que la direction ne pouvait pas réussir. Aucun des deux côtés n’a pu ratifier ce qu’il avait rédigé.
ending-deal_dies_at_home-variant-israeli_coalition = Le front intérieur israélien a cédé le premier : un partenaire de la coalition a fait du texte un vote sur le gouvernement, et la délégation n’a plus pu le porter. Le front intérieur palestinien tenait encore.
ending-deal_dies_at_home-variant-palestinian_factions = Le front intérieur palestinien a cédé le premier : les factions ont fait du texte une question de légitimité, et la rue leur a donné raison. Le front intérieur israélien tenait encore.
ending-deal_dies_at_home-variant-israeli_coalition-israeli_negotiator = Votre coalition n’a pas pu porter le texte. Vous avez signé ce que la délégation palestinienne pouvait accepter, mais le partenaire de la ligne dure en a fait un vote sur le gouvernement, et le gouvernement l’a perdu. La prochaine fois, consolidez d’abord le front intérieur, et ne mettez sur la table rien qui franchisse vos propres lignes rouges.
ending-deal_dies_at_home-variant-palestinian_factions-palestinian_negotiator = Votre direction n’a pas pu porter le texte. Vous avez signé ce que la délégation israélienne pouvait accepter, mais les factions en ont fait une question de légitimité, et la rue leur a donné raison. La prochaine fois, rassemblez d’abord les factions, et ne mettez sur la table rien qui franchisse vos propres lignes rouges.

ending-escalation = La violence prend le pas sur les négociations.
    .title = Escalade
    .epilogue = Les incidents se sont succédé plus vite que la confiance ne pouvait se reconstruire. Chaque opinion a vu ses propres morts et l’hostilité de l’autre camp, et le comité a cessé de se réunir. Les craintes sécuritaires et l’engrenage de la violence et de la méfiance ont défait ce que la rédaction avait construit.
    .history = Début 2001, alors que commençait la seconde intifada, les dirigeants des autorités israélienne et palestinienne de l’eau ont appelé ensemble à tenir les infrastructures hydrauliques à l’écart des violences, et le comité mixte a continué à travailler alors que la plupart des négociations politiques étaient interrompues.

ending-walkout = Une délégation quitte la table.
    .title = La chaise vide
    .epilogue = La confiance entre les délégations est tombée si bas que partir coûtait moins cher que rester. L’émissaire aurait pu mettre en jeu la bonne volonté des donateurs pour les garder dans la salle, et ne l’a pas fait. Méfiance et objectifs divergents : chaque partie a fini par croire que l’autre ne négociait que pour gagner du temps.
    .history = Les négociations israélo-palestiniennes ont été suspendues à maintes reprises après des violences ou une mesure unilatérale, puis ont repris des mois ou des années plus tard, le plus souvent sous la pression extérieure.

ending-water_accord = Les deux délégations signent un arrangement intérimaire sur l’eau qui couvre toutes les questions.
    .title = Un accord sur l’eau
    .epilogue = Répartition, nouvelle usine, surveillance et permis sont signés en des termes que les deux délégations peuvent défendre chez elles. Cela a marché parce que la confiance a été bâtie avant que le texte soit présenté, que les deux fronts intérieurs ont tenu et que personne n’a dû franchir une ligne rouge. Cela reste intérimaire : la question des droits est gérée, pas réglée.
    .history = Aucun accord global israélo-palestinien sur l’eau n’a été signé depuis 1995. Des étapes plus modestes l’ont été : en 2013, un protocole d’accord entre Israël, la Jordanie et l’Autorité palestinienne, lié à un projet reliant la mer Rouge à la mer Morte, prévoyait de l’eau supplémentaire pour les Palestiniens, et en 2017 Israël et l’Autorité ont annoncé une nouvelle vente. Aucune de ces étapes n’a réglé la question des droits.

ending-accord_on_paper = Tout est signé, et une grande partie reste floue.
    .title = Un accord sur le papier
    .epilogue = Les délégations ont signé toutes les questions, mais des clauses clés peuvent se lire de deux façons. Sur le papier, c’est un succès ; sur le terrain, les ingénieurs se disputeront sur le sens de « normalement » ou de « guidée par les besoins ». L’ambiguïté a acheté des signatures aujourd’hui et des différends demain : c’est l’histoire de bien des arrangements intérimaires.
    .history = L’article intérimaire de 1995 sur l’eau laissait lui-même la question centrale, la définition des droits des Palestiniens sur l’eau, à des négociations ultérieures qui ne l’ont jamais tranchée.

ending-interim_arrangement = La répartition et l’usine sont signées avant la conférence.
    .title = Un arrangement intérimaire
    .epilogue = Tout n’a pas été convenu, mais les deux questions qui font vraiment couler l’eau, combien chaque partie pompe et une nouvelle usine, sont signées en termes clairs, et les donateurs peuvent financer l’usine. La surveillance ou les permis attendront un autre cycle. Les petits pas aident, tant qu’ils ne se figent pas en situation permanente.
    .history = Depuis 1995, les arrangements pratiques sur l’eau, comme les ventes d’eau supplémentaire ou des projets approuvés un par un, sont surtout venus ainsi, par petites étapes, tandis que le différend sur les droits restait ouvert.

ending-small_steps = Une partie est signée, mais pas l’essentiel.
    .title = Petits pas
    .epilogue = Les délégations ont signé une partie du texte, mais pas la répartition et l’usine en termes clairs. La conférence salue des « progrès » et finance peu. Le statu quo plie un peu, et tient.
    .history = Bien des cycles de négociations israélo-palestiniennes se sont achevés sur des accords partiels ou de procédure, qui renvoyaient les questions de fond à un cycle ultérieur.

ending-status_quo = La conférence s’ouvre sans que rien soit signé.
    .title = Le statu quo demeure
    .epilogue = L’échéance est arrivée et rien n’a été signé. Pour une partie, le statu quo était supportable ; pour l’autre, il était douloureux, mais pas assez pour céder du terrain à des conditions que la première accepterait. Les donateurs financent d’autres projets, et les pénuries de cet été ressemblent à celles de l’été dernier. Dans l’histoire réelle de ces négociations, c’est l’issue la plus fréquente.
    .history = Les arrangements intérimaires de 1995 sur l’eau, censés durer cinq ans, restaient le cadre en vigueur trois décennies plus tard.

## Difficultés

difficulty-calm = Calme
    .description = Une saison tranquille : plus de confiance entre les délégations, des opinions patientes et peu d’incidents violents.
difficulty-tense = Tension
    .description = Une saison ordinaire : peu de confiance, un peu de patience, et des incidents violents de temps à autre.
difficulty-violent = Violence
    .description = Une saison violente : moins de confiance, des opinions impatientes et de fréquents incidents meurtriers.

# Discussion questions for the debrief (questions.toml).
question-water_needs = Chaque délégation est venue au comité avec sa propre idée de l’objet des pourparlers sur l’eau : l’une parlait de droits et de part équitable, l’autre de sécurité et d’un approvisionnement qui fonctionne. Comment cette différence s’est-elle vue dans les formulations que vous avez rédigées ?
question-water_home = Qui, chez elle, chaque délégation ne pouvait-elle pas se permettre de décevoir, et en quoi cela a-t-il limité ce qu’elle pouvait accepter ?
question-water_status_quo = Rien n’a été signé. Pour quel camp l’arrangement actuel était-il le plus facile à vivre, et pourquoi cela a-t-il rendu l’accord plus difficile ?
question-water_small_steps = Seule une partie du texte a été signée. Les petits pas construisent-ils la confiance dont un accord plus large a besoin, ou retirent-ils la pression d’y parvenir ?
question-water_envoy = En émissaire, vous apportiez de l’argent et de l’attention venus de l’extérieur. Quand cela a-t-il aidé les délégations à bouger, et quand leur a-t-il permis d’éviter les choix difficiles ?
source-oslo-ii = l’Accord intérimaire israélo-palestinien sur la Cisjordanie et la bande de Gaza (Oslo II), 28 septembre 1995
    .cite = Accord intérimaire israélo-palestinien sur la Cisjordanie et la bande de Gaza (Oslo II), 28 septembre 1995
