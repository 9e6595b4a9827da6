# Good Faith — « Phase deux » (français) : les fins. La valeur est un résumé d’une ligne ;
# .epilogue dit quels facteurs l’ont produite ; .history dit où s’arrête l’histoire connue (la
# véritable issue est hors du jeu). ending-<id>-<rôle> remplace l’épilogue pour un siège ; les
# variantes racontent ce qui s’est passé dans cette partie.

ending-renewed_war = Le cessez-le-feu s’effondre, et la guerre reprend.
    .title = La guerre reprend
    .epilogue = La trêve n’a jamais été qu’une trêve. Les frappes ont répondu aux attaques et les attaques aux frappes jusqu’à ce que les lignes ne veuillent plus rien dire, et aucun des deux dirigeants ne pouvait se montrer retenu. L’engrenage de la violence et de la méfiance a fait ce que les négociations n’ont pas su empêcher : les deux peuples paient de nouveau.
    .history = Cette fin est celle de la partie, pas de l’histoire. L’histoire connue dont part ce scénario s’arrête à l’ouverture déclarée de la deuxième phase des négociations, après le cessez-le-feu d’octobre 2025 ; la suite est hors du jeu, et aucune fin proposée ici n’est une prévision.
ending-renewed_war-us_envoy = La guerre est revenue pendant votre mission. Le plan du président reposait sur une trêve qui devait devenir autre chose ; chaque semaine où elle restait une simple trêve, quelqu’un, dans chaque camp, pouvait plaider pour y mettre fin.
ending-renewed_war-regional_mediators = Vous avez relancé la même conversation jusqu’à ce qu’il ne reste plus de trêve à relancer. Les médiateurs peuvent porter des mots ; ils ne peuvent pas arrêter des armées.
ending-renewed_war-prime_minister = Israël est de nouveau en guerre. Vos partenaires disaient que seule la force apporterait le désarmement ; vos critiques diront qu’on n’a jamais laissé sa chance aux négociations. Dans les deux cas, soldats et civils paient, et les familles des otages voient se défaire l’accord qui avait ramené des proches à la maison.
ending-renewed_war-pa_president = La guerre est revenue, et avec elle les ruines que vous espériez reconstruire. Vous n’avez jamais été partie à la trêve, mais votre peuple en subit la fin ; le rôle de l’Autorité à Gaza s’éloigne à chaque frappe.
ending-renewed_war-variant-pause_lapsed = Dans cette partie, la trêve temporaire a expiré et personne ne l’a renouvelée ; les combats ont repris en quelques jours.
ending-renewed_war-variant-lapsed_after_renewals = Dans cette partie, la trêve a été renouvelée encore et encore, puis, une semaine, on l’a laissée expirer ; les combats ont repris. Chaque renouvellement avait acheté du temps sans rien régler.
ending-renewed_war-variant-after_failed_verification = Dans cette partie, une étape du désarmement a échoué à la vérification ; chaque camp y a vu la preuve de la mauvaise foi de l’autre, et la violence a monté jusqu’à briser le cessez-le-feu.
ending-renewed_war-variant-after_israeli_reversal = Dans cette partie, le camp israélien a rouvert une clause au moment de la signature ; le camp du Hamas y a vu la preuve qu’Israël n’avait jamais voulu finir la guerre, le gouvernement israélien a dit que la clause menaçait sa sécurité, et la violence a monté jusqu’à briser le cessez-le-feu.
ending-renewed_war-variant-after_hamas_reversal = Dans cette partie, le camp du Hamas a rouvert une clause au moment de la signature ; le gouvernement israélien y a vu la preuve que le Hamas ne désarmerait jamais, le Hamas a dit que la clause laissait son peuple sans protection, et la violence a monté jusqu’à briser le cessez-le-feu.
ending-renewed_war-variant-spiral = Dans cette partie, frappes et attaques se sont nourries les unes des autres semaine après semaine, jusqu’à briser le cessez-le-feu.

ending-government_falls = Le gouvernement israélien tombe, et les négociations s’arrêtent.
    .title = Le gouvernement tombe
    .epilogue = La coalition s’est brisée avant que le texte puisse être porté. Un gouvernement en campagne électorale ne signe rien ; l’autre camp et les médiateurs attendent. La politique intérieure a tranché ; le récit ci-dessous dit ce qui a brisé la majorité.
    .history = Cette fin est celle de la partie, pas de l’histoire. L’histoire connue dont part ce scénario s’arrête à l’ouverture déclarée de la deuxième phase des négociations ; la suite est hors du jeu, et aucune fin proposée ici n’est une prévision.
