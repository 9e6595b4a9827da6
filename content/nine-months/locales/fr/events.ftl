# Good Faith — « Neuf mois » (français) : événements déclenchés, aléatoires et de suite.
# La violence est dite simplement : qui, où, combien ; jamais comment.

## Déclenchés

event-new_partner = La coalition a perdu sa majorité à la Knesset. Le Premier ministre a quelques jours pour trouver un nouveau partenaire avant que l’opposition puisse imposer des élections. Les 15 sièges travaillistes rendraient le gouvernement plus enclin au compromis ; les 11 du parti ultra-orthodoxe Shas le garderaient à droite, mais avec peu de marge.
    .title = Plus de majorité
event-new_partner-bring_in_labor = Vous faites entrer au gouvernement les travaillistes, qui soutiennent les négociations.
    .news = Les travaillistes entrent au gouvernement et promettent de soutenir les négociations.
event-new_partner-bring_in_religious_party = Vous faites entrer le parti ultra-orthodoxe Shas.
    .news = Le parti ultra-orthodoxe Shas entre au gouvernement, à ses propres conditions sur Jérusalem.
event-new_partner-call_elections = Vous convoquez des élections anticipées.
    .news = Le Premier ministre convoque des élections anticipées.

event-labor_offer = Le chef travailliste fait savoir que son parti entrerait au gouvernement pour soutenir un accord sérieux, si le Premier ministre le lui demande. Le partenaire proche des colons refuse de siéger avec les travaillistes.
    .title = L’offre travailliste
event-labor_offer-widen_coalition = Vous élargissez la coalition aux travaillistes.
    .news = Les travaillistes entrent au gouvernement ; la coalition s’élargit pour soutenir les négociations.
event-labor_offer-decline = Vous remerciez les travaillistes et gardez la coalition en l’état.
    .news = Le Premier ministre remercie les travaillistes et garde la coalition en l’état.

event-bias_charge_palestinian = Des responsables palestiniens affirment publiquement que le secrétaire d’État est devenu l’avocat d’Israël : plus de visites à Jérusalem, plus de temps pour les besoins d’Israël, moins de pression sur les colonies. L’accusation fait la une de la presse arabe.
    .title = Du côté d’Israël ?
event-bias_charge_palestinian-rebalance = Vous passez du temps à Ramallah et pressez Israël sur la construction.
    .news = Le secrétaire d’État passe plus de temps à Ramallah et presse Israël sur la construction.
event-bias_charge_palestinian-hold_course = Vous gardez le cap : tout accord doit passer par le cabinet israélien.
    .news = Le secrétaire d’État garde le cap : selon lui, tout accord doit passer par le cabinet israélien.

event-bias_charge_israeli = Des ministres israéliens affirment publiquement que le secrétaire d’État ne presse qu’Israël, et ignore l’incitation et les démarches palestiniennes à l’étranger. L’accusation fait la une de la presse israélienne, et le partenaire proche des colons s’y joint.
    .title = Pression sur Israël seul ?
event-bias_charge_israeli-rebalance = Vous rassurez le cabinet israélien et pressez Ramallah sur l’incitation.
    .news = Le secrétaire d’État rassure le cabinet israélien et presse Ramallah sur l’incitation.
event-bias_charge_israeli-hold_course = Vous gardez le cap : les écarts sont là où ils sont.
    .news = Le secrétaire d’État garde le cap : selon lui, les écarts sont là où ils sont.

event-palestinian_breaking_point = La direction palestinienne se réunit à Ramallah. Les orateurs se succèdent : les négociations sont devenues une couverture pour la colonisation et un fardeau pour le crédit du président, et l’ONU et l’unité nationale sont les seuls leviers qui restent. Le président doit décider s’il reste. Quitter la table coûte autant à chaque camp : Washington et l’autre camp lui font moins confiance.
    .title = La direction se réunit
event-palestinian_breaking_point-turn_to_un_and_unity = Vous quittez les négociations pour l’ONU et l’unité avec le Hamas.
    .news = La direction palestinienne quitte les négociations et se tourne vers l’ONU et l’unité avec le Hamas.
