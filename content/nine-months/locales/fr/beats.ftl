# Good Faith — « Neuf mois » (français) : les temps forts scriptés.
#
# Chaque événement : l’actualité (au présent, à la troisième personne, tient sur un écran 80x24),
# un titre, la note historique (.history, dans nos propres mots, une à trois phrases). Chaque
# option : une ligne à la deuxième personne, et .news quand l’ordinateur fait le choix.

## Phase d’ouverture

event-the_bargain = Le secrétaire d’État doit annoncer demain à Amman la reprise des négociations, mais les conditions ne sont pas fixées. La plupart des dirigeants de l’OLP ont dit au président de ne pas revenir sans gel des constructions dans les colonies. Dans son bureau, ses conseillers mettent un autre marché sur la table : les 104 prisonniers détenus depuis avant les accords d’Oslo, contre une pause des démarches à l’ONU. Washington attend une réponse.
    .title = Les conditions de la reprise
    .history = Dans la nuit du 18 juillet 2013, la plupart des dirigeants palestiniens se sont opposés à une reprise des négociations sans gel des constructions dans les colonies. Le président a plutôt autorisé une offre : suspendre la campagne à l’ONU contre la libération de 104 prisonniers détenus depuis avant les accords de 1993. Le secrétaire d’État a annoncé la reprise des négociations à Amman le lendemain.
    .source = { source-inside-story } : la réunion de la direction palestinienne du 18 juillet 2013 et l’offre, autorisée par le Président, de 104 prisonniers contre l’arrêt des démarches à l’ONU ; { source-groundwork } : le terrain préparé avant les négociations
event-the_bargain-prisoners_for_no_un = Vous acceptez le marché : 104 prisonniers contre une pause à l’ONU.
    .news = La direction palestinienne accepte : 104 prisonniers, contre neuf mois sans nouvelle démarche à l’ONU.
event-the_bargain-hold_out_for_restraint = Vous exigez, en plus des libérations, une retenue sur la construction.
    .news = La direction palestinienne tient bon, et Washington obtient d’Israël une promesse de retenue sur la construction.
event-the_bargain-keep_un_route = Vous gardez la voie de l’ONU et reprenez sur une simple lettre américaine.
    .news = La direction palestinienne garde la voie de l’ONU ouverte ; les négociations reprennent sur la seule foi d’une lettre américaine.

event-cabinet_vote = Le cabinet israélien se réunit sur les libérations. Des ministres du parti du Premier ministre et de son partenaire proche des colons y voient une prime au meurtre ; les centristes sont divisés. Plus de vingt noms de la liste ont la citoyenneté ou la résidence israélienne. Le Premier ministre a écrit une lettre ouverte demandant aux Israéliens de soutenir un pas douloureux.
    .title = Le cabinet vote sur les prisonniers
    .history = Le 28 juillet 2013, le cabinet israélien a approuvé les libérations par 13 voix contre 7, en quatre tranches sur les neuf mois, la dernière, qui comprenait des citoyens israéliens, étant renvoyée à une décision distincte. Les récits divergent sur ce qui avait été promis : le Premier ministre disait avoir accepté environ 80 libérations, le secrétaire d’État croyait l’avoir entendu accepter les 104.
    .source = { source-inside-story } : le vote du cabinet du 28 juillet 2013, par 13 voix contre 7, et le malentendu entre 80 et 104 prisonniers
event-cabinet_vote-four_tranches = Vous emportez le vote : quatre tranches, la dernière votée à part.
    .news = Le cabinet approuve les libérations en quatre tranches ; la dernière, avec des citoyens israéliens, exigera son propre vote.
event-cabinet_vote-without_citizens = Vous excluez les citoyens israéliens, selon votre lecture de l’accord.
    .news = Le cabinet approuve les libérations mais retire de la liste les citoyens israéliens.
event-cabinet_vote-vote_it_down = Vous laissez le cabinet rejeter les libérations.
    .news = Le cabinet rejette les libérations, et le marché s’effondre.

event-washington_launch = Le cabinet israélien a voté. À Ramallah, le président palestinien attend toujours ce qu’il a demandé en retour : une assurance américaine privée que les frontières seront fondées sur les lignes de 1967. Demain, les deux équipes de négociation sont attendues dans le Bureau ovale, et la lettre doit partir, ou être retenue, avant qu’elles ne s’assoient.
    .title = Lancement à Washington
    .history = Le 29 juillet 2013, au lendemain du vote israélien, le secrétaire d’État a confirmé au président palestinien, par lettre privée, que Washington tenait toujours, comme le président américain l’avait dit en mai 2011, à des frontières fondées sur les lignes de 1967 avec des échanges convenus. Le lendemain, 30 juillet, les négociateurs ont vu le président américain, qui s’est dit sceptique et a promis de soutenir tout accord.
    .source = { source-inside-story } : la lettre du 29 juillet 2013, au lendemain du vote du cabinet, et la réception des négociateurs à la Maison-Blanche le 30 juillet
event-washington_launch-send_letter = Vous envoyez la lettre privée : 1967 pour base, avec des échanges convenus.
    .news = Le secrétaire d’État envoie la lettre privée : pour Washington, les frontières se fondent sur les lignes de 1967 avec des échanges convenus.
event-washington_launch-withhold_letter = Vous gardez la lettre, pour conserver la confiance d’Israël.
    .news = Le secrétaire d’État ne remet pas la lettre demandée par le président palestinien.

event-tenders_before_release = Le ministère israélien du Logement s’apprête à publier des appels d’offres pour environ 1 200 logements à Jérusalem-Est et dans des colonies de Cisjordanie, quelques jours avant la libération des premiers prisonniers. Le partenaire proche des colons y voit le prix des libérations ; le camp palestinien, une preuve de mauvaise foi avant même la première séance.
    .title = Appels d’offres avant la reprise
    .history = Le 11 août 2013, quelques jours avant la première libération, Israël a publié des appels d’offres pour environ 1 200 logements à Jérusalem-Est et dans des colonies de Cisjordanie. Des responsables israéliens ont dit que ces constructions étaient prévues par les conditions des négociations ; des responsables palestiniens, qu’elles les empoisonnaient avant même leur début. La plupart des gouvernements, le Conseil de sécurité et la Cour internationale de justice (en 2004) tiennent les colonies pour contraires à la quatrième convention de Genève, ce qu’Israël conteste ; Washington qualifiait la poursuite des constructions d’illégitime, sans la dire illégale.
    .source = archives publiques : les appels d’offres du ministère israélien du Logement du 11 août 2013 et, sur les colonies, { source-unsc-446 } et { source-icj-2004 } ; { source-inside-story } : plus de 2 000 logements annoncés pendant les négociations, et la politique américaine, depuis 2009, de ne pas tenir pour légitime la poursuite de la colonisation
event-tenders_before_release-publish = Vous laissez publier les appels d’offres.
    .news = Le ministère du Logement publie des appels d’offres pour environ 1 200 logements.
event-tenders_before_release-hold_back = Vous retenez les appels d’offres jusqu’après la première séance.
    .news = Le gouvernement retient les appels d’offres, à la colère de son partenaire.
event-tenders_before_release-blocs_only = Vous ne publiez que les appels d’offres situés dans les grands blocs.
    .news = Le gouvernement ne publie que les appels d’offres situés dans les grands blocs de colonies.

