import { useId, useState, type ReactNode } from "react";

/** A button that shows or hides a small form (native button, aria-expanded). */
export function Disclosure({ label, tone = "secondary", children }: { label: string; tone?: "primary" | "secondary" | "danger"; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={open ? "disclosure is-open" : "disclosure"}>
      <button type="button" className={`button button--${tone}`} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {label}
      </button>
      <div id={id} hidden={!open}>{open && children}</div>
    </div>
  );
}
