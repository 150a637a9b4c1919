import type { ViewerInfo } from "../../shell/AppShell";
import { ConventionsSection } from "./ConventionsSection";
import { IntentionList } from "./IntentionList";
import { NewIntentionForm } from "./NewIntentionForm";
import { ReviewsSection } from "./ReviewsSection";
import "./company.css";

/**
 * The company's area (« Entreprise »): its written hiring intentions and the candidates proposed
 * for them, its convention, and its trainees' review and follow-up. The API shows a company only
 * what concerns it; live updates come from the shell, which refetches these queries on each event.
 */
export function CompanyArea({ viewer }: { viewer: ViewerInfo }) {
  return (
    <div className="company">
      <h1>Mes intentions d'embauche</h1>
      <p className="company-lead">
        {viewer.organisation.name} : votre engagement écrit à embaucher, les candidats proposés pour vos postes, votre convention,
        puis le bilan et le suivi de vos stagiaires.
      </p>
      <nav aria-label="Sections de l'espace entreprise" className="company-toc">
        <a href="#mes-intentions">Intentions déposées</a>
        <a href="#nouvelle-intention">Nouvelle intention d'embauche</a>
        <a href="#ma-convention">Ma convention</a>
        <a href="#bilan-suivi">Bilan et suivi de mes stagiaires</a>
      </nav>

      <section aria-labelledby="mes-intentions" className="company-section">
        <h2 id="mes-intentions" tabIndex={-1}>Intentions déposées et candidats proposés</h2>
        <IntentionList />
      </section>

      <section aria-labelledby="nouvelle-intention" className="panel company-section">
        <h2 id="nouvelle-intention" tabIndex={-1}>Nouvelle intention d'embauche</h2>
        <NewIntentionForm headingId="nouvelle-intention" />
      </section>

      <section aria-labelledby="ma-convention" className="panel company-section">
        <h2 id="ma-convention" tabIndex={-1}>Ma convention</h2>
        <ConventionsSection organisationId={viewer.organisation.id} />
      </section>

      <section aria-labelledby="bilan-suivi" className="panel company-section">
        <h2 id="bilan-suivi" tabIndex={-1}>Bilan et suivi de mes stagiaires</h2>
        <ReviewsSection />
      </section>
    </div>
  );
}