## Les négociations s’ouvrent

event-first_tranche = Les 26 premiers prisonniers doivent être libérés cette nuit. Des proches de leurs victimes manifestent devant la prison et saisissent les tribunaux ; à Ramallah, la foule prépare un accueil. Cette libération est le premier versement du marché.
    .title = La première libération
    .history = Dans la nuit du 13 août 2013, Israël a libéré les 26 premiers prisonniers, après que des familles de leurs victimes eurent manifesté et saisi la justice pour l’empêcher.
    .source = { source-inside-story } : les libérations en quatre tranches ; archives publiques : la presse sur la première libération, de 26 prisonniers, le 13 août 2013
event-first_tranche-release = Vous libérez les 26 premiers, comme convenu.
    .news = Israël libère les 26 premiers prisonniers.
event-first_tranche-hold_back = Vous retenez la libération, et laissez le marché échouer.
    .news = Israël retient la première libération ; le marché est rompu.

event-first_session = La première séance s’ouvre dans un centre de réflexion à Jérusalem. L’équipe israélienne a fait venir une équipe de tournage pour une poignée de main ; un négociateur palestinien refuse de poser, et l’émissaire du Premier ministre tient à figurer sur toute photo. Il faut régler cela avant de commencer le travail.
    .title = La première séance
    .history = La première séance s’est tenue à la mi-août 2013 dans un centre de réflexion à Jérusalem, et la photo prévue d’une poignée de main a déclenché une dispute sur qui y figurerait. Les deux camps sont pourtant repartis satisfaits : les Israéliens parce que les Palestiniens avaient réaffirmé le but de mettre fin au conflit, les Palestiniens parce que toutes les questions seraient sur la table.
    .source = { source-inside-story } : la première séance dans un institut de recherche de Jérusalem et la dispute autour de la photo de la poignée de main
event-first_session-heads_only = Vous proposez une poignée de main entre les deux seuls chefs de délégation.
    .news = Seuls les deux chefs de délégation se serrent la main devant les caméras.
event-first_session-full_photo = Vous exigez une photo des deux équipes au complet.
    .news = Les deux équipes posent devant les caméras, dont un négociateur palestinien à contrecœur.
event-first_session-no_cameras = Vous renvoyez les caméras et commencez le travail.
    .news = Les caméras sont renvoyées, et le travail commence sans photo.

event-news_blackout = Le secrétaire d’État demande de tenir les négociations à l’écart de la presse : rien en public tant qu’il n’y a rien à dire. Les deux équipes acceptent, pour l’instant. Mais des dirigeants qui se taisent ne peuvent pas préparer leur opinion aux compromis à venir, et le silence laisse le champ libre aux rumeurs.
    .title = Le silence médiatique
    .history = Le secrétaire d’État a demandé aux deux camps de garder le fond des négociations hors de la presse. En novembre, les négociateurs israéliens, qui disaient avoir respecté la consigne, s’irritaient d’une série d’articles de presse palestiniens qu’ils imputaient à l’autre équipe.
    .source = { source-inside-story } : le silence imposé par le secrétaire d’État sur les négociations, et les fuites que chaque camp imputait à l’autre
event-news_blackout-strict_silence = Vous imposez un silence strict aux deux équipes.
    .news = Le secrétaire d’État impose un silence strict aux deux équipes.
event-news_blackout-guided_briefings = Vous autorisez des points presse encadrés, pour préparer les opinions.
    .news = Le secrétaire d’État autorise des points presse encadrés pour préparer les opinions.

## Fin de l’été

event-camp_raid = Avant l’aube, une opération d’arrestation israélienne dans le camp de réfugiés de Qalandia tourne aux affrontements, et les forces israéliennes tuent par balle trois jeunes Palestiniens. L’armée dit que ses soldats ont été attaqués ; les habitants, qu’ils ont tiré sur une foule. Une séance est prévue dans quelques heures, et l’équipe palestinienne hésite à s’y rendre.
    .title = Raid à Qalandia
    .history = Le 26 août 2013, quelques heures avant une séance prévue, les forces israéliennes ont tué trois jeunes Palestiniens lors d’une opération d’arrestation dans le camp de réfugiés de Qalandia. Dans les mêmes semaines, des attaques palestiniennes ont tué des Israéliens et d’autres incidents ont tué d’autres Palestiniens ; un négociateur palestinien a demandé un arrêt, mais les négociations ont continué.
    .source = { source-inside-story } : trois jeunes Palestiniens tués par balle lors d’une opération d’arrestation le 26 août 2013, quelques heures avant une séance ; archives publiques : l’opération a eu lieu dans le camp de réfugiés de Qalandia
event-camp_raid-keep_talking = Vous protestez auprès des Américains et maintenez la séance.
    .news = Le camp palestinien proteste auprès des Américains et maintient la séance.
event-camp_raid-call_off_session = Vous annulez la séance du jour.
    .news = Le camp palestinien annule la séance du jour.
event-camp_raid-halt_until_inquiry = Vous suspendez les négociations jusqu’à une enquête.
    .news = Le camp palestinien suspend les négociations jusqu’à l’ouverture d’une enquête.

event-soldiers_killed = Deux soldats israéliens sont tués en Cisjordanie en trois jours : l’un attiré à l’écart et tué par un Palestinien qu’il connaissait, l’autre abattu par un tireur embusqué à Hébron. Les partenaires du Premier ministre exigent une réponse sur le terrain : laisser des familles juives s’installer dans un immeuble disputé à Hébron.
    .title = Deux soldats tués
    .history = Des attaques palestiniennes ont tué au moins quatre Israéliens avant la mi-novembre 2013, dont deux soldats lors d’attaques distinctes les 20 et 22 septembre. Après la seconde, à Hébron, le gouvernement israélien a annoncé qu’il laisserait des colons s’installer dans un immeuble disputé de la ville.
    .source = { source-inside-story } : la reprise des attaques palestiniennes, qui tuent trois Israéliens dans les premières semaines ; archives publiques : la presse sur deux soldats tués les 20 et 22 septembre 2013, sur la décision concernant un immeuble à Hébron, et sur au moins quatre Israéliens tués dans des attaques à la mi-novembre 2013
event-soldiers_killed-keep_talking = Vous condamnez ces attaques meurtrières et poursuivez les négociations.
    .news = Le gouvernement israélien condamne ces attaques meurtrières et poursuit les négociations.
event-soldiers_killed-hebron_house = Vous laissez des colons s’installer dans l’immeuble disputé d’Hébron.
    .news = Le gouvernement israélien laisse des colons s’installer dans un immeuble disputé à Hébron.
event-soldiers_killed-call_off_session = Vous annulez la séance de cette semaine.
    .news = Le camp israélien annule la séance de cette semaine.

