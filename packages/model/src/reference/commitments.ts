import type { Commitment, CommitmentGroup } from '../manifesto/commitment.schema.js';

// The "modalités" of the manifesto, grouped as its text groups them: the three groups of
// "Quelles modalités pour les institutionnels ?" and the closing call to join the movement.
// Labels are short names for forms and lists; descriptions carry the manifesto's own words.

export const commitmentGroups: CommitmentGroup[] = [
  {
    id: 'acculturer',
    title: {
      fr: "S'acculturer et comprendre le changement de posture nécessaire",
      en: 'Learn and understand the change of stance it takes',
    },
  },
  {
    id: 'enjeux-du-territoire',
    title: {
      fr: 'Partir des enjeux du territoire et animer un écosystème coopératif',
      en: "Start from the territory's challenges and lead a cooperative ecosystem",
    },
  },
  {
    id: 'soutenir-le-modele',
    title: {
      fr: 'Soutenir le modèle économique des plateformes et renforcer les communs territoriaux',
      en: 'Support the business model of the platforms and strengthen the territorial commons',
    },
  },
  {
    id: 'rejoindre-le-mouvement',
    title: { fr: 'Rejoindre le mouvement PlateformCoop', en: 'Join the PlateformCoop movement' },
  },
];

const PUBLIC_BODIES = ['collectivity'] as const;

