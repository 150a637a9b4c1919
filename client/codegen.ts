import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed operations generated from the server's contract, schema/schema.graphql. */
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.tsx", "src/**/*.ts"],
  ignoreNoDocuments: false,
  generates: {
    // generated code lives apart from the hand-written code in src/
    "./generated/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: "string", LocalDate: "string", JSONObject: "Record<string, unknown>" } },
    },
  },
};

export default config;