event-palestinian_breaking_point-one_last_chance = Vous donnez une ultime chance aux négociations, quitte à le payer chez vous.
    .news = Le président palestinien donne une dernière chance aux négociations.

event-israeli_breaking_point = Le cabinet de sécurité israélien se réunit. Des ministres disent que les négociations récompensent la pression et l’incitation, et que Washington ne comprend plus la sécurité d’Israël. Le Premier ministre doit décider s’il reste à la table. Quitter la table coûte autant à chaque camp : Washington et l’autre camp lui font moins confiance.
    .title = Le cabinet se réunit
event-israeli_breaking_point-suspend_talks = Vous suspendez les négociations.
    .news = Le cabinet israélien suspend les négociations.
event-israeli_breaking_point-one_last_chance = Vous donnez une ultime chance aux négociations, quitte à le payer chez vous.
    .news = Le Premier ministre israélien donne une dernière chance aux négociations.

event-extension_israel = Le marché de la prolongation est devant le cabinet israélien : la dernière tranche et d’autres libérations, et aucune construction annoncée hors de Jérusalem-Est, pour des négociations prolongées au-delà d’avril. Le partenaire proche des colons menace de partir ; les centristes poussent au oui.
    .title = Le cabinet et la prolongation
event-extension_israel-accept_bargain = Vous acceptez le marché et le portez au cabinet.
    .news = Le cabinet israélien accepte le marché de la prolongation.
event-extension_israel-reject_bargain = Vous rejetez le marché.
    .news = Le gouvernement israélien rejette le marché de la prolongation.

event-extension_palestine = Israël a accepté le marché de la prolongation. La direction palestinienne doit décider si des mois de négociations de plus, avec des prisonniers libérés et des constructions ralenties, valent les questions d’une rue sceptique.
    .title = La direction et la prolongation
event-extension_palestine-accept_extension = Vous acceptez la prolongation.
    .news = La direction palestinienne accepte la prolongation.
event-extension_palestine-reject_extension = Vous refusez la prolongation.
    .news = La direction palestinienne refuse la prolongation.

event-plan_b_ready = Les demandes d’adhésion à des conventions de l’ONU sont prêtes et signées par le négociateur en chef. Une signature du président suffirait à les envoyer à l’ONU, et mettrait fin à l’engagement qui a obtenu la libération des prisonniers.
    .title = La mallette est prête
event-plan_b_ready-sign_now = Vous signez les demandes maintenant.
    .news = Le président palestinien signe des demandes d’adhésion à des conventions de l’ONU.
event-plan_b_ready-keep_in_reserve = Vous les gardez en réserve, comme levier.
    .news = La direction palestinienne garde en réserve les demandes d’adhésion à l’ONU.

event-early_unity = Des mois de contacts discrets avec le Hamas ont produit un projet : la fin de la division, un gouvernement d’indépendants, des élections plus tard. L’Égypte est prête à accueillir la signature.
    .title = Un projet d’unité
event-early_unity-sign_early = Vous signez l’accord d’unité maintenant.
    .news = Le Fatah et le Hamas signent un accord d’unité.
event-early_unity-talks_first = Vous le reportez jusqu’au règlement des négociations avec Israël.
    .news = Le président reporte l’accord d’unité jusqu’au règlement des négociations avec Israël.

event-violence_spiral = Les incidents se suivent désormais à quelques jours d’intervalle : funérailles, arrestations, heurts aux points de contrôle, alertes dans les villes israéliennes. Chaque opinion voit ses propres morts et l’hostilité de l’autre. Des deux côtés, les chefs de la sécurité avertissent que la violence pourrait devenir incontrôlable.
    .title = L’engrenage
event-violence_spiral-emergency_diplomacy = Vous laissez tout tomber pour appeler les deux chefs de la sécurité.
    .news = Le secrétaire d’État laisse tout tomber pour calmer les deux camps.
event-violence_spiral-leave_it_to_them = Vous laissez faire les services de sécurité des deux camps.
    .news = Washington s’en remet aux services de sécurité des deux camps.

