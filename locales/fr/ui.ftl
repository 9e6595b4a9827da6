# Good Faith — le texte propre de l’interface (français).

## Dates
date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Début de partie
pick-scenario = Choisissez un scénario :
pick-role = Choisissez votre rôle :
pick-difficulty = Choisissez la difficulté :
intro-title = === Good Faith : { $scenario } ===
intro-role = Vous êtes { $role }. (Graine { $seed }.)
intro-success = Réussite : { $success }
intro-difficulty = Difficulté : { $difficulty }
intro-keys = Tapez le numéro de votre choix et appuyez sur Enter. Autres touches : ? aide, s état, t table, w pourquoi, q sauvegarder et quitter.

## Semaines et actualités
turn-header = === Semaine { $turn } sur { $turns }, { $date }, { $left ->
        [0] échéance cette semaine
        [one] échéance dans une semaine
        [many] échéance dans { $left } semaines
       *[other] échéance dans { $left } semaines
    } ===
chosen-by = → Décision — { $actor } : « { $option } »
chosen-chance = → « { $option } »
you-did = Vous : { $action }.
you-did-to = Vous : { $action } — { $target }.
drafted = Sur la table — { $issue } : { $option }.
responds-accept = { $actor } : proposition acceptée.
responds-reject = { $actor } : proposition rejetée.
responds-reject-why = { $actor } : proposition rejetée, { $reason }.
refusal-red-line = elle franchit sa ligne rouge sur la question { $issue }
refusal-its-support = son soutien
refusal-its-trust = sa confiance envers { $actor }
refusal-compare = { $more ->
    [yes] { $what }, tout bien pesé, est de { $value }
   *[no] { $what } est de { $value }
} ; il lui faut { $cmp ->
    [gt] plus de { $need }
    [le] au plus { $need }
    [lt] moins de { $need }
    [eq] exactement { $need }
    [ne] autre chose que { $need }
   *[ge] au moins { $need }
}
refusal-other = ses autres conditions ne sont pas remplies
answer-own = C’est votre propre proposition : votre camp l’accepte.
answer-wordings = Comment cette partie pèse chaque formulation sur la table :
answer-wording = { $issue } : « { $wording } » { $stance }, poids { $weight }
answer-wording-unseen = { $issue } : « { $wording } » (vous ne pouvez pas voir comment elle la pèse)
answer-its-red-line = (sa ligne rouge)
answer-rule = Ce qu’il lui fallait pour accepter, au moment où elle a répondu :
answer-part-unseen = une condition que vous ne voyez pas
answer-flag = { $flag } { $wanted ->
    [yes] doit être vrai
   *[no] ne doit pas être vrai
}
answer-moved = Ce qui a fait bouger ces valeurs récemment :
answer-held = Rempli :
answer-unmet = Non rempli :
signed = Accord signé sur { $count ->
        [one] une question
        [many] { $count } questions
       *[other] { $count } questions
    }.
rejected = La proposition échoue : toutes les parties ne l’acceptent pas.

## Choix et actions
choose-prompt = Que faites-vous ? ({ $event })
actions-prompt = À vous de jouer. Budget restant : { $budget }
end-turn = Terminer la semaine
back = Retour
free = gratuit
# Between the items of a list (costs, actors).
list-separator = {", "}
# Between a label and its value.
label-separator = {" : "}
target-prompt = Avec qui ?
issue-prompt = Quelle question ?
wording-prompt = Quelle formulation ?
red-line-for = ligne rouge : { $actors }
not-allowed = Impossible pour le moment : { $reason }.
invalid-number = Tapez un nombre de { $min } à { $max }, ou ? pour l’aide.
help =
    Comment jouer : chaque semaine, des événements surviennent et certains attendent votre décision.
    Vous dépensez ensuite votre budget en actions : rencontrer les parties, rédiger un texte sur
    une question, présenter une proposition. Tapez le numéro d’un choix et appuyez sur Enter.
      ?  cette aide
      s  vos indicateurs, la confiance entre les parties et la table des négociations
      t  la table des négociations seule
      w  pourquoi : chaque changement de la semaine et sa cause
      m  le menu des actions à nouveau (? avec chaque action décrite)
      n  terminer les semaines calmes jusqu’à ce que quelque chose vous demande (jamais au-delà d’un choix)
      q  sauvegarder et quitter (la fin de l’entrée fait de même)

