# Good Faith — « Neuf mois » (français) : points de départ, pour l’enseignant qui choisit où commence une leçon.

start-security_plan = Le plan de sécurité (décembre 2013)
    .description = Semaine 20. L’envoyé américain présente son plan pour la vallée du Jourdain après un retrait ; le ministre de la Défense la dénigre devant les journalistes et les Palestiniens n’ont pas encore été informés. Deux tranches de prisonniers ont été libérées, et chacune a été suivie d’appels d’offres dans les colonies.
start-framework = Les négociations sur l’accord-cadre (février 2014)
    .description = Semaine 29. L’équipe du secrétaire d’État rédige un accord-cadre sur les frontières, les réfugiés, Jérusalem et la reconnaissance, et doit décider avec qui l’écrire. Il reste onze semaines avant l’échéance.
start-extension_bargain = Le marché de la prolongation (mars 2014)
    .description = Semaine 35. À six semaines de l’échéance, le président palestinien se rend à Washington, la quatrième tranche de prisonniers arrive à échéance et les médiateurs montent un marché plus large pour prolonger les négociations jusqu’en 2015.