ending-government_falls-us_envoy = Le gouvernement israélien est tombé pendant votre médiation. Vous ne choisissez pas la coalition d’un dirigeant, mais chaque fois que vous avez fait pression, vous en avez consumé une part.
ending-government_falls-regional_mediators = Le gouvernement israélien est tombé, et avec lui le partenaire sur lequel vous travailliez depuis des mois. Les négociations attendent une élection sur laquelle vous n’avez aucune prise.
ending-government_falls-prime_minister = Vous avez perdu votre majorité. Vos partenaires radicaux disent que vous avez trop cédé ; vos critiques, que vous avez bougé trop lentement pour que cela compte. Dans ce genre de négociations, chaque concession se paie deux fois : à la table et chez soi.
ending-government_falls-pa_president = Le gouvernement israélien est tombé. Certains diront que cela prouve qu’il n’y a jamais eu de partenaire ; d’autres, qu’il était trop faible pour tenir parole. Vous attendez, et la Cisjordanie, elle, n’attend pas.
ending-government_falls-variant-partners_quit_over_text = Dans cette partie, les partenaires radicaux sont partis à cause d’une clause signée qu’ils avaient désignée comme une ligne rouge. Ils ont dit qu’elle mettait Israël en danger ; les défenseurs du Premier ministre, qu’elle était le prix de tout accord.
ending-government_falls-variant-annexation_held_back = Dans cette partie, le gouvernement a freiné les mesures d’annexion, et son aile droite ne le lui a jamais pardonné ; menaces et défections ont usé la majorité.
ending-government_falls-variant-worn_down = Dans cette partie, menaces, fuites et pression intérieure ont usé la coalition semaine après semaine, jusqu’à la rupture.

ending-authority_sidelined = L’Autorité palestinienne perd son crédit et sa place dans l’avenir de Gaza.
    .title = L’Autorité mise à l’écart
    .epilogue = La légitimité de l’Autorité s’est épuisée. Ses critiques, chez elle, disaient qu’elle n’avait le pouvoir de protéger personne ; le gouvernement israélien, qu’on ne pouvait pas lui faire confiance ; les donateurs attendaient des réformes. Sans organe palestinien crédible, chaque plan pour la transition de Gaza a perdu son interlocuteur palestinien.
    .history = Cette fin est celle de la partie, pas de l’histoire. L’histoire connue dont part ce scénario s’arrête à l’ouverture déclarée de la deuxième phase des négociations ; la suite est hors du jeu, et aucune fin proposée ici n’est une prévision.
ending-authority_sidelined-us_envoy = L’Autorité s’est effondrée comme partenaire. Le plan avait besoin d’un organe palestinien pour gouverner Gaza ; vous avez dépensé votre capital ailleurs.
ending-authority_sidelined-regional_mediators = L’Autorité a perdu son crédit, et avec lui le pont entre Gaza et la Cisjordanie sur lequel Le Caire comptait.
ending-authority_sidelined-prime_minister = L’Autorité s’est effondrée. Vos partenaires applaudiront ; vos chefs de la sécurité demanderont qui maintient désormais l’ordre en Cisjordanie, et qui gouverne Gaza, sinon le Hamas.
ending-authority_sidelined-pa_president = Vous avez perdu votre peuple. Les réformes vous ont coûté chez vous, l’annexion et la misère vous ont coûté davantage, et les négociations ne vous ont jamais donné assez à montrer. La légitimité est la seule chose qu’aucun médiateur ne peut prêter.
ending-authority_sidelined-variant-annexation = Dans cette partie, les mesures d’annexion en Cisjordanie ont vidé de son sens l’argument de l’Autorité selon lequel les négociations mènent quelque part.
ending-authority_sidelined-variant-hardship = Dans cette partie, la détresse de Gaza a duré, et l’Autorité a été tenue pour responsable de ce qu’elle ne pouvait pas changer.
ending-authority_sidelined-variant-street_lost = Dans cette partie, le crédit de l’Autorité s’est vidé semaine après semaine, jusqu’à ce qu’elle ne puisse plus parler au nom de son peuple.

