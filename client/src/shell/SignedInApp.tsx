import { Navigate, Route, Routes } from "react-router";
import { LoginPage } from "../auth/LoginPage";
import { useViewer } from "../auth/viewer";
import { AdviserArea } from "../areas/adviser/AdviserArea";
import { CompanyArea } from "../areas/company/CompanyArea";
import { RegionArea } from "../areas/region/RegionArea";
import { TrainingOrganisationArea } from "../areas/training-organisation/TrainingOrganisationArea";
import { HomePage } from "../home/HomePage";
import { OrganisationPage } from "../organisations/OrganisationPage";
import { ProfilePage } from "../profile/ProfilePage";
import { ErrorMessage, Loading } from "../ui/states";
import { AppShell } from "./AppShell";
import { OperationRedirect } from "./OperationRedirect";

/** Every page behind the session: the sign-in page at the same address while there is none. */
export function SignedInApp() {
  const { data, loading, error } = useViewer();
  if (loading && !data) return <Loading what="Chargement de Cordée" />;
  const viewer = data?.viewer;
  if (!viewer) {
    const unexpected = error && !/Connexion requise/.test(error.message);
    return (
      <>
        {unexpected && <ErrorMessage error={error} />}
        <LoginPage />
      </>
    );
  }
  return (
    <AppShell viewer={viewer}>
      <Routes>
        <Route path="/" element={<HomePage viewer={viewer} />} />
        <Route path="/operations/:operationId" element={<OperationRedirect viewer={viewer} />} />
        <Route path="/profil" element={<ProfilePage viewer={viewer} />} />
        <Route path="/organisation" element={<OrganisationPage viewer={viewer} />} />
        {viewer.kind === "TRAINING_ORGANISATION" && <Route path="/cockpit/*" element={<TrainingOrganisationArea viewer={viewer} />} />}
        {(viewer.kind === "MISSION_LOCALE" || viewer.kind === "FRANCE_TRAVAIL") && <Route path="/prescription/*" element={<AdviserArea viewer={viewer} />} />}
        {viewer.kind === "COMPANY" && <Route path="/entreprise/*" element={<CompanyArea viewer={viewer} />} />}
        {viewer.kind === "REGION" && <Route path="/tableau-de-bord/*" element={<RegionArea viewer={viewer} />} />}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </AppShell>
  );
}