## État
status-meters = Indicateurs :
status-trust = Confiance :
status-table = Table des négociations :
meter-of = { $meter } ({ $actor })
trust-between = Confiance { $from } → { $to }
signed-issue = Signé : { $issue }
signed-change = { $label } — { $wording }
signed-nothing = rien de signé
ambiguity = Ambiguïté du texte signé
issue-open = rien sur la table
issue-signed = signé : { $option }
red-line = ligne rouge
support-line = Soutien au texte sur la table : { $parts }

## Pourquoi est-ce arrivé
why-title = Les changements de la semaine et leurs causes :
why-nothing = Rien de visible n’a changé cette semaine.
cause-event = événement « { $event } »
cause-option = « { $option } » dans « { $event } »
cause-action = votre action « { $action } »
cause-reaction = initiative : { $actor }
cause-difficulty = la difficulté « { $difficulty } »
cause-negotiation = la négociation
cause-expiry = le temps qui s’écoule
cause-option-by = « { $option } », choix de { $chair } dans « { $event } »
cause-option-chance = « { $option } », au hasard des choses dans « { $event } »
cause-option-news = « { $event } » : { $news }
cause-rule = { $cause } ({ $rule })
effect-rises = monte de { $n }
effect-falls = baisse de { $n }
effect-rises-up-to = monte de { $n } au plus
effect-falls-up-to = baisse de { $n } au plus
effect-rises-between = monte de { $lo } à { $hi }
effect-falls-between = baisse de { $lo } à { $hi }
effect-moves-up-to = monte ou baisse de { $n } au plus
effect-set-to = est fixé à { $n }
effect-set-between = est fixé entre { $lo } et { $hi }
effect-varies = change d’un montant que la situation décide

## La fin
ending-title = === Fin : { $title } ===
ending-history = Dans l’histoire réelle : { $history }
ending-turning-point = Ce qui a tout décidé, à la semaine { $week } : { $cause }
ending-variant-turning-point = Ce qui a fait de ce récit celui de cette partie, à la semaine { $week } : { $cause }
turning-signing = la signature du texte sur la table
turning-option = « { $event } » — { $what }
turning-event = « { $event } »
ending-score = Score : { $score } ({ $tier })
tier-success = réussite
tier-partial = réussite partielle
tier-failure = échec
ending-objectives = Vos objectifs :
ending-timeline = Chronologie :
timeline-line = Semaine { $turn } : { $what }
ending-factors = Pourquoi les négociations échouent — les facteurs structurels apparus dans votre partie :
quit-saved = Partie sauvegardée. Au revoir.
quit-not-saved = La partie n’a pas pu être sauvegardée (la raison est indiquée plus haut). Au revoir.
save-recovered = { $path } était endommagé ({ $reason }) ; la partie reprend depuis sa copie de secours, { $backup }.

## Facteurs structurels
tag-power-asymmetry = Asymétrie de pouvoir
tag-mismatched-goals = Objectifs divergents
tag-settlements = Colonies et faits accomplis sur le terrain
tag-refugees = Réfugiés et injustice historique
tag-security = Sécurité, violence et méfiance
tag-internal-politics = Politique intérieure et coalitions
tag-external-actors = Acteurs extérieurs et médiation
tag-process-design = Conception du processus, gradualisme et ambiguïté
tag-legitimacy = Légitimité et opinion publique
tag-status-quo = La persistance du statu quo
saved-to = Sauvegardé dans { $path }

## Leçons, changements de siège et comparaisons

lesson-title = Leçon : { $title }
lesson-start = La leçon commence à la semaine { $week }, { $date } : { $start }. L’ordinateur a joué les semaines précédentes.
lesson-weeks = { $weeks ->
        [one] Vous jouez une semaine, jusqu’à la fin de la semaine { $last }.
       *[other] Vous jouez { $weeks } semaines, jusqu’à la fin de la semaine { $last }.
    }
lesson-objectives = Ce qu’il faut observer :
lesson-begin = Appuyez sur Entrée pour commencer.
lesson-ends = La leçon s’arrête ici, à la fin de la semaine { $week } ({ $date }). Les négociations continuent sans vous.
lesson-questions = Questions pour la discussion :
lesson-replay-hint = Votre sauvegarde garde cette partie. Pour voir les mêmes semaines depuis un autre siège : goodfaith play --load { $path } --as RÔLE --from-week { $week }
seat-taken = À partir de la semaine { $week }, vous jouez { $role } ; l’ordinateur joue le siège que vous avez quitté.
compare-title = Deux parties de { $scenario }
compare-game = Partie { $which } : { $role }, graine { $seed }, { $difficulty }, { $weeks ->
        [one] une semaine jouée
       *[other] { $weeks } semaines jouées
    }
