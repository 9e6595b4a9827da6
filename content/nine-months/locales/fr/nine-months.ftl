# Good Faith — « Neuf mois » (français) : paquet, acteurs, indicateurs, questions, rôles, actions.
#
# Conventions : actualités au présent ; choix à la deuxième personne (vous), en une ligne ;
# fonctions désignées par leur titre, jamais par un nom ; la position de chaque camp dans des
# termes que ses partisans reconnaîtraient. Les notes historiques (.history) peuvent nommer des
# personnes comme des faits. Les temps forts sont dans beats.ftl, les autres événements dans
# events.ftl, les fins dans endings.ftl.
#
# Choix de vocabulaire (à garder d’un fichier à l’autre) :
#   Secretary of State / the Secretary   le secrétaire d’État (américain)
#   the Prime Minister                   le Premier ministre (israélien)
#   the (Palestinian) President          le président palestinien ; le président (dans son camp)
#   the US President                     le président américain
#   Israel’s chief negotiator            la négociatrice en chef israélienne (titre tenu en 2013-2014
#                                        par une femme, chef d’un petit parti centriste)
#   the Palestinian chief negotiator     le négociateur en chef palestinien
#   the US (special) envoy               l’envoyé (spécial) américain ; the PM’s envoy : l’émissaire
#                                        du Premier ministre ; security envoy : l’envoyé pour la sécurité
#   Palestinian leadership               la direction palestinienne
#   talks / session                      les négociations / la séance
#   settlement / settler                 colonie / colon ; settlement building : la construction
#                                        dans les colonies ; settlement blocs : les blocs de colonies
#   settler-aligned partner              le partenaire proche des colons
#   freeze / restraint                   gel (des constructions) / retenue, pause dans la construction
#   tender / plan / unit                 appel d’offres / projet / logement
#   the 1967 lines                       les lignes de 1967 (la ligne de 1967 à Jérusalem)
#   land swaps                           échanges de territoires
#   the Jordan Valley                    la vallée du Jourdain
#   East Jerusalem                       Jérusalem-Est
#   framework                            accord-cadre (clauses de l’accord-cadre)
#   tranche / release                    tranche / libération
#   prisoners (pre-Oslo)                 prisonniers (d’avant Oslo)
#   nation-state of the Jewish people    « l’État-nation du peuple juif » ; Jewish state : État juif
#   refugees / right of return           réfugiés / droit au retour ; the Nakba : la Nakba
#   PLO / Fatah / Hamas                  l’OLP / le Fatah / le Hamas
#   Jewish Home / Labor / Shas / Likud   le Foyer juif / les travaillistes (Parti travailliste) /
#                                        le parti ultra-orthodoxe Shas / le Likoud
#   standing (of the leadership)         crédit
#   incitement                           incitation (à la haine)
#   Temple Mount / al-Haram al-Sharif    mont du Temple / al-Haram al-Charif
#   "price tag" attack                   attaque « prix à payer »
#   Middle East                          Proche-Orient
#   occupied in 1967                     occupée en 1967 (dans la voix palestinienne et celle de l’ONU)
#   terror / Judea and Samaria           terrorisme / « Judée-Samarie » : seulement dans la voix
#                                        israélienne (la droite, les colons) ; le narrateur est neutre
#   Chaque camp emploie ses mots dans sa propre voix ; tableau complet dans NOTES.md

pack-nine-months = Neuf mois : les négociations de 2013-2014

scenario-nine-months = Neuf mois
    .description = Juillet 2013. Après près de trois ans sans négociations formelles, le secrétaire d’État américain a ramené le gouvernement israélien et la direction palestinienne à la table, avec neuf mois, jusqu’au 29 avril 2014, pour conclure un accord, ou au moins un cadre pour y parvenir. Les conditions de la reprise sont minces : des libérations de prisonniers en quatre tranches, en échange d’aucune nouvelle démarche palestinienne à l’ONU. Israël compte aussi sur une entente avec Washington pour poursuivre une partie de la construction dans les colonies, que les Palestiniens disent n’avoir jamais acceptée. Chaque camp doute que l’autre veuille un accord ; chaque dirigeant a une coalition ou une rue qui pourrait briser sa carrière ; le médiateur a d’autres crises et un président sceptique. Vous occupez l’un des sièges, semaine après semaine. L’histoire est le chemin par défaut, pas des rails.

## Budget et étiquettes

resource-time = Temps
resource-capital = Capital politique
tag-prisoners = Prisonniers

## Acteurs (noms seuls, sans article : ils servent d’étiquettes, comme dans « … : proposition acceptée »)

actor-israel = Gouvernement israélien
actor-palestine = Direction palestinienne
actor-defence_minister = Ministre israélien de la Défense
actor-usa = Médiateurs américains
actor-israeli_team = Équipe de négociation israélienne
actor-palestinian_team = Équipe de négociation palestinienne
actor-jewish_home = Parti Foyer juif
actor-centrists = Partenaires centristes de la coalition
actor-labor = Parti travailliste
actor-israeli_public = Opinion israélienne
actor-settlers = Mouvement des colons
actor-palestinian_critics = Voix critiques de l’OLP et du Fatah
actor-palestinian_public = Opinion palestinienne
actor-hamas = Hamas
actor-white_house = Maison-Blanche
actor-eu = Union européenne
actor-un = Nations unies
actor-jordan = Jordanie
actor-egypt = Égypte
actor-arab_league = Ligue arabe
actor-iran_talks = Dossier nucléaire iranien

## Réactions : la ligne d’actualité quand la règle d’un acteur se déclenche