event-stalemate = Les séances hebdomadaires tournent en rond. Les deux équipes répètent leurs positions ; aucun dirigeant n’a bougé. Des deux côtés, la presse se demande à quoi servent les négociations.
    .title = Au point mort

event-implementation_dispute = Une clause vague du texte signé est déjà lue de deux façons : les responsables de chaque camp l’expliquent à leur opinion en termes opposés, et chacun accuse l’autre de revenir sur sa parole.
    .title = Deux lectures d’une clause

## Suites

event-homecoming = Des prisonniers libérés sont accueillis au quartier général du président avec drapeaux et discours. Pour leurs familles, c’est la première nuit ensemble depuis des décennies, et aux yeux de leur peuple ce sont des prisonniers d’une lutte nationale. Des familles israéliennes de leurs victimes regardent les images avec colère, et le gouvernement israélien qualifie la célébration d’incitation au terrorisme.
    .title = Le retour

event-minister_scoffs = Le ministre de la Défense fait campagne auprès des journalistes contre le plan de sécurité américain : la presse israélienne rapporte qu’il l’a jugé sans valeur, aucune caméra ni aucun capteur ne remplaçant des soldats à la frontière.
    .title = Le ministre ironise

event-revenues_withheld = Israël retient les recettes fiscales qu’il perçoit pour l’Autorité palestinienne, comme après de précédentes démarches à l’ONU. Les salaires en Cisjordanie sont menacés.
    .title = Recettes retenues

## Aléatoires : violence

event-arrest_raid = Une opération d’arrestation de l’armée israélienne dans une ville de Cisjordanie tourne à l’échange de tirs et aux jets de pierres. Deux Palestiniens sont tués. L’armée dit être venue pour un homme qui préparait des attaques ; les habitants disent que les morts n’étaient pas impliqués.
    .title = Une opération d’arrestation
event-arrest_raid-protest_and_stay = Vous protestez auprès des Américains et restez à la table.
    .news = Le camp palestinien proteste auprès des Américains et reste à la table.
event-arrest_raid-call_off_session = Vous annulez la séance de cette semaine.
    .news = Le camp palestinien annule la séance de cette semaine.
event-arrest_raid-demand_inquiry = Vous exigez une enquête internationale.
    .news = Le camp palestinien exige une enquête internationale.

event-attack_on_israelis = Un assaillant palestinien tue un Israélien à un carrefour de Cisjordanie ; il est arrêté après des recherches. Le Hamas salue l’attaque. Des ministres israéliens parlent d’un acte de terrorisme nourri par l’incitation palestinienne ; la présidence palestinienne dit rejeter la violence contre les civils.
    .title = Une attaque
event-attack_on_israelis-condemn_and_continue = Vous condamnez l’attaque et poursuivez les négociations.
    .news = Le gouvernement israélien condamne l’attaque et poursuit les négociations.
event-attack_on_israelis-closures = Vous bouclez le secteur et multipliez les opérations d’arrestation.
    .news = Israël boucle le secteur et multiplie les opérations d’arrestation.
event-attack_on_israelis-blame_authority = Vous tenez publiquement l’Autorité palestinienne pour responsable.
    .news = Le gouvernement israélien tient publiquement l’Autorité palestinienne pour responsable.

event-rockets_from_gaza = Des roquettes tirées de Gaza tombent près de villes du sud d’Israël ; personne n’est blessé, et des familles passent la nuit dans les abris. Le Hamas, qui gouverne Gaza, dit ne pas les avoir tirées, et Israël dit le tenir pour responsable.
    .title = Roquettes depuis Gaza
event-rockets_from_gaza-strike_back = Vous ordonnez des frappes sur des sites de lancement à Gaza.
    .news = Israël frappe des sites de lancement à Gaza ; un Palestinien est tué.
event-rockets_from_gaza-hold_fire = Vous ne ripostez pas et faites passer un avertissement par l’Égypte.
    .news = Israël ne riposte pas et fait passer un avertissement au Hamas par l’Égypte.