export const commitments: Commitment[] = [
  {
    id: 'sensibiliser-elus-et-agents',
    group: 'acculturer',
    forKinds: [...PUBLIC_BODIES],
    label: {
      fr: 'Sensibiliser les élus et les agents',
      en: 'Raise awareness among elected officials and staff',
    },
    description: {
      fr: "Initier la sensibilisation des élus et des agents des collectivités territoriales aux spécificités des plateformes coopératives pour qu'ils en deviennent des ambassadeurs.",
      en: 'Start raising awareness among elected officials and staff of local authorities of what is specific to cooperative platforms, so that they become their ambassadors.',
    },
  },
  {
    id: 'passer-de-l-observation-a-la-promotion',
    group: 'acculturer',
    forKinds: [...PUBLIC_BODIES],
    label: { fr: "Passer de l'observation à la promotion", en: 'Move from watching to promoting' },
    description: {
      fr: "Appréhender les possibilités de collaboration pour passer de l'observation de leur développement à leur promotion, et basculer du rôle de commanditaire à celui d'agenceur, de facilitateur et de moteur.",
      en: 'Grasp the possibilities of collaboration, to move from watching their development to promoting them, and shift from the role of client to that of arranger, facilitator and driving force.',
    },
  },
  {
    id: 'identifier-les-reponses-aux-enjeux',
    group: 'enjeux-du-territoire',
    forKinds: [...PUBLIC_BODIES],
    label: {
      fr: 'Identifier les réponses aux enjeux du territoire',
      en: "Identify answers to the territory's challenges",
    },
    description: {
      fr: 'Identifier les réponses que les plateformes coopératives peuvent apporter face aux enjeux et contraintes du territoire, aux besoins des usagers, aux envies des citoyens.',
      en: 'Identify the answers that cooperative platforms can bring to the challenges and constraints of the territory, to the needs of users, to the wishes of citizens.',
    },
  },
  {
    id: 'animer-l-ecosysteme-cooperatif',
    group: 'enjeux-du-territoire',
    forKinds: [...PUBLIC_BODIES],
    label: {
      fr: "Impliquer la collectivité et animer l'écosystème",
      en: 'Involve the local authority and lead the ecosystem',
    },
    description: {
      fr: "Impliquer la collectivité dans la logique de coopération des plateformes, associer les acteurs économiques du territoire et, au démarrage, piloter l'organisation des échanges et l'animation des parties prenantes.",
      en: 'Involve the local authority in the cooperative logic of the platforms, bring in the economic actors of the territory and, at the start, steer the exchanges and the facilitation of stakeholders.',
    },
  },
  {
    id: 'mettre-a-disposition-des-moyens',
    group: 'soutenir-le-modele',
    forKinds: [...PUBLIC_BODIES],
    label: {
      fr: "Mettre à disposition de l'ingénierie et des locaux",
      en: 'Provide engineering and premises',
    },
    description: {
      fr: "Mettre à disposition de l'ingénierie et des locaux, favoriser l'accès aux ressources du territoire à des conditions favorables, prendre en compte ces projets dans les opérations d'urbanisme, mettre à disposition des espaces à titre gracieux ou à loyer modéré.",
      en: 'Provide engineering and premises, give access to the resources of the territory on favourable terms, take these projects into account in urban planning, provide spaces free of charge or at a moderate rent.',
    },
  },
  {
    id: 'tiers-de-confiance',
    group: 'soutenir-le-modele',
    forKinds: [...PUBLIC_BODIES],
    label: { fr: 'Intervenir comme tiers de confiance', en: 'Act as a trusted third party' },
    description: {
      fr: 'Intervenir comme tiers de confiance, garant de la protection des données, et garantie face aux organismes bancaires.',
      en: 'Act as a trusted third party, guarantor of data protection, and as a guarantee towards banks.',
    },
  },
  {
    id: 'solliciter-les-aides-publiques',
    group: 'soutenir-le-modele',
    forKinds: [...PUBLIC_BODIES],
    label: {
      fr: "Appuyer les demandes d'aides de l'État et de l'Europe",
      en: 'Support applications for State and European funding',
    },
    description: {
      fr: "Appuyer et participer à la sollicitation d'aides de l'État et de l'Europe pour leur développement sur le territoire.",
      en: 'Support and take part in applications for State and European funding for their development in the territory.',
    },
  },
  {
    id: 'devenir-societaire-d-une-scic',
    group: 'soutenir-le-modele',
    forKinds: [...PUBLIC_BODIES],
    label: { fr: "Devenir sociétaire d'une SCIC", en: 'Become a member of a SCIC' },
    description: {
      fr: "Devenir sociétaire d'une Société Coopérative d'Intérêt Collectif, qui permet d'associer toute personne physique ou morale de droit privé ou de droit public autour du projet commun.",
      en: 'Become a member of a Société Coopérative d’Intérêt Collectif, which can bring together any natural or legal person, under private or public law, around the common project.',
    },
  },
  {
    id: 'financer-le-modele',
    group: 'soutenir-le-modele',
    forKinds: [...PUBLIC_BODIES],
    label: { fr: 'Soutenir et financer leur modèle', en: 'Support and fund their model' },
    description: {
      fr: "Soutenir et financer leur modèle à travers des prestations d'adaptation de l'outil aux contraintes du territoire, l'apport d'un capital d'amorçage ou en devenant sociétaire de la coopérative.",
      en: 'Support and fund their model through service contracts adapting the tool to the territory, seed capital, or by becoming a member of the cooperative.',
    },
  },
  {
    id: 'participer-a-la-gouvernance',
    group: 'soutenir-le-modele',
    forKinds: [...PUBLIC_BODIES],
    label: {
      fr: 'Participer à la gouvernance et à la communauté',
      en: 'Take part in governance and the community',
    },
    description: {
      fr: 'Participer à la gouvernance et contribuer à la communauté pour faire évoluer la solution en fonction des besoins de la collectivité et du territoire.',
      en: 'Take part in governance and contribute to the community, to make the solution evolve according to the needs of the local authority and the territory.',
    },
  },
  {
    id: 'adapter-les-achats-publics',
    group: 'soutenir-le-modele',
    forKinds: [...PUBLIC_BODIES],
    label: {
      fr: 'Adapter les marchés et les achats publics',
      en: 'Adapt public contracts and purchasing',
    },
    description: {
      fr: 'Adapter les marchés et les achats publics en intégrant des clauses favorisant les communs et les acteurs coopératifs.',
      en: 'Adapt public contracts and purchasing by including clauses that favour the commons and cooperative actors.',
    },
  },
  {
    id: 'utiliser-et-promouvoir',
    group: 'rejoindre-le-mouvement',
    forKinds: ['collectivity', 'platform', 'organization', 'individual'],
    label: {
      fr: 'Utiliser et promouvoir les plateformes coopératives',
      en: 'Use and promote cooperative platforms',
    },
    description: {
      fr: 'Devenir utilisateur et faire la promotion des plateformes coopératives, en choisissant des alternatives aux plateformes mondiales.',
      en: 'Become a user of cooperative platforms and promote them, choosing alternatives to the global platforms.',
    },
  },
  {
    id: 'engager-le-territoire',
    group: 'rejoindre-le-mouvement',
    forKinds: [...PUBLIC_BODIES],
    label: {
      fr: 'Engager le territoire dans leur développement local',
      en: 'Commit the territory to their local development',
    },
    description: {
      fr: 'Engager le territoire dans le développement local des plateformes coopératives.',
      en: 'Commit the territory to the local development of cooperative platforms.',
    },
  },
];
