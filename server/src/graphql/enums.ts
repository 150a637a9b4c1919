import { registerEnumType } from "type-graphql";
import { MemberRole, OrganisationKind, Territory } from "../domain/kinds.js";
import * as v from "../domain/vocabulary.js";

registerEnumType(OrganisationKind, { name: "OrganisationKind", description: "Partner kind of an organisation" });
registerEnumType(MemberRole, { name: "MemberRole", description: "A user's role in its organisation" });
registerEnumType(Territory, { name: "Territory" });
registerEnumType(v.ProcurementRoute, { name: "ProcurementRoute" });
registerEnumType(v.OperationStatus, { name: "OperationStatus" });
registerEnumType(v.ContractType, { name: "ContractType" });
registerEnumType(v.CompanyCommitment, { name: "CompanyCommitment" });
registerEnumType(v.HiringIntentionStatus, { name: "HiringIntentionStatus" });
registerEnumType(v.CandidacyStatus, { name: "CandidacyStatus" });
registerEnumType(v.SelectionMethod, { name: "SelectionMethod" });
registerEnumType(v.ImmersionKind, { name: "ImmersionKind" });
registerEnumType(v.ConventionStatus, { name: "ConventionStatus" });
registerEnumType(v.CertificationLevel, { name: "CertificationLevel" });
registerEnumType(v.EmploymentStatus, { name: "EmploymentStatus" });
registerEnumType(v.PurchaseOrderStatus, { name: "PurchaseOrderStatus" });