compare-seat = { $role } à partir de la semaine { $week }
compare-same = Les deux parties ont pris les mêmes décisions.
compare-first = Les parties se séparent à la semaine { $week } ({ $date }).
compare-differed = Les décisions qui diffèrent, semaine par semaine :
compare-nothing = aucune décision
compare-meters = Jauges à la fin de chaque semaine (partie A, puis partie B) :
compare-endings = Fins :
compare-ending = Partie { $which } : { $ending } (score { $score })
compare-not-ended = Partie { $which } : pas terminée, semaine { $week }
compare-stopped = Partie { $which } : la leçon s’est arrêtée après la semaine { $week }
blocked-budget = budget insuffisant
blocked-used = déjà utilisée cette semaine
blocked-cooldown = { $turns ->
        [one] possible la semaine prochaine
        [many] possible dans { $turns } semaines
       *[other] possible dans { $turns } semaines
    }
blocked-conditions = impossible pour le moment
blocked-pick-another = Cette action est impossible pour le moment ; choisissez-en une autre, ou 0 pour terminer la semaine.

## Le jeu dans le terminal
tui-tagline = Un jeu pour négocier la paix entre Israéliens et Palestiniens
tui-continue = Continuer
tui-new-game = Nouvelle partie
tui-load = Charger une partie sauvegardée
tui-language = Langue
# The language menu item, naming this language in itself.
tui-language-current = Langue : Français
tui-help = Aide
tui-quit = Quitter
tui-no-saves = Aucune partie sauvegardée pour l’instant.
tui-key-delete = d supprimer
tui-delete-confirm = Supprimer cette sauvegarde ? y la supprime ; toute autre touche la garde.
tui-save-week = semaine { $week } · jouée le { $played }
tui-save-ended = terminée : { $ending } · jouée le { $played }
tui-save-damaged = illisible : { $reason }
tui-no-save-path = Impossible de sauvegarder : lancez le jeu avec --save FICHIER.
tui-scenario-broken = Ce scénario contient des erreurs et ne peut pas être joué. Lancez `goodfaith check` pour en savoir plus.
tui-step-scenario = Choix du scénario
tui-step-role = Choix du rôle
tui-step-difficulty = Choix de la difficulté
tui-step-seed = Graine (facultative)
tui-about = À propos
tui-seed-prompt = Tapez un nombre pour rejouer une partie donnée, ou appuyez sur Enter pour une nouvelle partie.
tui-seed-random = une nouvelle partie
tui-too-small = Agrandissez le terminal à au moins { $width }×{ $height } (il mesure { $w }×{ $h }).
tui-when = Semaine { $turn }/{ $turns } · { $date } · { $left ->
        [0] semaine de l’échéance
        [one] 1 semaine restante
        [many] { $left } semaines restantes
       *[other] { $left } semaines restantes
    }
