/** The legal forms of a cooperative platform (SCIC, SCOP, CAE, ...). */
export const LEGAL_FORMS = ['scic', 'scop', 'cae', 'association', 'societe-ess', 'autre'] as const;
