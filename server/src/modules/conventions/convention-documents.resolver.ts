import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { loadConventionSources } from "../../documents/convention-sources.js";
import { conventionModel } from "../../documents/convention.js";
import { frozenVersions } from "../../documents/frozen.js";
import { documentUrl } from "../../documents/links.js";
import { documentText, sha256 } from "../../documents/model.js";
import { Convention } from "../../entities/convention.js";
import { DocumentVersion } from "../../entities/document-version.js";
import { authenticated, type Context } from "../../graphql/context.js";

/** The convention's text as its PDF prints it, for conventions the viewer sees, in one batch per request. */
async function conventionText(ctx: Context, convention: Convention): Promise<string> {
  const { reader, dataSource } = authenticated(ctx);
  return reader.batch("conventionText", async (ids) => {
    const sources = await loadConventionSources(dataSource.manager, await dataSource.manager.findBy(Convention, { id: In([...ids]) }));
    return ids.map((id) => {
      const found = sources.get(id);
      return found ? documentText(conventionModel(found)) : "";
    });
  }).load(convention.id);
}

@Resolver(() => Convention)
export class ConventionDocumentsResolver {
  @FieldResolver(() => String, { description: "The text the partners sign, as the PDF prints it for the current version (its signatures aside): shown before signing" })
  text(@Root() c: Convention, @Ctx() ctx: Context): Promise<string> {
    return conventionText(ctx, c);
  }

  @FieldResolver(() => String, { description: "SHA-256 (hexadecimal) of `text`: the fingerprint printed in the PDF's footer" })
  async textSha256(@Root() c: Convention, @Ctx() ctx: Context): Promise<string> {
    return sha256(await conventionText(ctx, c));
  }

  @FieldResolver(() => String, { description: "The convention as PDF: the frozen signed version once signed, else the current draft with its signatures so far" })
  documentUrl(@Root() c: Convention): string {
    return documentUrl("convention", c.id);
  }

  @FieldResolver(() => String, { description: "The contact sheet (fiche contact) sent with the draft to the RTF, as PDF" })
  contactSheetUrl(@Root() c: Convention): string {
    return documentUrl("contact-sheet", c.id);
  }

  @FieldResolver(() => [DocumentVersion], { description: "Every signed version, frozen as PDF, oldest first: an edit after the signature makes a new version, the earlier ones stay" })
  signedDocuments(@Root() c: Convention, @Ctx() ctx: Context): Promise<DocumentVersion[]> {
    const { reader, dataSource } = authenticated(ctx);
    return reader.batch("signedConventions", (ids) => frozenVersions(dataSource.manager, "CONVENTION", ids)).load(c.id);
  }
}

@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  @FieldResolver(() => String, { description: "This version's PDF, byte for byte as frozen" })
  url(@Root() d: DocumentVersion): string {
    return documentUrl("convention", d.subjectId, d.version);
  }
}