tui-week = Semaine { $turn } :
tui-save-failed = échec de la sauvegarde : { $error }
tui-tab-turn = Semaine
tui-tab-table = Table des négociations
tui-tab-log = Journal
tui-meters = Indicateurs
tui-news = Actualités
tui-your-move = À vous de jouer
tui-cannot-draft = Votre rôle ne permet pas de rédiger de texte.
tui-cannot-propose = Votre rôle ne permet pas de présenter de proposition.
tui-issue = Question
tui-on-table = Sur la table
tui-gap = Écart
tui-table-help = Enter : rédiger un texte pour la question sélectionnée · p : soumettre la table aux parties · ✓ signé · ✗ ligne rouge · ≈ estimation
tui-why = Pourquoi ?
tui-notice = Remarque
tui-any-key = Appuyez sur une touche.
tui-quit-question = Sauvegarder et quitter ?
tui-quit-yes = Oui
tui-quit-no = Non
tui-debrief = Bilan
tui-chart = Indicateurs clés par semaine
tui-weeks = semaines
tui-key-move = ↑↓ défiler
tui-key-enter = Enter valider
tui-key-back = Esc retour
tui-key-help = ? aide
tui-key-quit = q quitter
tui-key-choose = 1-{ $last } choix
tui-key-second-digit = { $first }_ chiffre suivant ou Entrée
tui-more-above = ▲ { $count } de plus
tui-more-below = ▼ { $count } de plus
tui-result-title = La proposition, partie par partie
tui-result-keys = ↑↓ choisir une partie · Entrée ou w : pourquoi ? · Échap : fermer
tui-toast = { $action } : { $changes }
tui-toast-nothing = { $action } : rien de visible n’a changé
support-need = { $actor } { $support } (il lui faut { $need })
tui-on-table-already = Cette formulation est déjà sur la table ; choisissez-en une autre pour la changer.
tui-on-table-mark = sur la table en ce moment
tui-would-support = soutien ensuite : { $parts }
tui-blocked-detail = Pas maintenant : { $reason }
tui-key-digits = 0-9 graine
tui-key-tab = Tab volet
tui-key-why = w causes
tui-key-table = t table
tui-key-log = l journal
tui-key-save = s sauver
tui-key-draft = Enter rédiger
tui-key-propose = p proposer
tui-key-scroll = ↑↓ défiler
tui-key-title = Enter accueil
tui-help-text =
    Chaque semaine apporte des événements, et parfois un choix. Dépensez ensuite votre budget en actions ; 0 (ou e) termine la semaine.
    
    Touches
      1-9       choisir option ou action (au-delà de neuf, deux chiffres : 1 puis 2 pour 12) ; 0 : fin de semaine ou retour
      ↑ ↓ j k   se déplacer ; Enter sélectionne
      Tab       changer de volet : choix, actualités, indicateurs (Enter sur une actualité ou un indicateur : pourquoi)
      w         pourquoi : les causes des changements (de l’actualité ou de l’indicateur sélectionné)
      x         dans « pourquoi » : montrer aussi l’expression de chaque règle (pour les créateurs de mods)
      n         terminer les semaines calmes jusqu’à ce que quelque chose vous demande (jamais au-delà d’un choix)
      t         la table des négociations : rédiger (Enter), proposer (p)
      l         le journal de toute la partie
      s         sauvegarder maintenant (et automatiquement chaque semaine)
      Esc       retour
      Alt+c     couleurs : normales, contraste élevé, aucune
      ?         cette aide
      q         sauvegarder et quitter ; Ctrl+Z suspend (fg pour revenir)
    
    Signes : ▲ en hausse, ▼ en baisse, ✓ signé ou atteint, ✗ ligne rouge ou manqué, ≈ estimation.
tui-trust-of = Confiance ({ $actor }) envers :
change-line = { $label } : { $before } → { $after }
trend-up = ▲ +{ $delta }
trend-down = ▼ { $delta }
number = { $n }
tui-trust-to = → { $actor }

## Le point de la semaine
briefing-title = Semaine { $turn } : le point
briefing-changes = Depuis votre dernier tour :
briefing-more = { $count ->
        [one] et un autre changement
       *[other] et { $count } autres changements
    }
briefing-skipped = { $count ->
        [one] Une semaine calme est passée.
       *[other] { $count } semaines calmes sont passées.
    }
briefing-choice = Une décision vous attend : « { $event } ».
briefing-unlocked = Désormais possible : { $actions }.
briefing-deadline = { $left ->
        [0] L’échéance tombe cette semaine.
        [one] Une semaine avant l’échéance.
       *[other] { $left } semaines avant l’échéance.
    }
briefing-quiet = Rien ne demande de décision cette semaine : n termine les semaines calmes jusqu’à ce que quelque chose vous demande.
tui-briefing-keys = Entrée continuer · n terminer les semaines calmes
tui-key-skip = n semaines calmes
tui-key-end-week = 0 fin de semaine
plain-menu-hint = (m : le menu à nouveau ; ? : chaque action décrite ; n : terminer les semaines calmes)

## Mode texte, lu à voix haute
spoken-trend = ({ $dir ->
        [up] hausse de { $delta }
       *[down] baisse de { $delta }
    })
spoken-change-line = { $label } : de { $before } à { $after }{ $dir ->
        [up] , hausse de { $delta }
        [down] , baisse de { $delta }
       *[same] {""}
    }
spoken-trust-between = Confiance ({ $from }) envers { $to }
spoken-because = { $change }, à cause de { $cause }
spoken-about = environ { $n }
objective-achieved = Atteint : { $objective }
objective-missed = Manqué : { $objective }