event-settler_attack = Des colons israéliens incendient des voitures et taguent des slogans sur une mosquée dans un village palestinien : une attaque « prix à payer ». Le camp palestinien dit que l’armée n’a rien fait ; la police israélienne ouvre une enquête.
    .title = Une attaque « prix à payer »
event-settler_attack-arrest_suspects = Vous ordonnez à la police de procéder à des arrestations.
    .news = La police israélienne arrête des suspects de l’attaque.
event-settler_attack-routine_inquiry = Vous vous en remettez à l’enquête de routine.
    .news = L’attaque est confiée à une enquête de routine.

event-holy_site_tension = Des heurts éclatent sur l’esplanade que les juifs appellent le mont du Temple et les musulmans al-Haram al-Charif, après une visite de militants juifs et des protestations de fidèles musulmans. La police ferme les accès pour une journée. La Jordanie, qui a la garde des lieux saints musulmans, proteste, et les puissances extérieures pressent les deux gouvernements de ramener le calme.
    .title = Tension sur le lieu saint
event-minister_statement = Un ministre du parti proche des colons déclare devant un rassemblement qu’il n’y aura jamais d’État palestinien à l’ouest du Jourdain et qu’Israël devrait annexer une grande partie de la Cisjordanie. À Ramallah, on y entend la vraie intention du gouvernement ; le bureau du président parle d’incitation.
    .title = Les mots d’un ministre
event-minister_statement-disown_it = Vous dites publiquement que le ministre ne parle pas au nom du gouvernement.
    .news = Le Premier ministre dit que le ministre ne parle pas au nom du gouvernement.
event-minister_statement-let_it_stand = Vous laissez dire.
    .news = Le gouvernement israélien ne dit rien des propos du ministre.

event-official_praise = Lors d’un rassemblement pour des prisonniers libérés, un responsable du mouvement du président les salue comme des héros de la lutte nationale. Des ministres israéliens parlent d’incitation, ces hommes ayant été condamnés pour avoir tué des Israéliens ; pour beaucoup de Palestiniens, ce sont des prisonniers qui ont payé de décennies de leur vie.
    .title = Les mots d’un responsable
event-official_praise-disown_it = Vous dites publiquement que la violence contre des civils n’a pas sa place dans la lutte.
    .news = Le président palestinien dit que la violence contre des civils n’a pas sa place dans la lutte.
event-official_praise-let_it_stand = Vous laissez dire.
    .news = Le président palestinien ne dit rien des propos du responsable.
event-night_arrests = Avant l’aube, des unités de l’armée entrent dans des villes et des camps de réfugiés de toute la Cisjordanie et arrêtent des dizaines de personnes, comme presque chaque nuit. Israël dit que ces arrestations préviennent des attaques ; les Palestiniens disent que, sous l’occupation, aucune maison n’est sûre la nuit, et que ces raids font rarement l’actualité.
    .title = Arrestations de nuit

event-checkpoint_queues = À un point de contrôle entre la Cisjordanie et Jérusalem, des milliers de travailleurs font la queue dès avant l’aube ; après une alerte de sécurité, le passage ferme pendant des heures et beaucoup perdent une journée de salaire. Israël dit que les contrôles tiennent les assaillants à distance ; les Palestiniens disent qu’ils sont le prix quotidien de l’occupation, payé par des gens qui n’ont rien fait.
    .title = Le point de contrôle

## Aléatoires : colonies

event-tenders_published = Le ministère du Logement a des appels d’offres prêts pour de nouveaux logements dans des colonies de Cisjordanie. Le partenaire proche des colons veut qu’ils soient publiés ; Washington demande de la retenue.
    .title = Appels d’offres en colonies
event-tenders_published-publish = Vous laissez publier les appels d’offres.
    .news = Le ministère du Logement publie des appels d’offres dans les colonies.
event-tenders_published-postpone = Vous les reportez.
    .news = Le gouvernement reporte les appels d’offres, à la colère de son partenaire.
event-tenders_published-blocs_only = Vous ne publiez que ceux situés dans les grands blocs.
    .news = Le gouvernement ne publie d’appels d’offres que dans les grands blocs de colonies.

