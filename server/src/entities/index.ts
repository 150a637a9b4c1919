import { Attachment } from "./attachment.js";
import { AuthSession } from "./auth-session.js";
import { Candidacy } from "./candidacy.js";
import { Candidate } from "./candidate.js";
import { Closure } from "./closure.js";
import { ConventionSignatory } from "./convention-signatory.js";
import { Convention } from "./convention.js";
import { DeadlineAlert } from "./deadline-alert.js";
import { DocumentVersion } from "./document-version.js";
import { FollowUp } from "./follow-up.js";
import { HiringIntention } from "./hiring-intention.js";
import { Immersion } from "./immersion.js";
import { Invitation } from "./invitation.js";
import { JournalEvent } from "./journal-event.js";
import { Meeting } from "./meeting.js";
import { NotificationPreference } from "./notification-preference.js";
import { Notification } from "./notification.js";
import { Operation } from "./operation.js";
import { OutboundEmail } from "./outbound-email.js";
import { Organisation } from "./organisation.js";
import { Pairing } from "./pairing.js";
import { PasswordReset } from "./password-reset.js";
import { Programme } from "./programme.js";
import { PurchaseOrder } from "./purchase-order.js";
import { ReviewOutcome } from "./review-outcome.js";
import { Review } from "./review.js";
import { Signature } from "./signature.js";
import { TeamMembership } from "./team-membership.js";
import { TrainingSession } from "./training-session.js";
import { User } from "./user.js";

export {
  Attachment, AuthSession, Candidacy, Candidate, Closure, Convention, ConventionSignatory, DeadlineAlert, DocumentVersion, FollowUp,
  HiringIntention, Immersion, Invitation, JournalEvent, Meeting, Notification, NotificationPreference, Operation, Organisation, OutboundEmail, Pairing, PasswordReset, Programme, PurchaseOrder,
  Review, ReviewOutcome, Signature, TeamMembership, TrainingSession, User,
};

export const ENTITIES = [
  Programme, Organisation, User, AuthSession, Operation, TeamMembership, TrainingSession, Attachment,
  HiringIntention, Candidate, Candidacy, Pairing, Convention, ConventionSignatory, Signature, Immersion,
  Review, ReviewOutcome, FollowUp, Closure, PurchaseOrder, JournalEvent, Notification, DeadlineAlert, Meeting,
  Invitation, PasswordReset, OutboundEmail, DocumentVersion, NotificationPreference,
];