reaction-israel-digs_in = Le gouvernement israélien campe sur ses positions : sa sécurité, dit-il, ne se négociera pas sous pression étrangère.
reaction-israel-placates_partner = Pour garder son partenaire proche des colons, le gouvernement israélien fait avancer de nouvelles constructions dans les colonies.
reaction-israel-eases_restrictions = Le gouvernement israélien délivre plus de permis de travail et allège certains points de contrôle en Cisjordanie.
reaction-israel-deadly_clashes = En Cisjordanie, des heurts avec les forces israéliennes lors d’opérations d’arrestation et de manifestations coûtent encore des vies palestiniennes ; l’armée dit que ses soldats ont été attaqués.
reaction-israel-cabinet_endorses = Des ministres défendent le texte signé à la Knesset, et davantage d’Israéliens donnent sa chance aux négociations.
reaction-palestine-digs_in = La direction palestinienne campe sur ses positions : elle ne signera pas sous la dictée.
reaction-palestine-coordination_holds = La coordination sécuritaire israélo-palestinienne tient, et la Cisjordanie reste en majeure partie calme cette semaine.
reaction-palestine-acts_against_cells = Les forces de sécurité palestiniennes arrêtent des membres d’une cellule armée, ce que notent des responsables israéliens.
reaction-palestine-shores_up_standing = La direction palestinienne expose l’état des négociations aux instances de l’OLP et à la direction du Fatah, et obtient leur soutien pour poursuivre.
reaction-palestine-leadership_endorses = La direction de l’OLP approuve le texte signé, et le crédit du président progresse un peu.
reaction-defence_minister-briefs_against = Dans des confidences à la presse, le ministre de la Défense juge naïves les idées américaines sur la sécurité.
reaction-usa-keeps_channels_open = L’équipe américaine offre aux deux délégations un dîner de travail discret, loin des caméras.
reaction-usa-visits_jerusalem = Le secrétaire d’État s’envole pour Jérusalem, pour une nouvelle longue soirée avec le Premier ministre.
reaction-usa-visits_ramallah = Le secrétaire d’État se rend à Ramallah pour un nouveau long entretien avec le président.
reaction-usa-courts_defence_minister = Des généraux américains exposent une fois de plus leurs idées de sécurité au ministre israélien de la Défense.
reaction-usa-launches_economic_package = Le secrétaire d’État met en route le plan annoncé en mai pour attirer l’investissement privé dans l’économie palestinienne.
reaction-usa-asks_for_restraint = Le secrétaire d’État demande au Premier ministre quelques semaines sans nouvelle construction.
reaction-usa-leans_on_israel = Washington prévient le gouvernement israélien que les nouvelles constructions compliquent la tâche des médiateurs.
reaction-usa-leans_on_palestinians = Washington dit à la direction palestinienne que quitter la table lui coûterait le soutien américain.
reaction-usa-returns_to_file = L’équipe du secrétaire d’État libère de nouveau du temps dans son agenda pour le Proche-Orient.
reaction-usa-files_borders = La clause sur les frontières rejoint le dossier américain des textes convenus.
reaction-usa-files_security = La clause sur la sécurité rejoint le dossier américain des textes convenus.
reaction-usa-files_jerusalem = La clause sur Jérusalem rejoint le dossier américain des textes convenus.
reaction-usa-files_refugees = La clause sur les réfugiés rejoint le dossier américain des textes convenus.
reaction-usa-files_recognition = La clause sur la reconnaissance rejoint le dossier américain des textes convenus.
reaction-usa-files_settlements = L’entente sur les colonies rejoint le dossier américain des textes convenus.
reaction-usa-files_prisoners = L’entente sur les prisonniers rejoint le dossier américain des textes convenus.
reaction-usa-files_holy_sites = L’entente sur les lieux saints rejoint le dossier américain des textes convenus.
reaction-usa-files_extension = D’autres libérations et un arrêt des constructions étant convenus, les deux camps acceptent de négocier au-delà d’avril.
reaction-palestinian_team-drafts_plan_b = Les négociateurs palestiniens ajoutent une demande d’adhésion à l’ONU à leur dossier « plan B ».
reaction-jewish_home-threatens = Le Foyer juif menace de quitter le gouvernement si le texte sur la table est signé.
reaction-jewish_home-quits_over_text = Le Foyer juif quitte le gouvernement à cause du texte signé, et emporte ses 12 sièges.
reaction-jewish_home-walks_out = À bout de patience, le Foyer juif quitte le gouvernement, et emporte ses 12 sièges.
reaction-jewish_home-values_office = Les ministres du Foyer juif expliquent à leur base que c’est au cabinet qu’on peut empêcher un gel.
reaction-jewish_home-attacks_pm = Le chef du Foyer juif accuse publiquement le Premier ministre de trop céder.
reaction-centrists-demand_progress = Les partenaires centristes demandent publiquement ce que les négociations ont produit.
reaction-centrists-quit = Le petit parti centriste de la négociatrice en chef quitte la coalition : le gouvernement, dit-il, n’a jamais eu l’intention de bouger. 6 sièges en moins.
reaction-centrists-welcome = Les partenaires centristes saluent le texte signé et promettent de le défendre.
reaction-labor-moves_to_dissolve = Faute de majorité, l’opposition dépose une loi de dissolution de la Knesset.
reaction-labor-majority_restored = Le gouvernement retrouve une majorité, et la loi de dissolution est abandonnée.
reaction-labor-senses_the_mood = Les sondages étant favorables, les travaillistes se disent prêts à soutenir le gouvernement sur un accord.
reaction-labor-offers_safety_net = Les travaillistes offrent au gouvernement un filet de sécurité à la Knesset pour le texte signé.
reaction-israeli_public-judges_text = Sondages et commentateurs israéliens pèsent le texte signé : que donne Israël, qu’obtient-il ?
reaction-israeli_public-backs_talks_in_principle = Selon les sondages, la plupart des Israéliens approuvent le principe des négociations, quoi qu’ils en attendent.
reaction-israeli_public-party_rebels = Des élus du parti même du Premier ministre font défection à cause du texte signé, et la coalition perd 15 voix.
reaction-israeli_public-doubts = Des commentateurs israéliens qualifient les négociations de perte de temps, et les centristes s’inquiètent.
reaction-israeli_public-return_fears = Des commentateurs israéliens avertissent qu’accueillir des réfugiés, si peu soient-ils, ouvre la porte à un retour qui mettrait fin à la majorité juive ; des Juifs venus des pays arabes demandent où en sont leurs propres revendications.
reaction-israeli_public-nothing_to_show = Des mois de négociations et rien de signé : moins d’Israéliens croient que les négociations apporteront quelque chose.
reaction-settlers-lobby = Les dirigeants colons pressent les ministres de rejeter le texte sur la table.
reaction-settlers-rally = Les dirigeants des colons qualifient le texte signé de trahison et pressent leurs alliés au cabinet.
reaction-settlers-donors_fund = Des donateurs à l’étranger financent la construction dans les colonies et de nouveaux avant-postes, qui rendront tout retrait impossible, disent les groupes de colons.
reaction-settlers-quiet_growth = Rien n’étant signé, la construction se poursuit dans les colonies selon des plans approuvés de longue date, sans aucune annonce.
reaction-palestinian_critics-denounce_building = Des critiques de l’OLP et du Fatah voient dans ces constructions la preuve que les négociations sont un paravent.
reaction-palestinian_critics-drumbeat = Les critiques de l’OLP et du Fatah continuent d’attaquer les négociations dans la presse palestinienne.
reaction-palestinian_critics-revolt = Des figures du Fatah et de l’OLP accusent le président d’avoir bradé les droits palestiniens ; en Cisjordanie, des foules le traitent de traître.
reaction-palestinian_critics-denounce_text = Des critiques de l’OLP et du Fatah qualifient le texte signé de capitulation.
reaction-palestinian_critics-warn = Des critiques de l’OLP et du Fatah mettent le président en garde contre la formulation sur la table.
reaction-palestinian_public-wants_a_state = Selon les sondages, la plupart des Palestiniens veulent toujours un État, quoi qu’ils pensent des négociations.
reaction-palestinian_public-steadies = Si bas que tombe le crédit du président, beaucoup de Palestiniens voient toujours en lui le seul interlocuteur pour un État.
reaction-palestinian_public-loses_patience = Des commentateurs palestiniens demandent ce que les négociations ont apporté, et le crédit de la direction s’effrite.
reaction-palestinian_public-judges_text = Sondages et commentateurs palestiniens pèsent le texte signé : que donne la Palestine, qu’obtient-elle ?
reaction-palestinian_public-camps_reject = Dans les camps de réfugiés, du Liban à Gaza, la foule rejette la clause signée sur les réfugiés : le droit au retour, disent-ils, n’appartenait pas à la direction.
reaction-palestinian_public-nothing_to_show = Des mois de négociations et rien de signé : moins de Palestiniens croient que les négociations apporteront quelque chose.
reaction-hamas-denounces = Le Hamas dénonce le texte signé et qualifie les négociations de trahison.
reaction-hamas-courts_unity = Le Hamas adresse des messages à Ramallah sur la fin de la division.
reaction-hamas-backers_arm = De l’argent et des armes venus d’Iran parviennent aux groupes armés de Gaza qui rejettent les négociations, le Jihad islamique en tête.
reaction-white_house-other_priorities = À Washington, d’autres crises se disputent l’attention du président.
reaction-white_house-asks_for_results = La Maison-Blanche demande au secrétaire d’État ce que produisent les négociations.
reaction-eu-warns = Des gouvernements européens avertissent que construire dans les colonies sape les négociations.
reaction-un-statement = Le secrétaire général de l’ONU appelle les deux camps à la retenue.
reaction-jordan-concern = La Jordanie avertit que le texte sur la table menace sa propre sécurité et son rôle à Jérusalem.
reaction-jordan-guards_its_role = La Jordanie avertit que le texte sur la table touche à son propre rôle : la garde des lieux saints, ou la sécurité de sa frontière.
reaction-jordan-keeps_contacts = Responsables jordaniens et égyptiens et chefs de la sécurité des deux camps gardent des contacts discrets.
reaction-egypt-gaza_calm = L’Égypte obtient quelques jours de calme entre Israël et les groupes armés de Gaza.
reaction-arab_league-backs_president = La Ligue arabe soutient le président palestinien dans son refus de la formule de l’État juif.
reaction-arab_league-holds_to_initiative = Les États arabes rappellent au président que leur initiative de paix demande une solution convenue pour les réfugiés.
reaction-iran_talks-draws_attention = Un nouveau cycle de négociations nucléaires avec l’Iran éloigne le secrétaire d’État du dossier.