event-makhul_demolition = Dans la vallée du Jourdain, les bulldozers de l’armée démolissent les maisons, les tentes et les enclos de Khirbet al-Makhul, un village palestinien de bergers. Israël dit qu’ils ont été construits sans permis en zone C et que ses tribunaux ont validé les ordres de démolition ; les familles disent que les Palestiniens n’y obtiennent presque jamais de permis.
    .title = Un village démoli
    .history = Le 16 septembre 2013, l’armée israélienne a démoli la communauté pastorale de Khirbet al-Makhul, dans la vallée du Jourdain, l’une des centaines de structures palestiniennes que le Bureau de la coordination des affaires humanitaires de l’ONU (OCHA) a recensées comme démolies cette année-là en zone C et à Jérusalem-Est ; quatre jours plus tard, des soldats ont refoulé des diplomates européens qui apportaient des abris d’urgence. Israël disait que les structures n’avaient pas de permis ; les Palestiniens et l’ONU, que les permis en zone C ne leur sont presque jamais accordés.
    .source = { source-ocha-2013 } : la démolition de Khirbet al-Makhoul, dans la vallée du Jourdain, le 16 septembre 2013, les centaines de structures démolies cette année-là en zone C et à Jérusalem-Est, et les diplomates refoulés le 20 septembre ; la position d’Israël selon laquelle les structures n’avaient pas de permis

## L’automne

event-rome_meeting = À Rome, le secrétaire d’État et le Premier ministre se retrouvent à la résidence de l’ambassadeur américain. Six heures sur sept, ils parlent seul à seul sur un banc du jardin, pendant que leurs conseillers attendent. Nul ne sait où en est le Premier ministre sur les questions clés ; c’est pour le secrétaire d’État l’occasion de le découvrir.
    .title = Sept heures à Rome
    .history = Le 23 octobre 2013, le secrétaire d’État et le Premier ministre se sont entretenus environ sept heures à Rome, le plus souvent seul à seul. Leurs conseillers n’ont pas été informés de la teneur des échanges, dont le secrétaire d’État n’a ensuite parlé qu’en termes généraux.
    .source = { source-inside-story } : l’entretien de sept heures du secrétaire d’État et du Premier ministre à Rome, le 23 octobre 2013
event-rome_meeting-core_issues = Vous passez en revue les questions clés, une par une.
    .news = Le secrétaire d’État passe en revue avec le Premier ministre les questions clés, une par une.
event-rome_meeting-press_on_settlements = Vous insistez sur la construction dans les colonies.
    .news = Le secrétaire d’État presse le Premier ministre sur la construction dans les colonies.
event-rome_meeting-security_first = Vous commencez par la sécurité, la priorité du Premier ministre.
    .news = Le secrétaire d’État commence par la sécurité, la priorité du Premier ministre.

event-second_tranche = La deuxième tranche de 26 prisonniers est attendue. Des familles israéliennes endeuillées marchent sur les bureaux du Premier ministre ; le partenaire proche des colons réclame des constructions en retour. À Ramallah, le président prépare un accueil à son quartier général.
    .title = La deuxième libération
    .history = Israël a libéré un deuxième groupe de 26 prisonniers dans la nuit du 29 au 30 octobre 2013.
    .source = { source-inside-story } : la deuxième libération, aussitôt suivie de nouveaux projets de colonisation ; archives publiques : la presse sur 26 prisonniers libérés les 29 et 30 octobre 2013
event-second_tranche-release = Vous libérez la deuxième tranche, comme convenu.
    .news = Israël libère la deuxième tranche de 26 prisonniers.
event-second_tranche-hold_back = Vous retenez la libération, et laissez le marché échouer.
    .news = Israël retient la deuxième libération ; le marché est rompu.

event-gaza_power_cut = L’unique centrale électrique de Gaza s’arrête, faute de carburant. Depuis que l’armée égyptienne ferme les tunnels de contrebande, le carburant manque : les foyers n’ont de l’électricité que quelques heures par jour, et pompes à eau, stations d’épuration et hôpitaux tournent sur des groupes électrogènes. Israël dit que ses restrictions aux points de passage privent le Hamas d’armes ; pour les habitants de Gaza, le bouclage punit tout le monde.
    .title = Gaza dans le noir
    .history = Le 1er novembre 2013, l’unique centrale électrique de Gaza s’est arrêtée faute de carburant, après la fermeture par l’Égypte de la plupart des tunnels de contrebande ; l’OCHA a signalé des coupures quotidiennes de longues heures et des services d’eau, d’assainissement et de santé sous tension. Israël restreint les passages vers Gaza depuis la prise de contrôle du Hamas en 2007, en invoquant la contrebande d’armes et les attaques ; les Palestiniens et les agences de l’ONU décrivent un bouclage qui punit toute une population.
    .source = { source-ocha-2013 } : l’arrêt de la centrale électrique de Gaza le 1er novembre 2013, faute de carburant après la fermeture des tunnels par l’Égypte ; les restrictions israéliennes aux points de passage de Gaza depuis 2007, et les raisons qu’Israël en donne

event-plans_after_release = Quelques heures après la libération, des projets de nouveaux logements à Jérusalem-Est et en Cisjordanie sont prêts à avancer. Des responsables israéliens disent que ces constructions faisaient partie de l’entente qui a lancé les négociations ; le camp palestinien dit n’avoir rien accepté de tel, et avoir échangé ses démarches à l’ONU contre des prisonniers, pas contre des colonies.
    .title = Des projets après la libération
    .history = De nouveaux projets dans les colonies ont aussitôt suivi la deuxième libération. Les récits divergent : le Premier ministre a dit que les Palestiniens avaient accepté des constructions contre les prisonniers, puis que Washington savait combien Israël construirait ; les Palestiniens ont nié tout marché de ce genre ; selon la version américaine, le secrétaire d’État avait entendu parler d’environ 2 000 logements, non de projets à long terme ni de Jérusalem-Est.
    .source = { source-inside-story } : les projets de colonisation annoncés juste après la deuxième libération, la dispute sur la place de la construction dans l’accord, et la note de bas de page américaine
event-plans_after_release-announce = Vous laissez avancer les projets, comme l’attend votre partenaire.
    .news = Israël fait avancer des projets de nouveaux logements à Jérusalem-Est et en Cisjordanie.
event-plans_after_release-hold_back = Vous remisez les projets pour l’instant.
    .news = Le gouvernement remise les nouveaux projets, pour l’instant.
event-plans_after_release-blocs_only = Vous ne faites avancer que les projets situés dans les blocs.
    .news = Le gouvernement ne fait avancer que les projets situés dans les grands blocs de colonies.

event-hotel_clash = Dans un hôtel à l’ouest de Jérusalem, les deux équipes arrivent en colère. Le négociateur en chef palestinien pose une mallette sur la table : des demandes d’adhésion à quinze traités de l’ONU, à remettre au président si Israël présente le marché comme « des prisonniers contre des colonies ». La négociatrice en chef israélienne répond par ce qu’ont fait les prisonniers libérés. Le ton monte.
    .title = « Des prisonniers contre des colonies »
    .history = Lors d’une séance début novembre 2013, le négociateur en chef palestinien a apporté des demandes d’adhésion à quinze traités de l’ONU et affirmé que le marché avait été « des prisonniers contre la pause à l’ONU », pas « des prisonniers contre des colonies », et que chaque nouveau logement faisait des négociateurs des parias chez eux ; la négociatrice israélienne a répondu en énumérant les crimes des hommes qu’Israël libérait. Le soir même, les deux principaux négociateurs palestiniens ont remis au président une lettre de démission commune.
    .source = { source-inside-story } : la séance de novembre 2013 dans un hôtel à l’ouest de Jérusalem, la mallette des demandes d’adhésion à l’ONU, la réponse de chaque camp sur les prisonniers et les colonies, et la lettre de démission commune
