import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": { target: "http://localhost:4000", ws: true },
      // the official documents (PDF) and the exports are served by the API, behind the same session cookie
      "/documents": "http://localhost:4000",
      "/exports": "http://localhost:4000",
      "/calendar": "http://localhost:4000",
    },
  },
});