## Indicateurs

meter-coalition_seats = Sièges de la coalition (sur 120)
meter-public_support = Soutien aux négociations
meter-legitimacy = Crédit de la direction palestinienne
meter-violence = Violence
meter-casualties_israeli = Israéliens tués
meter-casualties_palestinian = Palestiniens tués
meter-units_announced = Logements annoncés en colonies
meter-pressure = Pression internationale
meter-us_capital = Capital politique à Washington
meter-us_attention = Temps du secrétaire d’État
meter-momentum = Dynamique

## Drapeaux

flag-talks_open = Négociations en cours
flag-gag_order = Silence médiatique
flag-restraint = Pause dans la construction
flag-no_un_pledge = Pas de démarche à l’ONU
flag-tranches_on = Libérations programmées
flag-citizens_excluded = Citoyens exclus de la liste
flag-freeze_track = Retenue convenue sur la construction
flag-un_open = Voie de l’ONU ouverte
flag-letter_sent = Lettre américaine (lignes de 1967)
flag-economic_package = Plan économique
flag-security_envoy = Envoyé pour la sécurité
flag-arab_backing = Soutien arabe
flag-security_plan = Plan de sécurité américain
flag-resignation = Démission des négociateurs
flag-jewish_home_out = Foyer juif hors du gouvernement
flag-labor_in = Travaillistes au gouvernement
flag-centrists_out = Centristes hors du gouvernement
flag-elections_called = Élections convoquées
flag-fourth_delayed = Quatrième libération reportée
flag-bargain_broken = Marché des libérations rompu
flag-extension_offer = Offre de prolongation
flag-extension_israel_yes = Israël accepte la prolongation
flag-extension_agreed = Prolongation convenue
flag-settlement_halt = Arrêt des constructions
flag-un_conventions = Conventions de l’ONU signées
flag-unity_deal = Accord d’unité
flag-talks_suspended = Négociations suspendues
flag-palestinian_exit = Départ des Palestiniens
flag-session_off = Séance annulée
flag-new_units = Constructions annoncées

## Questions et options

issue-borders = Frontières
    .description = Le gouvernement israélien lit la résolution 242 de 1967 comme un appel à des frontières sûres et reconnues, non à un retour aux anciennes lignes, qui n’étaient que les lignes d’armistice de 1949 ; il invoque les liens du peuple juif avec la Judée-Samarie et veut des frontières défendables, avec les grands blocs de colonies, où vivent la plupart des colons, du côté israélien. La direction palestinienne veut la fin de l’occupation commencée en 1967 : la résolution 242 demandait le retrait de territoires occupés pendant cette guerre, et elle veut un État sur les lignes de 1967 avec seulement de petits échanges équivalents, déjà un compromis historique : un État sur 22 % de la Palestine historique.