event-hotel_clash-resign_in_protest = Votre collègue et vous remettez votre démission au président.
    .news = Les négociateurs palestiniens remettent au président une lettre de démission commune.
event-hotel_clash-open_briefcase = Vous pressez le président de signer sur-le-champ les demandes d’adhésion.
    .news = Le négociateur en chef palestinien presse le président de signer dès maintenant les demandes d’adhésion à l’ONU.
event-hotel_clash-lodge_protest = Vous déposez une protestation officielle et restez à la table.
    .news = L’équipe palestinienne dépose une protestation officielle et reste à la table.

event-clash_reply = L’équipe palestinienne dit que chaque nouveau logement dans les colonies fait de ses membres des parias chez eux. La négociatrice en chef israélienne a plaidé au cabinet pour libérer des prisonniers condamnés pour avoir tué des Israéliens, malgré la colère des familles de leurs victimes, et elle aussi doit rendre des comptes à son opinion. L’envoyé américain attend la réponse.
    .title = La réponse
    .history = Lors de la même séance, la négociatrice en chef israélienne a énuméré les crimes commis par des prisonniers qu’Israël libérait, et affirmé qu’on peut démolir des maisons, mais pas rendre des vies. L’envoyé américain a demandé une pause, et la réunion a repris dans la gêne.
    .source = { source-inside-story } : la réplique de la négociatrice israélienne à la même séance, opposant les prisonniers libérés par Israël à des maisons qui pouvaient être démolies
event-clash_reply-name_the_cost = Vous nommez les prisonniers qu’Israël libère, et ce qu’ils ont fait.
    .news = La négociatrice en chef israélienne rappelle ce qu’ont fait les prisonniers libérés, et demande ce que l’autre camp a donné.
event-clash_reply-hear_the_grievance = Vous reconnaissez le grief sur les constructions.
    .news = La négociatrice en chef israélienne reconnaît le grief sur les constructions.
event-clash_reply-call_time_out = Vous demandez une pause à l’envoyé américain.
    .news = La négociatrice en chef israélienne demande une pause à l’envoyé américain.

event-resignation_letter = Les deux principaux négociateurs palestiniens ont remis au président une lettre de démission commune. Selon eux, le gouvernement israélien se sert des négociations comme d’une couverture pour construire, et ils refusent de la lui fournir.
    .title = Une lettre de démission
event-resignation_letter-refuse_it = Vous refusez la démission et gardez votre négociateur en chef.
    .news = Le président refuse la démission ; le négociateur en chef reste en poste.
event-resignation_letter-accept_it = Vous l’acceptez et nommez une nouvelle équipe.
    .news = Le président accepte la démission et nomme une nouvelle équipe.
event-resignation_letter-leave_it_open = Vous laissez la lettre sans réponse, comme un signal à Washington.
    .news = Le président laisse la lettre sans réponse, un signal adressé à Washington.

event-incitement_and_occupation = Quelques jours après que le secrétaire d’État a averti à la télévision qu’un échec des négociations pourrait entraîner une troisième intifada, le Premier ministre lui montre une vidéo sur l’hostilité envers Israël enseignée dans les écoles et les médias palestiniens : pour le gouvernement israélien, l’incitation est le véritable obstacle. Pour les Palestiniens, le véritable obstacle est l’occupation, et la colère qu’elle nourrit.
    .title = Deux obstacles
    .history = Le 7 novembre 2013, le secrétaire d’État a averti dans un entretien télévisé qu’un échec pourrait entraîner une troisième intifada. Lors d’une rencontre tendue peu après, le Premier ministre lui a montré une vidéo sur l’incitation à la haine et a rejeté sa comparaison avec l’hostilité qu’il avait connue comme soldat au Vietnam.
    .source = { source-inside-story } : la vidéo du Premier ministre sur l’incitation, les propos du secrétaire d’État sur le point de vue palestinien et sa mise en garde contre une troisième intifada ; archives publiques : l’entretien télévisé du secrétaire d’État du 7 novembre 2013
event-incitement_and_occupation-warn_publicly = Vous répétez l’avertissement : sans accord, la violence viendra.
    .news = Le secrétaire d’État répète qu’un échec pourrait amener la violence.
event-incitement_and_occupation-take_up_incitement = Vous portez la plainte sur l’incitation auprès du président palestinien.
    .news = Le secrétaire d’État porte la plainte sur l’incitation auprès du président palestinien.
event-incitement_and_occupation-name_both = Vous dites aux deux dirigeants que chacun doit apaiser la peur de l’autre.
    .news = Le secrétaire d’État dit aux deux dirigeants que chacun doit répondre à la peur de l’autre.

event-iran_interim_deal = À Genève, l’Iran et six grandes puissances concluent un accord nucléaire intérimaire : des limites à l’enrichissement contre un allègement partiel des sanctions. Le Premier ministre israélien prévient que l’accord laisse en place les centrifugeuses iraniennes. Pendant des semaines, l’attention de Washington est ailleurs.
    .title = L’accord avec l’Iran
    .history = Le 24 novembre 2013, l’Iran et six grandes puissances ont conclu à Genève un accord intérimaire qui gelait une partie du programme nucléaire iranien contre un allègement limité des sanctions. Le Premier ministre israélien avait fait valoir qu’il soulageait l’Iran sans démanteler une seule centrifugeuse.
    .source = { source-inside-story } : le regard du Premier ministre sur l’accord qui se dessinait avec l’Iran ; archives publiques : l’accord intérimaire sur le programme nucléaire iranien signé à Genève le 24 novembre 2013 (le plan d’action conjoint)
event-iran_interim_deal-denounce_it = Vous dénoncez l’accord en public.
    .news = Le Premier ministre israélien dénonce publiquement l’accord intérimaire.
event-iran_interim_deal-work_quietly = Vous faites part de vos inquiétudes à Washington, en privé.
    .news = Le Premier ministre israélien fait part de ses inquiétudes à Washington, en privé.

## L’hiver

event-security_plan = L’envoyé américain pour la sécurité présente son plan pour la vallée du Jourdain après un retrait : stations d’alerte précoce, surveillance israélienne à distance des points de passage, technologie américaine. La négociatrice israélienne et la plupart des chefs de la sécurité le saluent, le Premier ministre y voit une base de discussion, et le ministre de la Défense le rejette. Le camp palestinien, pas encore informé, veut un retrait israélien complet en trois ans, et accepterait une force américaine à sa place.
    .title = Un plan pour la vallée du Jourdain
    .history = Début décembre 2013, le secrétaire d’État a présenté à Israël des propositions de sécurité pour la Cisjordanie et la vallée du Jourdain, élaborées sous la direction d’un général américain à la retraite. La négociatrice israélienne et la plupart des chefs de la sécurité les ont appréciées, le Premier ministre y a vu une base de discussion, et le ministre de la Défense les a rejetées. Le président palestinien, qui voulait un retrait complet en trois ans et était ouvert à une force américaine, a mal pris d’en être informé lors d’une réunion sans le général.
    .source = { source-inside-story } : les propositions de sécurité américaines de début décembre 2013 pour la vallée du Jourdain et l’accueil que leur firent la négociatrice israélienne, les chefs de la sécurité, le Premier ministre et le ministre de la Défense ; l’exigence palestinienne d’un retrait complet en trois ans et l’ouverture à une force américaine ; la rencontre de décembre avec le Président palestinien, tenue sans le général