event-plans_advanced = Une commission de planification fait avancer des projets à long terme pour quelque 1 500 logements dans des colonies de Cisjordanie. Israël dit que ces projets sont à des années de la construction ; le camp palestinien, que chaque projet est une terre prise d’avance.
    .title = Des projets avancent

event-east_jerusalem_plan = La commission de district de Jérusalem approuve de nouveaux logements au-delà de la ligne de 1967 dans la ville. Israël dit construire dans sa capitale, hors de toute entente ; le camp palestinien, qu’Israël construit dans la sienne.
    .title = Construction à Jérusalem-Est

## Aléatoires : crises de coalition

event-coalition_spat = Un ministre du Foyer juif raille les négociations à la radio et laisse entendre que le parti ne restera pas longtemps. Des durs du Likoud s’y joignent.
    .title = Un avertissement du partenaire
event-coalition_spat-rebuke_partner = Vous recadrez le ministre en plein cabinet.
    .news = Le Premier ministre recadre le ministre du Foyer juif en plein cabinet.
event-coalition_spat-placate_partner = Vous apaisez le partenaire avec quelques centaines de logements.
    .news = Le gouvernement apaise son partenaire avec quelques centaines de nouveaux logements.

event-annexation_bill = Des députés de droite déposent à la Knesset un projet de loi appliquant le droit israélien à la vallée du Jourdain. Le camp palestinien parle d’annexion en pleine négociation ; les partisans du texte parlent de sécurité.
    .title = Une loi sur la vallée du Jourdain
event-annexation_bill-shelve_bill = Vous faites enterrer le projet de loi.
    .news = Le gouvernement fait enterrer la loi sur la vallée du Jourdain.
event-annexation_bill-let_it_advance = Vous laissez avancer le projet de loi.
    .news = Le gouvernement laisse avancer la loi sur la vallée du Jourdain.

event-centrist_pressure = Les partenaires centristes disent que les négociations n’ont rien produit et exigent des progrès, faute de quoi ils reconsidéreront leur place au gouvernement.
    .title = Les centristes s’impatientent
event-centrist_pressure-promise_progress = Vous leur promettez des progrès, et voix au chapitre.
    .news = Le Premier ministre promet aux centristes des progrès, et voix au chapitre dans les négociations.
event-centrist_pressure-dismiss = Vous écartez leur demande.
    .news = Le Premier ministre écarte la demande des centristes.

## Aléatoires : fuites

event-leak_palestinian_side = Des médias palestiniens publient des détails des séances. L’équipe israélienne dit que ses positions y sont montrées sous leur pire jour, et accuse l’autre camp d’avoir rompu le silence.
    .title = Une fuite à Ramallah

event-leak_israeli_side = Un journal israélien rapporte ce que l’équipe palestinienne aurait concédé. À Ramallah, des critiques exigent des démentis ; l’équipe palestinienne dit que l’article est faux.
    .title = Une fuite à Jérusalem

event-leak_draft = Un projet d’accord-cadre fuite. Les durs de chaque camp citent les clauses les plus douloureuses ; le partenaire proche des colons lit à voix haute les mots sur les frontières, des critiques de l’OLP ceux sur les réfugiés.
    .title = Le projet fuite

## Aléatoires : initiatives internationales

event-eu_guidelines = Les lignes directrices de l’Union européenne entrent en vigueur : ses fonds et programmes ne vont plus à des entités israéliennes situées au-delà des lignes de 1967. Israël parle d’ingérence ; le camp palestinien, d’une mesure tardive.
    .title = Lignes directrices de l’UE

event-un_criticism = L’envoyé de l’ONU pour le Proche-Orient déclare au Conseil de sécurité que les annonces dans les colonies sapent les négociations.
    .title = Critiques à l’ONU

event-un_agency_bid = Aucun engagement ne la retenant, la direction palestinienne demande à adhérer à une autre agence de l’ONU. Israël parle de démarche unilatérale ; les Palestiniens, de leur droit.
    .title = Une demande à l’ONU

