import { IsEmail, Length } from "class-validator";
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import { hashToken, newSessionToken } from "../../auth/tokens.js";
import { verifyPassword } from "../../auth/password.js";
import { AuthSession } from "../../entities/auth-session.js";
import { Organisation } from "../../entities/organisation.js";
import { User } from "../../entities/user.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { DomainError } from "../../graphql/errors.js";
import { ViewerType } from "../organisations/viewer.type.js";

@InputType()
class LoginInput {
  @Field() @IsEmail({}, { message: "email : adresse e-mail invalide" }) email: string;
  @Field() @Length(1, 200, { message: "password : mot de passe requis" }) password: string;
}

@ObjectType()
class LoginResult {
  @Field({ description: "Bearer token for API clients and graphql-ws connection params; browsers use the cookie" })
  token: string;
  @Field() expiresAt: Date;
  @Field(() => ViewerType) viewer: ViewerType;
}

const invalidCredentials = () => new DomainError("INVALID_CREDENTIALS", "Adresse e-mail ou mot de passe incorrect.");

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: "Opens a session (cookie for browsers, token for API clients)" })
  async login(@Arg("input") input: LoginInput, @Ctx() ctx: Context): Promise<LoginResult> {
    const user = await ctx.dataSource.getRepository(User).findOneBy({ email: input.email.trim().toLowerCase() });
    if (!user || !(await verifyPassword(user.passwordHash, input.password))) throw invalidCredentials();
    const organisation = await ctx.dataSource.getRepository(Organisation).findOneByOrFail({ id: user.organisationId });
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
    await ctx.journal.run({ userId: user.id, organisationId: organisation.id }, async (tx) => {
      await tx.manager.insert(AuthSession, { userId: user.id, tokenHash: hashToken(token), expiresAt, endedAt: null });
      await tx.record({ type: "USER_LOGGED_IN", payload: { userId: user.id } });
    });
    ctx.cookie?.set(token, expiresAt);
    return { token, expiresAt, viewer: { user, organisation, kind: organisation.kind, role: user.role } };
  }

  @Mutation(() => Boolean, { description: "Ends the current session" })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const { viewer, token } = authenticated(ctx);
    await ctx.journal.run({ userId: viewer.userId, organisationId: viewer.organisationId }, async (tx) => {
      await tx.manager.update(AuthSession, { tokenHash: hashToken(token ?? ""), endedAt: IsNull() }, { endedAt: new Date() });
      await tx.record({ type: "USER_LOGGED_OUT", payload: { userId: viewer.userId } });
    });
    ctx.cookie?.clear();
    return true;
  }
}
