import { NavLink } from "react-router";

/** The Region's area: its board, its reporting on insertion, its territory's organisations. */
export function RegionNav() {
  return (
    <nav aria-label="Espace Région" className="region-nav">
      <NavLink to="/tableau-de-bord" end>Tableau de bord</NavLink>
      <NavLink to="/tableau-de-bord/bilan">Bilan d'insertion</NavLink>
      <NavLink to="/tableau-de-bord/organisations">Organisations du territoire</NavLink>
    </nav>
  );
}