issue-borders-security_border = Une frontière dictée par la sécurité d’Israël, sans mention de 1967
issue-borders-settlement_blocs = Israël garde les grands blocs de colonies ; le reste se négocie
    .ambiguous = Une frontière qui « reflète les changements sur le terrain depuis 1967 »
issue-borders-lines_1967_swaps = Négociée sur les lignes de 1967, avec des échanges mutuellement convenus
    .ambiguous = Négociée « à la lumière » des lignes de 1967 et des réalités ultérieures
issue-borders-lines_1967 = Les lignes de 1967, avec de petits échanges équivalents

issue-security = Sécurité et vallée du Jourdain
    .description = Le gouvernement israélien et son ministre de la Défense citent Gaza et le Liban-Sud, où des retraits ont été suivis de roquettes : ils veulent des forces israéliennes capables d’empêcher armes et combattants de passer depuis l’est, tant que durera la menace. La direction palestinienne répond qu’un État souverain ne peut accueillir une armée étrangère sans date de fin : elle veut un retrait selon un calendrier, et accepte entre-temps une tierce partie, par exemple des forces américaines.
issue-security-long_term_presence = Forces israéliennes dans la vallée du Jourdain, sans date de fin
issue-security-us_security_package = Plan américain : retrait par étapes vérifiées, alerte précoce, technologie
    .ambiguous = Le plan américain, avec un retrait « au vu des résultats »
issue-security-phased_withdrawal = Retrait israélien total en trois ans ; une tierce partie ensuite
issue-security-international_force = Une force internationale remplace aussitôt les forces israéliennes

issue-jerusalem = Jérusalem
    .description = Le gouvernement israélien voit en Jérusalem la capitale du peuple juif depuis trois mille ans, la ville du mont du Temple, lieu le plus saint du judaïsme, et du mur des Lamentations ; divisée de 1948 à 1967, quand les Juifs ne pouvaient atteindre le Mur, elle a été réunifiée en 1967, et Israël refuse qu’elle soit de nouveau divisée. La direction palestinienne voit en Jérusalem-Est, occupée en 1967 et annexée par Israël sans que l’ONU l’ait jamais reconnu, avec la mosquée al-Aqsa, le Dôme du Rocher et le Saint-Sépulcre, la capitale de la Palestine ; pour son opinion, il n’y a pas d’État sans elle.
issue-jerusalem-undivided = Une Jérusalem indivise sous souveraineté israélienne
issue-jerusalem-aspirations = Le texte note les « aspirations » palestiniennes à une capitale à Jérusalem
issue-jerusalem-capital_in_jerusalem = Une capitale palestinienne à Jérusalem, limites à négocier
    .ambiguous = Une capitale palestinienne « dans la région de Jérusalem »
issue-jerusalem-neighbourhood_formula = Quartiers juifs à Israël, quartiers arabes à la Palestine ; deux capitales
issue-jerusalem-east_jerusalem_capital = Jérusalem-Est, telle qu’avant 1967, capitale de la Palestine

issue-refugees = Réfugiés
    .description = Le gouvernement israélien affirme qu’un retour des réfugiés en Israël mettrait fin à la majorité juive, raison d’être de l’État ; les réfugiés devraient trouver leur foyer dans l’État palestinien, avec une indemnisation, et les Juifs partis des pays arabes ont eux aussi droit à réparation. La direction palestinienne affirme que le déracinement de 1948, la Nakba, est l’injustice fondatrice ; le droit au retour, affirmé par la résolution 194 de l’Assemblée générale en 1948, appartient à chaque réfugié et aucune signature ne peut l’abolir, même si ses modalités peuvent se négocier.
issue-refugees-compensation_only = Indemnisation, y compris des Juifs des pays arabes ; aucune admission
issue-refugees-resettlement_in_palestine = Réfugiés installés dans l’État palestinien, avec indemnisation
issue-refugees-discretionary_admission = Idem, plus quelques admissions en Israël, à sa seule discrétion
    .ambiguous = « Une solution juste et convenue », sans aucun chiffre
issue-refugees-right_of_return = Le droit au retour reconnu, vers les foyers situés en Israël

issue-recognition = Reconnaissance
    .description = Le gouvernement israélien a accepté un État palestinien démilitarisé dans le discours du Premier ministre à l’université Bar-Ilan en 2009, à une condition : que les Palestiniens acceptent Israël comme l’État du peuple juif et renoncent à toute revendication sur lui ; sans cela, il craint que le conflit ne continue par d’autres moyens. La direction palestinienne rappelle que l’OLP a reconnu Israël en 1993 ; le définir comme État juif préjugerait du sort des réfugiés et des droits des citoyens palestiniens d’Israël, et on ne l’exige d’aucun autre voisin.
issue-recognition-jewish_nation_state = Israël, « État-nation du peuple juif » ; égalité des droits pour tous
    .ambiguous = « Deux États pour deux peuples », chacun foyer national de son peuple
issue-recognition-mutual_recognition = Reconnaissance mutuelle des deux États, comme dans les lettres de 1993
issue-holy_sites = Les lieux saints
    .description = L’esplanade que les juifs appellent le mont du Temple et les musulmans al-Haram al-Charif, et le mur occidental à son pied. Le gouvernement israélien dit que le mont du Temple est le lieu le plus saint du judaïsme et le Mur son lieu de prière, que les juifs ne pouvaient atteindre de 1948 à 1967 : Israël doit garder la souveraineté sur les deux et laisse les mosquées à la fondation religieuse musulmane. La direction palestinienne dit que la mosquée al-Aqsa et le Dôme du Rocher sont au cœur du lien de son peuple avec Jérusalem, et de celui de tous les musulmans : al-Haram al-Charif doit relever de la souveraineté palestinienne, le Mur de celle d’Israël. Depuis 1967, la Jordanie a la garde des lieux saints musulmans, où les musulmans prient et où les autres peuvent se rendre.