event-iran_talks_round = Un nouveau cycle de négociations nucléaires avec l’Iran éloigne le secrétaire d’État pendant des jours. À Jérusalem, des ministres disent que Washington troque la sécurité d’Israël contre un accord avec Téhéran.
    .title = Le dossier iranien

event-syria_crisis = Après une attaque chimique près de Damas, Washington envisage des frappes en Syrie. Pendant des semaines, le dossier du Proche-Orient qui compte à la Maison-Blanche est la Syrie, pas les négociations.
    .title = Syrie

event-arab_league_statement = Les ministres arabes des Affaires étrangères soutiennent le président palestinien : ils refusent de reconnaître Israël comme État juif, et renouvellent leur offre de relations normales contre un retrait sur les lignes de 1967.
    .title = La Ligue arabe s’exprime

event-jordan_holy_sites = Le Parlement jordanien proteste contre des mesures israéliennes autour des lieux saints musulmans de Jérusalem, dont le royaume a la garde. Des députés demandent l’expulsion de l’ambassadeur d’Israël.
    .title = La Jordanie proteste

event-european_divestment = Un grand fonds de pension européen rompt avec des banques israéliennes pour leurs prêts dans les colonies. Des ministres israéliens mettent en garde contre une campagne de boycott ; des chefs d’entreprise, contre l’isolement.
    .title = Désinvestissement

event-egypt_gaza_border = L’armée égyptienne ferme d’autres tunnels de contrebande sous la frontière de Gaza. Le Hamas y perd argent et armes ; Gaza, marchandises et carburant.
    .title = L’Égypte ferme des tunnels

## Aléatoires : économie

event-salary_crisis = L’Autorité palestinienne ne peut pas verser l’intégralité des salaires ce mois-ci. Enseignants et fonctionnaires font grève ; les promesses des donateurs arrivent en retard.
    .title = Pas de salaires
event-salary_crisis-emergency_aid = Vous envoyez d’urgence une aide budgétaire à Ramallah.
    .news = Washington envoie d’urgence une aide budgétaire à Ramallah.
event-salary_crisis-leave_to_donors = Vous laissez faire les autres donateurs.
    .news = Washington laisse la crise des salaires aux autres donateurs.

event-investment_news = Les premiers projets du plan économique sortent de terre en Cisjordanie. Les Palestiniens attendent de voir si les emplois sont réels.
    .title = Investissements

event-business_warning = Des chefs d’entreprise israéliens avertissent le gouvernement qu’un échec des négociations pourrait entraîner boycotts et isolement, et le pressent de conclure un accord.
    .title = Les patrons s’expriment

## Aléatoires : manifestations

event-ramallah_protest = Des manifestants défilent à Ramallah contre les négociations, qu’ils qualifient de couverture pour la colonisation. Les forces de sécurité bordent les rues près du quartier général du président.
    .title = Manifestation à Ramallah
event-ramallah_protest-let_them_march = Vous les laissez défiler et dites les entendre.
    .news = Le président laisse défiler les manifestants et dit les entendre.
event-ramallah_protest-disperse = Vous faites disperser le cortège par les forces de sécurité.
    .news = Les forces de sécurité palestiniennes dispersent la manifestation.

event-families_protest = Des familles d’Israéliens tués dans des attaques manifestent contre les libérations de prisonniers devant les bureaux du Premier ministre, avec les photos de leurs morts.
    .title = Les familles manifestent

event-settler_rally = Des dizaines de milliers de personnes manifestent à Jérusalem contre tout retrait de la « Judée-Samarie », nom qu’elles donnent à la Cisjordanie ; les dirigeants des colons préviennent le Premier ministre que le gouvernement tombera avant.
    .title = Rassemblement contre le retrait

event-peace_rally = Des milliers de personnes manifestent à Tel-Aviv pour un accord à deux États, pressant le gouvernement de ne pas gâcher cette chance.
    .title = Rassemblement pour la paix

## Désaveu

event-palestinian_repudiation = Les clauses vagues de l’accord-cadre signé sont lues d’une façon à Ramallah et d’une autre à Jérusalem, et chaque semaine apporte un nouveau différend. La direction de l’OLP dit que le texte est devenu un piège, et que le président devrait retirer sa signature.
    .title = Une signature en question