## The debrief (goodfaith debrief, and the export from the end screen)
debrief-title = Bilan : { $scenario }
debrief-scenario = Scénario
debrief-chair = Rôle
debrief-difficulty = Difficulté
debrief-seed = Graine
debrief-weeks = Semaines jouées
debrief-weeks-of = { $week } sur { $weeks }
debrief-ending = Dénouement
debrief-unfinished = Cette partie n’est pas terminée : elle s’est arrêtée à la semaine { $week } sur { $weeks }. Les chemins non pris sont mesurés en poursuivant la partie depuis chaque choix.
debrief-default-difficulty = celle du scénario
debrief-score = Score
debrief-score-ending = Le dénouement
debrief-score-chair = Le bilan de votre rôle
debrief-score-total = Total
debrief-decided = Ce qui a décidé
debrief-meters = Les jauges, semaine après semaine
debrief-meters-note = Les triangles au-dessus de chaque graphique marquent les semaines où un moment historique a eu lieu.
debrief-week = Semaine
debrief-what = Ce qui s’est passé
debrief-why = Pourquoi
debrief-why-scripted = au calendrier historique
debrief-why-triggered = ses conditions étaient réunies
debrief-why-random = tiré au sort
debrief-why-followup = à la suite de « { $what } »
debrief-choice = « { $event } » : { $option }
debrief-by-you = votre décision
debrief-by = décidé par { $chair }
debrief-by-chance = décidé par le hasard
debrief-factors = Les facteurs structurels
debrief-factor = Facteur
debrief-times = Fois
debrief-factor-weeks = Semaines
debrief-roads = Les chemins non pris
debrief-roads-method = Méthode : la partie a été reprise à chacune de vos décisions ({ $forks } en tout) : à chaque choix entre les options d’un événement, et à chacun de vos coups, mis en balance avec le fait de ne rien faire de plus cette semaine-là et, pour un coup qui vise une cible, avec d’autres cibles (pour un projet de texte, d’autres formulations du même dossier). Depuis chaque bifurcation, chaque possibilité a été jouée jusqu’à un dénouement dans { $screen } mondes ; les décisions qui ont le plus changé l’issue ont ensuite été jouées dans { $games } mondes par possibilité. Toutes les possibilités d’une même décision rencontrent les mêmes mondes, et après la bifurcation un joueur simulé choisit au hasard.
debrief-roads-none = Aucune autre option, à aucun de vos choix, n’a changé la manière dont la partie tendait à finir.
debrief-road = Semaine { $week } : « { $event } »
debrief-road-move = Semaine { $week } : votre coup « { $move } »
debrief-road-skip = Rien de plus cette semaine-là
debrief-option = Option
debrief-outcomes = Où cela a mené ({ $games } parties)
debrief-chosen = votre choix
debrief-share = { $share } %
debrief-change = Une autre option a mené { $change } % des parties à un autre dénouement.
debrief-history = L’histoire
debrief-source = Source : { $source }
debrief-departures = Là où cette partie a quitté le chemin de l’histoire
debrief-departure = Semaine { $week } : « { $title } » n’a pas eu lieu dans cette partie.
debrief-no-departures = Tous les moments historiques prévus pendant les semaines jouées ont eu lieu.
debrief-questions = Questions pour la discussion
debrief-factor-of = Facteur : { $factor }
debrief-none = Aucun.
debrief-written = Bilan enregistré : { $html } et { $md }
debrief-written-one = Bilan enregistré : { $path }
debrief-write-failed = Le bilan n’a pas pu être enregistré : { $reason }
tui-key-export = e exporter le bilan
plain-export-hint = Tapez e puis Entrée pour exporter le bilan à côté de la sauvegarde, ou Entrée pour finir.

## goodfaith new pack
newpack-written = Pack de départ { $id } écrit dans { $path } :
newpack-next = Ensuite, vérifiez-le, simulez mille parties et jouez-y :
newpack-guide = docs/modding.md mène de là à un premier scénario jouable.

## Le graphe du récit (`goodfaith graph`)