issue-holy_sites-israeli_sovereignty = Souveraineté israélienne sur le mont du Temple et le Mur ; la fondation musulmane gère les mosquées
issue-holy_sites-custodianship = Les arrangements de 1967 demeurent : la Jordanie garde les lieux musulmans, le Mur est à Israël
    .ambiguous = Des lieux saints « ouverts à toutes les confessions », leur statut à convenir
issue-holy_sites-palestinian_sovereignty = Souveraineté palestinienne sur al-Haram al-Charif ; le mur occidental à Israël

issue-settlements = Les colonies pendant les négociations
    .description = Le gouvernement israélien affirme que construire à Jérusalem et dans les blocs ne change rien qu’un accord final ne changerait de toute façon, et sa coalition en dépend ; il a gelé les constructions nouvelles en Cisjordanie pendant dix mois en 2009-2010, et les Palestiniens ne sont venus aux négociations directes que dans ses dernières semaines, en septembre 2010, pour les quitter à son terme. La direction palestinienne affirme que les colonies sont illégales au regard du droit international, que chaque nouveau logement prend une terre que les négociations doivent partager, et que construire pendant les négociations fait de chaque cycle le paravent de nouvelles colonies.
issue-settlements-freeze = Un gel total, Jérusalem-Est comprise, pendant les négociations
issue-settlements-slowdown = Un ralentissement discret hors des blocs
    .ambiguous = Une « retenue » non écrite
issue-settlements-halt_outside_jerusalem = Aucune nouvelle annonce en Cisjordanie, Jérusalem-Est exceptée
issue-settlements-no_limits = Aucune limite : on construit comme avant

issue-prisoners = Prisonniers
    .description = Le gouvernement israélien libère des personnes condamnées pour avoir tué des Israéliens, et chaque libération ravive le deuil des familles des victimes ; il veut lier les libérations aux progrès. La direction palestinienne voit dans les prisonniers détenus depuis avant les accords de 1993 des prisonniers d’une lutte nationale, dont Israël devait la libération depuis les années d’Oslo sans jamais l’achever ; leur retour est pour le président la preuve que le dialogue paie.
issue-prisoners-all_104 = Les 104 d’avant Oslo, citoyens israéliens compris, en quatre tranches
issue-prisoners-without_citizens = Les prisonniers d’avant Oslo, sauf les citoyens israéliens
    .ambiguous = La dernière tranche « soumise à une décision distincte du cabinet »
issue-prisoners-wider_release = La dernière tranche et d’autres libérations, contre une prolongation

## Rôles

role-secretary_of_state = le secrétaire d’État
    .description = Vous dirigez la médiation américaine. Vous ne signez pas, mais vous pouvez rédiger l’accord-cadre clause par clause, rendre visite aux dirigeants, faire la navette, les presser ou les rassurer, faire intervenir le président américain et préparer le terrain : plan économique, envoyé pour la sécurité, soutien arabe. Le gouvernement israélien, la direction palestinienne et le ministre israélien de la Défense doivent tous accepter une proposition. Presser Israël vous coûte plus cher chez vous que presser les Palestiniens. Si un camp voit en vous l’avocat de l’autre, il s’en va. Vous voyez toutes les lignes rouges.
    .success = Un accord-cadre sur les frontières, la sécurité, Jérusalem, les réfugiés et la reconnaissance, signé et tenu au 29 avril, avec assez de confiance entre les dirigeants pour survivre à ses flous. Réussite partielle : un accord-cadre avec réserves, ou une prolongation acceptée des deux camps.

role-prime_minister = le Premier ministre israélien
    .description = Vous dirigez une coalition de 68 sièges sur 120. Le Foyer juif, proche des colons (12 sièges), partira en cas de lignes de 1967, de Jérusalem divisée ou de gel ; les centristes veulent des progrès ; les travaillistes, dans l’opposition, pourraient offrir un filet de sécurité ; votre ministre de la Défense a un veto sur la sécurité. Vous pouvez rédiger et proposer, voir le secrétaire d’État, rallier ou élargir la coalition, approuver ou freiner la construction, appeler le président palestinien, parler à la nation, travailler avec les forces de sécurité palestiniennes ou ordonner des arrestations, et retenir vos ministres. Vous voulez la sécurité dans la vallée du Jourdain et la reconnaissance d’Israël comme État juif. Les Palestiniens accordent moins de poids à vos textes : ils doivent être nettement bons pour eux. Deux semaines sans majorité, et ce sont des élections.
    .success = Un accord-cadre signé des deux camps et toujours respecté le 29 avril, et votre coalition tient. Réussite partielle : un accord-cadre avec réserves, ou une prolongation.

role-palestinian_president = le président palestinien
    .description = Vous dirigez l’OLP et l’Autorité palestinienne en Cisjordanie ; Gaza est gouvernée par le Hamas. Vos critiques refusaient de revenir à la table sans gel des constructions ; votre opinion veut la fin de l’occupation, le retour des prisonniers et un État sur les lignes de 1967, avec Jérusalem-Est pour capitale. Vous pouvez rédiger et proposer, rencontrer le secrétaire d’État, consulter la direction, vous adresser à votre peuple, maintenir ou suspendre la coordination sécuritaire, freiner l’incitation ou dénoncer celle d’Israël, tendre la main aux Israéliens, et garder en réserve la voie de l’ONU et l’unité avec le Hamas. Le gouvernement israélien accorde moins de poids à tout texte venu de vous. Si votre crédit s’effondre, la rue choisit à votre place.
    .success = Un accord-cadre signé des deux camps et toujours respecté le 29 avril, et votre crédit tient. Réussite partielle : un accord-cadre avec réserves, ou une prolongation.

role-israeli_negotiator = la négociatrice en chef israélienne
    .description = Vous dirigez l’équipe israélienne aux séances hebdomadaires, aux côtés de l’émissaire personnel du Premier ministre, qui insiste pour régler la sécurité avant toute carte. Vous croyez un accord possible ; le Premier ministre ne l’a pas dit en public. Vous pouvez rédiger et proposer, rendre compte au Premier ministre, ouvrir un canal discret avec votre homologue, travailler avec l’envoyé américain, mettre des cartes sur la table ou la sécurité d’abord, et courtiser les travaillistes. Un texte venu de vous exige la confiance du Premier ministre, l’accord du ministre de la Défense et le oui des Palestiniens, qui accordent moins de poids à un texte venu du camp israélien.
    .success = Un accord-cadre signé des deux camps et toujours respecté le 29 avril. Réussite partielle : accord-cadre avec réserves, ou prolongation.

