// GraphiQL against this server's /graphql, with an example a journalist can start from.
const defaultQuery = `# Kommunkollens öppna API. Tryck på ▶ för att köra frågan.
{
  municipality(id: "enkoping") {
    name
    reports {
      title
      financialStatements {
        title
        unit
        columns { label kind }
        rows { label isSum values }
      }
    }
  }
}
`;
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: false })
);