event-security_plan-israelis_first = Vous l’étudiez d’abord avec les Israéliens.
    .news = Le secrétaire d’État étudie d’abord le plan avec les Israéliens.
event-security_plan-both_together = Vous présentez le plan aux deux dirigeants en même temps.
    .news = Le secrétaire d’État présente le plan aux deux dirigeants en même temps.
event-security_plan-rework_for_minister = Vous le remaniez pour répondre aux objections du ministre de la Défense.
    .news = Le secrétaire d’État remanie le plan pour répondre aux objections du ministre de la Défense.

event-third_tranche = La troisième tranche de 26 prisonniers est attendue. Des ministres de droite poussent un projet de loi appliquant le droit israélien à la vallée du Jourdain, et des appels d’offres dans les colonies devraient suivre la libération. À Ramallah, les familles attendent.
    .title = La troisième libération
    .history = Israël a libéré un troisième groupe de 26 prisonniers fin décembre 2013.
    .source = { source-inside-story } : les libérations en quatre tranches ; archives publiques : la presse sur la troisième libération, les 30 et 31 décembre 2013
event-third_tranche-release = Vous libérez la troisième tranche, comme convenu.
    .news = Israël libère la troisième tranche de 26 prisonniers.
event-third_tranche-hold_back = Vous retenez la libération, et laissez le marché échouer.
    .news = Israël retient la troisième libération ; le marché est rompu.

event-tenders_after_third = Comme après chaque libération, le ministère du Logement prépare des appels d’offres, cette fois pour environ 1 400 logements en Cisjordanie et à Jérusalem-Est. L’envoyé américain prévient qu’ils seront perçus comme le prix des prisonniers ; le ministère répond qu’ils se trouvent dans des zones qui resteraient israéliennes dans tout accord.
    .title = Appels d’offres après la troisième libération
    .history = Le 10 janvier 2014, après la troisième libération, Israël a publié des appels d’offres pour environ 1 400 logements dans des colonies de Cisjordanie et à Jérusalem-Est. Washington et la direction palestinienne ont protesté ; le gouvernement israélien a affirmé que ces constructions se situaient dans des zones qu’Israël garderait dans tout accord.
    .source = { source-inside-story } : les annonces après chaque libération ; archives publiques : les appels d’offres publiés par Israël le 10 janvier 2014
event-tenders_after_third-publish = Vous laissez publier les appels d’offres.
    .news = Le ministère du Logement publie des appels d’offres pour environ 1 400 logements.
event-tenders_after_third-hold_back = Vous retenez les appels d’offres.
    .news = Le gouvernement retient les appels d’offres, à la colère de son partenaire.
event-tenders_after_third-blocs_only = Vous ne publiez que les appels d’offres situés dans les grands blocs.
    .news = Le gouvernement ne publie que les appels d’offres situés dans les grands blocs de colonies.

event-minister_remarks = Un journal israélien publie des propos privés du ministre de la Défense qui raillent le zèle du secrétaire d’État et jugent sans valeur le plan de sécurité américain. Washington les trouve offensants. Sans l’accord du ministre de la Défense, aucune clause de sécurité ne peut passer au cabinet israélien.
    .title = Les propos du ministre de la Défense
    .history = Le 14 janvier 2014, un journal israélien a publié des propos privés dans lesquels le ministre de la Défense qualifiait le secrétaire d’État d’obsessionnel et de messianique, et rejetait le plan de sécurité américain. Il s’est excusé le jour même, après des protestations américaines.
    .source = { source-inside-story } : les propos privés du ministre de la Défense sur le secrétaire d’État, publiés le 14 janvier 2014 ; archives publiques : ses excuses le jour même
event-minister_remarks-demand_apology = Vous exigez des excuses du ministre.
    .news = Le Premier ministre exige des excuses du ministre de la Défense, qui les présente le jour même.
event-minister_remarks-stand_by_minister = Vous soutenez publiquement votre ministre.
    .news = Le Premier ministre soutient publiquement le ministre de la Défense.
event-minister_remarks-say_nothing = Vous ne dites rien et laissez passer.
    .news = Le Premier ministre ne dit rien, et la polémique s’éteint lentement.

event-coalition_ultimatum = Ses services ayant laissé entendre que certains colons pourraient vivre sous autorité palestinienne, le Premier ministre est attaqué jour après jour par le chef du Foyer juif. Son entourage évoque « d’autres options », où la presse lit les travaillistes. Les 12 sièges du partenaire font la différence entre une majorité et des élections.
    .title = Un ultimatum
    .history = Fin janvier 2014, après que le Premier ministre eut dit qu’il ne déracinerait aucun colon et que ses services eurent suggéré que certains pourraient rester sous souveraineté palestinienne, le chef du Foyer juif l’a attaqué publiquement. Le Premier ministre a menacé de le limoger s’il ne s’excusait pas, ses conseillers évoquant d’autres options de coalition ; des excuses partielles ont clos la crise.
    .source = { source-inside-story } : la remarque de Davos, les attaques du partenaire, l’ultimatum aux « autres options » et les demi-excuses, fin janvier 2014
event-coalition_ultimatum-ultimatum = Vous exigez des excuses d’ici dimanche, sinon le parti est dehors.
    .news = Le Premier ministre exige des excuses d’ici dimanche, faute de quoi le partenaire sera exclu.
event-coalition_ultimatum-court_labor = Vous ouvrez de vraies discussions avec les travaillistes.
    .news = Le Premier ministre ouvre de vraies discussions avec les travaillistes.
event-coalition_ultimatum-let_it_pass = Vous laissez passer les attaques sans répondre.
    .news = Le Premier ministre laisse passer les attaques sans répondre.

event-partner_answers = L’échéance des excuses approche. Des figures du partenaire font valoir qu’une querelle ne vaut pas la perte des sièges au cabinet d’où elles peuvent combattre un gel et de nouvelles libérations.
    .title = La réponse du partenaire
event-partner_answers-half_apology = Le chef du partenaire présente des demi-excuses, et le parti reste au gouvernement.
    .news = Le chef du Foyer juif assure qu’il ne visait personne personnellement, et le parti reste au gouvernement.
event-partner_answers-walk_out = Le partenaire refuse de s’excuser, et quitte le gouvernement.
    .news = Le Foyer juif refuse de s’excuser et quitte le gouvernement.

## L’accord-cadre

event-framework_wording = L’accord-cadre américain prend forme clause par clause. Frontières : les lignes de 1967 avec des échanges convenus ; réfugiés : indemnisation et foyer dans l’État palestinien, quelques-uns admis en Israël à sa discrétion ; Jérusalem : des « aspirations » palestiniennes ; reconnaissance : un État-nation juif. Reste à savoir de qui ce texte sera le texte.
    .title = La rédaction de l’accord-cadre
    .history = Fin janvier 2014, Washington avait négocié le texte de l’accord-cadre surtout avec le Premier ministre israélien, qui acceptait une frontière fondée sur les lignes de 1967 avec des échanges convenus et l’admission discrétionnaire de quelques réfugiés, mais seulement des termes vagues sur Jérusalem, et exigeait la reconnaissance d’Israël comme État-nation du peuple juif. Le président palestinien a vivement rejeté cette clause ; l’envoyé américain travaillait le texte en parallèle avec le négociateur en chef palestinien.
    .source = { source-inside-story } : la rédaction du cadre sur les frontières, les réfugiés, Jérusalem et la reconnaissance, négociée avec le Premier ministre et, en parallèle, avec le négociateur palestinien, fin janvier 2014