role-palestinian_negotiator = le négociateur en chef palestinien
    .description = Vous dirigez l’équipe palestinienne, rendez des comptes au président et parlez à la presse du monde entier. Vous doutez que le gouvernement israélien paie le prix d’un accord, et c’est vous qui payez le prix de chaque échec. Vous pouvez rédiger et proposer, rendre compte au président, ouvrir un canal discret avec votre homologue et avec l’envoyé américain, informer la presse, menacer de démissionner, préparer les demandes d’adhésion à l’ONU et consulter les factions. Un texte venu de vous exige la confiance du président et les deux signatures israéliennes, et le camp israélien accorde moins de poids à un texte venu des Palestiniens.
    .success = Un accord-cadre signé des deux camps et toujours respecté le 29 avril. Réussite partielle : accord-cadre avec réserves, ou prolongation.

objective-secretary_of_state-talks_running = Les négociations se poursuivent, ni suspendues ni abandonnées.
objective-secretary_of_state-even_hand = Les deux dirigeants vous font confiance (40 ou plus), à moins de 15 points d’écart.
objective-secretary_of_state-bridge = Les dirigeants se font assez confiance pour signer : israélien 30 ou plus, palestinien 25 ou plus.
objective-secretary_of_state-borders_clause = Une clause sur les frontières est sur la table sans franchir de ligne rouge d’un signataire.
objective-secretary_of_state-security_clause = Une clause sur la sécurité est sur la table sans franchir de ligne rouge d’un signataire.
objective-secretary_of_state-jerusalem_clause = Une clause sur Jérusalem est sur la table sans franchir de ligne rouge d’un signataire.
objective-secretary_of_state-refugees_clause = Une clause sur les réfugiés est sur la table sans franchir de ligne rouge d’un signataire.
objective-secretary_of_state-recognition_clause = Une clause sur la reconnaissance est sur la table sans franchir de ligne rouge d’un signataire.
objective-secretary_of_state-framework = Les cinq questions de l’accord-cadre sont signées.
objective-secretary_of_state-quiet = La violence reste sous 40.
objective-prime_minister-coalition_holds = Votre coalition garde la majorité : 61 sièges ou plus.
objective-prime_minister-security_first = Une clause de sécurité signée maintient les forces israéliennes ou le plan américain dans la vallée du Jourdain.
objective-prime_minister-recognition = Israël est reconnu comme l’État-nation du peuple juif.
objective-prime_minister-borders_clause = Une clause sur les frontières est sur la table sans franchir de ligne rouge d’un signataire.
objective-prime_minister-security_clause = Une clause sur la sécurité est sur la table sans franchir de ligne rouge d’un signataire.
objective-prime_minister-jerusalem_clause = Une clause sur Jérusalem est sur la table sans franchir de ligne rouge d’un signataire.
objective-prime_minister-refugees_clause = Une clause sur les réfugiés est sur la table sans franchir de ligne rouge d’un signataire.
objective-prime_minister-recognition_clause = Une clause sur la reconnaissance est sur la table sans franchir de ligne rouge d’un signataire.
objective-prime_minister-framework = Les cinq questions de l’accord-cadre sont signées.
objective-prime_minister-not_blamed = Washington ne vous accuse pas : sa confiance en vous atteint 45 ou plus.
objective-palestinian_president-street_holds = Votre crédit tient : 35 ou plus.
objective-palestinian_president-prisoners_home = Les quatre tranches de prisonniers sont libérées.
objective-palestinian_president-borders_1967 = Une frontière fondée sur les lignes de 1967 est signée.
objective-palestinian_president-jerusalem_capital = Une capitale palestinienne à Jérusalem est signée.
objective-palestinian_president-borders_clause = Une clause sur les frontières est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_president-security_clause = Une clause sur la sécurité est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_president-jerusalem_clause = Une clause sur Jérusalem est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_president-refugees_clause = Une clause sur les réfugiés est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_president-recognition_clause = Une clause sur la reconnaissance est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_president-framework = Les cinq questions de l’accord-cadre sont signées.
objective-israeli_negotiator-pm_backing = Le Premier ministre vous fait confiance : 45 ou plus.
objective-israeli_negotiator-working_channel = Votre homologue vous fait confiance : 50 ou plus.
objective-israeli_negotiator-borders_clause = Une clause sur les frontières est sur la table sans franchir de ligne rouge d’un signataire.
objective-israeli_negotiator-security_clause = Une clause sur la sécurité est sur la table sans franchir de ligne rouge d’un signataire.
objective-israeli_negotiator-jerusalem_clause = Une clause sur Jérusalem est sur la table sans franchir de ligne rouge d’un signataire.
objective-israeli_negotiator-refugees_clause = Une clause sur les réfugiés est sur la table sans franchir de ligne rouge d’un signataire.
objective-israeli_negotiator-recognition_clause = Une clause sur la reconnaissance est sur la table sans franchir de ligne rouge d’un signataire.
objective-israeli_negotiator-framework = Les cinq questions de l’accord-cadre sont signées.
objective-palestinian_negotiator-president_backing = Le président vous fait confiance : 50 ou plus.
objective-palestinian_negotiator-working_channel = Votre homologue vous fait confiance : 50 ou plus.
objective-palestinian_negotiator-borders_clause = Une clause sur les frontières est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_negotiator-security_clause = Une clause sur la sécurité est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_negotiator-jerusalem_clause = Une clause sur Jérusalem est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_negotiator-refugees_clause = Une clause sur les réfugiés est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_negotiator-recognition_clause = Une clause sur la reconnaissance est sur la table sans franchir de ligne rouge d’un signataire.
objective-palestinian_negotiator-framework = Les cinq questions de l’accord-cadre sont signées.

## Actions

action-draft_text = Rédiger une clause
    .description = Mettre sur la table le texte d’une question ; le soutien de chaque partie est recalculé.
