import type { ReactNode } from "react";

/** A page open without a session (invitation, password reset): Cordée's card, its title, its content. */
export function OpenPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="login">
      <p className="login__brand">Cordée</p>
      <h1>{title}</h1>
      {children}
    </main>
  );
}

/** Back to the sign-in page, with a full page load: a session that just started or ended is read afresh. */
export function SignInLink({ children = "Se connecter" }: { children?: ReactNode }) {
  return <a href="/" className="login__link">{children}</a>;
}
