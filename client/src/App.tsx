import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { LoginPage } from "./auth/LoginPage";
import { useViewer } from "./auth/viewer";
import { AdviserArea } from "./areas/adviser/AdviserArea";
import { CompanyArea } from "./areas/company/CompanyArea";
import { RegionArea } from "./areas/region/RegionArea";
import { TrainingOrganisationArea } from "./areas/training-organisation/TrainingOrganisationArea";
import { HomePage } from "./home/HomePage";
import { AppShell } from "./shell/AppShell";
import { ErrorMessage, Loading } from "./ui/states";

export function App() {
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
    <BrowserRouter>
      <AppShell viewer={viewer}>
        <Routes>
          <Route path="/" element={<HomePage viewer={viewer} />} />
          {viewer.kind === "TRAINING_ORGANISATION" && <Route path="/cockpit/*" element={<TrainingOrganisationArea viewer={viewer} />} />}
          {(viewer.kind === "MISSION_LOCALE" || viewer.kind === "FRANCE_TRAVAIL") && <Route path="/prescription/*" element={<AdviserArea viewer={viewer} />} />}
          {viewer.kind === "COMPANY" && <Route path="/entreprise/*" element={<CompanyArea viewer={viewer} />} />}
          {viewer.kind === "REGION" && <Route path="/tableau-de-bord/*" element={<RegionArea viewer={viewer} />} />}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell>
    </BrowserRouter>
  );
}
