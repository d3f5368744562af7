/**
 * The clients `sqltls probe --client` predicts for. `openssl` is the system OpenSSL that ODBC, FreeTDS's
 * OpenSSL builds, curl and Python use on Linux and macOS; `dotnet` is .NET on Linux and macOS, which uses
 * the same system OpenSSL; `node` is this Node.js (tedious, node-mssql); `java` is the JDK found here
 * (the Microsoft JDBC driver, jTDS). Plain constants: the single file carries no schema library.
 */
export const clientKinds = ['openssl', 'node', 'java', 'dotnet'] as const;
export type ClientKind = (typeof clientKinds)[number];

/**
 * The tests a prediction rule can name (content/probe/client-predictions.yaml); src/probe/predict/predictClient.ts
 * implements each, comparing what the probe saw on the server with the client's limits.
 */
export const predictionTests = ['protocolBelowClientMinimum', 'keyBelowClientMinimum', 'signatureRefusedByClient'] as const;
export type PredictionTest = (typeof predictionTests)[number];

/** What a prediction cannot know for a client; each has its sentence in messages.yaml (`predict.note.<id>`). */
export const predictionNotes = ['levelUnknown', 'openssl111Signatures', 'sha1UnderJdkRoots'] as const;
export type PredictionNote = (typeof predictionNotes)[number];
