import type { ManifestoText } from '../manifesto/manifesto.schema.js';

// English translation of the manifesto, section for section. The French text is authoritative.
export const manifestoTextEn: ManifestoText = {
  title: 'PlateformCoop Nord-Pas de Calais',
  subtitle:
    'Public actors stand alongside cooperative platforms. A manifesto to support their development in our territories. November 2023',
  sections: [
    {
      id: 'preambule',
      paragraphs: [
        'We, elected officials and staff of 5 local authorities of Hauts-de-France, have followed and recommend the qualification programme on cooperative platforms offered by Apes (Acteurs Pour une Économie Solidaire en Hauts de France).',
        'We are now able to support the deployment of cooperative platforms in the service of our territory and its inhabitants.',
        'We stand with Apes in favour of cooperative platforms, for the positive effects they produce and the economic, social and solidarity values they carry.',
      ],
    },
    {
      id: 'definition',
      heading: 'Cooperative platform: what are we talking about?',
      paragraphs: [
        'It is an online digital solution that works for the general interest, by connecting a multitude of providers with a multitude of users.',
        'Cooperative platforms contribute to economic, environmental and social transitions, by mobilising far more than algorithms: stakeholders and very real, shared resources in the territories.',
        'In practice, they meet the essential, everyday needs of inhabitants: eating better, getting around, exchanging goods and services…',
      ],
    },
    {
      id: 'pluralite-des-acteurs',
      heading: 'Many actors working to bring the economy and jobs back home',
      paragraphs: [
        'Cooperative platforms offer alternative models to the large platforms that have taken hold of our daily lives by positioning themselves as digital intermediaries. These capture the resources of the traditional economy without sharing the benefit with the partners and workers who provide the service. They thus regularly increase the precariousness of working conditions for their professionals, who often hold several jobs at once and take risks to meet ever more demanding requirements of competitiveness and speed.',
        'This uberisation, through the runaway commodification of new domains, exploits not only workers deprived of status (ride-hailing drivers and couriers) but also other limited resources (housing diverted to tourism) or resources that until then belonged to solidarity (car sharing).',
        'It also deprives citizens and public actors of any say over what is done with their data.',
        'Cooperative platforms, on the contrary, work so as to recognise and value, among the resources of a territory, the skills of their workers in particular, so that they can live decently from their work. They thus create local activity and jobs, of quality and that cannot be offshored, and offer flexible, autonomous ways of working within a protective framework for their users (like the cooperatives of salaried couriers federated by CoopCycle).',
        'They rely on free and open software (their code is accessible and can easily be adapted to another project). They therefore contribute to the collective interest.',
        'Proudly claiming their place in the Social and Solidarity Economy (SSE), cooperative platforms promote local production, the circular economy, low-carbon travel and a frugal use of natural resources…',
        'They connect the actors of a territory to tackle together the real, everyday problems of that territory. They are established locally, rooted in and run by local actors.',
        'They make local services possible and make trades more attractive by giving them meaning and values. They directly benefit territories and guarantee a fair distribution of value and sovereignty, at a time when citizens and public authorities are becoming aware of the volume and value of data.',
        'They give a say to stakeholders, providers of goods or services as well as consumers or users, and to the local authorities that cooperative projects are open to, instead of subjecting them to an "out-of-touch, opaque" algorithm.',
        'They foster relationships between local actors and strengthen local participatory democracy and citizen initiatives, for example by building on third places. They strengthen territorial dynamics such as the Territorial Economic Cooperation Hubs (PTCE) and are an opportunity to seize when they support programmes already under way such as "Action Cœur de Ville" or "Petites Villes de demain".',
        'In short, cooperative platforms are a serious alternative of general interest, since they belong to a model of digital entrepreneurship based on the commons, with a concerted management of the resources used and generated (community and democratic governance).',
        'They contribute to economic development, are part of transition policies, stand out as links between actors for better living together, and create value for the territory.',
      ],
    },
    {
      id: 'implication-des-collectivites',
      heading:
        'The development of cooperative platforms requires the involvement of local authorities',
      paragraphs: ['What can public institutions do?'],
    },
    {
      id: 'acculturer',
      heading: 'Learn and understand the change of stance it takes',
      paragraphs: [
        'Start raising awareness among elected officials and staff of local authorities of what is specific to cooperative platforms, so that they become their ambassadors. The aim is to give the keys to understanding and to taking action, to broaden ownership and mobilisation.',
        'Grasp the possibilities of collaboration, to move from watching their development in a competitive market to promoting them; to shift from the role of client / contracting authority / delegator to that of arranger, facilitator and driving force.',
      ],
    },
    {
      id: 'enjeux-du-territoire',
      heading: "Start from the territory's challenges and lead a cooperative ecosystem",
      paragraphs: [
        'Identify the answers that cooperative platforms can bring to the challenges and constraints of your territory, to the needs of your users, to the wishes of your citizens…',
        'Involve your local authority in the cooperative logic of the platforms and bring in the economic actors of the territory, as this is a major lever for making them happen. At the start, steer the organisation of exchanges and the facilitation of stakeholders, to ensure the networking and structuring of an open system between suppliers, solution providers, public actors and the users who benefit.',
      ],
    },
    {
      id: 'soutenir-le-modele',
      heading:
        'Support the business model of the platforms and strengthen the "(territorial) commons, locally or across territories"',
      paragraphs: [
        'Provide engineering and premises (skills and in-kind sponsorship). Make the resources of the territory available on favourable terms (logistics and reuse warehouses, for example). Take these projects into account in urban planning operations. Contribute by providing premises free of charge or at a moderate or progressive rent, or dedicated public spaces…',
        'Act as a trusted third party, guarantor of data protection, and as a guarantee towards banks.',
        'Support and take part in applications for State and European funding for their development in your territory.',
        "Become a member of a Société Coopérative d'Intérêt Collectif (SCIC). A SCIC can bring together any natural or legal person, under private or public law, around the common project.",
        'Support and fund their model through service contracts to adapt the tool to the constraints of the territory, by contributing capital in a seed strategy or by becoming a member of the cooperative.',
        'Take part in governance and contribute to the community, to make the solution in place evolve according to the needs of your local authority and territory.',
        'Adapt public contracts and purchasing by including clauses that favour the commons and cooperative actors.',
      ],
    },
    {
      id: 'rejoindre-le-mouvement',
      heading: 'Join the PlateformCoop movement too!',
      paragraphs: [
        'Become a user of cooperative platforms and promote them.',
        'Choose alternatives to the global platforms whose pitfalls are now clear. Prefer for example CoopCircuits for your food shopping, Mobicoop for car sharing, CoopCycle for your meal deliveries, Les oiseaux de passage for your holiday rentals, Tipimi to share goods and tools, Rustine libre to repair your bike, and so on.',
        'And commit your territory to their local development.',
        "The Association Pour l'Économie Solidaire des Hauts-de-France (APES), with the support of Plateformes en commun, Institut Mines-Télécom in Paris, the business and employment cooperative TILT and the Network of Local Authorities for a Solidarity Economy (RTES), led the PlateformCoop programme to raise awareness among public actors and develop collaboration between the regional cooperative platforms.",
        'Sign the manifesto alongside the 5 local authorities already committed!',
      ],
    },
    {
      id: 'porteurs-de-plateformes',
      heading:
        'Do you run a cooperative platform or develop cooperative platform software, and wish to support this manifesto?',
      paragraphs: [
        'Sign here!',
        "Funded as part of the Union's response to the COVID-19 pandemic.",
      ],
    },
  ],
};