event-framework_wording-line_by_line_with_pm = Vous le négociez mot à mot avec le Premier ministre.
    .news = L’équipe américaine négocie l’accord-cadre mot à mot avec le Premier ministre.
event-framework_wording-parallel_drafts = Vous le négociez avec les deux camps en parallèle, plus lentement.
    .news = L’équipe américaine négocie l’accord-cadre avec les deux camps en parallèle.
event-framework_wording-us_parameters = Vous le présentez comme des paramètres américains, à prendre ou à laisser.
    .news = L’équipe américaine présente l’accord-cadre comme des paramètres américains.

event-camps_answer = La clause de l’accord-cadre sur les réfugiés parvient jusqu’aux camps. De Balata à Chatila et à Jabaliya, des comités de réfugiés défilent contre tout texte qui installerait les réfugiés dans l’État palestinien et laisserait Israël choisir qui revient : le droit au retour, disent-ils, aucun dirigeant ne peut y renoncer. En Israël, des associations de Juifs venus des pays arabes demandent que leurs maisons et leurs biens perdus soient aussi pris en compte.
    .title = Les camps répondent

event-paris_dinner = Au dîner, à Paris, le président palestinien rejette un à un les éléments du projet. Les raisons de son camp : le Premier ministre ne met aucune carte sur la table et refuse même de dire « 1967 », Jérusalem n’apparaît que comme des « aspirations », et le texte lui demande de reconnaître un État-nation juif. Son camp relève aussi que le secrétaire d’État a vu le Premier ministre presque deux fois plus souvent que lui.
    .title = Dîner à Paris
    .history = Lors d’un dîner à Paris le 19 février 2014, le secrétaire d’État a trouvé le président palestinien très négatif sur l’accord-cadre. Les Palestiniens estimaient que le médiateur faisait passer les besoins d’Israël d’abord, notant qu’il avait vu le Premier ministre israélien près de deux fois plus souvent ; les Américains pensaient avoir fait bouger le Premier ministre plus que les Palestiniens ne pouvaient le voir.
    .source = { source-inside-story } : le dîner de Paris du 19 février 2014 et l’entretien du lendemain matin ; les objections palestiniennes (pas de carte, pas de « 1967 », Jérusalem réduite à des « aspirations », la clause de l’État-nation) ; le décompte des rencontres avec chaque dirigeant
event-paris_dinner-hear_him_out = Vous écoutez les griefs du président avant de toucher au texte.
    .news = Le secrétaire d’État écoute les griefs du président palestinien.
event-paris_dinner-hold_the_text = Vous maintenez le texte : selon vous, les Israéliens ont bougé.
    .news = Le secrétaire d’État maintient le texte, en affirmant que les Israéliens ont bougé plus qu’ils ne le montrent.
event-paris_dinner-move_on_jerusalem = Vous faites évoluer le texte sur Jérusalem vers une capitale palestinienne.
    .news = Le secrétaire d’État fait évoluer le texte sur Jérusalem vers une capitale palestinienne.

event-washington_visit = Le président palestinien est à Washington. Lors d’un déjeuner chez le secrétaire d’État, on lui demande si la quatrième libération pourrait glisser de quelques jours. À la Maison-Blanche, le président américain le presse de juger l’ensemble plutôt que chaque clause. Le projet américain parle désormais d’une capitale palestinienne à Jérusalem.
    .title = À Washington
    .history = Le 16 mars 2014, lors d’un déjeuner chez le secrétaire d’État, le président palestinien a refusé un bref report de la quatrième libération, moment qu’il a ensuite décrit comme un tournant. Le lendemain à la Maison-Blanche, le président américain l’a pressé de voir au-delà des détails, et les propositions américaines parlaient désormais d’une capitale palestinienne à Jérusalem.
    .source = { source-inside-story } : le déjeuner du 16 mars 2014, la réception à la Maison-Blanche du 17 mars et la demande de retarder la quatrième libération
event-washington_visit-refuse_delay = Vous refusez : la date de libération est une parole donnée à votre peuple.
    .news = Le président palestinien refuse tout report de la quatrième libération.
event-washington_visit-accept_short_delay = Vous acceptez un report de quelques jours.
    .news = Le président palestinien accepte un report de quelques jours.
event-washington_visit-ask_written_terms = Vous demandez chaque engagement par écrit.
    .news = Le président palestinien demande chaque engagement par écrit.

## Le printemps

event-fourth_tranche_due = La quatrième et dernière tranche est attendue : 26 prisonniers, dont des citoyens israéliens, ce qui exige un vote distinct du cabinet. Le gouvernement israélien demande d’abord une prolongation des négociations : les Palestiniens, dit-il, ne doivent pas prendre les prisonniers et partir. Le partenaire proche des colons menace de partir si elle a lieu. À Ramallah, le président a fixé une échéance.
    .title = La quatrième libération
    .history = La quatrième libération, prévue le 29 mars 2014, comprenait des citoyens israéliens et exigeait un vote distinct du cabinet. Le gouvernement israélien n’a pas organisé ce vote, cherchant d’abord un accord de prolongation des négociations ; le président palestinien avait dit à son peuple que la libération aurait lieu à la date prévue.
    .source = { source-inside-story } : la quatrième tranche, prévue le 29 mars 2014, qui comprenait des citoyens israéliens et exigeait un vote à part, et le souhait du Premier ministre d’obtenir d’abord une prolongation
event-fourth_tranche_due-hold_for_extension = Vous différez le vote jusqu’à un accord de prolongation.
    .news = Le gouvernement israélien retient la quatrième libération jusqu’à un accord de prolongation.
event-fourth_tranche_due-release_on_time = Vous soumettez la libération au cabinet et l’emportez.
    .news = Le cabinet israélien approuve la quatrième libération à la date prévue.
event-fourth_tranche_due-cancel = Vous annulez la quatrième libération.
    .news = Le gouvernement israélien annule la quatrième libération.

event-extension_bargain = Pour sauver les négociations, le secrétaire d’État monte un marché plus large : Israël libère la dernière tranche et 400 autres prisonniers, et n’annonce aucune construction hors de Jérusalem-Est ; les Palestiniens acceptent de négocier jusqu’en 2015. Pour convaincre le cabinet israélien, l’offre ajoute un atout : la libération anticipée d’un Américain emprisonné pour espionnage au profit d’Israël.
    .title = Le marché de la prolongation
    .history = Fin mars 2014, le secrétaire d’État a monté un ensemble : Israël libérerait la quatrième tranche et 400 autres prisonniers et suspendrait les annonces dans les colonies hors de Jérusalem-Est, les Palestiniens prolongeraient les négociations, et les États-Unis libéreraient Jonathan Pollard, un Américain condamné à perpétuité pour espionnage au profit d’Israël. Le président américain, opposé à l’usage de Pollard sans vraie percée, a accepté à contrecœur.
    .source = { source-inside-story } : le marché assemblé fin mars 2014 (la quatrième tranche, 400 prisonniers de plus et un gel de la colonisation hors de Jérusalem-Est contre une prolongation) et la libération d’un espion condamné, que le président américain approuva à contrecœur