ending-mediators_step_back = Les médiateurs se retirent, et le canal se tait.
    .title = Les médiateurs se retirent
    .epilogue = Les médiateurs ont leurs limites. Chaque cycle raté, chaque relance et chaque revirement leur ont coûté ; quand le coût a dépassé leur espoir, ils se sont retirés. Sans canal, Israël et le Hamas ne peuvent même plus être en désaccord avec des mots.
    .history = Cette fin est celle de la partie, pas de l’histoire. Les commentaires sur ces négociations décrivent le Qatar et l’Égypte relançant maintes fois la même conversation, et l’usure que cela leur a causée ; ce qui s’est passé après le début de la phase deux est hors du jeu.
ending-mediators_step_back-us_envoy = Le canal s’est fermé. Que ce soit Washington ou la région qui se soit retiré, vous avez appris que la médiation est une ressource qui s’épuise.
ending-mediators_step_back-regional_mediators = Vous vous êtes retirés. Doha et Le Caire ont donné plus que l’un ou l’autre camp ne leur en a su gré ; le récit ci-dessous dit ce qui a eu raison de votre patience.
ending-mediators_step_back-prime_minister = Les médiateurs se sont retirés. Vos partenaires diront qu’Israël se porte mieux sans eux ; vos chefs de la sécurité savent qu’il n’y a désormais plus aucun moyen de parler à l’autre camp.
ending-mediators_step_back-pa_president = Les médiateurs se sont retirés, et avec eux la caution arabe de tout rôle palestinien à Gaza. Vous voilà seul face à vos critiques.
ending-mediators_step_back-variant-washington_left = Dans cette partie, Washington s’est retiré : l’attention du président s’est portée ailleurs, et sans elle aucun camp ne s’est senti obligé de bouger.
ending-mediators_step_back-variant-after_reversals = Dans cette partie, un texte a été perdu au dernier moment, et les médiateurs n’ont pas voulu en bâtir un autre pour le voir tomber à son tour.
ending-mediators_step_back-variant-after_renewals = Dans cette partie, la même trêve a été renouvelée encore et encore ; les médiateurs se sont lassés d’acheter un temps dont personne ne se servait.
ending-mediators_step_back-variant-worn_out = Dans cette partie, la patience des médiateurs s’est vidée cycle raté après cycle raté, jusqu’au retrait des deux capitales.

ending-permanent_end = Une fin définitive de la guerre, avec un retrait et un désarmement par étapes en cours.
    .title = Une fin définitive
    .epilogue = Contre toute attente, le texte complet a été signé et appliqué étape par étape : des armes remises et vérifiées trois fois, l’armée se repliant ligne après ligne. L’opinion de chaque camp y verra une concession ; les dirigeants de chaque camp l’ont payée chez eux. Avancer par petites étapes vérifiées a permis qu’aucun camp n’ait à accorder toute sa confiance d’un coup.
    .history = Cette fin est celle de la partie, pas de l’histoire. L’histoire connue dont part ce scénario s’arrête à l’ouverture déclarée de la deuxième phase des négociations ; la suite est hors du jeu, et aucune fin proposée ici n’est une prévision.
ending-permanent_end-us_envoy = Vous avez obtenu la fin de la guerre. Le poids du président a compté, mobilisé aux bons moments ; et aussi les étapes qui ont permis à chaque camp de voir l’autre bouger avant de bouger à son tour.
ending-permanent_end-regional_mediators = Vous l’avez porté jusqu’au bout. Chaque message, chaque garantie et chaque relance en valaient la peine ; l’épreuve suivante sera de le faire durer.
ending-permanent_end-prime_minister = Vous avez signé une fin définitive avec un désarmement vérifié par étapes. Vos partenaires parlent d’un pari ; vos chefs de la sécurité surveillent chaque étape. Vous avez gardé votre gouvernement, et les Israéliens dorment un peu mieux.
ending-permanent_end-pa_president = La guerre est finie sur le papier, et l’armée se replie. Que l’Autorité gouverne ce qui sera reconstruit dépend des réformes et de la Cisjordanie, que le texte effleure à peine.
ending-permanent_end-variant-conditional = Dans cette partie, le texte met fin à la guerre une fois le désarmement achevé ; le gouvernement israélien y voit une fin à ses conditions, le Hamas une fin qui cache un piège, et chaque étape dira quelle lecture l’emporte.
ending-permanent_end-variant-vague_words = Dans cette partie, une partie du texte a été signée en termes vagues ; chaque camp en disputera le sens quand viendra l’étape suivante.
ending-permanent_end-variant-clear_words = Dans cette partie, le texte a été signé en termes clairs, clause par clause.

