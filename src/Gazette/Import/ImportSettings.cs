using Gazette.Configuration;
using Gazette.People;

namespace Gazette.Import;

/// <summary>The importer options a site implies: its site.yml <c>import:</c> rules and its person registry.</summary>
public static class ImportSettings
{
    /// <summary>Options for importing into the site configured by <paramref name="config"/>.</summary>
    public static ImportOptions For(SiteConfig config, PersonRegistry registry, DateOnly? fallbackDate = null) => new()
    {
        Boilerplate = config.Import.Boilerplate,
        Sections = config.Import.Sections,
        TagRules = config.Import.TagRules,
        ResolvePerson = registry.People.Count == 0 ? null : name => registry.Find(name)?.Name,
        FallbackDate = fallbackDate,
    };
}