event-extension_bargain-offer_with_spy = Vous mettez tout le marché sur la table, libération de l’espion comprise.
    .news = Le secrétaire d’État met le marché sur la table, libération de l’espion comprise.
event-extension_bargain-offer_without_spy = Vous proposez le marché sans la libération de l’espion.
    .news = Le secrétaire d’État propose le marché sans la libération de l’espion.
event-extension_bargain-no_offer = Vous laissez filer le temps et ménagez votre capital.
    .news = Le secrétaire d’État ne fait aucune nouvelle offre.

event-homes_708 = Tandis que la direction palestinienne attend la quatrième libération, Israël relance un appel d’offres pour 708 logements à Gilo, resté sans preneur l’an dernier. Israël considère Gilo comme un quartier de sa capitale, qu’aucune entente sur la construction n’a jamais visé ; les Palestiniens, et la plupart des gouvernements, comme une colonie sur une terre occupée en 1967, et ils lisent dans le moment choisi un message.
    .title = 708 logements
    .history = Le 1er avril 2014, alors que la direction palestinienne attendait des nouvelles de la quatrième libération, Israël a relancé à des conditions plus souples un appel d’offres pour 708 logements à Gilo, au-delà de la ligne de 1967 à Jérusalem, resté sans offre en 2013 ; Israël soutenait que construire dans sa capitale n’avait jamais fait partie de l’entente. Le 8 avril, le secrétaire d’État a dit devant une commission du Sénat que ce fut le moment où l’effort partit en fumée, « pouf », et son ministère a ensuite affirmé que les deux camps avaient pris des mesures malvenues.
    .source = { source-inside-story } : 708 logements approuvés le 1er avril 2014 pour un quartier de Jérusalem au-delà de la ligne de 1967, et Jérusalem-Est laissée hors de l’accord sur la construction parce qu’Israël la tenait pour souveraine ; archives publiques : { source-times-of-israel }, sur l’appel d’offres de Gilo relancé faute de preneurs en 2013, et { source-senate-2014 }
event-homes_708-let_it_stand = Vous maintenez l’approbation.
    .news = L’approbation des 708 logements à Gilo est maintenue.
event-homes_708-shelve_it = Vous faites suspendre l’approbation pour l’instant.
    .news = Le gouvernement fait suspendre l’approbation pour l’instant.

event-un_conventions = À Ramallah, la direction se réunit autour de la table où, il y a neuf mois, le président a plaidé pour les négociations. Aucune nouvelle de la quatrième libération. Les documents d’adhésion à quinze conventions et traités de l’ONU sont prêts, et les invités prennent place. Les Américains disent qu’un vote arrive ; les Palestiniens disent l’avoir déjà entendu.
    .title = Quinze conventions
    .history = Le soir du 1er avril 2014, faute de vote israélien sur la quatrième libération, le président palestinien a signé l’adhésion à quinze conventions et traités de l’ONU. Israël y a vu une violation de l’engagement sur l’ONU ; les Palestiniens, une réponse à une date de libération non tenue. Le négociateur palestinien et les Américains divergent aussi sur le nombre de fois où des responsables américains avaient dit la libération imminente : neuf selon lui, trois ou quatre selon eux.
    .source = { source-inside-story } : la signature de l’adhésion à quinze conventions et traités de l’ONU le 1er avril 2014, la quatrième libération n’étant pas venue, et la dispute sur le nombre de fois où elle avait été annoncée imminente
event-un_conventions-sign_fifteen = Vous signez les quinze adhésions, et dites que les négociations continuent.
    .news = Le président palestinien signe l’adhésion à quinze conventions et traités de l’ONU.
event-un_conventions-wait_another_day = Vous attendez encore un jour le vote israélien.
    .news = Le président palestinien attend encore un jour le vote israélien.
event-un_conventions-full_un_campaign = Vous signez, et lancez toute la campagne à l’ONU, Cour comprise.
    .news = Le président palestinien signe, et lance une campagne complète à l’ONU, Cour pénale internationale comprise.

event-envoy_meetings = L’envoyé spécial américain rencontre encore et encore les deux équipes pour sauver une prolongation, en exigeant cette fois que tout soit mis par écrit. Les deux équipes disent vouloir poursuivre les négociations, à des conditions que l’autre camp rejette.
    .title = Neuf réunions
    .history = Dans les trois semaines suivant le 1er avril 2014, l’envoyé spécial américain a vu neuf fois les deux équipes pour sauver les négociations, en exigeant des conditions écrites ; le 23 avril, une prolongation semblait proche.
    .source = { source-inside-story } : les neuf réunions de l’envoyé spécial avec les deux équipes en avril 2014 pour mettre une prolongation par écrit
event-envoy_meetings-put_it_in_writing = Vous reprenez les conditions ligne par ligne, sur papier.
    .news = L’envoyé spécial et les deux équipes mettent par écrit les conditions de la prolongation.
event-envoy_meetings-let_it_cool = Vous laissez retomber la tension avant le prochain cycle.
    .news = Les discussions sur la prolongation marquent une pause, le temps de se calmer.

event-unity_deal = Des émissaires du mouvement du président sont à Gaza, et un accord avec le Hamas est prêt : la fin de sept ans de division, un gouvernement d’indépendants, des élections plus tard. Il réunirait les territoires palestiniens sous une seule autorité. Israël dit qu’il ferait entrer dans les négociations un mouvement qui rejette son existence.
    .title = L’unité
    .history = Le 23 avril 2014, une semaine avant l’échéance, le Fatah et le Hamas ont annoncé un accord pour mettre fin à sept ans de division et former un gouvernement de consensus national, qui a prêté serment en juin.
    .source = { source-inside-story } : l’accord Fatah-Hamas du 23 avril 2014 pour mettre fin à leur division et former un gouvernement d’union
event-unity_deal-sign_unity = Vous scellez l’accord d’unité.
    .news = Le Fatah et le Hamas annoncent un accord pour mettre fin à leur division et former un gouvernement d’unité.
event-unity_deal-unity_on_your_terms = Vous le scellez, le gouvernement étant lié à votre programme.
    .news = Le Fatah et le Hamas annoncent un accord d’unité ; le président dit que le nouveau gouvernement suivra son programme.
event-unity_deal-postpone_unity = Vous reportez l’unité jusqu’au règlement des négociations.
    .news = Le président reporte l’accord d’unité jusqu’au règlement des négociations.

event-cabinet_suspends = Le cabinet de sécurité israélien se réunit sur l’accord d’unité. Des ministres disent qu’Israël ne négociera pas avec un gouvernement soutenu par le Hamas, une organisation terroriste qui rejette l’existence d’Israël et tire des roquettes depuis Gaza. Le camp palestinien dit que le nouveau gouvernement reconnaîtra Israël et renoncera à la violence, comme le président. Quitter la table coûte autant à chaque camp : Washington et l’autre camp lui font moins confiance.
    .title = La réponse du cabinet
    .history = Le 24 avril 2014, le cabinet de sécurité israélien a voté à l’unanimité la suspension des négociations, refusant de discuter avec un gouvernement soutenu par le Hamas. La direction palestinienne a affirmé que le nouveau gouvernement suivrait la politique de reconnaissance et de non-violence du président.
    .source = { source-inside-story } : le vote du cabinet israélien du 24 avril 2014 suspendant les négociations ; archives publiques : la presse sur le vote, à l’unanimité, du cabinet de sécurité