ending-partial_deal = Un accord partiel : un volet avance, le reste demeure ouvert.
    .title = Un accord partiel
    .epilogue = Les négociations n’ont pas mis fin à la guerre, mais elles ont fait bouger quelque chose : un texte signé, ou une étape accomplie. Le reste est resté en l’état. Les accords partiels achètent du temps et un peu de confiance ; ils laissent aussi les questions les plus dures à un avenir qui peut être pire.
    .history = Cette fin est celle de la partie, pas de l’histoire. L’histoire connue dont part ce scénario s’arrête à l’ouverture déclarée de la deuxième phase des négociations ; la suite est hors du jeu, et aucune fin proposée ici n’est une prévision.
ending-partial_deal-us_envoy = Vous avez fait avancer un volet. C’est moins que ce que promettait le plan, et plus que beaucoup n’attendaient.
ending-partial_deal-regional_mediators = Vous avez gardé le canal ouvert assez longtemps pour faire avancer un volet. Le reste demandera plus de patience qu’il ne vous en reste.
ending-partial_deal-prime_minister = Un volet a avancé, et votre gouvernement y a survécu. Vos partenaires diront que vous avez trop donné ; les familles, pas assez.
ending-partial_deal-pa_president = Un volet a avancé. Les mois à venir diront s’il donne à l’Autorité une vraie place à Gaza, ou seulement une promesse.
ending-partial_deal-variant-text_and_steps = Dans cette partie, le texte complet a été signé et ses premières étapes accomplies, mais pas assez pour mettre fin à la guerre avant que le temps soit écoulé.
ending-partial_deal-variant-security_track = Dans cette partie, une étape du désarmement a été vérifiée ; le retrait, la gouvernance et la fin de la guerre restent ouverts.
ending-partial_deal-variant-civil_track = Dans cette partie, la gouvernance de Gaza et sa reconstruction ont été convenues, et l’aide arrive ; les questions de sécurité restent ouvertes.

ending-frozen_ceasefire = Le cessez-le-feu tient, et se fige : le statu quo demeure.
    .title = Un cessez-le-feu figé
    .epilogue = Six mois plus tard, les armes se taisent presque et rien n’est réglé. Le Hamas garde ses armes, l’armée garde ses lignes, les ruines de Gaza restent des ruines, et la Cisjordanie continue de changer. Un cessez-le-feu figé vaut mieux que la guerre, et moins qu’il n’y paraît : chaque semaine qu’il dure sans texte le rend plus difficile à faire bouger.
    .history = Cette fin est celle de la partie, pas de l’histoire. L’histoire connue dont part ce scénario s’arrête à l’ouverture déclarée de la deuxième phase des négociations ; la suite est hors du jeu, et aucune fin proposée ici n’est une prévision.
ending-frozen_ceasefire-us_envoy = La trêve a tenu, rien de plus. La deuxième phase du plan est restée une déclaration.
ending-frozen_ceasefire-regional_mediators = Vous avez maintenu la trêve en vie, encore et encore. Vous n’avez pas réussi à en faire plus qu’une trêve.
ending-frozen_ceasefire-prime_minister = Les lignes ont tenu, votre gouvernement aussi ; le Hamas aussi. Vos critiques diront que vous avez préféré le statu quo ; vos partenaires, que vous avez eu raison.
ending-frozen_ceasefire-pa_president = Les armes se taisent, et Gaza est toujours en ruines, et toujours pas à vous. Le statu quo est aussi un choix, et d’autres l’ont fait pour vous.
ending-frozen_ceasefire-variant-text_on_paper = Dans cette partie, un texte complet a été signé, et rien n’en a été appliqué : aucune étape du désarmement n’a été vérifiée avant que le temps soit écoulé.
ending-frozen_ceasefire-variant-reversal_froze_it = Dans cette partie, un texte complet a été perdu au moment de la signature et n’a jamais été rebâti.
ending-frozen_ceasefire-variant-renewed_and_frozen = Dans cette partie, la trêve a été renouvelée chaque fois qu’elle arrivait à échéance, et chaque renouvellement a rendu un texte durable moins urgent.
ending-frozen_ceasefire-variant-frozen = Dans cette partie, les semaines ont passé sans texte et sans guerre.