event-palestinian_repudiation-repudiate = Vous vous retirez de l’accord-cadre et quittez les négociations.
    .news = La direction palestinienne se retire de l’accord-cadre et quitte les négociations.
event-palestinian_repudiation-stand_by_text = Vous défendez le texte, quitte à le payer chez vous.
    .news = Le président palestinien défend le texte signé, quitte à le payer chez lui.

event-israeli_repudiation = Les clauses vagues de l’accord-cadre signé sont lues d’une façon à Jérusalem et d’une autre à Ramallah, et chaque semaine apporte un nouveau différend. Des ministres disent que les Palestiniens empochent les concessions israéliennes, et exigent que le gouvernement s’en aille.
    .title = Une signature en question
event-israeli_repudiation-repudiate = Vous dénoncez l’accord-cadre et suspendez les négociations.
    .news = Le cabinet israélien dénonce l’accord-cadre et suspend les négociations.
event-israeli_repudiation-stand_by_text = Vous défendez le texte, quitte à le payer chez vous.
    .news = Le Premier ministre israélien défend le texte signé, quitte à le payer chez lui.

# The texts the chairs nobody plays put to a leader's chair (drafters.toml).
event-framework_put = L’équipe américaine vous soumet son cadre : les clauses sur la table sont désormais rédigées par elle, et votre fauteuil doit répondre. Si vous acceptez, le texte est signé dès que les autres signataires l’acceptent aussi ; si vous le rejetez, l’équipe repart le réviser ; ou vous le gardez sur la table pour l’amender vous-même avant de le soumettre à nouveau.
    .title = Le texte américain vous est soumis
event-framework_put-accept = Vous acceptez le texte américain tel quel.
event-framework_put-amend = Vous gardez le texte sur la table pour l’amender vous-même.
event-framework_put-reject = Vous rejetez le texte américain.
event-counter_put = Le dirigeant de l’autre camp répond par un texte à lui : la clause qui lui pesait le plus est remplacée par une formulation que son camp peut accepter, et la table vous est soumise. Si vous acceptez, le texte est signé dès que les autres signataires l’acceptent aussi ; vous pouvez aussi le rejeter, ou le garder sur la table pour l’amender vous-même.
    .title = Une contre-proposition vous est soumise
event-counter_put-accept = Vous acceptez la contre-proposition.
event-counter_put-amend = Vous gardez le texte sur la table pour l’amender vous-même.
event-counter_put-reject = Vous rejetez la contre-proposition.
event-opening_put = Le dirigeant de l’autre camp dépose les positions de son camp sur des questions essentielles que la table laissait ouvertes, et la table vous est soumise. Ce sont ses conditions de départ, pas un compromis. Si vous acceptez, le texte est signé dès que les autres signataires l’acceptent aussi ; vous pouvez aussi le rejeter, ou le garder sur la table pour l’amender vous-même.
    .title = Le texte d’ouverture de l’autre camp vous est soumis
    .history = À l’automne 2013, chaque camp a exposé ses propres conditions. Le président palestinien avait demandé que les négociations partent des lignes de 1967, et son camp voulait le retrait des forces israéliennes de la vallée du Jourdain en trois ans, une force américaine étant acceptable après elles. Le Premier ministre israélien voulait une force israélienne dans la vallée du Jourdain sur le long terme, et tenait pour essentielle la reconnaissance d’Israël comme État-nation du peuple juif.
    .source = { source-inside-story } : la demande du président que les négociations partent des lignes de 1967 (juillet 2013) ; les positions des deux dirigeants sur la vallée du Jourdain (automne 2013) ; l’insistance du Premier ministre sur la clause de l’État-nation (janvier 2014)
event-opening_put-accept = Vous acceptez le texte de l’autre camp tel quel.
event-opening_put-amend = Vous gardez le texte sur la table pour l’amender vous-même.
event-opening_put-reject = Vous rejetez le texte de l’autre camp.
