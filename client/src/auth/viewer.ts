import { graphql } from "../../generated/gql";
import { useQuery } from "@apollo/client/react";

export const VIEWER = graphql(`
  query Viewer {
    viewer {
      kind
      role
      user { id firstName lastName email phone isAdmin }
      organisation { id name }
    }
  }
`);

export function useViewer() {
  return useQuery(VIEWER, { errorPolicy: "all" });
}
