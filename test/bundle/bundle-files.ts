// What a page fetches before a bundle runs: the bundle and every chunk it imports statically,
// resolved against the bundle's own URL the way the browser does.

/** The bundle at `url` and every chunk it imports statically (not `import()`), as [url, source]. */
export async function staticallyImported(url: string): Promise<Array<[string, string]>> {
  const found = new Map<string, string>();
  const visit = async (file: string): Promise<void> => {
    if (found.has(file)) return;
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    const source = await response.text();
    found.set(file, source);
    for (const [, specifier] of source.matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      await visit(new URL(specifier!, new URL(file, location.href)).pathname);
    }
  };
  await visit(url);
  return [...found];
}
