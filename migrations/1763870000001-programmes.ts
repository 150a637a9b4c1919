import type { MigrationInterface, QueryRunner } from "typeorm";
import { DEFI_RULES, ONE_JOB_ONE_TRAINING_RULES } from "../server/src/domain/programme-rules.js";

/** The two programmes are reference data: every deployment needs them, demo or not. */
export class Programmes1763870000001 implements MigrationInterface {
  name = "Programmes1763870000001";

  async up(q: QueryRunner): Promise<void> {
    const insert = `INSERT INTO programme (code, name, territory, funding_act, rules) VALUES ($1, $2, $3, $4, $5)`;
    await q.query(insert, ["DEFI", "DEFI — Développement de l'emploi par des formations inclusives", "CENTRE_VAL_DE_LOIRE",
      "Appel d'offres (FREF ou marché subséquent) ou marché PRF existant ; prime DEFI à la clôture", JSON.stringify(DEFI_RULES)]);
    await q.query(insert, ["UN_EMPLOI_UNE_FORMATION", "1 emploi = 1 formation", "PAYS_DE_LA_LOIRE",
      "Bon de commande par intention d'embauche, dans l'ordre d'arrivée", JSON.stringify(ONE_JOB_ONE_TRAINING_RULES)]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM programme WHERE code IN ('DEFI', 'UN_EMPLOI_UNE_FORMATION')`);
  }
}
