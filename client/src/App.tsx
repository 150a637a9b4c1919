import { BrowserRouter, Route, Routes } from "react-router";
import { ForgottenPasswordPage } from "./auth/ForgottenPasswordPage";
import { InvitationPage } from "./auth/InvitationPage";
import { ResetPasswordPage } from "./auth/ResetPasswordPage";
import { SignedInApp } from "./shell/SignedInApp";

/**
 * The invitation and password pages open with or without a session; every other address needs
 * one: signed out, it shows the sign-in page and, once signed in, the page that was asked for.
 */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route path="/mot-de-passe-oublie" element={<ForgottenPasswordPage />} />
        <Route path="/mot-de-passe/:token" element={<ResetPasswordPage />} />
        <Route path="*" element={<SignedInApp />} />
      </Routes>
    </BrowserRouter>
  );
}