action-put_proposal = Soumettre la table aux signataires
    .description = Le gouvernement israélien, la direction palestinienne et le ministre de la Défense répondent ; si tous acceptent, le nouveau est signé. Une fois par semaine, dès la mi-octobre, quand les séances ont cerné les écarts. Nul dirigeant ne soumet un texte franchissant ses propres lignes rouges. Force inégale : 25 côté palestinien, 15 côté israélien (promesses au faible souvent reportées).
action-meet_secretary = Rencontrer le secrétaire d’État
    .description = Un long entretien en privé : la confiance grandit entre vous et les Américains.
action-channel = Ouvrir un canal discret avec votre homologue
    .description = Une rencontre discrète hors des séances : votre homologue vous fait plus confiance, et les dirigeants se font un peu plus confiance.
action-work_with_envoy = Travailler avec l’envoyé américain
    .description = Rédiger avec l’envoyé spécial : la confiance grandit dans les deux sens, et les négociations prennent de l’élan.
action-visit = Rendre visite à un dirigeant
    .description = Un long entretien sur place : ce dirigeant vous fait plus confiance. L’autre camp compte vos visites.
action-shuttle = Faire la navette entre les dirigeants
    .description = Une semaine de messages portés dans les deux sens : chaque dirigeant fait un peu plus confiance à l’autre.
action-press = Faire pression sur un dirigeant
    .description = Peser sur un camp : la pression l’aide à dire oui, mais il vous fait moins confiance. Les forces sont inégales, et la règle le dit : presser Israël vous coûte 6 de capital à Washington, où le Congrès est proche d’Israël, contre 2 pour les Palestiniens ; et la pression pèse moins sur le plus fort : un sixième compte pour le oui d’Israël, un quart pour celui des Palestiniens.
action-seek_restraint = Demander à Israël une pause des constructions
    .description = Quelques semaines sans nouvelle annonce dans les colonies : les Palestiniens vous font un peu plus confiance, à vous et à Israël ; le cabinet israélien et son partenaire s’en irritent.
action-reassure_israel = Offrir à Israël des garanties de sécurité
    .description = Engagements américains sur la sécurité et l’Iran : Israël et son ministre de la Défense vous font plus confiance ; les Palestiniens le notent.
action-support_authority = Soutenir l’Autorité palestinienne
    .description = Aide budgétaire et soutien public : le crédit de la direction et sa confiance en vous augmentent ; le Congrès grogne.
action-address_israelis = S’adresser à l’opinion israélienne
    .description = Plaider pour un accord dans les médias et forums israéliens : le soutien israélien augmente ; le gouvernement n’aime pas être contourné.
action-economic_package = Lancer le plan économique
    .description = Mettre en route les projets d’investissement pour l’économie palestinienne (annoncés en mai 2013), une fois : le crédit de la direction et le soutien de son opinion augmentent.
action-security_envoy = Nommer un envoyé spécial pour la sécurité
    .description = Un général à la retraite conçoit les arrangements de sécurité, une fois : Israël et son ministre de la Défense vous font plus confiance, et tant que le ministre doute de vous, les exposés de l’envoyé en regagnent une partie.
action-arab_backing = Chercher un soutien arabe
    .description = Demander à la Ligue arabe d’avaliser les échanges de territoires et de couvrir un compromis (une fois) : les Palestiniens peuvent accepter plus, et tant qu’un texte avec des échanges convenus est sur la table, les déclarations des États arabes soutiennent le président chez lui.
action-domestic_outreach = Plaider votre cause chez vous
    .description = Informer le Congrès et les responsables communautaires : vous regagnez du capital politique à Washington.
action-call_for_calm = Appeler les deux camps à la retenue
    .description = Appeler les deux chefs de la sécurité après des violences : la violence baisse ; chaque camp vous reproche de le renvoyer dos à dos avec l’autre.
action-gag_order = Imposer le silence médiatique
    .description = Aucun point presse pendant quatre semaines : moins de fuites ; les deux opinions en savent moins et croient moins aux négociations.
action-bring_in_president = Faire intervenir le président américain
    .description = Un appel ou une rencontre à la Maison-Blanche : la pression sur les deux camps et la dynamique augmentent ; cela coûte du capital et la patience du président.
action-address_nation = S’adresser à la nation
    .description = Expliquer en public l’intérêt des négociations : le soutien israélien augmente ; votre partenaire grogne.
action-rally_coalition = Rallier la coalition
    .description = Rassurer les partenaires sur les lignes rouges : la coalition est plus stable ; les Palestiniens entendent un ton plus dur.
action-approve_tenders = Approuver des appels d’offres en colonies
    .description = Appels d’offres de logements dans les blocs et à Jérusalem : votre partenaire est satisfait ; les Palestiniens et Washington vous font moins confiance, et la pression sur Israël augmente. Un geste unilatéral coûte la même chose au camp qui le fait, quel qu’il soit.
action-restrain_building = Freiner la construction dans les colonies
    .description = Retarder discrètement projets et appels d’offres : les Palestiniens et Washington vous font plus confiance ; votre partenaire et les colons, non.
action-court_labor = Courtiser les travaillistes
    .description = Parler au chef de l’opposition d’une entrée au gouvernement : les travaillistes se rapprochent ; votre partenaire le remarque.
action-consult_defence_minister = Consulter le ministre de la Défense
    .description = Lui exposer le dossier sécuritaire : il vous fait plus confiance ; les négociations ralentissent un peu.
action-call_president = Appeler le président palestinien
    .description = Une conversation directe : le président vous fait plus confiance, et vous à lui ; votre partenaire proteste.
action-raise_incitement = Évoquer l’incitation palestinienne
    .description = Mettre à l’ordre du jour les messages hostiles des médias et des écoles palestiniens : la pression sur les Palestiniens et le soutien intérieur augmentent ; ils s’en irritent.
action-curb_ministers = Retenir vos ministres
    .description = Demander aux ministres de cesser d’appeler à l’annexion et de rejeter un État palestinien : le président vous fait plus confiance ; votre partenaire proteste.
action-ease_restrictions = Assouplir déplacements et permis
    .description = Plus de permis de travail, moins de points de contrôle : la vie des Palestiniens s’allège un peu ; le ministre de la Défense se méfie.
action-coordinate_security = Travailler avec les forces palestiniennes
    .description = Laisser les forces de sécurité palestiniennes agir dans leurs villes et limiter les opérations d’arrestation de l’armée : la violence baisse et le président vous fait plus confiance ; votre partenaire, une partie de votre opinion et le ministre de la Défense y voient un risque.
