# Good Faith — « Phase deux » (français) : questions de discussion pour le bilan.

question-who_goes_first = Chaque camp voulait que l’autre bouge en premier. Que faudrait-il à chacun pour faire le premier pas, et pourquoi ?
question-war_first_shot = Qui a rompu le cessez-le-feu dans cette partie ? Comment chaque camp raconterait-il cette semaine-là ?
question-war_pause = Pourquoi une trêve temporaire n’a-t-elle pas suffi ? Que faudrait-il à chaque camp pour qu’une trêve devienne définitive ?
question-falls_partners = Pourquoi les partenaires de coalition ont-ils tant de pouvoir sur un Premier ministre dans des négociations comme celles-ci ? En va-t-il de même pour les dirigeants palestiniens ?
question-falls_publics = Que craignaient les Israéliens du texte dans cette partie ? Que craignaient les Palestiniens ?
question-sidelined_reform = Les réformes ont gagné la confiance à l’étranger et coûté du crédit chez soi. Comment un dirigeant doit-il peser l’un et l’autre ?
question-sidelined_annexation = Comment les événements en Cisjordanie ont-ils changé ce qui pouvait être convenu sur Gaza ?
question-step_back_fatigue = Qu’est-ce qui a usé les médiateurs ? Qu’aurait pu faire chaque camp pour les garder engagés ?
question-step_back_design = Des négociations menées dans un autre ordre auraient-elles ménagé la patience des médiateurs ? Dans quel ordre ?
question-permanent_price = À quoi chaque camp a-t-il renoncé pour une fin définitive ? Comment chacun l’expliquera-t-il à son propre peuple ?
question-permanent_hold = Qu’est-ce qui pourrait encore défaire cet accord dans les mois qui suivent la fin de la partie ?
question-partial_which_track = Pourquoi un volet a-t-il avancé et pas les autres ? Était-ce le bon à faire avancer en premier ?
question-partial_access = L’accès humanitaire a monté et baissé au fil des événements. Qui le contrôlait, et que valait ce pouvoir à la table ?
question-frozen_who_gains = Qui gagne à un cessez-le-feu figé, et qui en paie le prix ?
question-frozen_goals = Israël et le Hamas veulent des avenirs très différents pour Gaza. Existe-t-il un texte avec lequel les deux pourraient vivre, et que dirait-il ?
question-envoy_attention = Quand avez-vous mobilisé l’attention du président ? Un autre moment aurait-il donné davantage ?
question-envoy_pressure = Avez-vous fait pression sur les deux camps ? Comment chacun a-t-il jugé si vous étiez équitable ?
question-mediators_channel = Les messages passés par vous ont été adoucis ou durcis. Cela a-t-il aidé ou nui aux négociations ?
question-mediators_leverage = Quels moyens de pression le Qatar et l’Égypte avaient-ils sur chaque camp, et qu’est-ce qui les limitait ?
question-pm_two_levels = Comment votre coalition a-t-elle façonné ce que vous pouviez signer ? Y avait-il un texte que vos partenaires et l’autre camp pouvaient tous deux accepter ?
question-pm_security = De quoi la sécurité d’Israël avait-elle besoin dans cette partie ? Que diraient les Palestiniens de ce dont leur propre sécurité a besoin ?
question-pa_role = Qu’est-ce qui donnait à l’Autorité un titre à gouverner Gaza, et qu’est-ce qui l’affaiblissait ?
question-pa_west_bank = Pourquoi la Cisjordanie comptait-elle dans des négociations sur Gaza ?
