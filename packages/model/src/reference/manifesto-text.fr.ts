import type { ManifestoText } from '../manifesto/manifesto.schema.js';

// The French text of the PlateformCoop Nord-Pas de Calais manifesto (APES Hauts-de-France,
// November 2023), from shared/seed. Inclusive spellings lost by the PDF extraction
// ("élu e s") are restored with the middle dot, and the original's typo "manfeste" reads
// "manifeste". The signature block of the original is left out on purpose.
export const manifestoTextFr: ManifestoText = {
  title: 'PlateformCoop Nord-Pas de Calais',
  subtitle:
    "Les acteurs publics s'engagent aux côtés des plateformes coopératives. Manifeste pour soutenir leur développement dans les territoires. Novembre 2023",
  sections: [
    {
      id: 'preambule',
      paragraphs: [
        "Nous, élu·e·s et technicien·ne·s de 5 collectivités territoriales des Hauts-de-France, avons suivi et recommandons le parcours de qualification sur les plateformes coopératives proposé par l'Apes (Acteurs Pour une Économie Solidaire en Hauts de France).",
        "Nous sommes désormais en capacité d'accompagner le déploiement des plateformes coopératives au service de notre territoire et de ses habitants.",
        "Nous nous engageons aux côtés de l'Apes en faveur des plateformes coopératives pour les effets positifs qu'elles produisent et les valeurs économiques, sociales et solidaires qu'elles portent.",
      ],
    },
    {
      id: 'definition',
      heading: 'Plateforme coopérative : de quoi parle-t-on ?',
      paragraphs: [
        "C'est une solution numérique en ligne qui œuvre pour l'intérêt général, en permettant la mise en relation entre une multitude de fournisseurs et une multitude d'usagers.",
        'Les plateformes coopératives contribuent aux transitions économiques, environnementales et solidaires, en mobilisant bien plus que des algorithmes, mais également des parties prenantes et des ressources bien réelles et associées, dans les territoires.',
        'Concrètement, elles répondent aux besoins essentiels et quotidiens des habitants : mieux se nourrir, se déplacer, échanger des biens et des services…',
      ],
    },
    {
      id: 'pluralite-des-acteurs',
      heading:
        "Une pluralité d'acteurs au service de la relocalisation de l'économie et de l'emploi",
      paragraphs: [
        "Les plateformes coopératives proposent des modèles alternatifs aux grandes plateformes qui se sont imposées dans notre quotidien en se positionnant en tant qu'intermédiaires grâce au numérique. Celles-ci captent les ressources de l'économie traditionnelle sans en faire profiter les partenaires/salariés qui rendent le service. Ainsi, elles génèrent régulièrement une montée de la précarité des conditions de travail pour leurs professionnels. Ceux-ci cumulent souvent plusieurs activités et prennent des risques pour répondre à des impératifs de plus en plus exigeants de compétitivité et de rapidité de réalisation de services.",
        "Cette ubérisation, par la marchandisation galopante de nouveaux domaines, n'exploite pas seulement des travailleurs privés de statut (VTC et livreurs), mais aussi d'autres ressources limitées (logements détournés de l'habitat pour le tourisme) ou relevant jusque-là de la solidarité (auto-partage).",
        'Elle dépossède aussi les citoyens et acteurs publics de quelque droit de regard quant au sort fait à leurs données.',
        "À l'inverse, les plateformes coopératives fonctionnent de manière à reconnaître et à valoriser, entre autres ressources d'un territoire, tout particulièrement les compétences de leurs travailleur·se·s pour leur permettre de vivre décemment de leur travail. Elles génèrent ainsi de l'activité et de l'emploi local, de qualité et non délocalisable et offrent des formules de travail souples et autonomes assurant un cadre et des conditions protectrices pour leurs utilisateurs (à l'instar des coopératives de coursiers salariés, fédérées par CoopCycle).",
        "Elles s'appuient sur des logiciels libres et ouverts (leur code est accessible et peut facilement être adapté à un autre projet). Elles participent par conséquent à l'intérêt collectif.",
        "En revendiquant fièrement leur appartenance à l'Économie Sociale et Solidaire (ESS), les plateformes coopératives valorisent la production locale, l'économie circulaire, les déplacements décarbonés, l'utilisation frugale des ressources naturelles…",
        "Elles permettent de relier les acteurs d'un territoire pour répondre ensemble aux problématiques réelles du quotidien de ce territoire. Elles sont implantées localement, ancrées et animées par des acteurs locaux.",
        "Elles rendent possible l'émergence de services de proximité et participent à l'attractivité de métiers en y ajoutant du sens et des valeurs. Elles profitent directement aux territoires, garantissent une répartition équitable de la valeur et de la souveraineté au moment de prendre conscience du volume et de la valeur des data (données) pour les citoyens comme pour la puissance publique.",
        "Elles donnent voix au chapitre aux parties prenantes, fournisseurs de biens ou services, comme consommateurs ou usagers, de même qu'aux collectivités auxquelles différents projets coopératifs sont perméables, plutôt que de subir un algorithme « hors sol et étanche ».",
        "Elles favorisent les inter-relations entre les acteurs locaux et renforcent les dynamiques de démocratie participative et citoyennes locales en s'appuyant par exemple sur les tiers-lieux. Elles optimisent les dynamiques territoriales tels que les Pôles Territoriaux de Coopération Économique (PTCE) et constituent une opportunité à saisir lorsqu'elles viennent en appui des dynamiques lancées telles que « Action Cœur de Ville » ou « Petite Ville de demain ».",
        "En résumé, les plateformes coopératives constituent une alternative sérieuse et d'intérêt général puisqu'elles relèvent d'un modèle d'entreprenariat lié au numérique basé sur les communs avec une gestion concertée des ressources utilisées et générées (communauté et gouvernance démocratique).",
        "Elles contribuent au développement économique, s'inscrivent dans les politiques de transitions, s'imposent comme mises en lien entre des acteurs pour un mieux vivre ensemble et créent de la valeur pour le territoire.",
      ],
    },
    {
      id: 'implication-des-collectivites',
      heading:
        "Le développement des plateformes coopératives requiert l'implication des collectivités",
      paragraphs: ['Quelles modalités pour les institutionnels ?'],
    },
    {
      id: 'acculturer',
      heading: "S'acculturer et comprendre le changement de posture nécessaire",
      paragraphs: [
        "Initier la sensibilisation des élus et des agents des collectivités territoriales aux spécificités des plateformes coopératives pour qu'ils en deviennent des ambassadeurs. Il s'agit de donner les clefs de compréhension et d'un passage à l'action pour étendre l'appropriation et la mobilisation.",
        "Appréhender les possibilités de collaboration pour passer de l'observation de leur développement dans un milieu concurrentiel à leur promotion ; pour basculer du rôle de commanditaire / donneur d'ordre / déléguant à celui d'agenceur, de facilitateur et de moteur.",
      ],
    },
    {
      id: 'enjeux-du-territoire',
      heading: 'Partir des enjeux du territoire et animer un écosystème coopératif',
      paragraphs: [
        'Identifier les réponses que les plateformes coopératives peuvent apporter face aux enjeux et contraintes de votre territoire, aux besoins de vos usagers, aux envies de vos citoyens…',
        "Impliquer votre collectivité dans la logique de coopération des plateformes et associer les acteurs économiques du territoire puisque cela constitue un levier majeur pour leur mise en œuvre. Au démarrage, piloter l'organisation des échanges et l'animation des parties prenantes pour garantir le maillage et la structuration d'un système ouvert entre fournisseurs, producteurs de solutions, acteurs publics et usagers bénéficiaires.",
      ],
    },
    {
      id: 'soutenir-le-modele',
      heading:
        "Soutenir le modèle économique des plateformes et renforcer les « communs (territoriaux) à l'échelle locale ou des territoires »",
      paragraphs: [
        "Mettre à disposition de l'ingénierie et des locaux (mécénat de compétences et de moyens). Favoriser l'accès aux ressources du territoire à des conditions favorables (entrepôts de logistique et de réemploi par exemple). Prendre en compte ces projets dans les opérations d'urbanisme. Contribuer à travers de la mise à disposition à titre gracieux, loyer modéré ou progressif, mise à disposition d'espaces publics dédiés…",
        'Intervenir comme tiers de confiance, garant de la protection des données, et garantie face aux organismes bancaires.',
        "Appuyer et participer à la sollicitation d'aides de l'État et de l'Europe pour leur développement sur votre territoire.",
        "Devenir sociétaire d'une Société Coopérative d'Intérêt Collectif. La SCIC permet d'associer toute personne physique ou morale de droit privé ou de droit public autour du projet commun.",
        "Soutenir et financer leur modèle à travers des prestations de service d'adaptation de l'outil aux contraintes du territoire, avec l'apport d'un capital dans une stratégie d'amorçage ou en devenant sociétaire de la coopérative.",
        'Participer à la gouvernance et contribuer à la communauté pour faire évoluer la solution mise en place en fonction des besoins de votre collectivité et du territoire.',
        'Adapter les marchés et les achats publics en intégrant des clauses favorisant les communs et les acteurs coopératifs.',
      ],
    },
    {
      id: 'rejoindre-le-mouvement',
      heading: 'Vous aussi, rejoignez le mouvement PlateformCoop !',
      paragraphs: [
        'Devenez utilisateur et faites la promotion des plateformes coopératives.',
        'Choisissez des alternatives aux plateformes mondiales qui ont démontré leurs écueils. Préférez par exemple CoopCircuits pour vos achats alimentaires, Mobicoop pour le covoiturage, CoopCycle pour la livraison de vos repas, Les oiseaux de passage pour vos locations de vacances, Tipimi pour partager des biens et des outils, Rustine libre pour la réparation de votre vélo, etc.',
        'Et engagez votre territoire dans leur développement local.',
        "L'Association Pour l'Économie Solidaire des Hauts-de-France (APES), avec l'appui de Plateformes en commun, de l'Institut des Mines Télécom de Paris, de la Coopérative d'Activités et d'Emploi TILT et du Réseau des Collectivités pour une Économie Solidaire (RTES), ont porté le parcours PlateformCoop pour sensibiliser les acteurs publics et développer la collaboration entre les différentes plateformes coopératives régionales.",
        'Signez le manifeste aux côtés des 5 collectivités déjà engagées !',
      ],
    },
    {
      id: 'porteurs-de-plateformes',
      heading:
        "Vous êtes un porteur de plateforme ou d'un logiciel de plateforme coopérative et vous souhaitez appuyer la démarche de ce manifeste ?",
      paragraphs: [
        'Signez ici !',
        "Financement dans le cadre de la réponse de l'Union à la pandémie de COVID-19.",
      ],
    },
  ],
};
