// mapshaper ships no types; this is the one call the bench makes.
declare module 'mapshaper' {
  const mapshaper: {
    /** runs a command line on in-memory files; resolves to the output files by name */
    applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
