# Good Faith — « Phase deux » (français) : points de départ, pour choisir où commence une leçon.
# Tous se situent après la semaine 1 : ils commencent dans la fiction de la partie, pas dans l’histoire connue.

start-pause_runs_out = La trêve expire (mars 2026)
    .description = Semaine 8. Sept semaines après le début annoncé de la phase deux, rien n’est sur la table et la trêve temporaire expire : la renouveler, pour combien de temps, ou la laisser tomber. À partir d’ici, l’histoire est celle de la partie, non celle des faits.
start-halfway = À mi-parcours, rien de signé (avril 2026)
    .description = Semaine 14. Il reste treize semaines. Washington demande pourquoi rien n’est signé, les médiateurs s’épuisent, et les Palestiniens demandent ce que l’Autorité a obtenu. La table est toujours vide. L’histoire est celle de la partie, non celle des faits.
start-last_weeks = Les six dernières semaines (juin 2026)
    .description = Semaine 21. Il reste six semaines et rien n’est signé : assez de temps pour un volet, peut-être, pas pour tout le plan. L’histoire est celle de la partie, non celle des faits.
