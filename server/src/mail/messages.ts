import { composeEmail, frenchDateTime, type EmailDraft } from "./compose.js";

export function invitationEmail(p: { to: string; firstName: string; organisationName: string; invitedBy: string; invitedByOrganisation: string; url: string; expiresAt: Date }): EmailDraft {
  return composeEmail({
    to: p.to,
    subject: `Invitation à rejoindre ${p.organisationName} sur Cordée`,
    greeting: `Bonjour ${p.firstName},`,
    paragraphs: [
      `${p.invitedBy} (${p.invitedByOrganisation}) vous invite à rejoindre l'espace de ${p.organisationName} sur Cordée, l'espace de travail partagé des partenaires des opérations de recrutement et de formation de la Région.`,
      "Pour créer votre compte, choisissez votre mot de passe en suivant ce lien.",
    ],
    action: { label: "Créer mon compte", url: p.url },
    notes: [
      `Ce lien est valable jusqu'au ${frenchDateTime(p.expiresAt)} et ne sert qu'une fois.`,
      "Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun compte ne sera créé.",
    ],
  });
}

export function passwordResetEmail(p: { to: string; firstName: string; url: string; expiresAt: Date }): EmailDraft {
  return composeEmail({
    to: p.to,
    subject: "Réinitialisation de votre mot de passe Cordée",
    greeting: `Bonjour ${p.firstName},`,
    paragraphs: ["Une réinitialisation du mot de passe de votre compte Cordée a été demandée. Pour choisir un nouveau mot de passe, suivez ce lien."],
    action: { label: "Choisir un nouveau mot de passe", url: p.url },
    notes: [
      `Ce lien est valable jusqu'au ${frenchDateTime(p.expiresAt)} et ne sert qu'une fois. Vos sessions ouvertes seront fermées.`,
      "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
    ],
  });
}

export function teamJoinedEmail(p: { to: string; firstName: string; organisationName: string; operationTitle: string; addedBy: string; url: string }): EmailDraft {
  return composeEmail({
    to: p.to,
    subject: `${p.organisationName} rejoint l'équipe projet « ${p.operationTitle} »`,
    greeting: `Bonjour ${p.firstName},`,
    paragraphs: [`${p.addedBy} a ajouté ${p.organisationName} à l'équipe projet de l'opération « ${p.operationTitle} » sur Cordée.`],
    action: { label: "Voir l'opération", url: p.url },
  });
}