event-cabinet_suspends-suspend_talks = Vous suspendez les négociations.
    .news = Le cabinet de sécurité israélien vote la suspension des négociations.
event-cabinet_suspends-suspend_until_terms = Vous suspendez tant que le nouveau gouvernement n’accepte pas vos conditions.
    .news = Le cabinet de sécurité israélien suspend les négociations jusqu’à ce que le nouveau gouvernement accepte ses conditions.
event-cabinet_suspends-keep_door_open = Vous laissez la porte ouverte, sous conditions.
    .news = Le cabinet de sécurité israélien laisse la porte ouverte, sous conditions, à la fureur de son partenaire.

event-deadline_day = 29 avril : les neuf mois prévus pour les négociations s’achèvent aujourd’hui. Ce qui a été convenu d’ici là est ce que les deux camps rapportent chez eux.
    .title = L’échéance
    .history = La période de neuf mois s’est achevée le 29 avril 2014 sans accord-cadre ni prolongation, cinq jours après la suspension des négociations par le cabinet de sécurité israélien. Ce jour-là, La Paix maintenant a compté 13 851 logements de colonies avancés pendant les négociations : appels d’offres pour 4 868 et projets pour 8 983, en Cisjordanie et à Jérusalem-Est.
    .source = { source-inside-story } : la période de neuf mois des négociations a pris fin le 29 avril 2014 ; { source-peace-now-2014 } : 13 851 logements de colonies avancés pendant les négociations, 4 868 par appels d’offres et 8 983 en projets

event-security_plan_planners = Des planificateurs militaires de l’équipe américaine présentent leur plan pour la vallée du Jourdain après un retrait : stations d’alerte précoce, surveillance israélienne à distance des points de passage, technologie américaine. La négociatrice israélienne et la plupart des chefs de la sécurité le saluent, le Premier ministre y voit une base de discussion, et le ministre de la Défense le rejette. Le camp palestinien, pas encore informé, veut un retrait israélien complet en trois ans, et accepterait une force américaine à sa place.
    .title = Un plan pour la vallée du Jourdain
    .history = Début décembre 2013, le secrétaire d’État a présenté à Israël des propositions de sécurité pour la Cisjordanie et la vallée du Jourdain, élaborées sous la direction d’un général américain à la retraite. La négociatrice israélienne et la plupart des chefs de la sécurité les ont appréciées, le Premier ministre y a vu une base de discussion, et le ministre de la Défense les a rejetées. Le président palestinien, qui voulait un retrait complet en trois ans et était ouvert à une force américaine, a mal pris d’en être informé lors d’une réunion sans le général.
    .source = { source-inside-story } : les propositions de sécurité américaines de début décembre 2013 pour la vallée du Jourdain et l’accueil que leur firent la négociatrice israélienne, les chefs de la sécurité, le Premier ministre et le ministre de la Défense ; l’exigence palestinienne d’un retrait complet en trois ans et l’ouverture à une force américaine ; la rencontre de décembre avec le Président palestinien, tenue sans le général
event-security_plan_planners-israelis_first = Vous l’étudiez d’abord avec les Israéliens.
    .news = Le secrétaire d’État étudie d’abord le plan avec les Israéliens.
event-security_plan_planners-both_together = Vous présentez le plan aux deux dirigeants en même temps.
    .news = Le secrétaire d’État présente le plan aux deux dirigeants en même temps.
event-security_plan_planners-rework_for_minister = Vous le remaniez pour répondre aux objections du ministre de la Défense.
    .news = Le secrétaire d’État remanie le plan pour répondre aux objections du ministre de la Défense.

event-autumn_attacks = Deux autres Israéliens sont tués dans des attaques : en octobre, un homme est tué chez lui dans une colonie de la vallée du Jourdain, et le 13 novembre un jeune soldat est poignardé à mort dans un bus à Afoula. La colère monte en Israël, et avec elle la pression sur le gouvernement au sujet des libérations de prisonniers.
    .title = Des attaques à l’automne
    .history = En octobre 2013, un officier israélien à la retraite a été tué chez lui dans la colonie de Brosh Habika, dans la vallée du Jourdain, et le 13 novembre un soldat israélien a été poignardé à mort dans un bus à Afoula. Avec les deux soldats tués en septembre, des attaques palestiniennes avaient tué au moins quatre Israéliens à la mi-novembre 2013.
    .source = archives publiques : la presse sur un Israélien tué chez lui à Brosh Habika, dans la vallée du Jourdain, en octobre 2013, et sur un soldat poignardé dans un bus à Afoula le 13 novembre 2013 ; au moins quatre Israéliens avaient été tués dans des attaques à la mi-novembre 2013

event-passover_eve_shooting = À la veille de la Pâque juive, un officier de police israélien qui roulait avec sa famille est abattu sur une route près d’Hébron.
    .title = Des coups de feu près d’Hébron
    .history = Le 14 avril 2014, veille de la Pâque juive, un officier de police israélien qui n’était pas en service a été abattu alors qu’il roulait avec sa famille près d’Hébron ; sa femme a été blessée.
    .source = archives publiques : la presse sur un policier israélien hors service tué par balle près d’Hébron le 14 avril 2014, veille de Pâque

source-inside-story = « The Explosive, Inside Story » (2014)
    .cite = « The Explosive, Inside Story of How John Kerry Built an Israel-Palestine Peace Plan—and Watched It Crumble », récit d’enquête sur les négociations de 2013-2014 (2014, en anglais)
source-groundwork = « Laying the Groundwork for a Return to Peace Talks » (Center for American Progress, 2013)
    .cite = Center for American Progress, « Laying the Groundwork for a Return to Peace Talks », note d’analyse (2013, en anglais)
source-unsc-446 = la résolution 446 (1979) du Conseil de sécurité des Nations unies
    .cite = Conseil de sécurité des Nations unies, résolution 446 (1979)
source-icj-2004 = l’avis consultatif de la Cour internationale de justice du 9 juillet 2004
    .cite = Cour internationale de justice, avis consultatif du 9 juillet 2004 sur les conséquences juridiques de l’édification d’un mur dans le territoire palestinien occupé
source-ocha-2013 = les rapports de l’OCHA sur le territoire palestinien occupé (2013)
    .cite = Bureau de la coordination des affaires humanitaires des Nations unies (OCHA), bulletins humanitaires et rapports sur le territoire palestinien occupé (2013)
source-times-of-israel = The Times of Israel, 1er avril 2014
source-senate-2014 = le témoignage du secrétaire d’État devant la commission des affaires étrangères du Sénat, 8 avril 2014
    .cite = Témoignage du secrétaire d’État américain devant la commission des affaires étrangères du Sénat, 8 avril 2014
source-peace-now-2014 = le rapport de La Paix maintenant du 29 avril 2014
    .cite = La Paix maintenant (Peace Now), rapport du 29 avril 2014 sur la construction dans les colonies pendant les neuf mois de négociations
