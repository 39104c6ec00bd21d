// web-ext ships no types; `npm run zip` only calls its build command.
declare module 'web-ext' {
  interface BuildParams {
    sourceDir: string;
    artifactsDir: string;
    filename?: string;
    overwriteDest?: boolean;
    ignoreFiles?: string[];
  }
  interface BuildOptions {
    /** Stands in for `sourceDir/manifest.json`; set, web-ext reads no manifest of its own. */
    manifestData?: Record<string, unknown>;
    showReadyMessage?: boolean;
  }
  export const cmd: {
    build(params: BuildParams, options?: BuildOptions): Promise<{ extensionPath: string }>;
  };
}