action-arrest_sweep = Ordonner une vague d’arrestations
    .description = Des opérations d’arrestation de l’armée dans toute la Cisjordanie : le ministre de la Défense, votre partenaire et votre opinion approuvent ; la violence augmente, et les Palestiniens vous font moins confiance.
action-consult_leadership = Consulter la direction de l’OLP
    .description = Associer les critiques aux décisions : votre crédit augmente ; les négociations perdent un peu de rythme.
action-address_people = S’adresser à votre peuple
    .description = Expliquer en public ce que les négociations peuvent apporter : soutien et crédit en hausse ; les Israéliens entendent un ton plus dur.
action-security_coordination = Maintenir la coordination sécuritaire
    .description = Vos forces agissent contre les cellules armées : la violence baisse et Israël vous fait plus confiance ; beaucoup des vôtres parlent de collaboration.
action-suspend_coordination = Suspendre la coordination sécuritaire
    .description = Interrompre un temps la coopération avec l’armée israélienne : votre crédit et le soutien de votre opinion augmentent ; la violence aussi, et Israël, son ministre de la Défense et Washington vous font moins confiance.
action-curb_incitement = Freiner l’incitation
    .description = Contenir les messages hostiles des médias officiels : Israël vous fait plus confiance ; vos critiques protestent.
action-raise_israeli_incitement = Évoquer l’incitation israélienne
    .description = Mettre à l’ordre du jour les appels de ministres à l’annexion et les attaques de colons : la pression sur Israël et le soutien intérieur augmentent ; Israël s’en irrite.
action-meet_israelis = Rencontrer des Israéliens
    .description = Recevoir des visiteurs israéliens à Ramallah et parler à l’opinion israélienne : le soutien israélien augmente ; vos critiques protestent.
action-raise_un_option = Évoquer la voie de l’ONU
    .description = Rappeler à tous que la voie de l’ONU existe : votre crédit augmente ; Israël et Washington vous font moins confiance, et la pression retombe sur vous. Un geste unilatéral coûte la même chose au camp qui le fait, quel qu’il soit.
action-unity_contacts = Prendre contact avec le Hamas pour l’unité
    .description = Discussions discrètes sur la fin de la division : votre crédit augmente ; Israël et Washington vous font moins confiance.
action-appeal_arab_league = En appeler à la Ligue arabe
    .description = Demander le soutien des États arabes : votre crédit et la pression sur Israël augmentent.
action-call_prime_minister = Appeler le Premier ministre israélien
    .description = Une conversation directe : le Premier ministre vous fait plus confiance, et vous à lui ; certains de vos critiques protestent.
action-brief_prime_minister = Rendre compte au Premier ministre
    .description = Un compte rendu complet des séances : le Premier ministre vous fait plus confiance.
action-put_maps = Mettre des cartes sur la table
    .description = Entrer dans le détail : la dynamique et la confiance de votre homologue augmentent ; le Premier ministre et son émissaire sont mécontents.
action-security_first = La sécurité d’abord
    .description = Exiger de régler la sécurité avant les cartes : le Premier ministre et le ministre de la Défense vous font plus confiance ; tout ralentit.
action-lobby_labor = Pousser les travaillistes à entrer
    .description = Presser le chef de l’opposition de rejoindre le gouvernement : les travaillistes y sont plus enclins ; le Foyer juif le remarque.
action-keep_silence = Maintenir le silence médiatique
    .description = Ne rien dire à la presse : moins de fuites, et les Américains vous font plus confiance.
action-brief_president = Rendre compte au président
    .description = Un compte rendu complet des séances : le président vous fait plus confiance.
action-press_briefing = Informer la presse
    .description = Donner votre version des faits : votre opinion et votre crédit progressent ; les fuites deviennent plus probables, et Israéliens et Américains s’en irritent.
action-threaten_resignation = Menacer de démissionner
    .description = Rendre votre colère publique : pression sur Israël et crédit en hausse ; les négociations ralentissent.
action-prepare_plan_b = Préparer les demandes d’adhésion à l’ONU
    .description = Préparer les documents pour adhérer à des traités de l’ONU : Washington et votre homologue israélien vous font moins confiance, et la pression sur le camp palestinien augmente. Passé un seuil, le président doit trancher.
action-consult_factions = Consulter les factions
    .description = Tenir informées les factions du Fatah et de l’OLP : le crédit de la direction augmente.

## Difficultés

difficulty-calm = Calme
    .description = Une saison plus calme qu’en réalité : un peu plus de confiance, des opinions plus patientes, moins d’incidents meurtriers.
difficulty-historical = Historique
    .description = La saison telle qu’elle fut : peu de confiance, des opinions sceptiques, parfois des incidents meurtriers.
difficulty-volatile = Instable
    .description = Une saison plus dure pour les deux camps à la fois : moins de confiance de part et d’autre, des opinions plus impatientes, plus de violence.

## Réactions qui suivent la lettre et l’envoyé du médiateur, le soutien arabe et la liste des libérations

reaction-palestine-cites_the_letter = La direction palestinienne rappelle à Washington sa lettre : un texte sur les frontières qui ne part pas des lignes de 1967 n’est pas ce que les États-Unis avaient promis.
reaction-palestine-claims_the_citizens = À l’approche de la dernière vague, la direction palestinienne affirme que les 104 ont toujours compris les citoyens israéliens retirés de la liste, et demande à Washington d’y tenir Israël.
reaction-defence_minister-briefed_by_envoy = L’équipe de l’envoyé américain pour la sécurité passe ses plans en revue avec les planificateurs de l’armée israélienne, et l’appareil de défense s’y montre plus ouvert.
reaction-arab_league-covers_swaps = Les États arabes déclarent en public que des échanges de territoires convenus sont compatibles avec leur initiative de paix, ce qui couvre le président chez lui.
reaction-jewish_home-warns_on_return = Le Foyer juif met en garde le Premier ministre contre la formulation sur les réfugiés posée sur la table : tout retour en Israël, si limité soit-il, ouvrirait selon lui une porte qui ne se refermerait plus ; et il demande où en sont les revendications des Juifs qui ont perdu leurs foyers dans les pays arabes.
