import { IsEmail, Length } from "class-validator";
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import { openSession } from "../../auth/open-session.js";
import { hashToken } from "../../auth/tokens.js";
import { verifyNobodysPassword, verifyPassword } from "../../auth/password.js";
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
export class LoginResult {
  @Field(() => String, { nullable: true, description: "Bearer token for API clients and graphql-ws connection params; null for browsers (a request with an Origin), which get the HTTP-only cookie" })
  token: string | null;
  @Field() expiresAt: Date;
  @Field(() => ViewerType) viewer: ViewerType;
}

const invalidCredentials = () => new DomainError("INVALID_CREDENTIALS", "Adresse e-mail ou mot de passe incorrect.");

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: "Opens a session (cookie for browsers, token for API clients)" })
  async login(@Arg("input") input: LoginInput, @Ctx() ctx: Context): Promise<LoginResult> {
    const email = input.email.trim().toLowerCase();
    await ctx.loginThrottle.admit(email, ctx.clientAddress);
    const user = await ctx.dataSource.getRepository(User).findOneBy({ email });
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyNobodysPassword(input.password);
    const organisation = user ? await ctx.dataSource.getRepository(Organisation).findOneByOrFail({ id: user.organisationId }) : null;
    // a deactivated account, or one of a deactivated organisation, answers like a wrong password: nothing tells it apart
    if (!user || !organisation || !valid || user.deactivatedAt || organisation.deactivatedAt) throw invalidCredentials();
    await ctx.loginThrottle.succeeded(email, ctx.clientAddress);
    const { token, expiresAt } = await ctx.journal.run({ userId: user.id, organisationId: organisation.id }, (tx) => openSession(ctx, tx, user.id));
    return { token, expiresAt, viewer: { user, organisation, kind: organisation.kind, role: user.role } };
  }

  @Mutation(() => Boolean, { description: "Ends the current session" })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const { viewer, token } = authenticated(ctx);
    await ctx.journal.run({ userId: viewer.userId, organisationId: viewer.organisationId }, async (tx) => {
      const ended = await tx.manager.createQueryBuilder().update(AuthSession).set({ endedAt: new Date() })
        .where({ tokenHash: hashToken(token ?? ""), endedAt: IsNull() }).returning("id").execute();
      const sessionId = (ended.raw as { id: string }[])[0]?.id ?? null;
      // every instance closes the sockets opened with this session when it hears of this event
      await tx.record({ type: "USER_LOGGED_OUT", payload: { userId: viewer.userId, sessionId } });
    });
    ctx.cookie?.clear();
    return true;
  }
}
