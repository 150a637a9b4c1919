import type { EmailFrequency, EventCategory } from "../../generated/gql/graphql";

/** The categories of notifications, in the order the profile page lists them, as people call them. */
export const CATEGORIES: { category: EventCategory; label: string; hint: string }[] = [
  { category: "OPERATION", label: "Vie de l'opération", hint: "Équipe projet, sessions, réunions, clôture." },
  { category: "RECRUITMENT", label: "Recrutement", hint: "Intentions d'embauche, candidats, appariements, immersions." },
  { category: "CONVENTION", label: "Convention et signature", hint: "Rédaction, options de date, « save the date », signatures." },
  { category: "REVIEW", label: "Bilan et suivi dans l'emploi", hint: "Bilans, résultats des stagiaires, suivis à 3 et 6 mois." },
  { category: "FUNDING", label: "Financement", hint: "Bons de commande, attestation de conformité, prime DEFI." },
  { category: "DEADLINE", label: "Échéances et rappels", hint: "Rappels avant J-28, J-20, le jour de la signature et les suivis dus." },
  { category: "ACCOUNT", label: "Compte et organisation", hint: "Nouveaux membres de votre organisation, nouvelles organisations." },
];

export const FREQUENCIES: { frequency: EmailFrequency; label: string }[] = [
  { frequency: "IMMEDIATE", label: "Immédiatement" },
  { frequency: "DAILY_DIGEST", label: "Résumé quotidien" },
  { frequency: "NEVER", label: "Jamais" },
];