graph-title = Graphe du récit de { $scenario }
graph-week = semaine { $week }
graph-triggered = déclenché
graph-random = aléatoire
graph-followup = suite
graph-count = dans { $count } parties sur { $games }
graph-unreachable = inaccessible : { $why }
graph-never-scheduled = rien de ce qui peut arriver ne le programme
graph-never-holds = sa condition ne peut jamais être remplie
graph-never-set = aucun effet ne le lève
graph-hidden = une fin examinée avant elle est toujours remplie
graph-never-fired = jamais atteint : il n’est arrivé dans aucune des { $games } parties jouées au hasard
graph-dead-end = impasse : levé mais jamais lu
graph-edge-followup = suite
graph-edge-sets = fixe
graph-edge-clears = efface
graph-edge-reads = lu par
graph-legend-unreachable = inaccessible (tirets fins : jamais atteint dans les parties)
graph-legend-dead-end = impasse
graph-summary = Nœuds : { $nodes }. Liens : { $edges }. Inaccessibles : { $unreachable }. Impasses : { $dead }.
graph-simulated = Nombres tirés de { $games } parties simulées.
graph-hover = Pointez un nœud pour voir ses liens et son titre.
graph-col-moves = Actions et réactions
graph-col-events = Événements et leurs options
graph-col-values = Drapeaux et compteurs
graph-col-endings = Fins
graph-list-unreachable = Ce qui ne peut jamais arriver, ou n’est jamais arrivé dans les parties
graph-list-dead-ends = Impasses
responds-not-asked = { $actor } n'a pas été sollicité : sa signature n'est pas requise pour cette proposition.
signatory-not-needed = signature non requise pour l'instant
issue-waits = exige d'abord { $issues } sur la table

## Rechargement à chaud (`goodfaith play --watch`)

reload-done = { $count ->
    [one] Rechargé : 1 décision rejouée.
   *[other] Rechargé : { $count } décisions rejouées.
}
reload-text = Texte rechargé.
reload-stopped = Rechargé : { $replayed } décisions rejouées sur { $total }. La décision { $index } (semaine { $week } : { $decision }) ne s'applique plus : { $reason }. La partie reprend à partir de là ; corrigez le pack et enregistrez pour rejouer la suite.
reload-errors = { $count ->
    [one] le pack a 1 erreur — corrigez et enregistrez pour recharger
   *[other] le pack a { $count } erreurs — corrigez et enregistrez pour recharger
}
reload-errors-title = Erreurs du pack
reload-errors-keys = ↑↓ défiler · toute autre touche ferme · la partie continue avec le pack tel qu'il était
reload-cannot = Le pack a changé, mais cette partie ne peut pas s'y jouer : { $reason }. La partie continue avec le pack tel qu'il était.
reload-role-gone = le scénario n'a plus de rôle `{ $id }`
reload-difficulty-gone = le scénario n'a plus de difficulté `{ $id }`
reload-seat-gone = le changement de siège vers `{ $id }` en semaine { $week } n'est plus possible
reload-gone-action = le scénario n'a plus d'action `{ $id }`
reload-gone-event = à ce moment, la partie ne demande plus rien sur `{ $event }`
reload-gone-event-instead = à ce moment, la partie demande désormais `{ $asking }`, et non `{ $event }`
reload-gone-option = l'événement `{ $event }` n'a plus d'option `{ $option }`
reload-gone-actor = il n'y a plus de `{ $id }` à qui s'adresser
reload-gone-wording = la formulation `{ $issue }.{ $option }` a disparu
reload-gone-target = l'action `{ $id }` prend désormais un autre genre de cible
reload-gone-choice = l'événement `{ $event }` attend désormais d'abord un choix
reload-gone-unavailable = l'action `{ $id }` n'est plus possible à ce moment (sa condition n'est plus remplie, ou elle coûte plus que le budget restant)
reload-gone-not-yours = l'action `{ $id }` n'appartient plus à ce siège
reload-gone-bad-target = cette cible n'est plus valable pour l'action `{ $id }`
reload-gone-over = la partie était déjà terminée à ce moment
reload-gone-option-closed = cette option n'est plus ouverte à ce moment
reload-gone-nothing = il n'y a plus de choix à faire à ce moment
reload-gone-choice-waiting = un événement attend désormais d'abord un choix
reload-watch-failed = Impossible de surveiller les fichiers du pack : { $error }. La partie continue sans rechargement.
watch-needs-terminal = --watch demande le jeu plein écran : lancez `goodfaith play --watch` dans un terminal, sans --plain.
watch-nothing = --watch n'a aucun dossier de pack sur disque à surveiller (les packs intégrés au jeu ne changent pas) : indiquez le vôtre avec --pack.
reload-packs = Packs rechargés.

# A chair nobody plays drafts: its wording on the table, its proposal, and who tabled a clause.
tabled-by = Texte proposé par { $actor } — { $issue } : { $option }.
put-by = Une proposition de { $actor } est soumise aux parties.
table-author = proposé par { $actor }
debrief-sources = Ouvrages cités
debrief-factor-seen = Ce qui l’a mis en jeu
debrief-factor-more = { $count ->
    [one] et un autre
   *[other] et { $count } autres
}
answer-yours = Vous avez répondu au texte que { $actor } vous a soumis : la réponse de votre camp est celle que vous avez choisie.
